#include "core/money/amount.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace figcheck {
namespace {

Interval StatedInterval(const Decimal& value, const Decimal& unit, Bound bound, bool allow_negative) {
  const Decimal half = unit * Decimal::Fraction(1, 2);
  Interval i;
  switch (bound) {
    case Bound::kExact:
      i.low = value - half;
      i.high = value + half;
      i.low_closed = true;
      i.high_closed = false;
      break;
    case Bound::kAtLeast:
      i.low = value;
      i.low_closed = true;
      break;
    case Bound::kMoreThan:
      i.low = value;
      i.low_closed = false;
      break;
    case Bound::kAtMost:
      if (!allow_negative) i.low = Decimal(0), i.low_closed = false;
      i.high = value;
      i.high_closed = true;
      break;
    case Bound::kLessThan:
      if (!allow_negative) i.low = Decimal(0), i.low_closed = false;
      i.high = value;
      i.high_closed = false;
      break;
  }
  return i;
}

}  // namespace

std::string_view BoundName(Bound bound) {
  switch (bound) {
    case Bound::kExact: return "exact";
    case Bound::kAtLeast: return "at_least";
    case Bound::kAtMost: return "at_most";
    case Bound::kMoreThan: return "more_than";
    case Bound::kLessThan: return "less_than";
  }
  return "exact";
}

std::string_view ChangeKindName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kPercent: return "percent";
    case ChangeKind::kPoints: return "points";
    case ChangeKind::kRatio: return "ratio";
  }
  return "percent";
}

std::string_view ChangeSignName(ChangeSign sign) {
  switch (sign) {
    case ChangeSign::kUnspecified: return "unspecified";
    case ChangeSign::kIncrease: return "increase";
    case ChangeSign::kDecrease: return "decrease";
  }
  return "unspecified";
}

bool Interval::Contains(const Decimal& x) const {
  if (low && (low_closed ? x < *low : x <= *low)) return false;
  if (high && (high_closed ? x > *high : x >= *high)) return false;
  return true;
}

bool Interval::Meets(const Interval& other) const {
  // They fail to meet when one lies wholly below the other.
  auto below = [](const Interval& a, const Interval& b) {
    if (!a.high || !b.low) return false;
    if (*a.high < *b.low) return true;
    return *a.high == *b.low && !(a.high_closed && b.low_closed);
  };
  return !below(*this, other) && !below(other, *this);
}

std::string Interval::ToString() const {
  return fmt::format("{}{}, {}{}", low && low_closed ? "[" : "(", low ? low->ToString() : "-\u221e",
                     high ? high->ToString() : "\u221e", high && high_closed ? "]" : ")");
}

Interval Amount::Covers() const { return StatedInterval(value, unit, bound, false); }
Interval Change::Covers() const { return StatedInterval(value, unit, bound, true); }

nlohmann::json ToJson(const Amount& amount) {
  return nlohmann::json{{"value", amount.value.ToString()},
                        {"currency", amount.currency ? std::string(amount.currency->code) : std::string()},
                        {"unit", amount.unit.ToString()},
                        {"approximate", amount.approximate},
                        {"bound", std::string(BoundName(amount.bound))}};
}

nlohmann::json ToJson(const Change& change) {
  return nlohmann::json{{"kind", std::string(ChangeKindName(change.kind))},
                        {"value", change.value.ToString()},
                        {"unit", change.unit.ToString()},
                        {"sign", std::string(ChangeSignName(change.sign))},
                        {"approximate", change.approximate},
                        {"bound", std::string(BoundName(change.bound))}};
}

std::string Describe(const Amount& amount) {
  std::string text = fmt::format("{} {} (stated to {}", amount.value.ToGroupedString(),
                                 amount.currency ? amount.currency->code : "???", amount.unit.ToGroupedString());
  if (amount.approximate) text += ", approximate";
  if (amount.bound != Bound::kExact) text += fmt::format(", {}", BoundName(amount.bound));
  return text + ")";
}

std::string Describe(const Change& change) {
  std::string_view suffix = change.kind == ChangeKind::kPercent ? "%" : change.kind == ChangeKind::kPoints ? " points" : "x";
  std::string text = fmt::format("{}{} {} (stated to {}", change.value.ToString(), suffix,
                                 ChangeSignName(change.sign), change.unit.ToString());
  if (change.approximate) text += ", approximate";
  if (change.bound != Bound::kExact) text += fmt::format(", {}", BoundName(change.bound));
  return text + ")";
}

}  // namespace figcheck
