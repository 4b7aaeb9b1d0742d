// UTF-8 reading for the figure parser and for pointing at a column in a terminal.
//
// Code points are decoded strictly (RFC 3629): no overlong forms, no surrogates, nothing above
// U+10FFFF. Display width follows the East Asian Width property closely enough for figures:
// Hangul, CJK and fullwidth forms take two terminal columns, combining marks none.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace figcheck {

// The code point starting at text[offset] and its length in bytes; nullopt when the bytes there
// are not valid UTF-8 (or offset is at the end).
struct DecodedCodePoint {
  char32_t code_point;
  std::size_t length;
};
std::optional<DecodedCodePoint> DecodeUtf8(std::string_view text, std::size_t offset);

// Byte offset of the first invalid UTF-8 sequence in `text`, or nullopt when it is all valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// Columns `code_point` takes in a terminal: 0, 1 or 2.
int CodePointDisplayWidth(char32_t code_point);
// Terminal columns of a valid UTF-8 text; an invalid byte counts as one column.
int DisplayWidth(std::string_view text);

// True for Hangul syllables (가..힣).
inline bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

}  // namespace figcheck
