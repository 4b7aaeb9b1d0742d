// FigureScanner: finds the money figures, bare numbers and stated changes in one sentence.
//
// A money figure is a number with a currency written before or after it ("75억 달러",
// "$7.5 billion", "US$232.6 billion", "W1.2 trillion", "8.95 trillion won"), together with the
// qualifiers the amount parser reads ("한화 약", "about", "이상", "가량"). A bare number has units
// but no currency ("100억", "약 1만2000"): it matters only where a converted figure leaves its
// currency implied. A change is a percentage, percentage points or a ratio ("51%", "3.1%p", "2배").
// The scanner only finds text; it never computes a value.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money/currency.h"

namespace figcheck {

enum class MentionKind { kMoney, kBareNumber, kChange };

// A range ("300만~400만달러", "약 34억~45억원") read as its two ends, each completed with what
// the article wrote once for both: "300만달러" and "400만달러", "약 34억원" and "약 45억원".
struct RangeEnds {
  std::string low;
  std::string high;
};

struct FigureMention {
  MentionKind kind = MentionKind::kMoney;
  std::size_t begin = 0;       // bytes into the sentence, qualifiers included
  std::size_t end = 0;
  std::size_t number_begin = 0;  // first digit (or sign) of the number
  std::string_view text;       // sentence[begin, end)
  std::string_view qualifier;  // "약 ", "한화 약 ", "about ": leading words the parser reads
  std::string_view number;     // "8조 9512억", "7.5 billion", "51"
  const Currency* currency = nullptr;  // null when none is written, or it is ambiguous ('¥')
  bool ambiguous_currency = false;
  std::optional<RangeEnds> range;
};

// All mentions in `sentence`, in order of position, none overlapping.
std::vector<FigureMention> ScanFigures(std::string_view sentence);

}  // namespace figcheck
