#include "core/number/decimal.h"

#include <algorithm>
#include <array>
#include <climits>
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


// 128-bit intermediates of the small form (GCC and Clang; __extension__ keeps -Wpedantic quiet).
__extension__ typedef __int128 I128;
__extension__ typedef unsigned __int128 U128;
using U64 = std::uint64_t;
using I64 = std::int64_t;

static_assert(sizeof(boost::multiprecision::limb_type) == 8, "64-bit limbs");

constexpr U64 kTwo63 = U64{1} << 63;  // |INT64_MIN|

// 10^0 .. 10^38 (10^38 < 2^127).
constexpr std::array<U128, 39> MakePow10Table() {
  std::array<U128, 39> table{};
  U128 p = 1;
  for (auto& entry : table) {
    entry = p;
    p *= 10;
  }
  return table;
}
constexpr std::array<U128, 39> kPow10 = MakePow10Table();

U64 Magnitude(I64 v) { return v < 0 ? U64{0} - static_cast<U64>(v) : static_cast<U64>(v); }
U128 Magnitude(I128 v) { return v < 0 ? U128{0} - static_cast<U128>(v) : static_cast<U128>(v); }

// gcd(a, b) for b > 0, in 64 bits.
U64 GcdMod(U128 a, U64 b) { return std::gcd(static_cast<U64>(a % b), b); }

// The value of a Boost integer when it fits an int64.
template <class Int>
bool FitsInt64(const Int& value, I64& out) {
  const auto& backend = value.backend();
  if (backend.size() != 1) return false;
  const U64 m = backend.limbs()[0];
  if (backend.sign()) {
    if (m > kTwo63) return false;
    out = static_cast<I64>(U64{0} - m);
  } else {
    if (m > static_cast<U64>(INT64_MAX)) return false;
    out = static_cast<I64>(m);
  }
  return true;
}

BigInt BigFromMagnitude(bool negative, U128 magnitude) {
  BigInt result(static_cast<U64>(magnitude >> 64));
  result <<= 64;
  result += static_cast<U64>(magnitude);
  if (negative) result = -result;
  return result;
}

// Rounds the magnitude q + r/d (0 <= r < d, d > 0, both halves of a value on the `negative`
// side of zero) to an integer magnitude under `mode`: RoundQuotient's rule.
U128 RoundMagnitude(bool negative, U128 q, U128 r, U128 d, RoundingMode mode) {
  if (r == 0) return q;
  const U128 twice = 2 * r;  // r < d < 2^127
  const int half = twice < d ? -1 : (twice == d ? 0 : 1);
  bool away = false;
  switch (mode) {
    case RoundingMode::kTowardZero: away = false; break;
    case RoundingMode::kAwayFromZero: away = true; break;
    case RoundingMode::kFloor: away = negative; break;
    case RoundingMode::kCeiling: away = !negative; break;
    case RoundingMode::kHalfUp: away = half >= 0; break;
    case RoundingMode::kHalfDown: away = half > 0; break;
    case RoundingMode::kHalfEven: away = half > 0 || (half == 0 && (q & 1) != 0); break;
  }
  return away ? q + 1 : q;
}

int DecimalDigits(U64 v) {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

std::string U128ToString(U128 v) {
  char buffer[40];
  char* end = buffer + sizeof buffer;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
  } while (v != 0);
  return std::string(p, end);
}

}  // namespace

// The small form's arithmetic, with access to Decimal's representation.
struct DecimalAccess {
  static Decimal Small(I64 num, I64 den) { return Decimal(Decimal::SmallTag{}, num, den); }
  static bool IsSmall(const Decimal& x) { return !x.big_; }
  static I64 Num(const Decimal& x) { return x.num_; }
  static I64 Den(const Decimal& x) { return x.den_; }

  // ±n/d, already reduced (d > 0; d == 1 when n == 0): the small form when it fits, else Boost.
  static Decimal FromReduced(bool negative, U128 n, U128 d) {
    if (n == 0) return Decimal();
    if (d <= static_cast<U128>(INT64_MAX) &&
        (n <= static_cast<U128>(INT64_MAX) || (negative && n == static_cast<U128>(kTwo63)))) {
      const U64 m = static_cast<U64>(n);
      return Small(negative ? static_cast<I64>(U64{0} - m) : static_cast<I64>(m), static_cast<I64>(d));
    }
    return Decimal(Rational(BigFromMagnitude(negative, n), BigFromMagnitude(false, d)));
  }

  // (±an/ad) × (bn/bd) for reduced fractions of magnitudes <= 2^63 with positive denominators:
  // cross-reduced first, so the product is reduced and its parts fit 126 bits.
  static Decimal Multiply(bool negative, U64 an, U64 ad, U64 bn, U64 bd) {
    if (an == 0 || bn == 0) return Decimal();
    const U64 g1 = bd == 1 ? 1 : std::gcd(an, bd);
    const U64 g2 = ad == 1 ? 1 : std::gcd(bn, ad);
    return FromReduced(negative, static_cast<U128>(an / g1) * (bn / g2), static_cast<U128>(ad / g2) * (bd / g1));
  }

  // an/ad + bn/bd for reduced fractions (|an|, |bn| <= 2^63, 0 < ad, bd < 2^63), Knuth's way: the
  // gcd of the denominators, then one gcd with it (4.5.1), both in 64 bits.
  static Decimal Add(I128 an, U64 ad, I128 bn, U64 bd) {
    if (ad == bd) {  // integers among them
      const I128 t = an + bn;
      if (t == 0) return Decimal();
      if (ad == 1) return FromReduced(t < 0, Magnitude(t), 1);
      const U64 g = GcdMod(Magnitude(t), ad);
      return FromReduced(t < 0, Magnitude(t) / g, ad / g);
    }
    const U64 g = std::gcd(ad, bd);
    const I128 t = an * static_cast<I128>(bd / g) + bn * static_cast<I128>(ad / g);  // |t| < 2^127
    if (t == 0) return Decimal();
    const U64 g2 = g == 1 ? 1 : GcdMod(Magnitude(t), g);
    return FromReduced(t < 0, Magnitude(t) / g2, static_cast<U128>(ad / g) * (bd / g2));
  }
};

namespace {
using A = DecimalAccess;
}  // namespace

Decimal::Decimal(const BigInt& value) {
  if (!FitsInt64(value, num_)) big_ = std::make_shared<const Rational>(value);
}

Decimal::Decimal(Rational value) {
  const auto& data = value.backend().data();
  I64 n = 0;
  I64 d = 1;
  if (FitsInt64(data.numerator(), n) && FitsInt64(data.denominator(), d)) {
    num_ = n;
    den_ = d;
  } else {
    big_ = std::make_shared<const Rational>(std::move(value));
  }
}

Rational Decimal::rational() const {
  if (big_) return *big_;
  if (den_ == 1) return Rational(BigInt(num_));
  return Rational(BigInt(num_), BigInt(den_));
}

Decimal Decimal::operator-() const {
  if (!big_ && num_ != INT64_MIN) return A::Small(-num_, den_);
  return Decimal(Rational(-rational()));
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  if (A::IsSmall(a) && A::IsSmall(b)) {
    return A::Add(A::Num(a), static_cast<U64>(A::Den(a)), A::Num(b), static_cast<U64>(A::Den(b)));
  }
  return Decimal(Rational(a.rational() + b.rational()));
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  if (A::IsSmall(a) && A::IsSmall(b)) {
    return A::Add(A::Num(a), static_cast<U64>(A::Den(a)), -static_cast<I128>(A::Num(b)), static_cast<U64>(A::Den(b)));
  }
  return Decimal(Rational(a.rational() - b.rational()));
}

Decimal operator*(const Decimal& a, const Decimal& b) {
  if (A::IsSmall(a) && A::IsSmall(b)) {
    return A::Multiply((A::Num(a) < 0) != (A::Num(b) < 0), Magnitude(A::Num(a)), static_cast<U64>(A::Den(a)),
                       Magnitude(A::Num(b)), static_cast<U64>(A::Den(b)));
  }
  return Decimal(Rational(a.rational() * b.rational()));
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  if (A::IsSmall(a) && A::IsSmall(b)) {
    if (A::Den(a) == A::Den(b)) return A::Num(a) <=> A::Num(b);
    return static_cast<I128>(A::Num(a)) * A::Den(b) <=> static_cast<I128>(A::Num(b)) * A::Den(a);
  }
  const Rational av = a.rational();
  const Rational bv = b.rational();
  const BigInt& ad = boost::multiprecision::denominator(av);
  const BigInt& bd = boost::multiprecision::denominator(bv);
  const int c = ad == bd ? boost::multiprecision::numerator(av).compare(boost::multiprecision::numerator(bv))
                         : BigInt(boost::multiprecision::numerator(av) * bd)
                               .compare(BigInt(boost::multiprecision::numerator(bv) * ad));
  return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

BigInt RoundQuotient(const BigInt& n, const BigInt& d, RoundingMode mode) {
  if (I64 sn = 0, sd = 0; FitsInt64(n, sn) && FitsInt64(d, sd) && sd != 0) {
    const bool negative = (sn < 0) != (sd < 0);
    const U64 nm = Magnitude(sn);
    const U64 dm = Magnitude(sd);
    const U128 q = RoundMagnitude(negative, nm / dm, nm % dm, dm, mode);  // <= 2^63 + 1
    BigInt result(static_cast<U64>(q));
    if (negative) result = -result;
    return result;
  }
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


namespace {

// Parse's small path: plain text of at most 19 significant digits whose value is n × 10^e with
// |e| <= 19, reduced in 64 bits. False for anything else (Parse's general path decides).
bool ParseSmall(std::string_view text, std::optional<Decimal>& out) {
  std::size_t i = 0;
  const std::size_t size = text.size();
  bool negative = false;
  if (i < size && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  U64 n = 0;
  int significant = 0;
  int fraction_digits = 0;
  std::size_t digits = 0;
  const auto digit = [&](char c) {
    ++digits;
    if (significant == 0 && c == '0') return true;
    if (significant == 19) return false;
    n = n * 10 + static_cast<U64>(c - '0');
    ++significant;
    return true;
  };
  while (i < size && IsDigit(text[i])) {
    if (!digit(text[i++])) return false;
  }
  if (i < size && text[i] == '.') {
    ++i;
    while (i < size && IsDigit(text[i])) {
      if (!digit(text[i++])) return false;
      ++fraction_digits;
    }
  }
  if (digits == 0 || digits > 2 * Decimal::kMaxDigits) return false;
  int exponent = 0;
  if (i < size && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < size && (text[i] == '+' || text[i] == '-')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    const std::size_t start = i;
    while (i < size && IsDigit(text[i])) {
      if (i - start >= 4) return false;
      exponent = exponent * 10 + (text[i] - '0');
      ++i;
    }
    if (i == start) return false;
    if (exp_negative) exponent = -exponent;
  }
  if (i != size) return false;
  const int total_exponent = exponent - fraction_digits;
  if (total_exponent < -19 || total_exponent > 19) return false;
  if (total_exponent >= 0) {
    out = A::FromReduced(negative, static_cast<U128>(n) * kPow10[static_cast<std::size_t>(total_exponent)], 1);
    return true;
  }
  const U64 d = static_cast<U64>(kPow10[static_cast<std::size_t>(-total_exponent)]);  // 10^19 < 2^64
  const U64 g = std::gcd(n, d);                                                         // d when n is 0
  out = A::FromReduced(negative, n / g, d / g);
  return true;
}

}  // namespace

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  if (std::optional<Decimal> small; ParseSmall(text, small)) return small;
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
  if (exponent >= 0 && exponent <= 18) return A::Small(static_cast<I64>(kPow10[static_cast<std::size_t>(exponent)]), 1);
  if (exponent < 0 && exponent >= -18) return A::Small(1, static_cast<I64>(kPow10[static_cast<std::size_t>(-exponent)]));
  if (exponent >= 0) return Decimal(Rational(Pow10Int(static_cast<unsigned>(exponent))));
  return Decimal(Rational(BigInt(1), Pow10Int(static_cast<unsigned>(-exponent))));
}

Decimal Decimal::Fraction(std::int64_t numerator, std::int64_t denominator) {
  // (Boost's rational, and so Fraction, throws for a zero or negative denominator, except that a
  // zero numerator over a negative one is zero.)
  if (denominator > 0) {
    const U64 n = Magnitude(numerator);
    const U64 d = static_cast<U64>(denominator);
    const U64 g = std::gcd(n, d);  // d when n is 0
    return A::FromReduced(numerator < 0, n / g, d / g);
  }
  return Decimal(Rational(BigInt(numerator), BigInt(denominator)));
}

BigInt Decimal::numerator() const { return big_ ? boost::multiprecision::numerator(*big_) : BigInt(num_); }
BigInt Decimal::denominator() const { return big_ ? boost::multiprecision::denominator(*big_) : BigInt(den_); }

bool Decimal::is_integer() const { return big_ ? boost::multiprecision::denominator(*big_) == 1 : den_ == 1; }

bool Decimal::is_terminating() const { return TerminatingScale().has_value(); }

std::optional<int> Decimal::TerminatingScale() const {
  // The denominator is 2^a 5^b (and the scale max(a, b)) or the value does not terminate.
  if (!big_) {
    U64 d = static_cast<U64>(den_);
    const int twos = __builtin_ctzll(d);
    d >>= twos;
    int fives = 0;
    while (d % 5 == 0) {
      d /= 5;
      ++fives;
    }
    if (d != 1) return std::nullopt;
    return std::max(twos, fives);
  }
  BigInt d = boost::multiprecision::denominator(*big_);
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
  if (!big_ && !divisor.big_) {
    // × den/num of the divisor, a reduced fraction of magnitudes <= 2^63.
    return A::Multiply((num_ < 0) != (divisor.num_ < 0), Magnitude(num_), static_cast<U64>(den_),
                       static_cast<U64>(divisor.den_), Magnitude(divisor.num_));
  }
  return Decimal(Rational(rational() / divisor.rational()));
}

std::optional<Decimal> Decimal::Divide(const Decimal& divisor, int scale, RoundingMode mode) const {
  auto quotient = DividedBy(divisor);
  if (!quotient) return std::nullopt;
  return quotient->RoundToScale(scale, mode);
}

Decimal Decimal::RoundTo(const Decimal& unit, RoundingMode mode) const {
  if (!big_ && !unit.big_ && unit.num_ > 0) {
    // value / unit = (|n| × unit.den) / (den × unit.num), cross-reduced (parts < 2^126), rounded
    // to k; the result is k × unit, reduced by gcd(k, unit.den) (unit.num and unit.den are coprime).
    const bool negative = num_ < 0;
    const U64 n = Magnitude(num_);
    const U64 g1 = std::gcd(n, static_cast<U64>(unit.num_));
    const U64 g2 = std::gcd(static_cast<U64>(den_), static_cast<U64>(unit.den_));
    const U128 rn = static_cast<U128>(n / g1) * (static_cast<U64>(unit.den_) / g2);
    const U128 rd = static_cast<U128>(static_cast<U64>(den_) / g2) * (static_cast<U64>(unit.num_) / g1);
    const U128 k = RoundMagnitude(negative, rn / rd, rn % rd, rd, mode);
    if (k == 0) return Decimal();
    const U64 g = GcdMod(k, static_cast<U64>(unit.den_));
    U128 product = 0;
    if (!__builtin_mul_overflow(k / g, static_cast<U128>(unit.num_), &product)) {
      return A::FromReduced(negative, product, static_cast<U64>(unit.den_) / g);
    }
  }
  // value / unit as a fraction n/d, rounded to an integer k; the result is k * unit.
  const Rational unit_value = unit.rational();
  const Rational ratio = rational() / unit_value;
  const BigInt k = RoundQuotient(boost::multiprecision::numerator(ratio),
                                 boost::multiprecision::denominator(ratio), mode);
  return Decimal(Rational(Rational(k) * unit_value));
}

Decimal Decimal::RoundToScale(int scale, RoundingMode mode) const { return RoundTo(Pow10(-scale), mode); }

int Decimal::MagnitudeExponent() const {
  if (is_zero()) return 0;
  if (!big_) {
    // n/d lies in [10^(e-1), 10^(e+1)) for e = digits(n) - digits(d), |e| <= 18.
    const U64 n = Magnitude(num_);
    const U64 d = static_cast<U64>(den_);
    const int e = DecimalDigits(n) - DecimalDigits(d);
    const bool at_least = e >= 0 ? static_cast<U128>(n) >= d * kPow10[static_cast<std::size_t>(e)]
                                 : n * kPow10[static_cast<std::size_t>(-e)] >= static_cast<U128>(d);
    return at_least ? e : e - 1;
  }
  const Rational& v = *big_;
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
  U128 scaled = 0;
  if (!big_ && s < static_cast<int>(kPow10.size()) &&
      !__builtin_mul_overflow(static_cast<U128>(Magnitude(num_)), kPow10[static_cast<std::size_t>(s)], &scaled)) {
    const U128 d = static_cast<U64>(den_);
    const U128 k = RoundMagnitude(num_ < 0, scaled / d, scaled % d, d, mode);
    std::string digits = U128ToString(k);
    if (s > 0) {
      if (digits.size() <= static_cast<std::size_t>(s)) digits.insert(0, static_cast<std::size_t>(s) - digits.size() + 1, '0');
      digits.insert(digits.size() - static_cast<std::size_t>(s), 1, '.');
    }
    if (num_ < 0 && k != 0) digits.insert(0, 1, '-');
    return digits;
  }
  const Rational value = rational();
  // value × 10^s rounded: (n × 10^s) / d, without reducing the fraction first.
  BigInt k = RoundQuotient(boost::multiprecision::numerator(value) * Pow10Int(static_cast<unsigned>(s)),
                           boost::multiprecision::denominator(value), mode);
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
