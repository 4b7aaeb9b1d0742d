#include "core/number/decimal.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

Decimal D(std::string_view text) { return *Decimal::Parse(text); }

TEST(DecimalTest, SumsThatBinaryFloatingPointGetsWrongAreExact) {
  // 0.1 + 0.2 is 0.30000000000000004 in a double.
  EXPECT_EQ(D("0.1") + D("0.2"), D("0.3"));
  EXPECT_EQ((D("0.1") + D("0.2")).ToString(), "0.3");
  // 1193.49 * 3 = 3580.47 exactly; a double gives 3580.4700000000003.
  EXPECT_EQ((D("1193.49") * D("3")).ToString(), "3580.47");
  // 7.5e9 * 1193.4933 needs more than 53 bits of mantissa.
  EXPECT_EQ((D("7500000000") * D("1193.4933")).ToString(), "8951199750000");
}

TEST(DecimalTest, IntegersAndFractionsMixExactly) {
  EXPECT_EQ(D("-7") + D("3"), D("-4"));
  EXPECT_EQ(D("7") - D("10"), D("-3"));
  EXPECT_EQ(D("-12") * D("100000000"), D("-1200000000"));
  EXPECT_EQ(D("2") * D("0.5"), D("1"));
  EXPECT_TRUE((D("2") * D("0.5")).is_integer());
  EXPECT_EQ(D("1") - Decimal::Fraction(1, 3), Decimal::Fraction(2, 3));
  EXPECT_EQ(D("0.25") + D("0.75"), D("1"));
  EXPECT_TRUE((D("0.25") + D("0.75")).is_integer());
  Decimal sum(0);
  sum += D("8000000000000");
  sum += D("951200000000");
  sum -= D("1");
  sum *= D("3");
  EXPECT_EQ(sum.ToString(), "26853599999997");
}

TEST(DecimalTest, KeepsEveryDigitOfLargeFigures) {
  // 2^53 + 1 is the first integer a double cannot hold.
  EXPECT_EQ(D("9007199254740993").ToString(), "9007199254740993");
  EXPECT_EQ((D("9007199254740993") + D("1")).ToString(), "9007199254740994");
  EXPECT_EQ(D("8951200000000").ToGroupedString(), "8,951,200,000,000");
}

TEST(DecimalTest, ParsesPlainDecimalTextOnly) {
  EXPECT_EQ(D("1194.4").ToString(), "1194.4");
  EXPECT_EQ(D("-0.005").ToString(), "-0.005");
  EXPECT_EQ(D("+51.10").ToString(), "51.1");
  EXPECT_EQ(D(".5").ToString(), "0.5");
  EXPECT_EQ(D("1.2e3").ToString(), "1200");
  EXPECT_EQ(D("15e-1").ToString(), "1.5");
  EXPECT_FALSE(Decimal::Parse(""));
  EXPECT_FALSE(Decimal::Parse("."));
  EXPECT_FALSE(Decimal::Parse("1,000"));
  EXPECT_FALSE(Decimal::Parse("1 000"));
  EXPECT_FALSE(Decimal::Parse("1e"));
  EXPECT_FALSE(Decimal::Parse("1e99999"));
  EXPECT_FALSE(Decimal::Parse("nan"));
  EXPECT_FALSE(Decimal::Parse(std::string(500, '9')));
}

TEST(DecimalTest, ParsesToTheReducedFractionOnEitherSideOfSixtyFourBits) {
  // Up to 19 significant digits and 19 decimals, Parse reduces in 64-bit integers; beyond, in
  // big integers. Both give the same exact value.
  EXPECT_EQ(D("1192.98"), Decimal::Fraction(59649, 50));
  EXPECT_EQ(D("-0.50"), Decimal::Fraction(-1, 2));
  EXPECT_EQ(D("-0.000"), Decimal(0));
  EXPECT_EQ(D("-0.000").sign(), 0);
  EXPECT_EQ(D("000123.4500"), Decimal::Fraction(2469, 20));
  EXPECT_EQ(D("9999999999999999999"), Decimal(BigInt("9999999999999999999")));
  EXPECT_EQ(D("99999999999999999999"), Decimal(BigInt("99999999999999999999")));
  EXPECT_EQ(D("0.1234567890123456789"), Decimal(Rational(BigInt("1234567890123456789"), BigInt("10000000000000000000"))));
  EXPECT_EQ(D("0.01234567890123456789"),
            Decimal(Rational(BigInt("1234567890123456789"), BigInt("100000000000000000000"))));
  EXPECT_EQ(D("0.5000000000000000000"), Decimal::Fraction(1, 2));
  EXPECT_EQ(D("1844674407370955.1616"), Decimal(Rational(BigInt("1152921504606846976"), BigInt("625"))));
  EXPECT_EQ(D("12.5e-3"), Decimal::Fraction(1, 80));
}

TEST(DecimalTest, RoundsHalfUpAndHalfEvenToAUnit) {
  EXPECT_EQ(D("2.5").RoundTo(D("1"), RoundingMode::kHalfUp), D("3"));
  EXPECT_EQ(D("2.5").RoundTo(D("1"), RoundingMode::kHalfEven), D("2"));
  EXPECT_EQ(D("3.5").RoundTo(D("1"), RoundingMode::kHalfEven), D("4"));
  EXPECT_EQ(D("-2.5").RoundTo(D("1"), RoundingMode::kHalfUp), D("-3"));
  EXPECT_EQ(D("-2.5").RoundTo(D("1"), RoundingMode::kHalfEven), D("-2"));
  EXPECT_EQ(D("-2.5").RoundTo(D("1"), RoundingMode::kFloor), D("-3"));
  EXPECT_EQ(D("-2.5").RoundTo(D("1"), RoundingMode::kCeiling), D("-2"));
  EXPECT_EQ(D("2.49").RoundTo(D("1"), RoundingMode::kHalfUp), D("2"));
  // 1.005 is 1.00499999999999989... as a double and rounds down there; exactly it is a tie.
  EXPECT_EQ(D("1.005").RoundToScale(2, RoundingMode::kHalfUp).ToString(), "1.01");
  EXPECT_EQ(D("1.005").RoundToScale(2, RoundingMode::kHalfEven).ToString(), "1");
  // 억 units: 8,947,350,000,000 to the nearest 1억.
  EXPECT_EQ(D("8947350000000").RoundTo(D("100000000"), RoundingMode::kHalfUp).ToString(), "8947400000000");
  EXPECT_EQ(D("1234.5").RoundToScale(-2, RoundingMode::kHalfUp).ToString(), "1200");
}

TEST(DecimalTest, DividesExactlyOrAtAnExplicitScale) {
  const Decimal third = *D("1").DividedBy(D("3"));
  EXPECT_FALSE(third.is_terminating());
  EXPECT_EQ(third * D("3"), D("1"));
  EXPECT_EQ(third.ToString(), "0.333333333333\u2026");
  EXPECT_EQ(D("8951200000000").Divide(D("7500000000"), 4, RoundingMode::kHalfUp)->ToString(), "1193.4933");
  EXPECT_EQ(D("2").Divide(D("3"), 2, RoundingMode::kHalfEven)->ToFixed(2, RoundingMode::kHalfEven), "0.67");
  EXPECT_FALSE(D("1").DividedBy(D("0")));
  EXPECT_EQ(D("1").ToFixed(3, RoundingMode::kHalfUp), "1.000");
}

TEST(DecimalTest, ComparesByValueNotByWrittenForm) {
  EXPECT_EQ(D("1.10"), D("1.1"));
  EXPECT_LT(D("1193.49"), D("1193.5"));
  EXPECT_GT(D("-1"), D("-2"));
  EXPECT_LT(D("-1.5"), D("-1.25"));
  EXPECT_LT(Decimal::Fraction(1, 3), D("0.3334"));
  EXPECT_GT(Decimal::Fraction(1, 3), D("0.3333"));
  EXPECT_LT(Decimal::Fraction(-1, 3), Decimal(0));
  EXPECT_LE(Decimal::Fraction(2, 6), Decimal::Fraction(1, 3));
  EXPECT_GE(Decimal::Fraction(2, 6), Decimal::Fraction(1, 3));
  EXPECT_LT(Decimal::Pow10(-300), Decimal::Fraction(1, 3) * Decimal::Pow10(-299));
  EXPECT_GT(Decimal(BigInt("123456789012345678901234567890")), Decimal(BigInt("123456789012345678901234567889")));
  EXPECT_EQ(D("0.012").MagnitudeExponent(), -2);
  EXPECT_EQ(D("1234.5").MagnitudeExponent(), 3);
  EXPECT_EQ(D("1000").MagnitudeExponent(), 3);
  EXPECT_EQ(D("1234.5").RoundToSignificant(2, RoundingMode::kHalfUp).ToString(), "1200");
}

TEST(DecimalTest, MagnitudeExponentAtAndAroundPowersOfTen) {
  // For each exponent: 10^e itself, a hair below (10^e - 10^(e-30)) and a hair above; and
  // fractions whose digits never end.
  for (int e = -60; e <= 60; ++e) {
    const Decimal p = Decimal::Pow10(e);
    const Decimal hair = Decimal::Pow10(e - 30);
    EXPECT_EQ(p.MagnitudeExponent(), e) << e;
    EXPECT_EQ((p - hair).MagnitudeExponent(), e - 1) << e;
    EXPECT_EQ((p + hair).MagnitudeExponent(), e) << e;
    EXPECT_EQ((-p).MagnitudeExponent(), e) << e;
    EXPECT_EQ((p * Decimal::Fraction(1, 3)).MagnitudeExponent(), e - 1) << e;
    EXPECT_EQ((p * Decimal::Fraction(9999, 1000)).MagnitudeExponent(), e) << e;
    EXPECT_EQ((p * Decimal::Fraction(10, 7)).MagnitudeExponent(), e) << e;
  }
  EXPECT_EQ(Decimal::Pow10(400).MagnitudeExponent(), 400);
  EXPECT_EQ(Decimal::Pow10(-400).MagnitudeExponent(), -400);
  EXPECT_EQ(Decimal::Fraction(1, 1023).MagnitudeExponent(), -4);
  EXPECT_EQ(Decimal::Fraction(1024, 1).MagnitudeExponent(), 3);
  EXPECT_EQ(Decimal(0).MagnitudeExponent(), 0);
}

TEST(DecimalTest, PrintsExactlyWhenItTerminatesElseRoundedWithAnEllipsis) {
  EXPECT_EQ(D("0").ToString(), "0");
  EXPECT_EQ(D("-1200").ToString(), "-1200");
  EXPECT_EQ(D("0.0625").ToString(), "0.0625");  // 1/16: twos only
  EXPECT_EQ(D("0.0008").ToString(), "0.0008");  // 1/1250: more fives than twos
  EXPECT_EQ(Decimal::Fraction(2, 3).ToString(), "0.666666666667\u2026");
  EXPECT_EQ(Decimal::Fraction(-1, 6).ToString(), "-0.166666666667\u2026");
  EXPECT_EQ(D("1194.4").ToShortString(), "1194.4");
  EXPECT_EQ(D("1200.0768114705").ToShortString(), "1200.076811\u2026");
  EXPECT_EQ(D("1200.0768114705").ToShortString(10), "1200.0768114705");
  EXPECT_EQ(D("1200").ToShortString(0), "1200");
  EXPECT_EQ(D("0.5").ToShortString(0), "0\u2026");  // half-even
  EXPECT_EQ(D("1.5").ToShortString(0), "2\u2026");
  EXPECT_EQ(Decimal::Fraction(1, 3).ToShortString(2), "0.33\u2026");
  EXPECT_EQ(D("-2.675").ToFixed(2, RoundingMode::kHalfUp), "-2.68");
  EXPECT_EQ(D("-2.675").ToFixed(2, RoundingMode::kHalfEven), "-2.68");
  EXPECT_EQ(D("-2.665").ToFixed(2, RoundingMode::kHalfEven), "-2.66");
  EXPECT_EQ(D("-2.665").ToFixed(2, RoundingMode::kFloor), "-2.67");
  EXPECT_EQ(D("-0.004").ToFixed(2, RoundingMode::kHalfUp), "0.00");  // no sign on a rounded zero
  EXPECT_TRUE(D("0.0008").is_terminating());
  EXPECT_FALSE(Decimal::Fraction(1, 30).is_terminating());
}

TEST(DecimalTest, NamesRoundingModes) {
  EXPECT_EQ(RoundingModeFromName("half-even"), RoundingMode::kHalfEven);
  EXPECT_EQ(RoundingModeName(RoundingMode::kHalfUp), "half-up");
  EXPECT_FALSE(RoundingModeFromName("banker"));
}

}  // namespace
}  // namespace figcheck
