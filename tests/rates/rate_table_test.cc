// Looking rates up by day (fallback, never after, staleness), exact inverses and crosses.
#include "core/rates/rate_table.h"

#include <gtest/gtest.h>

#include "tests/rates/rates_test_util.h"

namespace figcheck {
namespace {

using testing::Cur;
using testing::Day;
using testing::Dec;
using testing::MustRead;
using testing::ReadTestData;

std::shared_ptr<const RateTable> Fred() {
  // The three FRED excerpts as one wide file, the way a FRED multi-series download looks.
  return MustRead("fred.csv", ReadTestData("fred_DEXKOUS_excerpt.csv"));
}

TEST(RateTableTest, WeekendUsesFridayAndSaysSo) {
  auto table = Fred();
  const auto rate = table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-26"));  // a Sunday
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->observed_on, Day("2020-07-24"));
  EXPECT_EQ(rate->value, Dec("1203.17"));
}

TEST(RateTableTest, HolidayUsesTheDayBefore) {
  // 2020-07-03 (Independence Day observed) is empty in DEXKOUS; 07-04 and 07-05 are a weekend.
  auto table = Fred();
  for (const char* day : {"2020-07-03", "2020-07-04", "2020-07-05"}) {
    const auto rate = table->Find(Cur("USD"), Cur("KRW"), Day(day));
    ASSERT_TRUE(rate) << day;
    EXPECT_EQ(rate->observed_on, Day("2020-07-02")) << day;
    EXPECT_EQ(rate->value, Dec("1199.84")) << day;
  }
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-06"))->value, Dec("1192.66"));
}

TEST(RateTableTest, NeverUsesARateFromAfterTheDate) {
  auto table = Fred();  // the excerpt starts 2020-06-26
  EXPECT_FALSE(table->Find(Cur("USD"), Cur("KRW"), Day("2020-06-25")));
}

TEST(RateTableTest, MoreThanSevenDaysStaleIsNone) {
  auto table = Fred();  // the excerpt jumps from 2020-07-31 to 2026-03-23
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-08-07"))->observed_on, Day("2020-07-31"));
  EXPECT_FALSE(table->Find(Cur("USD"), Cur("KRW"), Day("2020-08-08")));
}

TEST(RateTableTest, DatePastTheEndOfTheSeriesIsNone) {
  auto table = Fred();  // DEXKOUS ends 2026-03-27 in the shared data
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2026-04-03"))->observed_on, Day("2026-03-27"));
  EXPECT_FALSE(table->Find(Cur("USD"), Cur("KRW"), Day("2026-04-10")));
}

TEST(RateTableTest, InverseIsExact) {
  auto table = Fred();
  const auto inverse = table->Find(Cur("KRW"), Cur("USD"), Day("2020-07-29"));
  ASSERT_TRUE(inverse);
  EXPECT_EQ(inverse->path, "1 / USD/KRW");
  EXPECT_EQ(inverse->value * Dec("1192.98"), Decimal(1));
  EXPECT_EQ(inverse->value, Decimal::Fraction(100, 119298));
}

TEST(RateTableTest, CrossThroughTheDollarByHand) {
  auto table = MustRead("fred.csv",
                        "observation_date,DEXKOUS,DEXCHUS,DEXUSEU\n"
                        "2020-07-29,1192.98,7.0014,1.177\n"
                        "2020-07-30,1196.30,,1.1791\n");
  ASSERT_TRUE(table);
  // KRW per CNY = (KRW per USD) / (CNY per USD) = 1192.98 / 7.0014 = 1988300/11669 = 170.3916…
  const auto won_per_yuan = table->Find(Cur("CNY"), Cur("KRW"), Day("2020-07-29"));
  ASSERT_TRUE(won_per_yuan);
  EXPECT_EQ(won_per_yuan->value, Decimal::Fraction(1988300, 11669));
  EXPECT_EQ(won_per_yuan->value.ToFixed(4, RoundingMode::kHalfUp), "170.3916");
  EXPECT_EQ(won_per_yuan->path, "USD/KRW ÷ USD/CNY via USD");
  EXPECT_EQ(won_per_yuan->source, "FRED H.10 DEXKOUS + FRED H.10 DEXCHUS");
  // KRW per EUR = (USD per EUR) × (KRW per USD) = 1.177 × 1192.98 = 1404.13746 exactly.
  const auto won_per_euro = table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-29"));
  EXPECT_EQ(won_per_euro->value, Dec("1404.13746"));
  EXPECT_EQ(won_per_euro->path, "EUR/USD × USD/KRW via USD");
  // CNY per KRW: both legs inverted.
  EXPECT_EQ(table->Find(Cur("KRW"), Cur("CNY"), Day("2020-07-29"))->value, Decimal::Fraction(11669, 1988300));
  // On 07-30 DEXCHUS is empty: the cross uses 07-29's yuan leg and says the older day.
  const auto stale_leg = table->Find(Cur("CNY"), Cur("KRW"), Day("2020-07-30"));
  EXPECT_EQ(stale_leg->observed_on, Day("2020-07-29"));
  EXPECT_EQ(stale_leg->value, *Dec("1196.30").DividedBy(Dec("7.0014")));
}

TEST(RateTableTest, SameCurrencyIsExactlyOne) {
  auto table = Fred();
  EXPECT_EQ(table->Find(Cur("KRW"), Cur("KRW"), Day("2020-07-29"))->value, Decimal(1));
}

TEST(RateTableTest, SeriesListsOnlyDaysWithData) {
  auto table = Fred();
  const auto series = table->Series(Cur("USD"), Cur("KRW"), Day("2020-07-01"), Day("2020-07-08"));
  ASSERT_EQ(series.size(), 5u);  // 07-01, 07-02, 07-06, 07-07, 07-08 (07-03 empty, weekend)
  EXPECT_EQ(series[1].observed_on, Day("2020-07-02"));
  EXPECT_EQ(series[2].observed_on, Day("2020-07-06"));
  const auto inverse = table->Series(Cur("KRW"), Cur("USD"), Day("2020-07-01"), Day("2020-07-08"));
  ASSERT_EQ(inverse.size(), 5u);
  EXPECT_EQ(inverse[0].value * Dec("1201.84"), Decimal(1));
}

TEST(RateTableTest, CrossSeriesUsesDaysBothLegsObserved) {
  auto table = MustRead("fred.csv",
                        "observation_date,DEXKOUS,DEXCHUS\n"
                        "2020-07-28,1198.15,6.9998\n"
                        "2020-07-29,1192.98,7.0014\n"
                        "2020-07-30,1196.30,\n");
  const auto series = table->Series(Cur("CNY"), Cur("KRW"), Day("2020-07-01"), Day("2020-07-31"));
  ASSERT_EQ(series.size(), 2u);
  EXPECT_EQ(series[1].observed_on, Day("2020-07-29"));
}

}  // namespace
}  // namespace figcheck
