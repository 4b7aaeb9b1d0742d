// Property test of Decimal's small form (issue 16): every operation, on random and adversarial
// values, against the same operation done directly on Boost rationals the way Decimal did before
// it had a small form (the reference functions below are that code). Results must agree bit for
// bit: the exact value (rational()), equality with the Decimal built from the reference value
// (the form is canonical whichever path produced it), ordering and every text.
//
// The seed is fixed so a failure reproduces. FIGCHECK_PROPERTY_ITERATIONS sets the iterations per
// property: by default 200,000 (about 50 s for all of them in a release build; 2,000,000 were run
// once, all passing), and 20,000 under AddressSanitizer, where 200,000 took three minutes of the CI
// budget; the sanitizers look for memory errors, which the first iterations already walk through.
#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <exception>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/number/decimal.h"

namespace figcheck {
namespace {

// ---- The reference: Decimal's operations on Boost rationals, as before the small form. ----

BigInt RefPow10Int(int exponent) { return boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(exponent)); }

Rational RefPow10(int exponent) {
  if (exponent >= 0) return Rational(RefPow10Int(exponent));
  return Rational(BigInt(1), RefPow10Int(-exponent));
}

BigInt RefRoundQuotient(const BigInt& n, const BigInt& d, RoundingMode mode) {
  BigInt num = n;
  BigInt den = d;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  BigInt q;
  BigInt r;
  boost::multiprecision::divide_qr(num, den, q, r);
  if (r == 0) return q;
  const int direction = num < 0 ? -1 : 1;
  const BigInt twice = 2 * (r < 0 ? BigInt(-r) : r);
  const int half = twice < den ? -1 : (twice == den ? 0 : 1);
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

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::optional<Rational> RefParse(std::string_view text) {
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
  const auto first_nonzero = digits.find_first_not_of('0');
  const std::size_t significant = first_nonzero == std::string::npos ? 0 : digits.size() - first_nonzero;
  if (significant > Decimal::kMaxDigits || digits.size() > 2 * Decimal::kMaxDigits) return std::nullopt;
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
  if (total_exponent > Decimal::kMaxExponent ||
      total_exponent < -Decimal::kMaxExponent - static_cast<int>(2 * Decimal::kMaxDigits)) {
    return std::nullopt;
  }
  BigInt mantissa = first_nonzero == std::string::npos ? BigInt(0) : BigInt(digits.substr(first_nonzero));
  if (negative) mantissa = -mantissa;
  return total_exponent >= 0 ? Rational(mantissa * RefPow10Int(total_exponent))
                             : Rational(mantissa, RefPow10Int(-total_exponent));
}

std::optional<int> RefTerminatingScale(const Rational& v) {
  BigInt d = boost::multiprecision::denominator(v);
  int twos = 0;
  while (d % 2 == 0) {
    d /= 2;
    ++twos;
  }
  int fives = 0;
  while (d % 5 == 0) {
    d /= 5;
    ++fives;
  }
  if (d != 1) return std::nullopt;
  return std::max(twos, fives);
}

std::string RefToFixed(const Rational& v, int scale, RoundingMode mode) {
  const int s = std::max(scale, 0);
  BigInt k = RefRoundQuotient(boost::multiprecision::numerator(v) * RefPow10Int(s), boost::multiprecision::denominator(v), mode);
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

std::string RefToString(const Rational& v) {
  if (const auto scale = RefTerminatingScale(v)) return RefToFixed(v, *scale, RoundingMode::kHalfEven);
  return RefToFixed(v, Decimal::kRepeatingScale, RoundingMode::kHalfEven) + "\u2026";
}

std::string RefToShortString(const Rational& v, int max_scale) {
  if (const auto scale = RefTerminatingScale(v); scale && (*scale == 0 || *scale <= max_scale)) {
    return RefToFixed(v, *scale, RoundingMode::kHalfEven);
  }
  return RefToFixed(v, max_scale, RoundingMode::kHalfEven) + "\u2026";
}

std::string RefToGroupedString(const Rational& v) {
  const std::string text = RefToString(v);
  const bool negative = !text.empty() && text[0] == '-';
  const std::string body = negative ? text.substr(1) : text;
  const std::size_t dot = std::min(body.find_first_not_of("0123456789"), body.size());
  std::string out = negative ? "-" : "";
  for (std::size_t i = 0; i < dot; ++i) {
    if (i != 0 && (dot - i) % 3 == 0) out.push_back(',');
    out.push_back(body[i]);
  }
  return out + body.substr(dot);
}

// 10^e <= |v| < 10^(e+1), by comparing (slow and plain).
int RefMagnitudeExponent(const Rational& v) {
  if (v == 0) return 0;
  const Rational a = v < 0 ? Rational(-v) : v;
  int e = static_cast<int>(boost::multiprecision::numerator(a).str().size()) -
          static_cast<int>(boost::multiprecision::denominator(a).str().size());
  while (RefPow10(e) > a) --e;
  while (RefPow10(e + 1) <= a) ++e;
  return e;
}

Rational RefRoundTo(const Rational& v, const Rational& unit, RoundingMode mode) {
  const Rational ratio = v / unit;
  const BigInt k = RefRoundQuotient(boost::multiprecision::numerator(ratio), boost::multiprecision::denominator(ratio), mode);
  return Rational(Rational(k) * unit);
}

int RefSign(const Rational& v) { return v < 0 ? -1 : v > 0 ? 1 : 0; }

// ---- Values: random and adversarial, each with its reference rational. ----

constexpr std::array kModes = {RoundingMode::kHalfUp,     RoundingMode::kHalfEven, RoundingMode::kHalfDown,
                               RoundingMode::kTowardZero, RoundingMode::kAwayFromZero, RoundingMode::kFloor,
                               RoundingMode::kCeiling};

long Iterations() {
  if (const char* text = std::getenv("FIGCHECK_PROPERTY_ITERATIONS")) {
    const long n = std::strtol(text, nullptr, 10);
    if (n > 0) return n;
  }
#if defined(__SANITIZE_ADDRESS__)
  return 20000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return 20000;
#endif
#endif
  return 200000;
}

struct Value {
  Decimal decimal;
  Rational exact;
};

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  std::uint64_t Bits() { return rng_(); }
  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  RoundingMode Mode() { return kModes[static_cast<std::size_t>(Int(0, static_cast<int>(kModes.size()) - 1))]; }

  std::int64_t Int64() {
    static constexpr std::int64_t kEdges[] = {0, 1, -1, 2, -2, 3, 7, 10, -10, INT64_MAX, INT64_MAX - 1, INT64_MIN,
                                              INT64_MIN + 1, INT64_MAX / 2, INT64_MIN / 2, 3037000499, 3037000500,
                                              -3037000500, 4294967296, -4294967296, 4294967295,
                                              1000000000000000000, -1000000000000000000, 999999999999999999,
                                              922337203685477580, 5000000000000000000, 6000000000000000000};
    switch (Int(0, 6)) {
      case 0: return static_cast<std::int64_t>(Bits());
      case 1: return Int(-1000, 1000);
      case 2: return kEdges[static_cast<std::size_t>(Int(0, static_cast<int>(std::size(kEdges)) - 1))];
      case 3: {  // ± 10^k ± small
        std::int64_t p = 1;
        for (int k = Int(0, 18); k > 0; --k) p *= 10;
        return (Int(0, 1) ? p : -p) + Int(-2, 2);
      }
      case 4: {  // ± 2^k ± small
        const int k = Int(0, 62);
        const std::int64_t p = std::int64_t{1} << k;
        return (Int(0, 1) ? p : -p) + Int(-2, 2);
      }
      case 5: return static_cast<std::int64_t>(Bits() >> Int(1, 63)) * (Int(0, 1) ? 1 : -1);
      default: return static_cast<std::int64_t>(Bits() % 100000000) - 50000000;
    }
  }

  // Up to 40 digits, with a point and an exponent (now and then near the limits).
  std::string Text() {
    std::string text;
    const int sign = Int(0, 3);
    if (sign == 1) text += '-';
    if (sign == 2) text += '+';
    const int count = Int(0, 4) == 0 ? Int(1, 40) : Int(1, 19);
    std::string digits;
    for (int i = 0; i < count; ++i) digits.push_back(static_cast<char>('0' + Int(0, 9)));
    if (Int(0, 3) == 0) digits.insert(0, static_cast<std::size_t>(Int(1, 5)), '0');
    if (Int(0, 3) == 0) digits.append(static_cast<std::size_t>(Int(1, 22)), '0');
    const int point = Int(-1, static_cast<int>(digits.size()));
    if (point >= 0) digits.insert(static_cast<std::size_t>(point), 1, '.');
    text += digits;
    switch (Int(0, 5)) {
      case 0: text += "e" + std::to_string(Int(-30, 30)); break;
      case 1: text += "E+" + std::to_string(Int(0, 25)); break;
      case 2:  // near the limits, now and then
        if (Int(0, 39) == 0) text += "e" + std::to_string(Int(380, 420) * (Int(0, 1) ? 1 : -1));
        break;
      default: break;
    }
    return text;
  }

  Value Any() {
    switch (Int(0, 9)) {
      case 0:
      case 1: {
        const std::int64_t n = Int64();
        std::int64_t d = Int64();
        if (d < 0) d = d == INT64_MIN ? INT64_MAX : -d;
        if (d == 0) d = 1;
        return {Decimal::Fraction(n, d), Rational(BigInt(n), BigInt(d))};
      }
      case 2: {
        const std::int64_t n = Int64();
        return {Decimal(n), Rational(n)};
      }
      case 3:
      case 4:
        for (;;) {
          const std::string text = Text();
          const auto parsed = Decimal::Parse(text);
          const auto exact = RefParse(text);
          EXPECT_EQ(parsed.has_value(), exact.has_value()) << text;
          if (parsed && exact) return {*parsed, *exact};
        }
      case 5: {  // up to 130 bits, either side of 2^63 and 2^64
        BigInt n(Bits());
        n <<= Int(0, 66);
        n += Int(-3, 3);
        if (Int(0, 1)) n = -n;
        BigInt d(Bits() >> Int(0, 63));
        d <<= Int(0, 1) ? 0 : Int(0, 66);
        if (d == 0) d = 1;
        const Rational exact(n, d);
        return {Decimal(exact), exact};
      }
      case 6: {
        const int e = Int(0, 39) == 0 ? Int(-Decimal::kMaxExponent, Decimal::kMaxExponent) : Int(-40, 40);
        return {Decimal::Pow10(e), RefPow10(e)};
      }
      case 7: {  // a small value reached through big intermediates (the Boost path, then normalized)
        const std::int64_t n = Int64();
        const int e = Int(19, 40);
        const Decimal big = Decimal(n) * Decimal::Pow10(e);
        const std::int64_t d = Int(1, 1000);
        return {*(big.DividedBy(Decimal::Pow10(e)))->DividedBy(Decimal(d)), Rational(BigInt(n), BigInt(d))};
      }
      case 8: {  // non-terminating quotients
        static constexpr std::int64_t kDens[] = {3, 7, 9, 11, 13, 21, 49, 81, 96, 1001, 999999937, 3 * 1024};
        const std::int64_t n = Int(0, 1) ? Int(-100, 100) : Int64();
        const std::int64_t d = kDens[static_cast<std::size_t>(Int(0, static_cast<int>(std::size(kDens)) - 1))];
        return {Decimal::Fraction(n, d), Rational(BigInt(n), BigInt(d))};
      }
      default: {  // a sum or product of two small values (some just overflow 64 bits)
        const std::int64_t a = Int64();
        const std::int64_t b = Int64();
        if (Int(0, 1)) return {Decimal(a) * Decimal(b), Rational(BigInt(a) * BigInt(b))};
        return {Decimal(a) + Decimal(b), Rational(BigInt(a) + BigInt(b))};
      }
    }
  }

 private:
  std::mt19937_64 rng_;
};

// The Decimal holds exactly `exact`, in the canonical form.
::testing::AssertionResult Same(const Decimal& d, const Rational& exact) {
  if (d.rational() != exact) return ::testing::AssertionFailure() << d.rational().str() << " != " << exact.str();
  if (!(d == Decimal(exact))) return ::testing::AssertionFailure() << "not canonical: " << exact.str();
  if (d.ToString() != RefToString(exact)) {
    return ::testing::AssertionFailure() << d.ToString() << " != " << RefToString(exact);
  }
  return ::testing::AssertionSuccess();
}

constexpr std::uint64_t kSeed = 0x16f1cc4ec0ffeeull;

TEST(DecimalFastPathTest, ValuesAreExactAndCanonical) {
  Generator g(kSeed);
  for (long i = 0; i < Iterations(); ++i) {
    const Value v = g.Any();
    ASSERT_TRUE(Same(v.decimal, v.exact)) << "iteration " << i;
  }
}

TEST(DecimalFastPathTest, AddSubtractMultiplyNegate) {
  Generator g(kSeed + 1);
  for (long i = 0; i < Iterations(); ++i) {
    const Value a = g.Any();
    const Value b = g.Any();
    ASSERT_TRUE(Same(a.decimal + b.decimal, Rational(a.exact + b.exact))) << a.exact.str() << " + " << b.exact.str();
    ASSERT_TRUE(Same(a.decimal - b.decimal, Rational(a.exact - b.exact))) << a.exact.str() << " - " << b.exact.str();
    ASSERT_TRUE(Same(a.decimal * b.decimal, Rational(a.exact * b.exact))) << a.exact.str() << " * " << b.exact.str();
    ASSERT_TRUE(Same(-a.decimal, Rational(-a.exact))) << a.exact.str();
    ASSERT_TRUE(Same(a.decimal.Abs(), a.exact < 0 ? Rational(-a.exact) : a.exact)) << a.exact.str();
    Decimal c = a.decimal;
    c += b.decimal;
    c *= b.decimal;
    c -= a.decimal;
    ASSERT_TRUE(Same(c, Rational((a.exact + b.exact) * b.exact - a.exact))) << a.exact.str() << ", " << b.exact.str();
  }
}

TEST(DecimalFastPathTest, Comparisons) {
  Generator g(kSeed + 2);
  for (long i = 0; i < Iterations(); ++i) {
    const Value a = g.Any();
    const Value b = g.Int(0, 9) == 0 ? a : g.Any();
    const auto expected = a.exact < b.exact   ? std::strong_ordering::less
                          : a.exact > b.exact ? std::strong_ordering::greater
                                              : std::strong_ordering::equal;
    ASSERT_EQ(a.decimal <=> b.decimal, expected) << a.exact.str() << " <=> " << b.exact.str();
    ASSERT_EQ(a.decimal == b.decimal, a.exact == b.exact) << a.exact.str() << " == " << b.exact.str();
    ASSERT_EQ(a.decimal < b.decimal, a.exact < b.exact);
    ASSERT_EQ(a.decimal >= b.decimal, a.exact >= b.exact);
  }
}

TEST(DecimalFastPathTest, DividedByAndDivide) {
  Generator g(kSeed + 3);
  for (long i = 0; i < Iterations(); ++i) {
    const Value a = g.Any();
    const Value b = g.Int(0, 20) == 0 ? Value{Decimal(), Rational(0)} : g.Any();
    const auto q = a.decimal.DividedBy(b.decimal);
    const int scale = g.Int(-25, 25);
    const RoundingMode mode = g.Mode();
    const auto rounded = a.decimal.Divide(b.decimal, scale, mode);
    ASSERT_EQ(q.has_value(), b.exact != 0);
    ASSERT_EQ(rounded.has_value(), b.exact != 0);
    if (!q) continue;
    const Rational exact = a.exact / b.exact;
    ASSERT_TRUE(Same(*q, exact)) << a.exact.str() << " / " << b.exact.str();
    ASSERT_TRUE(Same(*rounded, RefRoundTo(exact, RefPow10(-scale), mode)))
        << a.exact.str() << " / " << b.exact.str() << " scale " << scale << " " << RoundingModeName(mode);
  }
}

TEST(DecimalFastPathTest, Rounding) {
  Generator g(kSeed + 4);
  for (long i = 0; i < Iterations(); ++i) {
    const Value a = g.Any();
    Value unit = g.Any();
    if (unit.exact == 0) unit = {Decimal(1), Rational(1)};
    if (unit.exact < 0) unit = {-unit.decimal, Rational(-unit.exact)};
    const RoundingMode mode = g.Mode();
    ASSERT_TRUE(Same(a.decimal.RoundTo(unit.decimal, mode), RefRoundTo(a.exact, unit.exact, mode)))
        << a.exact.str() << " to " << unit.exact.str() << " " << RoundingModeName(mode);
    // Ties: the midpoint between two multiples of the unit, either side of zero.
    const Rational tie = Rational(g.Int(0, 1) ? -1 : 1) * (Rational(BigInt(g.Int64() >> g.Int(0, 63))) + Rational(BigInt(1), BigInt(2))) * unit.exact;
    const RoundingMode tie_mode = g.Mode();
    ASSERT_TRUE(Same(Decimal(tie).RoundTo(unit.decimal, tie_mode), RefRoundTo(tie, unit.exact, tie_mode)))
        << tie.str() << " to " << unit.exact.str() << " " << RoundingModeName(tie_mode);
    const int scale = g.Int(-25, 25);
    ASSERT_TRUE(Same(a.decimal.RoundToScale(scale, mode), RefRoundTo(a.exact, RefPow10(-scale), mode)))
        << a.exact.str() << " scale " << scale << " " << RoundingModeName(mode);
    const int digits = g.Int(1, 25);
    const Rational significant =
        a.exact == 0 ? a.exact : RefRoundTo(a.exact, RefPow10(RefMagnitudeExponent(a.exact) - digits + 1), mode);
    ASSERT_TRUE(Same(a.decimal.RoundToSignificant(digits, mode), significant))
        << a.exact.str() << " digits " << digits << " " << RoundingModeName(mode);
  }
}

TEST(DecimalFastPathTest, PropertiesAndText) {
  Generator g(kSeed + 5);
  for (long i = 0; i < Iterations(); ++i) {
    const Value a = g.Any();
    const Rational& x = a.exact;
    ASSERT_EQ(a.decimal.sign(), RefSign(x)) << x.str();
    ASSERT_EQ(a.decimal.is_zero(), x == 0) << x.str();
    ASSERT_EQ(a.decimal.is_integer(), boost::multiprecision::denominator(x) == 1) << x.str();
    ASSERT_EQ(a.decimal.is_terminating(), RefTerminatingScale(x).has_value()) << x.str();
    ASSERT_EQ(a.decimal.numerator(), boost::multiprecision::numerator(x)) << x.str();
    ASSERT_EQ(a.decimal.denominator(), boost::multiprecision::denominator(x)) << x.str();
    ASSERT_EQ(a.decimal.MagnitudeExponent(), RefMagnitudeExponent(x)) << x.str();
    ASSERT_EQ(a.decimal.ToString(), RefToString(x)) << x.str();
    ASSERT_EQ(a.decimal.ToGroupedString(), RefToGroupedString(x)) << x.str();
    const int max_scale = g.Int(0, 14);
    ASSERT_EQ(a.decimal.ToShortString(max_scale), RefToShortString(x, max_scale)) << x.str();
    const int scale = g.Int(0, 9) == 0 ? g.Int(-3, 60) : g.Int(0, 12);
    const RoundingMode mode = g.Mode();
    ASSERT_EQ(a.decimal.ToFixed(scale, mode), RefToFixed(x, scale, mode))
        << x.str() << " scale " << scale << " " << RoundingModeName(mode);
  }
}

TEST(DecimalFastPathTest, ParsePow10FractionRoundQuotient) {
  Generator g(kSeed + 6);
  for (int e = -Decimal::kMaxExponent; e <= Decimal::kMaxExponent; ++e) {
    ASSERT_TRUE(Same(Decimal::Pow10(e), RefPow10(e))) << e;
  }
  for (long i = 0; i < Iterations(); ++i) {
    std::string text = g.Text();
    if (g.Int(0, 19) == 0) {  // now and then not a number at all
      text.insert(static_cast<std::size_t>(g.Int(0, static_cast<int>(text.size()))), 1, "x.e-+ 0"[g.Int(0, 6)]);
    }
    const auto parsed = Decimal::Parse(text);
    const auto exact = RefParse(text);
    ASSERT_EQ(parsed.has_value(), exact.has_value()) << text;
    if (parsed) {
      ASSERT_TRUE(Same(*parsed, *exact)) << text;
    }

    const std::int64_t n = g.Int64();
    const std::int64_t d = g.Int64();
    if (d > 0) {
      ASSERT_TRUE(Same(Decimal::Fraction(n, d), Rational(BigInt(n), BigInt(d)))) << n << "/" << d;
    } else {
      // Boost's rational throws for a zero or negative denominator (zero over one is zero).
      bool reference_throws = false;
      try {
        (void)Rational(BigInt(n), BigInt(d));
      } catch (const std::exception&) {
        reference_throws = true;
      }
      bool throws = false;
      try {
        ASSERT_EQ(Decimal::Fraction(n, d), Decimal(0)) << n << "/" << d;
      } catch (const std::exception&) {
        throws = true;
      }
      ASSERT_EQ(throws, reference_throws) << n << "/" << d;
    }

    const BigInt bn = g.Int(0, 3) == 0 ? BigInt(g.Any().decimal.numerator()) : BigInt(n);
    const BigInt bd = g.Int(0, 3) == 0 ? BigInt(g.Any().decimal.numerator()) : BigInt(d);
    if (bd != 0) {
      for (RoundingMode mode : kModes) {
        ASSERT_EQ(RoundQuotient(bn, bd, mode), RefRoundQuotient(bn, bd, mode))
            << bn.str() << " / " << bd.str() << " " << RoundingModeName(mode);
      }
    }
  }
}

TEST(DecimalFastPathTest, Boundaries) {
  // Products and sums that just overflow 64 bits, and 2^63 itself, land in the big form and
  // come back to the small one.
  const Decimal max(INT64_MAX);
  const Decimal min(INT64_MIN);
  EXPECT_EQ((max + Decimal(1)).ToString(), "9223372036854775808");
  EXPECT_EQ((min - Decimal(1)).ToString(), "-9223372036854775809");
  EXPECT_EQ((-min).ToString(), "9223372036854775808");
  EXPECT_EQ(-(-min), min);
  EXPECT_EQ(max + Decimal(1) - Decimal(1), max);
  EXPECT_EQ(min.DividedBy(Decimal(-1))->ToString(), "9223372036854775808");
  EXPECT_EQ(Decimal(1).DividedBy(min)->rational(), Rational(BigInt(-1), BigInt("9223372036854775808")));
  EXPECT_EQ(Decimal(1).DividedBy(min)->ToString(), "-0.000000000000000000108420217248550443400745280086994171142578125");
  EXPECT_THROW(Decimal::Fraction(1, -3), std::exception);  // as Boost's rational always did
  EXPECT_EQ(Decimal::Fraction(0, -3), Decimal(0));
  EXPECT_EQ(Decimal(3037000500) * Decimal(3037000500), Decimal(BigInt("9223372037000250000")));
  EXPECT_EQ((Decimal(3037000499) * Decimal(3037000499)).ToString(), "9223372030926249001");
  EXPECT_EQ(*(max * max).DividedBy(max), max);
  EXPECT_EQ(*Decimal(-1).DividedBy(min), Decimal(Rational(BigInt(1), BigInt("9223372036854775808"))));
  EXPECT_EQ((Decimal::Fraction(1, 3) + Decimal::Fraction(2, 7)).ToString(), "0.619047619048\u2026");
  EXPECT_EQ(Decimal::Fraction(2, 7).ToFixed(40, RoundingMode::kHalfUp), "0.2857142857142857142857142857142857142857");
  EXPECT_EQ(Decimal::Fraction(1, INT64_MAX).MagnitudeExponent(), -19);
  EXPECT_EQ(min.MagnitudeExponent(), 18);
  EXPECT_EQ(Decimal::Fraction(-5, 2).RoundTo(Decimal(1), RoundingMode::kHalfEven), Decimal(-2));
  EXPECT_EQ(min.RoundTo(Decimal(INT64_MAX), RoundingMode::kAwayFromZero), Decimal(BigInt(-2) * BigInt(INT64_MAX)));
}

}  // namespace
}  // namespace figcheck
