// Amount and Change: a figure exactly as an article states it.
//
// An Amount is an exact value, a currency, the unit of its last stated digit ("8조 9512억원" is
// stated to 1억 = 10^8, "$7.5 billion" to 0.1 billion = 10^8, "1,194.4원" to 0.1), whether it was
// marked approximate (약, about, 가량, 여), and a bound (이상 = at least, 미만 = less than, ...).
// A Change is a stated growth figure: a percentage, percentage points, or a ratio, with its
// sign when the text gives one (증가/감소, rose/fell, +/-).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/money/currency.h"
#include "core/number/decimal.h"

namespace figcheck {

enum class Bound { kExact, kAtLeast, kAtMost, kMoreThan, kLessThan };
std::string_view BoundName(Bound bound);  // "exact", "at_least", "at_most", "more_than", "less_than"

// A set of true values a stated figure allows: lower and upper ends, each closed or open, an
// absent end meaning unbounded.
struct Interval {
  std::optional<Decimal> low;
  bool low_closed = true;
  std::optional<Decimal> high;
  bool high_closed = false;

  bool Contains(const Decimal& x) const;
  bool Meets(const Interval& other) const;  // the two share at least one point
  // "[1193.4, 1193.6)", "(1000000000, ∞)"
  std::string ToString() const;
};

struct Amount {
  Decimal value;                      // exact, non-negative (zero is a figure too)
  const Currency* currency = nullptr; // never null in a parsed Amount
  Decimal unit;                       // place of the last stated digit, a positive power of ten
                                      // (or a multiple like 0.1억 = 10^7)
  bool approximate = false;
  Bound bound = Bound::kExact;

  // The true values the figure covers (DESIGN.md §3): [v - u/2, v + u/2) for an exact or
  // approximate figure; [v, ∞) at least; (v, ∞) more than; (0, v] at most; (0, v) less than.
  Interval Covers() const;
};

enum class ChangeKind { kPercent, kPoints, kRatio };
enum class ChangeSign { kUnspecified, kIncrease, kDecrease };
std::string_view ChangeKindName(ChangeKind kind);  // "percent", "points", "ratio"
std::string_view ChangeSignName(ChangeSign sign);  // "unspecified", "increase", "decrease"

struct Change {
  ChangeKind kind = ChangeKind::kPercent;
  Decimal value;   // signed: -3.2 for "3.2% 감소"; for a ratio the multiple (2 for 2배)
  Decimal unit;    // place of the last stated digit (1 for 51%, 0.1 for 51.1%)
  ChangeSign sign = ChangeSign::kUnspecified;
  bool approximate = false;
  Bound bound = Bound::kExact;

  // The values the statement covers, [value - unit/2, value + unit/2) widened by the bound.
  Interval Covers() const;
};

nlohmann::json ToJson(const Amount& amount);
nlohmann::json ToJson(const Change& change);
// One line a person reads: "8951200000000 KRW (stated to 100000000, approximate)".
std::string Describe(const Amount& amount);
std::string Describe(const Change& change);

}  // namespace figcheck
