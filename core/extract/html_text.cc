#include "core/extract/html_text.h"

#include <array>
#include <cctype>

namespace figcheck {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Tags that end a line of text.
constexpr std::array<std::string_view, 23> kBlockTags = {
    "p",  "br", "div", "li", "ul", "ol", "h1",    "h2",      "h3",      "h4",     "h5",         "h6",
    "tr", "td", "th",  "dd", "dt", "table", "section", "article", "header", "blockquote", "title"};

bool IsBlockTag(std::string_view name) {
  for (std::string_view t : kBlockTags) {
    if (name == t) return true;
  }
  return false;
}

struct Entity {
  std::string_view name;
  char32_t value;
};
constexpr std::array<Entity, 14> kEntities = {{{"amp", '&'},
                                               {"lt", '<'},
                                               {"gt", '>'},
                                               {"quot", '"'},
                                               {"apos", '\''},
                                               {"nbsp", ' '},
                                               {"middot", 0xB7},
                                               {"hellip", 0x2026},
                                               {"lsquo", 0x2018},
                                               {"rsquo", 0x2019},
                                               {"ldquo", 0x201C},
                                               {"rdquo", 0x201D},
                                               {"ndash", 0x2013},
                                               {"mdash", 0x2014}}};

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// The character `name` (between '&' and ';') stands for; 0 when it is none figcheck knows.
char32_t EntityValue(const std::string& name) {
  for (const Entity& e : kEntities) {
    if (name == e.name) return e.value;
  }
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x';
  std::size_t k = hex ? 2 : 1;
  if (k == name.size()) return 0;
  char32_t code = 0;
  for (; k < name.size(); ++k) {
    const char c = name[k];
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (digit < 0 || code > 0x10FFFF) return 0;
    code = code * (hex ? 16 : 10) + static_cast<char32_t>(digit);
  }
  if (code < 0x20 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return code == 0xA0 ? U' ' : code;
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  const std::string head = Lower(text.substr(start, 16));
  for (std::string_view opening : {"<!doctype", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta", "<!--"}) {
    if (head.starts_with(opening)) return true;
  }
  return false;
}

HtmlText HtmlToText(std::string_view html) {
  HtmlText out;
  out.text.reserve(html.size());
  out.source.reserve(html.size() + 1);
  auto emit = [&](char c, std::size_t from) {
    out.text.push_back(c);
    out.source.push_back(from);
  };
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '&') {
      const std::size_t semi = html.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        const char32_t value = EntityValue(Lower(html.substr(i + 1, semi - i - 1)));
        if (value != 0) {
          std::string bytes;
          AppendUtf8(value, &bytes);
          for (char b : bytes) emit(b, i);
          i = semi + 1;
          continue;
        }
      }
      emit(c, i++);
      continue;
    }
    if (c != '<') {
      emit(c, i++);
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    std::size_t j = i + 1;
    const bool closing = j < html.size() && html[j] == '/';
    if (closing) ++j;
    std::size_t name_end = j;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    const bool declaration = j < html.size() && (html[j] == '!' || html[j] == '?');
    if (name_end == j && !declaration) {
      emit(c, i++);  // a lone '<' in the text ("a < b")
      continue;
    }
    const std::string name = Lower(html.substr(j, name_end - j));
    // The tag ends at the first '>' outside quotes.
    std::size_t k = name_end;
    char quote = 0;
    for (; k < html.size(); ++k) {
      if (quote) {
        if (html[k] == quote) quote = 0;
      } else if (html[k] == '"' || html[k] == '\'') {
        quote = html[k];
      } else if (html[k] == '>') {
        break;
      }
    }
    std::size_t stop = k == html.size() ? k : k + 1;
    if (!closing && (name == "script" || name == "style")) {
      const std::string rest = Lower(html.substr(stop));
      const std::size_t close = rest.find("</" + name);
      if (close == std::string::npos) {
        stop = html.size();
      } else {
        const std::size_t close_end = html.find('>', stop + close);
        stop = close_end == std::string_view::npos ? html.size() : close_end + 1;
      }
    }
    if (IsBlockTag(name) && !out.text.empty() && out.text.back() != '\n') emit('\n', i);
    i = stop;
  }
  out.source.push_back(html.size());
  return out;
}

}  // namespace figcheck
