#include "core/rates/rate_memo.h"

#include <gtest/gtest.h>

#include "core/rates/rate_sources.h"
#include "tests/rates/rates_test_util.h"

namespace figcheck {
namespace {

// The default rates, counting the questions that reach them.
class CountingSource final : public RateSource {
 public:
  std::string name() const override { return "counting"; }
  std::optional<RateObservation> Find(const Currency& base, const Currency& quote, const Date& date) const override {
    ++finds;
    return inner->Find(base, quote, date);
  }
  std::vector<RateObservation> Series(const Currency& base, const Currency& quote, const Date& from,
                                      const Date& to) const override {
    ++series;
    return inner->Series(base, quote, from, to);
  }
  std::shared_ptr<const RateSource> inner = DefaultRateSource();
  mutable int finds = 0;
  mutable int series = 0;
};

void ExpectSame(const std::optional<RateObservation>& a, const std::optional<RateObservation>& b) {
  ASSERT_EQ(a.has_value(), b.has_value());
  if (!a) return;
  EXPECT_EQ(a->value, b->value);
  EXPECT_EQ(a->source, b->source);
  EXPECT_EQ(a->observed_on, b->observed_on);
  EXPECT_EQ(a->path, b->path);
}

TEST(MemoizedRatesTest, AnswersAsTheInnerSourceAndAsksEachQuestionOnce) {
  const CountingSource counting;
  const MemoizedRates memo(counting);
  const Currency& usd = *FindCurrencyByCode("USD");
  const Currency& krw = *FindCurrencyByCode("KRW");
  const Currency& eur = *FindCurrencyByCode("EUR");
  const Date day = *Date::FromYmd(2020, 7, 29);
  const Date sunday = *Date::FromYmd(2020, 8, 2);  // no observation: the Friday answers
  for (int round = 0; round < 3; ++round) {
    for (const Date& d : {day, sunday}) {
      ExpectSame(memo.Find(usd, krw, d), counting.inner->Find(usd, krw, d));
      ExpectSame(memo.Find(eur, krw, d), counting.inner->Find(eur, krw, d));
      EXPECT_EQ(memo.Answers(krw, usd, d), counting.inner->Answers(krw, usd, d));
    }
    const auto mine = memo.Series(usd, krw, day.AddDays(-10), day);
    const auto theirs = counting.inner->Series(usd, krw, day.AddDays(-10), day);
    ASSERT_EQ(mine.size(), theirs.size());
    for (std::size_t i = 0; i < mine.size(); ++i) ExpectSame(mine[i], theirs[i]);
    EXPECT_TRUE(memo.Series(usd, krw, day.AddDays(1), day).empty());  // an empty range is an answer too
  }
  // Two days x (USD/KRW, EUR/KRW, KRW/USD) asked three times; two ranges asked three times.
  EXPECT_EQ(counting.finds, 6);
  EXPECT_EQ(counting.series, 2);
  EXPECT_EQ(memo.name(), "counting");
}

TEST(MemoizedRatesTest, DifferentQuestionsAreNotConfused) {
  const CountingSource counting;
  const MemoizedRates memo(counting);
  const Currency& usd = *FindCurrencyByCode("USD");
  const Currency& krw = *FindCurrencyByCode("KRW");
  const Date day = *Date::FromYmd(2020, 7, 29);
  const auto forward = memo.Find(usd, krw, day);
  const auto inverse = memo.Find(krw, usd, day);
  const auto earlier = memo.Find(usd, krw, day.AddDays(-1));
  ASSERT_TRUE(forward && inverse && earlier);
  EXPECT_NE(forward->value, inverse->value);
  EXPECT_NE(forward->observed_on, earlier->observed_on);
  EXPECT_EQ(memo.Series(usd, krw, day.AddDays(-3), day).size() + 0,
            counting.inner->Series(usd, krw, day.AddDays(-3), day).size());
  EXPECT_NE(memo.Series(usd, krw, day.AddDays(-3), day).size(), memo.Series(usd, krw, day.AddDays(-30), day).size());
}

}  // namespace
}  // namespace figcheck
