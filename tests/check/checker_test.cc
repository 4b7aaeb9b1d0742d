#include "core/check/checker.h"

#include <gtest/gtest.h>

#include "core/facts/loader.h"
#include "tests/check/fake_rates.h"

namespace figcheck {
namespace {

using testing::FakeRates;

FakeRates SeedRates() {
  FakeRates rates;
  rates.Add("USD", "KRW", "2020-07-27", "1195.94")
      .Add("USD", "KRW", "2020-07-28", "1198.15")
      .Add("USD", "KRW", "2020-07-29", "1192.98")
      .Add("USD", "KRW", "2020-05-28", "1239.28")
      .Add("CNY", "KRW", "2020-07-29", "170.39");
  return rates;
}

FileResult Check(const std::string& facts, const RateSource& rates, CheckOptions options = {},
                 std::string_view check_block = "") {
  const std::string text = "article:\n  id: a\n  published: 2020-07-29\n" + std::string(check_block) + "facts:\n" + facts;
  LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  if (!loaded.file) {
    ADD_FAILURE() << (loaded.diagnostics.empty() ? "no file" : loaded.diagnostics[0].ToString());
    return {};
  }
  return CheckFactFile(*loaded.file, rates, options);
}

std::vector<std::string> Codes(const FactResult& fact) {
  std::vector<std::string> codes;
  for (const Finding& f : fact.findings) codes.push_back(f.code);
  return codes;
}

std::string Conversion(std::string_view amount, std::string_view converted) {
  return "  - id: x\n    amount: " + std::string(amount) + "\n    converted: " + std::string(converted) + "\n";
}

TEST(CheckerTest, AConversionWithinToleranceIsOk) {
  const FileResult r = Check(Conversion("75억 달러", "한화 약 8조 9512억원"), SeedRates());
  ASSERT_EQ(r.facts.size(), 1u);
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
  // 약 says the figure is rounded: five digits from a two-digit amount are not false precision.
  EXPECT_EQ(Codes(r.facts[0]), std::vector<std::string>{});
  // Without 약 the same five digits are a note, not an error.
  const FileResult precise = Check(Conversion("75억 달러", "8조 9512억원"), SeedRates());
  EXPECT_EQ(precise.facts[0].status, FactStatus::kOk);
  EXPECT_EQ(Codes(precise.facts[0]), std::vector<std::string>{"false-precision"});
  ASSERT_TRUE(r.facts[0].conversion);
  EXPECT_EQ(r.facts[0].conversion->reference->value.ToString(), "1192.98");
  EXPECT_EQ(r.facts[0].conversion->implied_rate.ToString(), "[1193.486666666667\u2026, 1193.5)");
}

TEST(CheckerTest, TheEdgesOfTheRoundingIntervalDecide) {
  // 1억 달러 at 1192.98 is 1192.98억 won. "1193억원" covers [1192.5억, 1193.5억): implied
  // [1192.5, 1193.5) which contains the rate exactly; with zero tolerance it still holds.
  CheckOptions exact;
  exact.rate_tolerance = Decimal(0);
  EXPECT_EQ(Check(Conversion("1억 달러", "1193억원"), SeedRates(), exact).facts[0].status, FactStatus::kOk);
  // "1192억원" covers [1191.5억, 1192.5억): the rate 1192.98 is outside, by 0.48억.
  EXPECT_EQ(Codes(Check(Conversion("1억 달러", "1192억원"), SeedRates(), exact).facts[0]),
            std::vector<std::string>{"rate-deviation"});
  // 1192.98 is exactly the upper end of [1192.48, 1192.98) ... open, so 1192.48 at 0.01 units fails;
  // the interval [1192.975, 1192.985) of "1192.98" contains it.
  EXPECT_EQ(Check(Conversion("1 달러", "1,192.98원"), SeedRates(), exact).facts[0].status, FactStatus::kOk);
  EXPECT_EQ(Check(Conversion("1 달러", "1,192.97원"), SeedRates(), exact).facts[0].status, FactStatus::kWarning);
  // An open upper end: "1,192.975원" would be fine, "1,192.97" covers [1192.965, 1192.975) and misses.
}

TEST(CheckerTest, HoldsOnlyBecauseOfRoundingIsSaid) {
  // A loosely stated figure is rounded by nature: 약 5조원 covers [4.5조, 5.5조), implied
  // [1125, 1375) per dollar, which holds the rate; nothing to say.
  const FileResult loose = Check(Conversion("40억 달러", "약 5조원"), SeedRates());
  EXPECT_EQ(loose.facts[0].status, FactStatus::kOk);
  EXPECT_EQ(Codes(loose.facts[0]), std::vector<std::string>{});
  // A precise figure outside the tolerance band that holds only at the edge of its rounding:
  // with zero tolerance "1432억원" for 1억2000만 달러 (implied [1192.92…, 1193.75)) reaches 1192.98
  // only by rounding.
  CheckOptions exact;
  exact.rate_tolerance = Decimal(0);
  const FileResult r = Check(Conversion("1억2000만 달러", "1432억원"), SeedRates(), exact);
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"holds-by-rounding"});
  EXPECT_NE(Message(r.facts[0].findings[0]).find("[1192.92…, 1193.75)"), std::string::npos)
      << Message(r.facts[0].findings[0]);
}

TEST(CheckerTest, ARateFewPercentOffIsADeviationNamingTheDayThatFits) {
  // 1억 달러 -> 1239억원 fits the rate of 2020-05-28 (1239.28), 3.9% above 2020-07-29.
  const FileResult r = Check(Conversion("1억 달러", "1239억원"), SeedRates());
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"rate-deviation"});
  EXPECT_EQ(r.facts[0].status, FactStatus::kWarning);
  EXPECT_NE(Message(r.facts[0].findings[0]).find("matches the published rate of 2020-05-28"), std::string::npos)
      << Message(r.facts[0].findings[0]);
  // The reference given is the window's rate nearest the figure (1198.15 of 2020-07-28).
  EXPECT_EQ(r.facts[0].findings[0].rate->observed_on.ToString(), "2020-07-28");
}

TEST(CheckerTest, ADayFitsWhenItsToleranceBandTouchesTheImpliedInterval) {
  // On 2020-07-01 the rate is 1000.001; ±0.5% makes the band [995.000995, 1005.001005].
  FakeRates rates;
  rates.Add("USD", "KRW", "2020-07-29", "1192.98").Add("USD", "KRW", "2020-07-01", "1000.001");
  CheckOptions options;
  options.rate_tolerance = *Decimal::Parse("0.005");
  const auto message = [&](std::string_view converted) {
    const FileResult r = Check(Conversion("1 달러", converted), rates, options);
    return r.facts.empty() || r.facts[0].findings.empty() ? std::string() : Message(r.facts[0].findings[0]);
  };
  const std::string fits = "matches the published rate of 2020-07-01";
  // [1005.001005, 1005.001015): its closed lower end is the band's upper end.
  EXPECT_NE(message("1,005.00101원").find(fits), std::string::npos) << message("1,005.00101원");
  // [1005.001015, 1005.001025) starts just above the band.
  EXPECT_EQ(message("1,005.00102원").find(fits), std::string::npos) << message("1,005.00102원");
  // [995.000995, 995.001005): its lower end is the band's lower end.
  EXPECT_NE(message("995.001원").find(fits), std::string::npos) << message("995.001원");
  // [995.000985, 995.000995): its open upper end is the band's lower end, so they do not meet.
  EXPECT_EQ(message("995.00099원").find(fits), std::string::npos) << message("995.00099원");
}

TEST(CheckerTest, AFactorOfTenThousandIsAUnitSlip) {
  // 75억 달러 is about 8조 9474억원; "8조 9512만원" slips 억 to 만.
  const FileResult r = Check(Conversion("75억 달러", "8억 9512만원"), SeedRates());
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"unit-slip"});
  EXPECT_EQ(r.facts[0].status, FactStatus::kError);
  EXPECT_NE(Message(r.facts[0].findings[0]).find("10,000 times too small"), std::string::npos)
      << Message(r.facts[0].findings[0]);
  // The correction keeps the five digits the article states: 8조 9473.5억 rounds to 8조 9474억.
  EXPECT_EQ(r.facts[0].findings[0].recomputed, "8조 9474억원");
}

TEST(CheckerTest, MillionForBillionIsAUnitSlipEitherWay) {
  const FileResult large = Check(Conversion("$7.5 million", "about ₩8.95 trillion"), SeedRates());
  ASSERT_EQ(Codes(large.facts[0]), std::vector<std::string>{"unit-slip"});
  EXPECT_NE(Message(large.facts[0].findings[0]).find("1,000 times too large"), std::string::npos)
      << Message(large.facts[0].findings[0]);
  const FileResult small = Check(Conversion("75억 달러", "약 895억원"), SeedRates());
  ASSERT_EQ(Codes(small.facts[0]), std::vector<std::string>{"unit-slip"});
  EXPECT_NE(Message(small.facts[0].findings[0]).find("100 times too small"), std::string::npos)
      << Message(small.facts[0].findings[0]);
}

TEST(CheckerTest, AWrongFigureIsAMismatchWithTheRecomputedFigure) {
  const FileResult r = Check(Conversion("75억 달러", "한화 약 7조 1000억원"), SeedRates());
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"conversion-mismatch"});
  EXPECT_EQ(r.facts[0].findings[0].recomputed, "한화 약 8조 9474억원");
  EXPECT_EQ(r.facts[0].findings[0].stated, "한화 약 7조 1000억원");
}

TEST(CheckerTest, NoRateIsAnErrorNeverASilentOk) {
  const FileResult r = Check(Conversion("75억 엔", "약 700억원"), SeedRates());
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"missing-rate"});
  EXPECT_EQ(r.facts[0].status, FactStatus::kError);
}

TEST(CheckerTest, ConversionsAtDifferentRatesAreMixedRates) {
  const FileResult r = Check(Conversion("75억 달러", "8조 9512억원") +
                                 "  - id: y\n    amount: 10억 달러\n    converted: 1조1944억원\n",
                             SeedRates());
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "mixed-rates");
  EXPECT_NE(Message(r.findings[0]).find("1193.49\u2026 here ('x'), 1194.4 there ('y')"), std::string::npos)
      << Message(r.findings[0]);
}

TEST(CheckerTest, GrowthThatRoundsToTheStatedPercentIsOk) {
  const FileResult r = Check("  - id: g\n    previous: 5억4200만위안\n    current: 8억1900만위안\n    change: 51% 증가\n",
                             SeedRates());
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
  EXPECT_TRUE(r.facts[0].findings.empty());
}

TEST(CheckerTest, GrowthThatDoesNotRoundIsAMismatch) {
  const FileResult r = Check("  - id: g\n    previous: 5억4200만위안\n    current: 8억1900만위안\n    change: 61%\n",
                             SeedRates());
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"growth-mismatch"});
  EXPECT_EQ(r.facts[0].findings[0].recomputed, "51.1%");
}

TEST(CheckerTest, AWrongDirectionIsAMismatch) {
  const FileResult r = Check("  - id: g\n    previous: 5억4200만위안\n    current: 8억1900만위안\n    change: 51% 감소\n",
                             SeedRates());
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"growth-mismatch"});
  EXPECT_NE(Message(r.facts[0].findings[0]).find("it rose"), std::string::npos);
}

TEST(CheckerTest, RatiosAndPointsAreRecomputed) {
  EXPECT_EQ(Check("  - id: g\n    previous: 100억원\n    current: 200억원\n    change: 2배\n", SeedRates()).facts[0].status,
            FactStatus::kOk);
  EXPECT_EQ(Check("  - id: g\n    previous: 100억원\n    current: 300억원\n    change: 2배\n", SeedRates()).facts[0].status,
            FactStatus::kError);
}

TEST(CheckerTest, GrowthWithoutPreviousImpliesAnInterval) {
  const FileResult r = Check("  - id: g\n    current: 819 million yuan\n    change: rose 51%\n", SeedRates());
  ASSERT_EQ(Codes(r.facts[0]), std::vector<std::string>{"implied-previous"});
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
  // 818.5M / 1.515 = 540.26M .. 819.5M / 1.505 = 544.52M
  EXPECT_NE(Message(r.facts[0].findings[0]).find("between"), std::string::npos) << Message(r.facts[0].findings[0]);
  EXPECT_EQ(r.facts[0].findings[0].recomputed, "540.2 million yuan .. 544.6 million yuan");
}

TEST(CheckerTest, AStatedRateIsUsedAsTheReference) {
  const FileResult r = Check("  - id: x\n    amount: 1억 달러\n    converted: 1194억원\n    rate: 1,194.4\n", SeedRates());
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
  EXPECT_EQ(r.facts[0].conversion->reference->source, "stated in the article");
}

TEST(CheckerTest, ExitStatusFollowsTheWorstFinding) {
  RunResult run;
  run.files.push_back(Check(Conversion("75억 달러", "8조 9512억원"), SeedRates()));
  run.summary = Summarize(run.files);
  EXPECT_EQ(ExitStatus(run, false), 0);
  run.files.push_back(Check(Conversion("1억 달러", "1239억원"), SeedRates()));
  run.summary = Summarize(run.files);
  EXPECT_EQ(ExitStatus(run, false), 0);
  EXPECT_EQ(ExitStatus(run, true), 1);
  run.files.push_back(Check(Conversion("75억 달러", "8억 9512만원"), SeedRates()));
  run.summary = Summarize(run.files);
  EXPECT_EQ(ExitStatus(run, false), 1);
  FileResult broken;
  broken.diagnostics.push_back(Diagnostic{{"b.yaml", 1, 1}, Severity::kError, "bad"});
  run.files.push_back(broken);
  run.summary = Summarize(run.files);
  EXPECT_EQ(ExitStatus(run, false), 2);
}

}  // namespace
}  // namespace figcheck
