// Small UTF-8 helpers for the extractor: reading code points and classifying scripts.
//
// Invalid bytes are read as U+FFFD one byte at a time, so a scanner never stalls or overruns.
#pragma once

#include <cstddef>
#include <string_view>

namespace figcheck {

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

// The code point that starts at text[pos] and its length in bytes (1 for an invalid byte).
char32_t DecodeAt(std::string_view text, std::size_t pos, std::size_t* length);
// The code point that ends at text[pos - 1] and where it starts; pos must be > 0.
char32_t DecodeBefore(std::string_view text, std::size_t pos, std::size_t* start);

inline bool IsHangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool IsLatinLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsHan(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

}  // namespace figcheck
