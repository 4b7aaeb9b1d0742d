#include "core/extract/utf8.h"

namespace figcheck {

char32_t DecodeAt(std::string_view text, std::size_t pos, std::size_t* length) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  std::size_t n = 0;
  char32_t c = 0;
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  } else if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    c = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    c = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    c = b0 & 0x07;
  } else {
    *length = 1;
    return 0xFFFD;
  }
  if (pos + n > text.size()) {
    *length = 1;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(text[pos + k]);
    if ((b & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  *length = n;
  return c;
}

char32_t DecodeBefore(std::string_view text, std::size_t pos, std::size_t* start) {
  std::size_t s = pos - 1;
  while (s > 0 && pos - s < 4 && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
  std::size_t length = 0;
  const char32_t c = DecodeAt(text, s, &length);
  if (s + length != pos) {
    *start = pos - 1;
    return 0xFFFD;
  }
  *start = s;
  return c;
}

char32_t Utf8Reader::Next() {
  std::size_t length = 0;
  const char32_t c = DecodeAt(text_, pos_, &length);
  pos_ += length;
  return c;
}

}  // namespace figcheck
