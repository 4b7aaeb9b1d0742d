// FigureShape: how an amount's number was written, so a corrected figure can be written back
// the same way (written.cc). Private to core/money.
#pragma once

#include <cstddef>
#include <string_view>
#include <variant>

#include "core/money/parse.h"
#include "core/number/decimal.h"

namespace figcheck {

struct FigureShape {
  // Bytes [number_begin, number_end) hold the number: the digits and Korean units ("8조 9512억",
  // "10여억"), not an English scale word, which stays in the text after it ("7.5" of "$7.5 billion").
  std::size_t number_begin = 0;
  std::size_t number_end = 0;
  Decimal scale{1};          // the English scale word's value (10^9 for "billion"), else 1
  bool myriad = false;       // written with 만/억/조/경
  Decimal last_myriad{1};    // the myriad unit of the last group (10^8 in "12.5억"), 1 if none
  bool decimal_group = false;  // one group with a decimal fraction: "12.5억"
  bool commas = false;       // digit groups separated by commas: "2,326억", "27,350,000"
  bool spaced_groups = false;  // a space between myriad groups: "8조 9512억"
  bool small_units = false;  // 천/백/십 inside a group: "1천200만"
  bool yeo_before_unit = false;  // "10여억"
  bool yeo_after_unit = false;   // "10억여"
  bool compound_scale = false;   // "3 billion 200 million"
  bool cents = false;            // "1482만7310달러55센트"
};

// ParseAmount, also reporting the shape of the number when it succeeds.
std::variant<Amount, ParseError> ParseAmountWithShape(std::string_view text, const ParseOptions& options,
                                                      FigureShape* shape);

}  // namespace figcheck
