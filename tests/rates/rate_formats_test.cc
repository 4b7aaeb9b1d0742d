// The formats publishers and spreadsheets ship, read from real-shaped fixtures
// (tests/rates/data/formats, built by make_fixtures.py from the real FRED and ECB files): each
// one's value and direction pinned against the publisher's text, and a bad cell in each named at
// file:line:column.
#include <gtest/gtest.h>

#include "core/base/file_reader.h"
#include "core/rates/rate_file.h"
#include "core/rates/rate_file_formats.h"
#include "tests/rates/rates_test_util.h"

namespace figcheck {
namespace {

using testing::Cur;
using testing::Day;
using testing::Dec;
using testing::ErrorsOf;
using testing::MustRead;

std::string Fixture(const std::string& name) { return testing::ReadTestData("formats/" + name); }

// Replaces the first `from` in `text` by `to` (a bad cell in a good file).
std::string With(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(RateFormatsTest, EcbDailyFileWithSpacesAndEnglishDate) {
  auto table = MustRead("eurofxref.csv", Fixture("eurofxref.csv"));
  ASSERT_TRUE(table);
  const auto krw = table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-28"));
  ASSERT_TRUE(krw);
  EXPECT_EQ(krw->value, Dec("1406.13"));
  EXPECT_EQ(krw->observed_on, Day("2020-07-28"));
  EXPECT_EQ(krw->source, "ECB reference rate");
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("GBP"), Day("2020-07-28"))->value, Dec("0.90968"));
  // Nothing from after the file's day, nothing before it.
  EXPECT_FALSE(table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-27")));
}

TEST(RateFormatsTest, EcbDailyBadCellAndBadDate) {
  EXPECT_EQ(ErrorsOf("eurofxref.csv", With(Fixture("eurofxref.csv"), " 1406.13,", " 1406.1.3,")),
            "eurofxref.csv:2:207: error: rate '1406.1.3' is not a decimal number\n");
  EXPECT_EQ(ErrorsOf("eurofxref.csv", With(Fixture("eurofxref.csv"), "28 July 2020", "31 June 2020")),
            "eurofxref.csv:2:1: error: invalid date '31 June 2020' (expected YYYY-MM-DD or 28 July 2020)\n");
}

TEST(RateFormatsTest, EcbZipAsDownloaded) {
  auto table = MustRead("eurofxref.zip", Fixture("eurofxref.zip"));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->name(), "eurofxref.zip(eurofxref.csv)");
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("USD"), Day("2020-07-28"))->value, Dec("1.1717"));
}

TEST(RateFormatsTest, BrokenZipIsAnError) {
  std::string zip = Fixture("eurofxref.zip");
  zip.resize(zip.size() / 2);
  const std::string errors = ErrorsOf("eurofxref.zip", zip);
  EXPECT_TRUE(errors.starts_with("eurofxref.zip: error: cannot read the zip archive: ")) << errors;
}

TEST(RateFormatsTest, EcbSdmxCsvHoldsSeveralSeries) {
  auto table = MustRead("data.csv", Fixture("ecb_sdmx.csv"));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("USD"), Day("2020-07-29"))->value, Dec("1.1725"));
  const auto krw = table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-29"));
  EXPECT_EQ(krw->value, Dec("1400.22"));
  EXPECT_EQ(krw->source, "ECB reference rate");
  EXPECT_EQ(table->size(), 10u);
}

TEST(RateFormatsTest, SdmxBadCellAndMonthlySeries) {
  EXPECT_EQ(ErrorsOf("data.csv", With(Fixture("ecb_sdmx.csv"), ",2020-07-28,1.1717,", ",2020-07-28,1.17x17,")),
            "data.csv:3:50: error: rate '1.17x17' is not a decimal number\n");
  EXPECT_EQ(ErrorsOf("data.csv", With(Fixture("ecb_sdmx.csv"), "EXR.D.USD.EUR.SP00.A,D,", "EXR.M.USD.EUR.SP00.A,M,")),
            "data.csv:2:22: error: FREQ 'M': only daily series (D) are rates of a day\n");
}

TEST(RateFormatsTest, FrankfurterTimeSeries) {
  auto table = MustRead("rates.json", Fixture("frankfurter_series.json"));
  ASSERT_TRUE(table);
  const auto jpy = table->Find(Cur("EUR"), Cur("JPY"), Day("2020-07-30"));
  EXPECT_EQ(jpy->value, Dec("123.58"));
  EXPECT_EQ(jpy->observed_on, Day("2020-07-30"));
  EXPECT_EQ(jpy->source, "rates.json");
  EXPECT_EQ(table->size(), 15u);
}

TEST(RateFormatsTest, FrankfurterOneDay) {
  auto table = MustRead("latest.json", Fixture("frankfurter_day.json"));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-28"))->value, Dec("1406.13"));
  EXPECT_FALSE(table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-27")));
}

TEST(RateFormatsTest, FrankfurterBadCells) {
  EXPECT_EQ(ErrorsOf("rates.json", With(Fixture("frankfurter_series.json"), "\"KRW\":1400.22", "\"KRW\":\"1400.22\"")),
            "rates.json:1:229: error: rate \"1400.22\" for KRW is not a number\n");
  EXPECT_EQ(ErrorsOf("rates.json", With(Fixture("frankfurter_series.json"), "\"KRW\":1400.22", "\"KRW\":-1400.22")),
            "rates.json:1:229: error: rate '-1400.22' is not positive\n");
  EXPECT_EQ(ErrorsOf("rates.json", With(Fixture("frankfurter_series.json"), "\"2020-07-29\"", "\"2020-07-32\"")),
            "rates.json:1:209: error: invalid date '2020-07-32' (expected YYYY-MM-DD)\n");
  EXPECT_EQ(ErrorsOf("rates.json", "{\"base\":\"EUR\",\n \"rates\": {\"2020-07-28\": {\"USD\": 1.1717,}}}\n")
                .starts_with("rates.json:"),
            true);
}

TEST(RateFormatsTest, FredAsDownloadedTodaySeveralSeries) {
  auto table = MustRead("fredgraph.csv", Fixture("fredgraph.csv"));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-06"))->value, Dec("1192.66"));
  EXPECT_EQ(table->Find(Cur("USD"), Cur("CNY"), Day("2020-07-06"))->value, Dec("7.0159"));
  // 2020-07-03 (a US holiday) is empty: the day before answers.
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-03"))->observed_on, Day("2020-07-02"));
}

TEST(RateFormatsTest, FredOlderExportWithDots) {
  auto table = MustRead("DEXKOUS.csv", Fixture("fred_old_export.csv"));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-10"))->value, Dec("1204.34"));
  EXPECT_EQ(table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-03"))->observed_on, Day("2020-07-02"));
  EXPECT_EQ(ErrorsOf("DEXKOUS.csv", With(Fixture("fred_old_export.csv"), "2020-07-03,.", "2020-07-03,..")),
            "DEXKOUS.csv:4:12: error: rate '..' is not a decimal number\n");
}

TEST(RateFormatsTest, SpreadsheetBomCrlfQuotedThousands) {
  auto table = MustRead("export.csv", Fixture("spreadsheet_excel.csv"));
  ASSERT_TRUE(table);
  const auto krw = table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-28"));
  EXPECT_EQ(krw->value, Dec("1198.15"));
  EXPECT_EQ(krw->source, "export.csv");
  EXPECT_EQ(ErrorsOf("export.csv", With(Fixture("spreadsheet_excel.csv"), "\"1,198.15\"", "\"11,98.15\"")),
            "export.csv:3:20: error: rate '11,98.15' is not a number ('1,198.15': ',' groups thousands by three)\n");
}

TEST(RateFormatsTest, SpreadsheetSemicolonsAndDecimalCommas) {
  auto table = MustRead("export.csv", Fixture("spreadsheet_semicolon.csv"));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-28"))->value, Dec("1406.13"));
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("USD"), Day("2020-07-28"))->value, Dec("1.1717"));
  EXPECT_EQ(ErrorsOf("export.csv", With(Fixture("spreadsheet_semicolon.csv"), "1,1717;", "1.1717;")),
            "export.csv:3:12: error: rate '1.1717' is not a number as a ';'-separated file writes it ('.' groups "
            "thousands, ',' marks the decimals: 1.198,15)\n");
  EXPECT_EQ(ErrorsOf("export.csv", With(Fixture("spreadsheet_semicolon.csv"), "1,1717;", "1,17a7;")),
            "export.csv:3:12: error: rate '1.17a7' is not a decimal number (read as '1,17a7')\n");
}

TEST(RateFormatsTest, DescriptorReadsAKoreanBankExport) {
  InMemoryFileReader files;
  files.Add("desk/bank_usd_krw.csv", Fixture("bank_usd_krw.csv"));
  auto result = ReadRateFile("desk/bank.yaml", Fixture("bank_usd_krw.yaml"), files);
  ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const RateTable>>(result))
      << std::get<Diagnostics>(result).front().ToString();
  const auto table = std::get<std::shared_ptr<const RateTable>>(result);
  const auto krw = table->Find(Cur("USD"), Cur("KRW"), Day("2020-07-28"));
  ASSERT_TRUE(krw);
  EXPECT_EQ(krw->value, Dec("1198.15"));
  EXPECT_EQ(krw->source, "bank-usd");
  EXPECT_EQ(krw->observed_on, Day("2020-07-28"));
  EXPECT_EQ(table->size(), 5u);
}

Diagnostics DescriptorErrors(const std::string& descriptor, const std::string& csv) {
  InMemoryFileReader files;
  files.Add("bank.csv", csv);
  auto result = ReadRateFile("bank.yaml", descriptor, files);
  if (auto* d = std::get_if<Diagnostics>(&result)) return *d;
  return {};
}

std::string Joined(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

TEST(RateFormatsTest, DescriptorErrorsNameTheFileTheyAreIn) {
  const std::string descriptor =
      With(Fixture("bank_usd_krw.yaml"), "file: bank_usd_krw.csv", "file: bank.csv");
  const std::string csv = Fixture("bank_usd_krw.csv");
  // A bad cell, a bad date: in the CSV, at its line and column.
  EXPECT_EQ(Joined(DescriptorErrors(descriptor, With(csv, "\"1,198.15\"", "\"1,198.1x\""))),
            "bank.csv:6:16: error: rate '1198.1x' is not a decimal number (read as '1,198.1x')\n");
  EXPECT_EQ(Joined(DescriptorErrors(descriptor, With(csv, "2020.07.28", "2020-07-28"))),
            "bank.csv:6:1: error: invalid date '2020-07-28' (date_format '%Y.%m.%d')\n");
  // An unknown column: at the descriptor's key.
  EXPECT_EQ(Joined(DescriptorErrors(With(descriptor, "rate: 매매기준율", "rate: 현찰매도율"), csv)),
            "bank.yaml:6:27: error: no line of 'bank.csv' is a header with a column '현찰매도율'\n");
  // The file read as UTF-8: the first CP949 byte.
  EXPECT_EQ(Joined(DescriptorErrors(With(descriptor, "encoding: cp949\n", ""), csv)),
            "bank.csv:1:5: error: invalid UTF-8 (byte 0xB1); give the file's 'encoding:' (cp949, euc-kr, ...) in "
            "the descriptor\n");
  // A byte CP949 cannot decode, after the decoded text of its line.
  EXPECT_EQ(Joined(DescriptorErrors(descriptor, With(csv, "2020.07.29,USD", "2020.07.29,\xFF\xFFUSD"))),
            "bank.csv:5:12: error: byte 0xFF cannot be decoded as cp949\n");
  EXPECT_EQ(Joined(DescriptorErrors(With(descriptor, "encoding: cp949", "encoding: klingon"), csv)),
            "bank.yaml:3:11: error: unknown encoding 'klingon'\n");
  EXPECT_EQ(Joined(DescriptorErrors(With(descriptor, "pair: USD/KRW", "pair: USD-KRW"), csv)),
            "bank.yaml:4:7: error: pair 'USD-KRW' should be two known currencies, BASE/QUOTE (USD/KRW)\n");
  EXPECT_EQ(Joined(DescriptorErrors(With(descriptor, "file: bank.csv", "file: nowhere.csv"), csv)),
            "bank.yaml:2:7: error: cannot read 'nowhere.csv': no such file or directory\n");
}

TEST(RateFormatsTest, DescriptorByColumnNumberPerHundred) {
  // Real ECB KRW per EUR values, declared as quoted per 100 units: each is divided by 100 exactly.
  const std::string csv = "2020-07-28;1.406,13\n2020-07-29;1.400,22\n";
  InMemoryFileReader files;
  files.Add("krw.csv", csv);
  auto result = ReadRateFile("krw.yaml",
                             "file: krw.csv\npair: EUR/KRW\nper: 100\ncolumns: {date: 1, rate: 2}\n", files);
  ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const RateTable>>(result))
      << std::get<Diagnostics>(result).front().ToString();
  const auto table = std::get<std::shared_ptr<const RateTable>>(result);
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-29"))->value, Dec("14.0022"));
  EXPECT_EQ(table->Find(Cur("EUR"), Cur("KRW"), Day("2020-07-29"))->source, "krw.yaml");
}

TEST(RateFormatsTest, DescriptorWithoutAReaderSaysSo) {
  EXPECT_EQ(ErrorsOf("bank.yaml", Fixture("bank_usd_krw.yaml")),
            "bank.yaml:2:7: error: cannot read 'bank_usd_krw.csv': rate descriptors are read from files "
            "(figcheck --rates DESCRIPTOR.yaml)\n");
}

TEST(RateFormatsTest, UnrecognisedFileListsTheFormatsTried) {
  EXPECT_EQ(ErrorsOf("mystery.csv", "Datum;Kurs\n2020-07-28;1,1717\n"),
            "mystery.csv:1:1: error: unrecognised rate file: header 'Datum;Kurs' matches no format figcheck reads; "
            "tried " +
                std::string(rates_internal::kFormatsTried) + "\n");
  EXPECT_EQ(ErrorsOf("mystery.json", "{\"data\": []}"),
            "mystery.json: error: no 'rates' in the JSON; tried " + std::string(rates_internal::kFormatsTried) + "\n");
}

TEST(RateFormatsTest, PlainRateTextGroupsStrictly) {
  std::string plain;
  EXPECT_FALSE(rates_internal::PlainRateText("1,234,567.5", ',', &plain));
  EXPECT_EQ(plain, "1234567.5");
  plain.clear();
  EXPECT_FALSE(rates_internal::PlainRateText("1192.98", ',', &plain));
  EXPECT_EQ(plain, "");
  EXPECT_TRUE(rates_internal::PlainRateText("1234,567", ',', &plain));
  EXPECT_TRUE(rates_internal::PlainRateText(",123", ',', &plain));
  EXPECT_TRUE(rates_internal::PlainRateText("1,23", ',', &plain));
  EXPECT_FALSE(rates_internal::PlainRateText("1.234.567,5", ';', &plain));
  EXPECT_EQ(plain, "1234567.5");
}

TEST(RateFormatsTest, EcbDailyDates) {
  EXPECT_EQ(rates_internal::ParseRateDate("28 July 2020"), Day("2020-07-28"));
  EXPECT_EQ(rates_internal::ParseRateDate("1 Dec 2026"), Day("2026-12-01"));
  EXPECT_EQ(rates_internal::ParseRateDate("2020-07-28"), Day("2020-07-28"));
  EXPECT_FALSE(rates_internal::ParseRateDate("29 February 2021"));
  EXPECT_FALSE(rates_internal::ParseRateDate("28 Juli 2020"));
  EXPECT_FALSE(rates_internal::ParseRateDate("28  July 2020"));
}

}  // namespace
}  // namespace figcheck
