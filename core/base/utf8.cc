#include "core/base/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace figcheck {

namespace {
constexpr char32_t kReplacementCharacter = 0xFFFD;
constexpr std::uint64_t kHighBits = 0x8080808080808080u;

// Eight bytes of `text` from `offset` (which must leave eight), as one word.
std::uint64_t Word(std::string_view text, std::size_t offset) {
  std::uint64_t word;
  std::memcpy(&word, text.data() + offset, sizeof word);
  return word;
}
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
    // ASCII is valid UTF-8: skip it eight bytes at a time (the embedded rate tables are all
    // ASCII, and are checked on every run that needs a rate).
    while (offset + 8 <= text.size() && (Word(text, offset) & kHighBits) == 0) offset += 8;
    if (offset == text.size()) break;
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
  const auto cp = static_cast<UChar32>(c);
  // Zero width: combining and enclosing marks, format characters (ZWJ, ZWSP), Hangul medial
  // and final jamo (they join the syllable before them).
  const auto category = static_cast<UCharCategory>(u_charType(cp));
  const auto jamo = static_cast<UHangulSyllableType>(u_getIntPropertyValue(cp, UCHAR_HANGUL_SYLLABLE_TYPE));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      jamo == U_HST_VOWEL_JAMO || jamo == U_HST_TRAILING_JAMO) {
    return 0;
  }
  const auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH));
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

std::string FoldWidth(std::string_view text) {
  // Full-width forms live in U+3000 (E3 80 80) and U+FF01..U+FFEE (EF BC/BD/BF ..): a text
  // without those bytes is returned as it is, which is nearly every article.
  if (text.find('\xEF') == std::string_view::npos && text.find("\xE3\x80\x80") == std::string_view::npos) {
    return std::string(text);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = 0;
    const char32_t c = DecodeAt(text, pos, &length);
    const auto cp = static_cast<UChar32>(c);
    bool folded = false;
    if (U_SUCCESS(status) && length > 1 &&
        u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH) == U_EA_FULLWIDTH) {
      UErrorCode error = U_ZERO_ERROR;
      const icu::UnicodeString normal = nfkc->normalize(icu::UnicodeString(cp), error);
      if (U_SUCCESS(error) && normal.countChar32() == 1) {
        normal.toUTF8String(out);
        folded = true;
      }
    }
    if (!folded) out.append(text.substr(pos, length));
    pos += length;
  }
  return out;
}

int DisplayWidth(std::string_view text) {
  int width = 0;
  for (Utf8Reader reader(text); !reader.done();) width += CodePointDisplayWidth(reader.Next());
  return width;
}

int CodePointColumn(std::string_view text, std::size_t byte_offset) {
  const std::size_t end = std::min(byte_offset, text.size());
  int count = 0;
  std::size_t i = 0;
  // Eight bytes at a time: a continuation byte is 10xxxxxx, so bit 7 set and bit 6 clear.
  for (; i + 8 <= end; i += 8) {
    const std::uint64_t word = Word(text, i);
    const std::uint64_t continuation = (word & ~(word << 1) & kHighBits) >> 7;  // 1 per byte
    // The sum of the eight bytes, each 0 or 1, lands in the top byte (no popcount instruction
    // is assumed: without -mpopcnt std::popcount is a library call).
    count += 8 - static_cast<int>((continuation * 0x0101010101010101u) >> 56);
  }
  for (; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++count;  // not a continuation byte
  }
  return count;
}

}  // namespace figcheck
