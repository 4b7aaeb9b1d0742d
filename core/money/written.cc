#include "core/money/written.h"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/money/figure_shape.h"
#include "core/money/parse.h"
#include "core/base/utf8.h"

namespace figcheck {
namespace {

struct MyriadName {
  int exponent;
  std::string_view name;
};
constexpr MyriadName kMyriadNames[] = {{16, "경"}, {12, "조"}, {8, "억"}, {4, "만"}, {0, ""}};

struct ScaleName {
  int exponent;
  std::string_view name;
};
constexpr ScaleName kScaleNames[] = {{12, "trillion"}, {9, "billion"}, {6, "million"}};

// How the groups of a Korean figure are written: "8조 9512억" (spaced), "2,326억" (commas),
// "1천200만" (small units), "10여억" (여 before the unit).
struct GroupStyle {
  bool commas = false;
  bool spaced = true;
  bool small_units = false;
  bool yeo_before_unit = false;
  bool yeo_after_unit = false;
};

// Places after the decimal point that a multiple of `unit` needs: 0.1 -> 1, 100 -> 0.
int DecimalsFor(const Decimal& unit) {
  for (int places = 0; places < 40; ++places) {
    if ((unit * Decimal::Pow10(places)).is_integer()) return places;
  }
  return 40;
}

std::string GroupThousands(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// A non-negative value with exactly `decimals` places (it is already a multiple of 10^-decimals,
// so nothing is rounded here), the integer part grouped by commas when asked.
std::string FixedText(const Decimal& value, int decimals, bool commas) {
  std::string text = value.ToFixed(decimals, RoundingMode::kHalfUp);
  if (!commas) return text;
  const std::size_t dot = text.find('.');
  const std::string whole = text.substr(0, dot);
  return GroupThousands(whole) + (dot == std::string::npos ? "" : text.substr(dot));
}

// A group below 10000 with 천/백 the way "1천200만", "3천억", "5백만" write it.
std::string SmallUnitText(const BigInt& group) {
  if (group >= 1000 && group < 10000) {
    const BigInt rest = group % 1000;
    return (group / 1000).str() + "천" + (rest == 0 ? std::string() : rest.str());
  }
  if (group >= 100 && group < 1000 && group % 100 == 0) return (group / 100).str() + "백";
  return group.str();
}

// `value` (non-negative, a multiple of 10^-decimals) as myriad groups from the largest down to
// 10^low_exponent; zero groups are left out, and the lowest group carries any fraction.
std::string MyriadGroups(const Decimal& value, int low_exponent, int decimals, const GroupStyle& style) {
  const Decimal scaled = *value.DividedBy(Decimal::Pow10(low_exponent));
  const BigInt whole = scaled.numerator() / scaled.denominator();
  const Decimal fraction = scaled - Decimal(whole);
  std::vector<std::string> parts;
  for (const MyriadName& m : kMyriadNames) {
    if (m.exponent < low_exponent) break;
    const unsigned shift = static_cast<unsigned>(m.exponent - low_exponent);
    BigInt group = whole / Decimal::Pow10(static_cast<int>(shift)).numerator();
    if (m.exponent != kMyriadNames[0].exponent) group %= 10000;
    const bool lowest = m.exponent == low_exponent;
    if (group == 0 && !(lowest && (!fraction.is_zero() || parts.empty()))) continue;
    std::string text;
    if (lowest && !fraction.is_zero()) {
      text = FixedText(Decimal(group) + fraction, decimals, style.commas);
    } else if (style.small_units) {
      text = SmallUnitText(group);
    } else {
      text = style.commas ? GroupThousands(group.str()) : group.str();
    }
    if (lowest && style.yeo_before_unit) text += "여";
    text += m.name;
    if (lowest && style.yeo_after_unit) text += "여";
    parts.push_back(std::move(text));
  }
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty() && style.spaced) out += ' ';
    out += part;
  }
  return out;
}

// "원" joins the number ("8조원"); a longer name stands apart ("75억 달러").
std::string KoreanCurrencySuffix(const Currency& currency) {
  if (DecodeUtf8(currency.korean, 0) && DecodeUtf8(currency.korean, 0)->length == currency.korean.size()) {
    return std::string(currency.korean);
  }
  return " " + std::string(currency.korean);
}

// "$", "₩", "€"; the code for currencies without a Latin-script symbol ("CNY 819 million"), since
// 元 and 円 read oddly in English and '¥' would be ambiguous.
std::string EnglishCurrencyPrefix(const Currency& currency) {
  if (currency.symbol.empty() || currency.symbol == "元" || currency.symbol == "円") {
    return std::string(currency.code) + " ";
  }
  return std::string(currency.symbol);
}


// The scale words of one spelling, for 10^6, 10^9 and 10^12.
constexpr std::string_view kScaleFamilies[][3] = {
    {"million", "billion", "trillion"}, {"mln", "bln", "trn"}, {"mn", "bn", "tn"}, {"m", "b", "t"}};

// `after` (the text after a number: " billion dollars") with its scale word changed to the one
// that puts `magnitude` between 1 and 1000 of it, and that scale; nullopt when the word already
// fits or is not one of kScaleFamilies.
std::optional<std::pair<std::string, Decimal>> RescaleWord(const std::string& after, const Decimal& scale,
                                                           const Decimal& magnitude) {
  std::size_t at = 0;
  while (at < after.size() && after[at] == ' ') ++at;
  int best = -1;
  for (int i = 2; i >= 0; --i) {
    if (magnitude >= Decimal::Pow10(6 + 3 * i)) {
      best = i;
      break;
    }
  }
  if (best < 0 || Decimal::Pow10(6 + 3 * best) == scale) return std::nullopt;
  const int current = scale.MagnitudeExponent();
  if (current != 6 && current != 9 && current != 12) return std::nullopt;
  for (const auto& family : kScaleFamilies) {
    const std::string_view word = family[(current - 6) / 3];
    if (after.compare(at, word.size(), word) != 0) continue;
    // The whole word: "b" must not match the "b" of "billion".
    const std::size_t end = at + word.size();
    if (end < after.size() && ((after[end] >= 'a' && after[end] <= 'z') || (after[end] >= 'A' && after[end] <= 'Z'))) {
      continue;
    }
    return std::pair{after.substr(0, at) + std::string(family[best]) + after.substr(end), Decimal::Pow10(6 + 3 * best)};
  }
  return std::nullopt;
}

}  // namespace

bool HasHangul(std::string_view text) {
  for (std::size_t offset = 0; offset < text.size();) {
    const auto decoded = DecodeUtf8(text, offset);
    if (!decoded) return false;
    if (IsHangulSyllable(decoded->code_point)) return true;
    offset += decoded->length;
  }
  return false;
}

std::string WriteKorean(const Decimal& value, const Currency& currency, const Decimal& unit) {
  const Decimal rounded = value.RoundTo(unit, RoundingMode::kHalfUp);
  const std::string sign = rounded.sign() < 0 ? "-" : "";
  return sign + MyriadGroups(rounded.Abs(), 0, DecimalsFor(unit), GroupStyle{}) + KoreanCurrencySuffix(currency);
}

std::string WriteEnglish(const Decimal& value, const Currency& currency, const Decimal& unit) {
  const Decimal rounded = value.RoundTo(unit, RoundingMode::kHalfUp);
  const Decimal magnitude = rounded.Abs();
  const std::string sign = rounded.sign() < 0 ? "-" : "";
  for (const ScaleName& s : kScaleNames) {
    const Decimal scale = Decimal::Pow10(s.exponent);
    // A scale word only when the unit is within three decimals of it; "₩8,947,350,000,000"
    // reads better than "₩8.947350000000 trillion".
    if (magnitude >= scale && unit * Decimal(1000) >= scale) {
      const Decimal number = *magnitude.DividedBy(scale);
      return sign + EnglishCurrencyPrefix(currency) +
             FixedText(number, DecimalsFor(*unit.DividedBy(scale)), true) + " " + std::string(s.name);
    }
  }
  return sign + EnglishCurrencyPrefix(currency) + FixedText(magnitude, DecimalsFor(unit), true);
}

std::string WriteLike(const Decimal& value, const Amount& style, std::string_view style_text) {
  FigureShape shape;
  const auto parsed = ParseAmountWithShape(style_text, ParseOptions{style.currency}, &shape);
  if (std::holds_alternative<ParseError>(parsed) || style.unit.sign() <= 0) {
    if (style.currency == nullptr) return value.ToString();
    const Decimal unit = style.unit.sign() > 0 ? style.unit : Decimal(1);
    return HasHangul(style_text) ? WriteKorean(value, *style.currency, unit) : WriteEnglish(value, *style.currency, unit);
  }
  const Decimal rounded = value.RoundTo(style.unit, RoundingMode::kHalfUp);
  const Decimal magnitude = rounded.Abs();
  std::string body = rounded.sign() < 0 ? "-" : "";
  if (shape.myriad && shape.decimal_group) {
    // "12.5억": one decimal coefficient before the last unit.
    const int low = shape.last_myriad.MagnitudeExponent();
    const Decimal number = *magnitude.DividedBy(shape.last_myriad);
    body += FixedText(number, DecimalsFor(*style.unit.DividedBy(shape.last_myriad)), shape.commas);
    if (shape.yeo_before_unit) body += "여";
    for (const MyriadName& m : kMyriadNames) {
      if (m.exponent == low) body += m.name;
    }
    if (shape.yeo_after_unit) body += "여";
  } else if (shape.myriad) {
    const int low = shape.last_myriad.MagnitudeExponent();
    const GroupStyle group_style{shape.commas, shape.spaced_groups, shape.small_units, shape.yeo_before_unit,
                                 shape.yeo_after_unit};
    body += MyriadGroups(magnitude, low, DecimalsFor(*style.unit.DividedBy(shape.last_myriad)), group_style);
  } else {
    // A scale word follows the value: "$26.04 billion" for a figure printed "$26.04 million",
    // never "$26,042.00 million".
    Decimal scale = shape.scale;
    std::string after(style_text.substr(shape.number_end));
    // Only when the printed figure fits its word and the new one would not (a unit slip): an
    // article that writes "1,200 million" gets "1,194 million" back.
    const Decimal printed = *style.value.Abs().DividedBy(scale);
    const Decimal number_there = *magnitude.DividedBy(scale);
    const bool printed_fits = printed >= Decimal(1) && printed < Decimal(1000);
    const bool value_fits = number_there >= Decimal(1) && number_there < Decimal(1000);
    if (scale > Decimal(1) && !magnitude.is_zero() && printed_fits && !value_fits) {
      if (auto rescaled = RescaleWord(after, scale, magnitude)) {
        after = std::move(rescaled->first);
        scale = rescaled->second;
      }
    }
    const Decimal number = *magnitude.DividedBy(scale);
    body += FixedText(number, DecimalsFor(*style.unit.DividedBy(scale)), shape.commas);
    return std::string(style_text.substr(0, shape.number_begin)) + body + after;
  }
  return std::string(style_text.substr(0, shape.number_begin)) + body +
         std::string(style_text.substr(shape.number_end));
}

}  // namespace figcheck
