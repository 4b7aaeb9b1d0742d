#include "core/number/decimal.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <utility>

namespace figcheck {
namespace {

BigInt Pow10Int(unsigned exponent) {
  static constexpr std::uint64_t kSmall[] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                             10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                             100000000000ull, 1000000000000ull, 10000000000000ull,
                                             100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                             100000000000000000ull, 1000000000000000000ull,
                                             10000000000000000000ull};
  if (exponent < std::size(kSmall)) return BigInt(kSmall[exponent]);
  BigInt result = 1;
  BigInt base = 10;
  while (exponent != 0) {
    if (exponent & 1u) result *= base;
    base *= base;
    exponent >>= 1;
  }
  return result;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string GroupDigits(std::string_view digits, char separator) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0 && (n - i) % 3 == 0) out.push_back(separator);
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

BigInt RoundQuotient(const BigInt& n, const BigInt& d, RoundingMode mode) {
  BigInt num = n;
  BigInt den = d;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  BigInt q;
  BigInt r;
  boost::multiprecision::divide_qr(num, den, q, r);  // truncates toward zero; r has num's sign
  if (r == 0) return q;
  const int direction = num < 0 ? -1 : 1;  // the side of zero the exact value lies on
  const BigInt twice = 2 * (r < 0 ? BigInt(-r) : r);
  const int half = twice < den ? -1 : (twice == den ? 0 : 1);  // remainder vs one half
  bool away = false;
  switch (mode) {
    case RoundingMode::kTowardZero: away = false; break;
    case RoundingMode::kAwayFromZero: away = true; break;
    case RoundingMode::kFloor: away = direction < 0; break;
    case RoundingMode::kCeiling: away = direction > 0; break;
    case RoundingMode::kHalfUp: away = half >= 0; break;
    case RoundingMode::kHalfDown: away = half > 0; break;
    case RoundingMode::kHalfEven: away = half > 0 || (half == 0 && (q % 2) != 0); break;
  }
  if (away) q += direction;
  return q;
}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  std::string digits;
  int fraction_digits = 0;
  bool any_digit = false;
  while (i < text.size() && IsDigit(text[i])) {
    digits.push_back(text[i++]);
    any_digit = true;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && IsDigit(text[i])) {
      digits.push_back(text[i++]);
      ++fraction_digits;
      any_digit = true;
    }
  }
  if (!any_digit) return std::nullopt;
  // Leading zeros do not count against the digit limit.
  const auto first_nonzero = digits.find_first_not_of('0');
  const std::size_t significant = first_nonzero == std::string::npos ? 0 : digits.size() - first_nonzero;
  if (significant > kMaxDigits || digits.size() > 2 * kMaxDigits) return std::nullopt;
  int exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && IsDigit(text[i])) {
      if (i - start >= 4) return std::nullopt;
      exponent = exponent * 10 + (text[i] - '0');
      ++i;
    }
    if (i == start) return std::nullopt;
    if (exp_negative) exponent = -exponent;
  }
  if (i != text.size()) return std::nullopt;
  const int total_exponent = exponent - fraction_digits;
  if (total_exponent > kMaxExponent || total_exponent < -kMaxExponent - static_cast<int>(2 * kMaxDigits)) {
    return std::nullopt;
  }
  if (significant <= 19 && total_exponent <= 0 && total_exponent >= -19) {
    // Rates and most figures: the digits fit 64 bits, and so does the power of ten; reducing the
    // fraction here is far cheaper than through the big-integer path below.
    std::uint64_t n = 0;
    for (std::size_t k = first_nonzero == std::string::npos ? digits.size() : first_nonzero; k < digits.size(); ++k) {
      n = n * 10 + static_cast<std::uint64_t>(digits[k] - '0');
    }
    std::uint64_t d = 1;
    for (int k = 0; k < -total_exponent; ++k) d *= 10;
    const std::uint64_t g = std::gcd(n, d);  // d when n is 0
    BigInt numerator(n / g);
    if (negative) numerator = -numerator;
    if (d == g) return Decimal(Rational(numerator));  // an integer: nothing to reduce
    return Decimal(Rational(numerator, BigInt(d / g)));
  }
  BigInt mantissa(digits.empty() ? std::string("0") : digits.substr(first_nonzero == std::string::npos ? 0 : first_nonzero));
  if (first_nonzero == std::string::npos) mantissa = 0;
  if (negative) mantissa = -mantissa;
  Rational value = total_exponent >= 0 ? Rational(mantissa * Pow10Int(static_cast<unsigned>(total_exponent)))
                                       : Rational(mantissa, Pow10Int(static_cast<unsigned>(-total_exponent)));
  return Decimal(std::move(value));
}

Decimal Decimal::Pow10(int exponent) {
  if (exponent >= 0) return Decimal(Rational(Pow10Int(static_cast<unsigned>(exponent))));
  return Decimal(Rational(BigInt(1), Pow10Int(static_cast<unsigned>(-exponent))));
}

Decimal Decimal::Fraction(std::int64_t numerator, std::int64_t denominator) {
  return Decimal(Rational(BigInt(numerator), BigInt(denominator)));
}

BigInt Decimal::numerator() const { return boost::multiprecision::numerator(value_); }
BigInt Decimal::denominator() const { return boost::multiprecision::denominator(value_); }

int Decimal::sign() const { return value_.sign(); }

bool Decimal::is_integer() const { return denominator() == 1; }

bool Decimal::is_terminating() const { return TerminatingScale().has_value(); }

std::optional<int> Decimal::TerminatingScale() const {
  // The denominator is 2^a 5^b (and the scale max(a, b)) or the value does not terminate.
  BigInt d = boost::multiprecision::denominator(value_);
  const auto twos = static_cast<int>(boost::multiprecision::lsb(d));
  d >>= twos;
  int fives = 0;
  BigInt q;
  BigInt r;
  while (d != 1) {
    boost::multiprecision::divide_qr(d, BigInt(5), q, r);
    if (r != 0) return std::nullopt;
    d.swap(q);
    ++fives;
  }
  return std::max(twos, fives);
}

std::optional<Decimal> Decimal::DividedBy(const Decimal& divisor) const {
  if (divisor.is_zero()) return std::nullopt;
  return Decimal(Rational(value_ / divisor.value_));
}

std::optional<Decimal> Decimal::Divide(const Decimal& divisor, int scale, RoundingMode mode) const {
  auto quotient = DividedBy(divisor);
  if (!quotient) return std::nullopt;
  return quotient->RoundToScale(scale, mode);
}

Decimal Decimal::RoundTo(const Decimal& unit, RoundingMode mode) const {
  // value / unit as a fraction n/d, rounded to an integer k; the result is k * unit.
  const Rational ratio = value_ / unit.value_;
  const BigInt k = RoundQuotient(boost::multiprecision::numerator(ratio),
                                 boost::multiprecision::denominator(ratio), mode);
  return Decimal(Rational(Rational(k) * unit.value_));
}

Decimal Decimal::RoundToScale(int scale, RoundingMode mode) const { return RoundTo(Pow10(-scale), mode); }

int Decimal::MagnitudeExponent() const {
  if (is_zero()) return 0;
  const Rational& v = value_;
  BigInt n = boost::multiprecision::numerator(v);
  if (n < 0) n = -n;
  const BigInt& d = boost::multiprecision::denominator(v);
  // n/d lies in [2^(k-1), 2^(k+1)) for k = msb(n) - msb(d), so k × log10(2) (30103/100000 is a
  // hair below it) is within one of the exponent; then correct: 10^e <= n/d < 10^(e+1).
  const long k = static_cast<long>(boost::multiprecision::msb(n)) - static_cast<long>(boost::multiprecision::msb(d));
  const long scaled = k * 30103;
  int e = static_cast<int>(scaled >= 0 ? scaled / 100000 : -((-scaled + 99999) / 100000));
  // The sign of n - d × 10^exponent.
  const auto compare = [&](int exponent) {
    if (exponent >= 0) return n.compare(d * Pow10Int(static_cast<unsigned>(exponent)));
    return BigInt(n * Pow10Int(static_cast<unsigned>(-exponent))).compare(d);
  };
  while (compare(e) < 0) --e;
  while (compare(e + 1) >= 0) ++e;
  return e;
}

Decimal Decimal::RoundToSignificant(int digits, RoundingMode mode) const {
  if (is_zero()) return *this;
  const int e = MagnitudeExponent();
  Decimal rounded = RoundTo(Pow10(e - digits + 1), mode);
  return rounded;
}

std::string Decimal::ToFixed(int scale, RoundingMode mode) const {
  const int s = std::max(scale, 0);
  // value × 10^s rounded: (n × 10^s) / d, without reducing the fraction first.
  BigInt k = RoundQuotient(boost::multiprecision::numerator(value_) * Pow10Int(static_cast<unsigned>(s)),
                           boost::multiprecision::denominator(value_), mode);
  const bool negative = k < 0;
  if (negative) k = -k;
  std::string digits = k.str();
  if (s > 0) {
    if (digits.size() <= static_cast<std::size_t>(s)) digits.insert(0, static_cast<std::size_t>(s) - digits.size() + 1, '0');
    digits.insert(digits.size() - static_cast<std::size_t>(s), 1, '.');
  }
  if (negative) digits.insert(0, 1, '-');
  return digits;
}

std::string Decimal::ToString() const {
  // Exactly, at the smallest scale that holds the value.
  if (const auto scale = TerminatingScale()) return ToFixed(*scale, RoundingMode::kHalfEven);
  return ToFixed(kRepeatingScale, RoundingMode::kHalfEven) + "\u2026";
}

std::string Decimal::ToShortString(int max_scale) const {
  if (const auto scale = TerminatingScale(); scale && (*scale == 0 || *scale <= max_scale)) {
    return ToFixed(*scale, RoundingMode::kHalfEven);
  }
  return ToFixed(max_scale, RoundingMode::kHalfEven) + "\u2026";
}

std::string Decimal::ToGroupedString(char separator) const {
  std::string text = ToString();
  const bool negative = !text.empty() && text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  const auto dot = body.find_first_not_of("0123456789");
  std::string out = negative ? "-" : "";
  out += GroupDigits(body.substr(0, dot), separator);
  if (dot != std::string_view::npos) out += body.substr(dot);
  return out;
}

std::string_view RoundingModeName(RoundingMode mode) {
  switch (mode) {
    case RoundingMode::kHalfUp: return "half-up";
    case RoundingMode::kHalfEven: return "half-even";
    case RoundingMode::kHalfDown: return "half-down";
    case RoundingMode::kTowardZero: return "toward-zero";
    case RoundingMode::kAwayFromZero: return "away-from-zero";
    case RoundingMode::kFloor: return "floor";
    case RoundingMode::kCeiling: return "ceiling";
  }
  return "half-up";
}

std::optional<RoundingMode> RoundingModeFromName(std::string_view name) {
  static constexpr std::array kModes = {RoundingMode::kHalfUp,     RoundingMode::kHalfEven,
                                        RoundingMode::kHalfDown,   RoundingMode::kTowardZero,
                                        RoundingMode::kAwayFromZero, RoundingMode::kFloor,
                                        RoundingMode::kCeiling};
  for (RoundingMode mode : kModes) {
    if (RoundingModeName(mode) == name) return mode;
  }
  return std::nullopt;
}

}  // namespace figcheck
