// Runs the built figcheck binary: `figcheck rates` and `figcheck convert` print the rate with
// its source, observation day and path, and exit 0, 1 (no rate) or 2 (bad input).
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

// Runs from the temporary directory, to show no data file is needed. `arguments` go through
// the shell as written.
CliRun Figcheck(const std::string& arguments) {
  return RunFigcheck(arguments, {.working_dir = std::filesystem::temp_directory_path(), .environment = ""});
}

TEST(RatesCommandTest, SaysWhichDayAHolidayWeekendUsed) {
  const CliRun run = Figcheck("rates USD/KRW 2020-07-04");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "USD/KRW on 2020-07-04: 1199.84\n"
            "  source:   FRED H.10 DEXKOUS  (rates: default)\n"
            "  observed: 2020-07-02 (latest within 7 days before 2020-07-04, 2 days earlier)\n"
            "  path:     USD/KRW\n");
  EXPECT_EQ(run.err, "");
}

TEST(RatesCommandTest, JsonGivesTheExactFraction) {
  const CliRun run = Figcheck("rates KRW/USD 2020-07-29 --format json");
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("\"fraction\": \"50/59649\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"path\": \"1 / USD/KRW\""), std::string::npos) << run.out;
}

TEST(RatesCommandTest, RangeListsDaysWithData) {
  const CliRun run = Figcheck("rates USD/KRW 2020-07-02..2020-07-06");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "USD/KRW from 2020-07-02 to 2020-07-06 (2 observations, rates: default)\n"
            "  2020-07-02  1199.84  FRED H.10 DEXKOUS  [USD/KRW]\n"
            "  2020-07-06  1192.66  FRED H.10 DEXKOUS  [USD/KRW]\n");
}

TEST(RatesCommandTest, NoRateExitsOneAndSaysWhatIsCovered) {
  const CliRun run = Figcheck("rates USD/KRW 1990-01-01 --rates fred");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "figcheck rates: no USD/KRW rate for 1990-01-01 (nor within 7 days before it) in fred; "
            "fred covers USD/KRW from 2000-01-03 to 2026-03-27\n");
}

TEST(RatesCommandTest, BadInputExitsTwo) {
  EXPECT_EQ(Figcheck("rates USD/XYZ 2020-07-29").err, "figcheck rates: error: unknown currency 'XYZ'\n");
  const CliRun bad_day = Figcheck("rates USD/KRW 2020-02-30");
  EXPECT_EQ(bad_day.status, 2);
  EXPECT_EQ(bad_day.err,
            "figcheck rates: error: invalid date '2020-02-30' (expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)\n");
  const CliRun missing = Figcheck("rates USD/KRW 2020-07-29 --rates no-such-file.csv");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, "no-such-file.csv: error: cannot read rate file: no such file or directory\n");
}

TEST(ConvertCommandTest, SeedFigureAtFredsRate) {
  const CliRun run = Figcheck("convert '75억 달러' --to KRW --date 2020-07-29");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "75억 달러 = 7,500,000,000 USD\n"
            "  × USD/KRW 1192.98  (FRED H.10 DEXKOUS, observed 2020-07-29, USD/KRW)\n"
            "  = 8,947,350,000,000 KRW (exact)\n"
            "  Korean:  8조 9473억 5000만원\n"
            "  English: ₩8.95 trillion\n");
}

}  // namespace
}  // namespace figcheck
