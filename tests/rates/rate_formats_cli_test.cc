// Each rate format as a user plugs it in: `figcheck check --rates FILE` on a conversion stated at
// exactly that source's rate, with tolerance 0 and --strict, on a day the file observed itself;
// one unit off is flagged (rate-deviation, exit 1 under --strict). The fixtures hold the publishers' real values
// (tests/rates/data/formats/make_fixtures.py).
#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string fixture;    // in tests/rates/data/formats
  std::string rates;      // what --rates names (the fixture, or the descriptor)
  std::string day;        // the rate date, observed by the fixture itself
  std::string amount;     // 1,000 of the base currency
  std::string converted;  // 1,000 × the fixture's rate, exactly
  std::string off;        // one unit off
  std::string source;     // the source the finding names
};

class RateFormatsCliTest : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    static std::atomic<int> count{0};
    folder_ = fs::temp_directory_path() / fmt::format("figcheck-formats-{}-{}", ::getpid(), count++);
    fs::create_directories(folder_);
    for (const auto& entry : fs::directory_iterator(fs::path(FIGCHECK_SOURCE_DIR) / "tests/rates/data/formats")) {
      fs::copy_file(entry.path(), folder_ / entry.path().filename());
    }
  }
  void TearDown() override { fs::remove_all(folder_); }

  CliRun Check(const std::string& converted) {
    const Case& c = GetParam();
    std::ofstream(folder_ / "fact.yaml") << fmt::format(
        "article: {{id: rate-format, published: {0}}}\n"
        "check: {{rate_date: {0}}}\n"
        "facts:\n"
        "  - id: conversion\n"
        "    amount: {1}\n"
        "    converted: {2}\n",
        c.day, c.amount, converted);
    return RunFigcheck(fmt::format("check fact.yaml --rates {} --rate-tolerance 0 --strict --format json", c.rates),
                       {.working_dir = folder_, .environment = ""});
  }

  fs::path folder_;
};

TEST_P(RateFormatsCliTest, ConversionAtExactlyTheSourcesRate) {
  const Case& c = GetParam();
  const CliRun ok = Check(c.converted);
  EXPECT_EQ(ok.status, 0) << ok.out << ok.err;
  EXPECT_EQ(ok.err, "");
  EXPECT_NE(ok.out.find("\"status\": \"ok\""), std::string::npos) << ok.out;
  EXPECT_NE(ok.out.find(fmt::format("\"observed_on\": \"{}\"", c.day)), std::string::npos) << ok.out;
  EXPECT_NE(ok.out.find(fmt::format("\"source\": \"{}\"", c.source)), std::string::npos) << ok.out;

  const CliRun wrong = Check(c.off);
  EXPECT_EQ(wrong.status, 1) << wrong.out << wrong.err;
  EXPECT_EQ(wrong.out.find("\"status\": \"ok\""), std::string::npos) << wrong.out;
  EXPECT_NE(wrong.out.find("\"code\": \"rate-deviation\""), std::string::npos) << wrong.out;
}

INSTANTIATE_TEST_SUITE_P(
    EveryFormat, RateFormatsCliTest,
    ::testing::Values(
        Case{"eurofxref.csv", "eurofxref.csv", "2020-07-28", "1,000 EUR", "1,406,130 KRW", "1,406,131 KRW",
             "ECB reference rate"},
        Case{"eurofxref.zip", "eurofxref.zip", "2020-07-28", "1,000 EUR", "1,171.7 USD", "1,171.8 USD",
             "ECB reference rate"},
        Case{"ecb_sdmx.csv", "ecb_sdmx.csv", "2020-07-29", "1,000 EUR", "1,400,220 KRW", "1,400,210 KRW",
             "ECB reference rate"},
        Case{"frankfurter_series.json", "frankfurter_series.json", "2020-07-30", "1,000 EUR", "123,580 JPY",
             "123,590 JPY", "frankfurter_series.json"},
        Case{"frankfurter_day.json", "frankfurter_day.json", "2020-07-28", "1,000 EUR", "1,406,130 KRW",
             "1,406,140 KRW", "frankfurter_day.json"},
        Case{"fredgraph.csv", "fredgraph.csv", "2020-07-06", "1,000 USD", "7,015.9 CNY", "7,016.1 CNY",
             "FRED H.10 DEXCHUS"},
        Case{"fred_old_export.csv", "fred_old_export.csv", "2020-07-10", "1,000 USD", "1,204,340 KRW",
             "1,204,350 KRW", "FRED H.10 DEXKOUS"},
        Case{"spreadsheet_excel.csv", "spreadsheet_excel.csv", "2020-07-28", "1,000 USD", "1,198,150 KRW",
             "1,198,160 KRW", "spreadsheet_excel.csv"},
        Case{"spreadsheet_semicolon.csv", "spreadsheet_semicolon.csv", "2020-07-28", "1,000 EUR", "1,171.7 USD",
             "1,171.8 USD", "ECB reference rate"},
        Case{"bank_usd_krw.csv", "bank_usd_krw.yaml", "2020-07-29", "1,000 USD", "1,192,980 KRW", "1,192,990 KRW",
             "bank-usd"}),
    [](const ::testing::TestParamInfo<Case>& param_info) {
      std::string name;
      for (char c : param_info.param.fixture) name.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
      return name;
    });

}  // namespace
}  // namespace figcheck
