// Reading figures as articles write them: Korean ("한화 약 8조 9512억원", "8억1900만위안",
// "10여억원", "3억 달러 이상") and English ("$7.5 billion", "US$7.5bn", "₩8.95T",
// "8.95 trillion won", "more than $1 billion"), and changes ("51%", "3.1%p", "2배", "rose 51%").
//
// Parsing never throws and never rounds: the value is exact, and the unit is the place of the
// last digit the text states ("8억1900만" -> 10^4, "12.5억" -> 10^7, "1,194.4" -> 0.1).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/money/amount.h"
#include "core/money/currency.h"

namespace figcheck {

// Why a text could not be read, and where: column is 1-based, in code points of the input.
struct ParseError {
  int column = 1;
  std::string message;  // lower case, offending text quoted: "unknown currency '닭러'"
};

struct ParseOptions {
  // Used when the text names no currency, and to resolve an ambiguous '¥'. May be null.
  const Currency* currency = nullptr;
};

// Limits that keep hostile input cheap: longer texts are refused with a ParseError.
inline constexpr std::size_t kMaxFigureBytes = 1024;

std::variant<Amount, ParseError> ParseAmount(std::string_view text, const ParseOptions& options = {});
std::variant<Change, ParseError> ParseChange(std::string_view text);

// A number written in English words at the start of `text`: "five hundred fifty point two" ->
// digits "550.2", length the bytes the words take. Scale words (million, billion) are not part
// of it. nullopt when `text` does not start with a number word.
struct SpelledNumber {
  std::string digits;
  std::size_t length = 0;
};
std::optional<SpelledNumber> ReadSpelledNumber(std::string_view text);

// An amount or a change, whichever the text is.
using Figure = std::variant<Amount, Change>;
std::variant<Figure, ParseError> ParseFigure(std::string_view text, const ParseOptions& options = {});

}  // namespace figcheck
