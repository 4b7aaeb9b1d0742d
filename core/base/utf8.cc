#include "core/base/utf8.h"

namespace figcheck {

namespace {
constexpr char32_t kReplacementCharacter = 0xFFFD;
}  // namespace

std::optional<DecodedCodePoint> DecodeUtf8(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return std::nullopt;
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return DecodedCodePoint{lead, 1};
  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code_point = lead & 0x1Fu, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code_point = lead & 0x0Fu, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code_point = lead & 0x07u, minimum = 0x10000;
  } else {
    return std::nullopt;  // a continuation byte or 0xF8..0xFF cannot start a code point
  }
  if (text.size() - offset < length) return std::nullopt;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return std::nullopt;
    code_point = (code_point << 6) | (byte(i) & 0x3Fu);
  }
  if (code_point < minimum || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return std::nullopt;
  }
  return DecodedCodePoint{code_point, length};
}

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    const auto decoded = DecodeUtf8(text, offset);
    if (!decoded) return offset;
    offset += decoded->length;
  }
  return std::nullopt;
}

char32_t DecodeAt(std::string_view text, std::size_t pos, std::size_t* length) {
  const auto decoded = DecodeUtf8(text, pos);
  if (!decoded) {
    *length = 1;
    return kReplacementCharacter;
  }
  *length = decoded->length;
  return decoded->code_point;
}

char32_t DecodeBefore(std::string_view text, std::size_t pos, std::size_t* start) {
  std::size_t s = pos - 1;
  while (s > 0 && pos - s < 4 && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
  std::size_t length = 0;
  const char32_t c = DecodeAt(text, s, &length);
  if (s + length != pos) {
    *start = pos - 1;
    return kReplacementCharacter;
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

int CodePointDisplayWidth(char32_t c) {
  if (c == 0) return 0;
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1160 && c <= 0x11FF) || c == 0x200B || c == 0x200D ||
      (c >= 0xFE00 && c <= 0xFE0F)) {
    return 0;  // combining marks, Hangul medial/final jamo, zero-width characters
  }
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
                    (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
                    (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

int DisplayWidth(std::string_view text) {
  int width = 0;
  for (Utf8Reader reader(text); !reader.done();) width += CodePointDisplayWidth(reader.Next());
  return width;
}

int CodePointColumn(std::string_view text, std::size_t byte_offset) {
  int count = 0;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++count;  // not a continuation byte
  }
  return count;
}

}  // namespace figcheck
