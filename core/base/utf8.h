// UTF-8 text: decoding code points, finding invalid bytes, and measuring columns.
//
// There is one decoder, and it is strict (RFC 3629): no overlong forms, no surrogates, nothing
// above U+10FFFF. Callers that must keep going over bad bytes read each one as U+FFFD, one byte
// at a time, so a scanner never stalls or overruns. Display width and width folding come from
// ICU's character properties (East Asian Width, general category) and its NFKC normaliser,
// rather than hand-kept tables of ranges.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
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

// The code point that starts at text[pos] and its length in bytes; an invalid byte reads as
// U+FFFD of length 1. pos must be < text.size().
char32_t DecodeAt(std::string_view text, std::size_t pos, std::size_t* length);
// The code point that ends at text[pos - 1] and where it starts; a byte that does not end a
// valid sequence reads as U+FFFD starting at pos - 1. pos must be > 0.
char32_t DecodeBefore(std::string_view text, std::size_t pos, std::size_t* start);

// Reads `text` one code point at a time, invalid bytes as U+FFFD (see DecodeAt).
class Utf8Reader {
 public:
  explicit Utf8Reader(std::string_view text) : text_(text) {}
  bool done() const { return pos_ >= text_.size(); }
  std::size_t position() const { return pos_; }
  // The code point at position(), advancing past it.
  char32_t Next();

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// Columns `code_point` takes in a terminal: 0, 1 or 2, from ICU's East Asian Width property
// (Wide and Fullwidth take two) and general category (marks and format characters none).
int CodePointDisplayWidth(char32_t code_point);
// Terminal columns of a valid UTF-8 text; an invalid byte counts as one column.
int DisplayWidth(std::string_view text);

// `text` with every full-width character (East Asian Width = F: "５", "（", "％", U+3000) replaced
// by its NFKC form ("5", "(", "%", " "), one code point for one, so code-point offsets stay the
// same; everything else (Hangul, CJK, "①", "㎞") is kept. Invalid bytes are copied as they are.
std::string FoldWidth(std::string_view text);

// Number of code points in the UTF-8 prefix text[0, byte_offset), counted as the bytes that are
// not continuation bytes (10xxxxxx): a stray continuation byte counts none, any other invalid
// byte one.
int CodePointColumn(std::string_view text, std::size_t byte_offset);

// True for Hangul syllables (가..힣).
inline bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// True for the CJK Unified Ideographs block (Hanja, Kanji).
inline bool IsHan(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
// True for A..Z and a..z.
inline bool IsLatinLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace figcheck
