// Named sources, the embedded default and chains.
#include "core/rates/rate_sources.h"

#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/rates/rates_test_util.h"

namespace figcheck {
namespace {

using testing::Cur;
using testing::Day;
using testing::Dec;
using testing::MustRead;

std::shared_ptr<const RateSource> Open(const std::vector<std::string>& names, const FileReader& reader) {
  auto result = OpenRateSources(names, reader);
  if (auto* d = std::get_if<Diagnostics>(&result)) {
    ADD_FAILURE() << d->front().ToString();
    return nullptr;
  }
  return std::get<std::shared_ptr<const RateSource>>(result);
}

TEST(RateSourcesTest, DefaultAnswersDollarWonFromFred) {
  const auto rate = DefaultRateSource()->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->value, Dec("1192.98"));
  EXPECT_EQ(rate->source, "FRED H.10 DEXKOUS");
  EXPECT_EQ(DefaultRateSource()->Find(Cur("USD"), Cur("CNY"), Day("2020-07-29"))->value, Dec("7.0014"));
  EXPECT_EQ(DefaultRateSource()->Find(Cur("EUR"), Cur("USD"), Day("2020-07-29"))->value, Dec("1.177"));
}

TEST(RateSourcesTest, DefaultFallsBackToTheEcbForWhatFredLacks) {
  const auto hkd = DefaultRateSource()->Find(Cur("USD"), Cur("HKD"), Day("2020-07-29"));
  ASSERT_TRUE(hkd);
  EXPECT_EQ(hkd->value, *Dec("9.0869").DividedBy(Dec("1.1725")));
  EXPECT_EQ(hkd->source, "ECB reference rate");
  EXPECT_EQ(hkd->path, "EUR/HKD ÷ EUR/USD via EUR");
  EXPECT_EQ(DefaultRateSource()->Find(Cur("EUR"), Cur("HKD"), Day("2020-07-29"))->value, Dec("9.0869"));
  // The yen and the pound are FRED series now (DEXJPUS, DEXUSUK), read as published ...
  EXPECT_EQ(DefaultRateSource()->Find(Cur("USD"), Cur("JPY"), Day("2020-07-29"))->value, Dec("105.06"));
  EXPECT_EQ(DefaultRateSource()->Find(Cur("USD"), Cur("JPY"), Day("2020-07-29"))->source, "FRED H.10 DEXJPUS");
  EXPECT_EQ(DefaultRateSource()->Find(Cur("GBP"), Cur("USD"), Day("2020-07-29"))->source, "FRED H.10 DEXUSUK");
  // ... and past the end of DEXJPUS (2026-02-20) by more than a week, the ECB answers.
  EXPECT_EQ(DefaultRateSource()->Find(Cur("USD"), Cur("JPY"), Day("2026-04-13"))->source, "ECB reference rate");
}

TEST(RateSourcesTest, EmbeddedTablesCoverTheirDocumentedRange) {
  EXPECT_FALSE(FredRateTable()->Find(Cur("USD"), Cur("KRW"), Day("1999-12-31")));
  EXPECT_EQ(FredRateTable()->Find(Cur("USD"), Cur("KRW"), Day("2000-01-03"))->value, Dec("1128.00"));
  EXPECT_EQ(FredRateTable()->Find(Cur("USD"), Cur("KRW"), Day("2026-03-27"))->value, Dec("1509.86"));
  EXPECT_EQ(EcbRateTable()->Find(Cur("EUR"), Cur("KRW"), Day("2026-04-13"))->value, Dec("1740.86"));
  EXPECT_EQ(EcbRateTable()->Find(Cur("EUR"), Cur("KRW"), Day("2000-01-03"))->value, Dec("1140.02"));
}

TEST(RateSourcesTest, NamedSourcesAndPaths) {
  InMemoryFileReader reader;
  reader.Add("mine.csv", "date,base,quote,rate\n2020-07-29,USD,KRW,1194.40\n");
  const auto ecb = Open({"ecb"}, reader);
  EXPECT_EQ(ecb->name(), "ecb");
  EXPECT_EQ(ecb->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"))->path, "EUR/KRW ÷ EUR/USD via EUR");
  const auto chain = Open({"mine.csv", "fred"}, reader);
  EXPECT_EQ(chain->name(), "mine.csv, fred");
  EXPECT_EQ(chain->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"))->value, Dec("1194.4"));
  // mine.csv answers for a week after its one day, then fred does.
  EXPECT_EQ(chain->Find(Cur("USD"), Cur("KRW"), Day("2020-08-05"))->value, Dec("1194.4"));
  EXPECT_EQ(chain->Find(Cur("USD"), Cur("KRW"), Day("2020-08-10"))->value, Dec("1186.28"));
  EXPECT_EQ(Open({}, reader)->name(), "default");
}

TEST(RateSourcesTest, UnreadablePathIsADiagnostic) {
  InMemoryFileReader reader;
  auto result = OpenRateSource("missing.csv", reader);
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(result));
  EXPECT_EQ(std::get<Diagnostics>(result).front().ToString(),
            "missing.csv: error: cannot read rate file: no such file or directory");
}

TEST(RateSourcesTest, ChainFindEachAsksEverySource) {
  InMemoryFileReader reader;
  reader.Add("mine.csv", "date,base,quote,rate\n2020-07-29,USD,KRW,1194.40\n");
  const auto source = Open({"mine.csv", "fred", "ecb"}, reader);
  const auto* chain = dynamic_cast<const RateChain*>(source.get());
  ASSERT_NE(chain, nullptr);
  const auto answers = chain->FindEach(Cur("USD"), Cur("KRW"), Day("2020-07-29"));
  ASSERT_EQ(answers.size(), 3u);
  EXPECT_EQ(answers[0].observation->value, Dec("1194.4"));
  EXPECT_EQ(answers[1].observation->value, Dec("1192.98"));
  EXPECT_EQ(answers[2].source, "ecb");
  EXPECT_EQ(answers[2].observation->value.ToFixed(2, RoundingMode::kHalfEven), "1194.22");
}

TEST(RateSourcesTest, ChainSeriesTakesEachDayFromTheFirstSourceWithIt) {
  const auto series = DefaultRateSource()->Series(Cur("USD"), Cur("CNY"), Day("2025-09-24"), Day("2025-10-10"));
  ASSERT_FALSE(series.empty());
  EXPECT_EQ(series.front().source, "FRED H.10 DEXCHUS");
  // DEXCHUS ends 2025-09-26; FRED answers until 10-03 (seven days), then the ECB cross.
  EXPECT_EQ(series.back().source, "ECB reference rate");
  for (const auto& obs : series) {
    if (obs.source == "ECB reference rate") {
      EXPECT_GT(obs.observed_on, Day("2025-10-03"));
    }
  }
}

// What Series promises, spelled out the slow way: Find on every day of the range, keeping the
// answers observed on that very day.
std::vector<RateObservation> SeriesByFind(const RateSource& source, const Currency& base, const Currency& quote,
                                          const Date& from, const Date& to) {
  std::vector<RateObservation> out;
  for (Date d = from; d <= to; d = d.AddDays(1)) {
    auto obs = source.Find(base, quote, d);
    if (obs && obs->observed_on == d) out.push_back(std::move(*obs));
  }
  return out;
}

void ExpectSameSeries(const RateSource& source, std::string_view base, std::string_view quote, std::string_view from,
                      std::string_view to) {
  SCOPED_TRACE(fmt::format("{} {}/{} {}..{}", source.name(), base, quote, from, to));
  const auto fast = source.Series(Cur(base), Cur(quote), Day(from), Day(to));
  const auto slow = SeriesByFind(source, Cur(base), Cur(quote), Day(from), Day(to));
  ASSERT_FALSE(slow.empty());
  ASSERT_EQ(fast.size(), slow.size());
  for (std::size_t i = 0; i < fast.size(); ++i) {
    EXPECT_EQ(fast[i].observed_on, slow[i].observed_on) << i;
    EXPECT_EQ(fast[i].value, slow[i].value) << slow[i].observed_on.ToString();
    EXPECT_EQ(fast[i].source, slow[i].source) << slow[i].observed_on.ToString();
    EXPECT_EQ(fast[i].path, slow[i].path) << slow[i].observed_on.ToString();
    EXPECT_TRUE(source.Answers(Cur(base), Cur(quote), slow[i].observed_on));
  }
}

TEST(RateSourcesTest, SeriesIsFindOnEachDayWithData) {
  // Direct, inverse and crosses, in FRED alone, the ECB alone and the default chain; the range
  // spans 2025-09-26, where DEXCHUS ends and the chain turns to the ECB for the yuan.
  for (const auto& source : {std::shared_ptr<const RateSource>(FredRateTable()),
                             std::shared_ptr<const RateSource>(EcbRateTable()),
                             std::shared_ptr<const RateSource>(DefaultRateSource())}) {
    ExpectSameSeries(*source, "USD", "KRW", "2025-07-01", "2025-12-31");
    ExpectSameSeries(*source, "KRW", "USD", "2025-07-01", "2025-12-31");
    ExpectSameSeries(*source, "CNY", "KRW", "2025-07-01", "2025-12-31");
    ExpectSameSeries(*source, "KRW", "CNY", "2025-07-01", "2025-12-31");
    ExpectSameSeries(*source, "EUR", "KRW", "2020-01-01", "2020-03-31");
  }
  ExpectSameSeries(*EcbRateTable(), "JPY", "KRW", "2020-01-01", "2020-03-31");
  ExpectSameSeries(*DefaultRateSource(), "JPY", "KRW", "2020-01-01", "2020-03-31");
}

TEST(RateSourcesTest, SeriesThroughAPivotOtherThanDollarAndEuro) {
  // No dollar, no euro: the yen and the won meet only through the pound.
  InMemoryFileReader reader;
  reader.Add("gbp.csv",
             "date,base,quote,rate\n"
             "2020-07-27,GBP,JPY,136.10\n"
             "2020-07-28,GBP,JPY,136.20\n"
             "2020-07-29,GBP,JPY,136.30\n"
             "2020-07-27,GBP,KRW,1540.5\n"
             "2020-07-29,GBP,KRW,1545.5\n"
             "2020-07-30,GBP,KRW,1546.5\n");
  const auto source = Open({"gbp.csv"}, reader);
  ASSERT_TRUE(source);
  ExpectSameSeries(*source, "JPY", "KRW", "2020-07-01", "2020-08-31");
  ExpectSameSeries(*source, "KRW", "JPY", "2020-07-01", "2020-08-31");
  EXPECT_EQ(source->Series(Cur("JPY"), Cur("KRW"), Day("2020-07-01"), Day("2020-08-31")).size(), 2u);
}

// Real DEXKOUS rows (2026-03-25..27) split between an "embedded" and a "cached" table.
TEST(RateSourcesTest, OwnDayFirstChainPrefersTheDaysOwnObservation) {
  auto embedded = MustRead("embedded.csv", "observation_date,DEXKOUS\n2026-03-25,1500.32\n");
  auto cached = MustRead("cache.csv", "observation_date,DEXKOUS\n2026-03-26,1504.57\n2026-03-27,1509.86\n");
  ASSERT_TRUE(embedded && cached);
  const RateChain first("first", {embedded, cached});
  const RateChain own("own", {embedded, cached}, RateChain::Order::kOwnDayFirst);
  // The embedded table's fallback to 03-25 answers a plain chain for 03-26...
  EXPECT_EQ(first.Find(Cur("USD"), Cur("KRW"), Day("2026-03-26"))->observed_on, Day("2026-03-25"));
  // ...but the cache's own 03-26 wins in an own-day-first chain.
  const auto day = own.Find(Cur("USD"), Cur("KRW"), Day("2026-03-26"));
  EXPECT_EQ(day->value, Dec("1504.57"));
  EXPECT_EQ(day->observed_on, Day("2026-03-26"));
  // A Saturday: both fall back; the later day wins.
  EXPECT_EQ(own.Find(Cur("USD"), Cur("KRW"), Day("2026-03-28"))->observed_on, Day("2026-03-27"));
  // The series takes each day from the first source that observed it.
  const auto series = own.Series(Cur("USD"), Cur("KRW"), Day("2026-03-20"), Day("2026-03-31"));
  ASSERT_EQ(series.size(), 3u);
  EXPECT_EQ(series[0].value, Dec("1500.32"));
  EXPECT_EQ(series[1].value, Dec("1504.57"));
  EXPECT_EQ(series[2].value, Dec("1509.86"));
  EXPECT_EQ(first.Series(Cur("USD"), Cur("KRW"), Day("2026-03-20"), Day("2026-03-31")).size(), 1u);
}

// The embedded sources read only the columns a pair needs (issue 16); every answer must be the
// whole table's, whatever was read before, on any thread.
TEST(RateSourcesTest, EmbeddedSourcesReadByColumnAnswerAsTheWholeTables) {
  const std::vector<std::string_view> codes = {"USD", "KRW", "EUR", "JPY", "CNY", "GBP", "HKD", "CHF", "SGD"};
  const std::vector<std::string_view> days = {"2000-01-03", "2008-10-27", "2020-07-29", "2025-09-26", "2026-04-13"};
  InMemoryFileReader reader;
  for (const std::string name : {"fred", "ecb"}) {
    const std::shared_ptr<const RateTable> whole = name == "fred" ? FredRateTable() : EcbRateTable();
    const auto source = Open({name}, reader);
    const auto check = [&](std::string_view base, std::string_view quote) {
      for (std::string_view day : days) {
        SCOPED_TRACE(fmt::format("{} {}/{} {}", name, base, quote, day));
        const auto lazy = source->Find(Cur(base), Cur(quote), Day(day));
        const auto eager = whole->Find(Cur(base), Cur(quote), Day(day));
        ASSERT_EQ(lazy.has_value(), eager.has_value());
        EXPECT_EQ(source->Answers(Cur(base), Cur(quote), Day(day)), eager.has_value());
        if (!eager) continue;
        EXPECT_EQ(lazy->value, eager->value);
        EXPECT_EQ(lazy->source, eager->source);
        EXPECT_EQ(lazy->observed_on, eager->observed_on);
        EXPECT_EQ(lazy->path, eager->path);
      }
      const auto a = source->Series(Cur(base), Cur(quote), Day("2020-06-20"), Day("2020-08-10"));
      const auto b = whole->Series(Cur(base), Cur(quote), Day("2020-06-20"), Day("2020-08-10"));
      ASSERT_EQ(a.size(), b.size()) << base << "/" << quote;
      for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].value, b[i].value);
        EXPECT_EQ(a[i].path, b[i].path);
        EXPECT_EQ(a[i].observed_on, b[i].observed_on);
      }
    };
    // Two threads asking for different pairs while the columns are read.
    std::thread other([&] {
      for (std::string_view quote : codes) check("JPY", quote);
    });
    for (std::string_view base : codes) {
      for (std::string_view quote : codes) check(base, quote);
    }
    other.join();
  }
}

}  // namespace
}  // namespace figcheck
