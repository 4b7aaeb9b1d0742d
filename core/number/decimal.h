// Decimal: an exact rational number used for every money figure, rate and percentage.
//
// Invariants: the value is held exactly as a reduced fraction with a positive denominator: in
// two 64-bit integers when both parts fit (the small form: amounts, rates and most quotients,
// computed through 128-bit intermediates without the allocator), else in two arbitrary-precision
// integers (Boost.Multiprecision, expression templates off). The form is canonical: a value that
// fits the small form is always held in it, whichever computation produced it, so equality,
// ordering and text never depend on the path (issue 16). Nothing is ever rounded
// implicitly: +, -, * and exact division are exact; rounding happens only through RoundTo /
// Divide with an explicit unit or scale and an explicit RoundingMode. Binary floating point
// cannot construct a Decimal (the constructors from float and double are deleted).
#pragma once

#include <compare>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/multiprecision/cpp_int.hpp>

namespace figcheck {

using BigInt = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>,
                                             boost::multiprecision::et_off>;
using Rational = boost::multiprecision::number<boost::multiprecision::cpp_rational_backend,
                                               boost::multiprecision::et_off>;

enum class RoundingMode {
  kHalfUp,     // ties away from zero (what a newspaper does)
  kHalfEven,   // ties to the even neighbour (banker's rounding)
  kHalfDown,   // ties toward zero
  kTowardZero, // truncate
  kAwayFromZero,
  kFloor,      // toward negative infinity
  kCeiling,    // toward positive infinity
};

class Decimal {
 public:
  // Zero.
  Decimal() = default;
  // An exact integer.
  explicit Decimal(std::int64_t value) : num_(value) {}
  explicit Decimal(int value) : num_(value) {}
  explicit Decimal(const BigInt& value);
  explicit Decimal(Rational value);
  Decimal(double) = delete;
  Decimal(float) = delete;
  Decimal(long double) = delete;

  // Reads plain decimal text: an optional sign, digits, an optional '.' and digits, and an
  // optional exponent (e or E, sign, at most kMaxExponentDigits digits, |exp| <= kMaxExponent).
  // No grouping separators, no spaces. Returns nullopt for anything else, or for more than
  // kMaxDigits digits.
  static std::optional<Decimal> Parse(std::string_view text);

  // 10^exponent, exactly. |exponent| must be <= kMaxExponent.
  static Decimal Pow10(int exponent);
  // numerator / denominator, exactly; denominator must not be zero.
  static Decimal Fraction(std::int64_t numerator, std::int64_t denominator);

  static constexpr std::size_t kMaxDigits = 200;
  static constexpr int kMaxExponent = 400;

  // The value as a Boost rational (built on each call when the value is in the small form).
  Rational rational() const;
  BigInt numerator() const;
  BigInt denominator() const;

  int sign() const { return big_ ? big_->sign() : (num_ > 0) - (num_ < 0); }  // -1, 0 or 1
  bool is_zero() const { return sign() == 0; }
  bool is_integer() const;
  // True when the value has a finite decimal expansion (denominator of the form 2^a 5^b).
  bool is_terminating() const;

  Decimal operator-() const;
  Decimal Abs() const { return sign() < 0 ? -*this : *this; }
  // Small forms add, subtract and multiply in 128-bit integers (reducing with 64-bit gcds);
  // a result that does not fit 64 bits, or a big operand, goes through Boost.
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal& operator+=(const Decimal& o) { return *this = *this + o; }
  Decimal& operator-=(const Decimal& o) { return *this = *this - o; }
  Decimal& operator*=(const Decimal& o) { return *this = *this * o; }

  // Exact quotient; nullopt when `divisor` is zero.
  std::optional<Decimal> DividedBy(const Decimal& divisor) const;
  // Quotient rounded to `scale` decimal places (scale may be negative: -3 rounds to
  // thousands) with `mode`; nullopt when `divisor` is zero.
  std::optional<Decimal> Divide(const Decimal& divisor, int scale, RoundingMode mode) const;

  // The multiple of `unit` nearest this value under `mode`. `unit` must be positive.
  Decimal RoundTo(const Decimal& unit, RoundingMode mode) const;
  // Rounded to `scale` decimal places (RoundTo(10^-scale)).
  Decimal RoundToScale(int scale, RoundingMode mode) const;
  // Rounded to `digits` significant digits (digits >= 1); zero stays zero.
  Decimal RoundToSignificant(int digits, RoundingMode mode) const;

  // Exponent of the most significant digit: 1234.5 -> 3, 0.012 -> -2. Zero -> 0.
  int MagnitudeExponent() const;

  // Exact decimal text ("1194.4", "-0.005", "8951200000000") when the value terminates.
  // A non-terminating value is printed rounded half-even to kRepeatingScale places followed by
  // "…" so it cannot be mistaken for an exact figure.
  std::string ToString() const;
  static constexpr int kRepeatingScale = 12;
  // For people: the exact text when it needs at most `max_scale` places, else rounded half-even
  // to `max_scale` places followed by "…" (1200.076811470513… -> "1200.076811…").
  std::string ToShortString(int max_scale = 6) const;
  // Text rounded to exactly `scale` places (scale >= 0), with trailing zeros kept.
  std::string ToFixed(int scale, RoundingMode mode) const;
  // Like ToString but with thousands separators in the integer part ("8,951,200,000,000").
  std::string ToGroupedString(char separator = ',') const;

  // The form is canonical, so values in different forms differ.
  friend bool operator==(const Decimal& a, const Decimal& b) {
    if (!a.big_ && !b.big_) return a.num_ == b.num_ && a.den_ == b.den_;
    return a.big_ && b.big_ && *a.big_ == *b.big_;
  }
  // Small forms by cross-multiplying in 128 bits; big ones by cross-multiplying big integers
  // (denominators are positive): Boost's rational comparison divides its way through a
  // continued fraction, several times slower.
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

 private:
  struct SmallTag {};
  // A reduced fraction known to fit the small form (den > 0, gcd(|num|, den) == 1).
  Decimal(SmallTag, std::int64_t num, std::int64_t den) : num_(num), den_(den) {}
  friend struct DecimalAccess;  // decimal.cc's helpers
  // The number of decimals of the exact text, or nullopt when the value does not terminate.
  std::optional<int> TerminatingScale() const;

  // The small form when big_ is null: num_ / den_, reduced, den_ > 0. Else *big_, a value the
  // small form cannot hold (shared: big values are immutable once built).
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
  std::shared_ptr<const Rational> big_;
};

static_assert(!std::is_constructible_v<Decimal, double>, "no Decimal from binary floating point");
static_assert(!std::is_constructible_v<Decimal, float>, "no Decimal from binary floating point");
static_assert(!std::is_convertible_v<Decimal, double>, "no Decimal to binary floating point");

// Rounds the integer quotient n / d (d != 0) to an integer under `mode`.
BigInt RoundQuotient(const BigInt& n, const BigInt& d, RoundingMode mode);

// Names for modes, as used on the command line and in reports ("half-up", "half-even", ...).
std::string_view RoundingModeName(RoundingMode mode);
std::optional<RoundingMode> RoundingModeFromName(std::string_view name);

}  // namespace figcheck
