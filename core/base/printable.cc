#include "core/base/printable.h"

#include <fmt/format.h>

#include "core/base/utf8.h"

namespace figcheck {
namespace {

bool IsInvisibleControl(char32_t c) {
  return (c >= 0x80 && c <= 0x9f) || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

}  // namespace

std::string Printable(std::string_view text) {
  if (text.size() > kMaxPrintableBytes) {
    // Cut at code-point starts, so no character is split in two.
    std::size_t head = kMaxPrintableBytes * 2 / 3, tail = text.size() - kMaxPrintableBytes / 3;
    while (head > 0 && (static_cast<unsigned char>(text[head]) & 0xC0) == 0x80) --head;
    while (tail < text.size() && (static_cast<unsigned char>(text[tail]) & 0xC0) == 0x80) ++tail;
    return Printable(text.substr(0, head)) + fmt::format("\u2026[{} bytes]\u2026", tail - head) +
           Printable(text.substr(tail));
  }
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x80) {
      if (u == '\n') out += "\\n";
      else if (u == '\r') out += "\\r";
      else if (u == '\t') out += ' ';
      else if (u < 0x20 || u == 0x7f) out += fmt::format("\\x{:02x}", u);
      else out.push_back(static_cast<char>(u));
      ++i;
      continue;
    }
    const auto decoded = DecodeUtf8(text, i);
    if (!decoded) {
      out += fmt::format("\\x{:02x}", u);
      ++i;
    } else {
      if (IsInvisibleControl(decoded->code_point)) {
        out += fmt::format("\\u{{{:04x}}}", static_cast<unsigned>(decoded->code_point));
      } else {
        out.append(text.substr(i, decoded->length));
      }
      i += decoded->length;
    }
  }
  return out;
}

}  // namespace figcheck
