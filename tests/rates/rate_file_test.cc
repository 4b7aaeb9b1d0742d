// Each rate format read from real rows (tests/rates/data), its direction and value pinned
// against the publisher's file, and each reader's errors with file:line:column.
#include "core/rates/rate_file.h"

#include <gtest/gtest.h>

#include "core/rates/rate_file_formats.h"
#include "tests/rates/rates_test_util.h"

namespace figcheck {
namespace {

using testing::Cur;
using testing::Day;
using testing::Dec;
using testing::ErrorsOf;
using testing::MustRead;
using testing::ReadTestData;

TEST(RateFileTest, FredDexkousIsWonPerDollar) {
  auto table = MustRead("DEXKOUS.csv", ReadTestData("fred_DEXKOUS_excerpt.csv"));
  ASSERT_TRUE(table);
  const auto rate = table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->value, Dec("1192.98"));
  EXPECT_EQ(rate->source, "FRED H.10 DEXKOUS");
  EXPECT_EQ(rate->observed_on, Day("2020-07-29"));
  EXPECT_EQ(rate->path, "USD/KRW");
  EXPECT_EQ(table->name(), "DEXKOUS.csv");
}

TEST(RateFileTest, FredDexchusIsYuanPerDollar) {
  auto table = MustRead("DEXCHUS.csv", ReadTestData("fred_DEXCHUS_excerpt.csv"));
  ASSERT_TRUE(table);
  const auto rate = table->Find(Cur("USD"), Cur("CNY"), Day("2020-07-29"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->value, Dec("7.0014"));
  EXPECT_EQ(rate->source, "FRED H.10 DEXCHUS");
}

TEST(RateFileTest, FredDexuseuIsDollarsPerEuro) {
  auto table = MustRead("DEXUSEU.csv", ReadTestData("fred_DEXUSEU_excerpt.csv"));
  ASSERT_TRUE(table);
  const auto euro_in_dollars = table->Find(Cur("EUR"), Cur("USD"), Day("2020-07-29"));
  ASSERT_TRUE(euro_in_dollars);
  EXPECT_EQ(euro_in_dollars->value, Dec("1.177"));
  EXPECT_EQ(euro_in_dollars->path, "EUR/USD");
  const auto dollar_in_euros = table->Find(Cur("USD"), Cur("EUR"), Day("2020-07-29"));
  ASSERT_TRUE(dollar_in_euros);
  EXPECT_EQ(dollar_in_euros->value, *Decimal(1).DividedBy(Dec("1.177")));
  EXPECT_EQ(dollar_in_euros->path, "1 / EUR/USD");
}

TEST(RateFileTest, FredOldHeaderDotsAndSeveralSeriesColumns) {
  auto table = MustRead("fred.csv",
                        "DATE,DEXKOUS,DEXUSUK\n"
                        "2020-07-02,1199.84,1.2478\n"
                        "2020-07-03,.,.\n"
                        "2020-07-06,1192.66,\n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("GBP"), Cur("USD"), Day("2020-07-02"))->value, Dec("1.2478"));
  EXPECT_EQ(table->Find(Cur("GBP"), Cur("USD"), Day("2020-07-06"))->observed_on, Day("2020-07-02"));
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-03"))->observed_on, Day("2020-07-02"));
  EXPECT_EQ(table->size(), 3u);
}

TEST(RateFileTest, EcbHistoryIsPerEuroNewestFirstWithNotAvailable) {
  auto table = MustRead("eurofxref-hist.csv", ReadTestData("ecb_eurofxref-hist_excerpt.csv"));
  ASSERT_TRUE(table);
  const auto krw = table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-29"));
  ASSERT_TRUE(krw);
  EXPECT_EQ(krw->value, Dec("1400.22"));
  EXPECT_EQ(krw->source, "ECB reference rate");
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("USD"), Day("2020-07-29"))->value, Dec("1.1725"));
  // KRW per USD from the ECB: (KRW per EUR) / (USD per EUR).
  const auto usd_krw = table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"));
  ASSERT_TRUE(usd_krw);
  EXPECT_EQ(usd_krw->value, *Dec("1400.22").DividedBy(Dec("1.1725")));
  EXPECT_EQ(usd_krw->value.ToFixed(2, RoundingMode::kHalfEven), "1194.22");
  EXPECT_EQ(usd_krw->path, "EUR/KRW ÷ EUR/USD via EUR");
  // CNY is N/A in 1999: no value, and nothing within seven days.
  EXPECT_FALSE(table->Find(Cur("EUR"), Cur("CNY"), Day("1999-01-05")));
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("JPY"), Day("1999-01-05"))->value, Dec("130.96"));
}

TEST(RateFileTest, EcbSubsetColumnsNameTheirDirection) {
  auto table = MustRead("subset.csv", ReadTestData("ecb_eurofxref_subset_excerpt.csv"));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-29"))->value, Dec("1400.22"));
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("USD"), Day("2020-07-29"))->value, Dec("1.1725"));
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("HKD"), Day("2020-07-29"))->source, "ECB reference rate");
}

TEST(RateFileTest, LongCsvKeepsEachRowsSource) {
  EXPECT_EQ(ErrorsOf("long.csv",
                     "date,base,quote,rate,source\n"
                     "2020-07-29,USD,CNY,7.0014\n"),
            "long.csv:2:1: error: expected 5 cells as in the header, found 4\n");
  auto table = MustRead("long.csv",
                   "date,base,quote,rate,source\n"
                   "2020-07-29,USD,KRW,1194.40,\"KEB Hana, first quote\"\n"
                   "2020-07-29,usd,cny,7.0014,\n");
  ASSERT_TRUE(table);
  const auto krw = table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"));
  EXPECT_EQ(krw->value, Dec("1194.4"));
  EXPECT_EQ(krw->source, "KEB Hana, first quote");
  EXPECT_EQ(table->Find(Cur("USD"), Cur("CNY"), Day("2020-07-29"))->source, "long.csv");
}

TEST(RateFileTest, CrlfAndByteOrderMarkAreAccepted) {
  auto table = MustRead("win.csv", "\xEF\xBB\xBF" "observation_date,DEXKOUS\r\n2020-07-29,1192.98\r\n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"))->value, Dec("1192.98"));
}

TEST(RateFileTest, YamlTableReadsRatesFromTheirText) {
  auto table = MustRead("table.yaml",
                        "source: Seoul close\n"
                        "rates:\n"
                        "  - {date: 2020-07-29, base: USD, quote: KRW, rate: 1194.40}\n"
                        "  - date: 2020-07-29\n"
                        "    base: USD\n"
                        "    quote: CNY\n"
                        "    rate: '7.0014'\n"
                        "    source: PBOC\n");
  ASSERT_TRUE(table);
  const auto krw = table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-29"));
  EXPECT_EQ(krw->value, Dec("1194.4"));
  EXPECT_EQ(krw->source, "Seoul close");
  EXPECT_EQ(table->Find(Cur("USD"), Cur("CNY"), Day("2020-07-29"))->source, "PBOC");
}

TEST(RateFileTest, CsvErrorsNameFileLineAndColumn) {
  EXPECT_EQ(ErrorsOf("f.csv",
                     "observation_date,DEXKOUS\n"
                     "2020-02-30,1200.5\n"
                     "2020-07-28,abc\n"
                     "2020-07-29,0\n"
                     "2020-07-30,-1196.30\n"
                     "2020-07-31,1192.68,1\n"),
            "f.csv:2:1: error: invalid date '2020-02-30' (expected YYYY-MM-DD or 28 July 2020)\n"
            "f.csv:3:12: error: rate 'abc' is not a decimal number\n"
            "f.csv:4:12: error: rate '0' is not positive\n"
            "f.csv:5:12: error: rate '-1196.30' is not positive\n"
            "f.csv:6:1: error: expected 2 cells as in the header, found 3\n");
}

TEST(RateFileTest, LongCsvUnknownCurrencyAndDuplicateDay) {
  EXPECT_EQ(ErrorsOf("l.csv",
                     "date,base,quote,rate\n"
                     "2020-07-29,USD,KRW,1192.98\n"
                     "2020-07-29,USD,XYZ,1\n"
                     "2020-07-29,USD,KRW,1192.980\n"
                     "2020-07-29,USD,KRW,1193\n"),
            "l.csv:3:16: error: unknown currency 'XYZ'\n"
            "l.csv:5:20: error: duplicate date 2020-07-29 for USD/KRW: rate '1193' here, '1192.98' on line 2\n");
}

TEST(RateFileTest, UnknownHeaderAndColumns) {
  EXPECT_EQ(ErrorsOf("h.csv", "day,value\n2020-07-29,1\n"),
            "h.csv:1:1: error: unrecognised rate file: header 'day,value' matches no format figcheck reads; tried " +
                std::string(rates_internal::kFormatsTried) + "\n");
  EXPECT_EQ(ErrorsOf("h.csv", "DATE,DEXXXUS,KRW_per_ABC,price\n"),
            "h.csv:1:6: error: unknown FRED series 'DEXXXUS'\n"
            "h.csv:1:14: error: unknown currency 'ABC' in column 'KRW_per_ABC'\n"
            "h.csv:1:26: error: unknown column 'price': expected a FRED series id (DEXKOUS), a currency code "
            "(USD, per 1 EUR) or X_per_Y\n");
  EXPECT_EQ(ErrorsOf("e.csv", ""), "e.csv: error: empty rate file: no header\n");
}

TEST(RateFileTest, YamlErrorsNameFileLineAndColumn) {
  EXPECT_EQ(ErrorsOf("t.yaml",
                     "source: mine\n"
                     "rates:\n"
                     "  - {date: 2020-02-30, base: USD, quote: KRW, rate: 1}\n"
                     "  - {date: 2020-07-29, base: 달러, quote: KRW, rate: 1}\n"
                     "  - {date: 2020-07-29, base: USD, quote: KRW, rate: 1.2.3}\n"
                     "  - {date: 2020-07-29, base: USD, quote: KRW, price: 1}\n"),
            "t.yaml:3:12: error: invalid date '2020-02-30' (expected YYYY-MM-DD)\n"
            "t.yaml:4:30: error: unknown currency '달러'\n"
            "t.yaml:5:53: error: rate '1.2.3' is not a decimal number\n"
            "t.yaml:6:47: error: unknown key 'price' (expected date, base, quote, rate, source)\n"
            "t.yaml:6:5: error: missing key 'rate'\n");
  EXPECT_EQ(ErrorsOf("bad.yaml", "rates: [\n"), "bad.yaml:2:1: error: invalid yaml: end of sequence flow not found (no "
                                                 "rate file format fits; tried " +
                                                     std::string(rates_internal::kFormatsTried) + ")\n");
}

TEST(RateFileTest, YamlDuplicateDayPointsAtTheSecondRate) {
  EXPECT_EQ(ErrorsOf("d.yaml",
                     "rates:\n"
                     "  - {date: 2020-07-29, base: USD, quote: KRW, rate: 1192.98}\n"
                     "  - {date: 2020-07-29, base: USD, quote: KRW, rate: 1193}\n"),
            "d.yaml:3:53: error: duplicate date 2020-07-29 for USD/KRW: rate '1193' here, '1192.98' on line 2\n");
}

TEST(RateFileTest, EcbHistoryDuplicateRowWithSameValuesIsMerged) {
  auto table = MustRead("ecb.csv", "Date,USD,KRW,\n2020-07-29,1.1725,1400.22,\n2020-07-29,1.17250,1400.22,\n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->size(), 2u);
}

TEST(RateFileTest, FredSeriesDirections) {
  EXPECT_EQ(FredSeriesById("DEXJPUS")->quote, "JPY");
  EXPECT_EQ(FredSeriesById("dexusuk")->base, "GBP");
  EXPECT_EQ(FredSeriesById("DEXUSAL")->quote, "USD");
  EXPECT_FALSE(FredSeriesById("DEXSLUS"));
}

}  // namespace
}  // namespace figcheck
