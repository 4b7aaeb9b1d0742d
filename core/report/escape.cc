#include "core/report/escape.h"

#include <fmt/format.h>

#include "core/base/utf8.h"

namespace figcheck::report {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Calls emit(sequence) for each character of the valid-UTF-8 reading of `text`.
template <typename Emit>
void ForEachCharacter(std::string_view text, Emit emit) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto decoded = DecodeUtf8(text, i);
    if (!decoded) {
      emit(kReplacement);
      ++i;
    } else {
      emit(text.substr(i, decoded->length));
      i += decoded->length;
    }
  }
}

bool IsForbiddenControl(std::string_view ch) {
  const auto c = static_cast<unsigned char>(ch[0]);
  return ch.size() == 1 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

}  // namespace

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCharacter(text, [&](std::string_view ch) { out += ch; });
  return out;
}

std::string XmlEscape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  ForEachCharacter(text, [&](std::string_view ch) {
    if (IsForbiddenControl(ch) || ch == "\xEF\xBF\xBE" || ch == "\xEF\xBF\xBF") {
      out += kReplacement;
      return;
    }
    switch (ch[0]) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += "&quot;"; return;
      case '\'': out += "&#39;"; return;
      case '\r': out += "&#13;"; return;
      case '\n': out += attribute ? "&#10;" : "\n"; return;
      case '\t': out += attribute ? "&#9;" : "\t"; return;
      default: out += ch;
    }
  });
  return out;
}

namespace {

std::string GithubEscape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  ForEachCharacter(text, [&](std::string_view ch) {
    // Other control characters (ESC above all) would reach the log as they are.
    if (IsForbiddenControl(ch)) {
      out += kReplacement;
      return;
    }
    switch (ch[0]) {
      case '%': out += "%25"; return;
      case '\r': out += "%0D"; return;
      case '\n': out += "%0A"; return;
      case ':': out += property ? "%3A" : ":"; return;
      case ',': out += property ? "%2C" : ","; return;
      default: out += ch;
    }
  });
  return out;
}

}  // namespace

std::string GithubMessageEscape(std::string_view text) { return GithubEscape(text, false); }
std::string GithubPropertyEscape(std::string_view text) { return GithubEscape(text, true); }

std::string MarkdownCellEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool after_cr = false;
  ForEachCharacter(text, [&](std::string_view ch) {
    const bool was_after_cr = after_cr;
    after_cr = ch == "\r";
    if (ch == "\n" && was_after_cr) return;  // CR LF is one line break
    if (ch == "\r" || ch == "\n") {
      out += "<br>";
      return;
    }
    if (IsForbiddenControl(ch)) {
      out += kReplacement;
      return;
    }
    switch (ch[0]) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': case '$':
        out += '\\';
        out += ch;
        return;
      default: out += ch;
    }
  });
  return out;
}

std::string PathToUri(std::string_view path) {
  std::string out;
  for (const char c : path) {
    const auto b = static_cast<unsigned char>(c);
    const bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                            b == '-' || b == '.' || b == '_' || b == '~' || b == '/';
    if (unreserved) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", b);
    }
  }
  return out;
}

std::string Fnv1a64Hex(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace figcheck::report
