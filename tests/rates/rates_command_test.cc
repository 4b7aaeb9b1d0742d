// Runs the built figcheck binary: `figcheck rates` and `figcheck convert` print the rate with
// its source, observation day and path, and exit 0, 1 (no rate) or 2 (bad input).
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace {

struct CommandResult {
  int status = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs from the temporary directory, to show no data file is needed. `arguments` go through
// the shell as written.
CommandResult Figcheck(const std::string& arguments) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::string stem = fmt::format("figcheck-rates-{}-{}", getpid(),
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  const std::filesystem::path out = dir / (stem + ".out");
  const std::filesystem::path err = dir / (stem + ".err");
  const std::string command =
      fmt::format("cd '{}' && '{}' {} >'{}' 2>'{}'", dir.string(), FIGCHECK_BINARY, arguments, out.string(), err.string());
  const int raw = std::system(command.c_str());
  CommandResult run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = Slurp(out);
  run.err = Slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return run;
}

TEST(RatesCommandTest, SaysWhichDayAHolidayWeekendUsed) {
  const CommandResult run = Figcheck("rates USD/KRW 2020-07-04");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "USD/KRW on 2020-07-04: 1199.84\n"
            "  source:   FRED H.10 DEXKOUS  (rates: default)\n"
            "  observed: 2020-07-02 (latest within 7 days before 2020-07-04, 2 days earlier)\n"
            "  path:     USD/KRW\n");
  EXPECT_EQ(run.err, "");
}

TEST(RatesCommandTest, JsonGivesTheExactFraction) {
  const CommandResult run = Figcheck("rates KRW/USD 2020-07-29 --format json");
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("\"fraction\": \"50/59649\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"path\": \"1 / USD/KRW\""), std::string::npos) << run.out;
}

TEST(RatesCommandTest, RangeListsDaysWithData) {
  const CommandResult run = Figcheck("rates USD/KRW 2020-07-02..2020-07-06");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "USD/KRW from 2020-07-02 to 2020-07-06 (2 observations, rates: default)\n"
            "  2020-07-02  1199.84  FRED H.10 DEXKOUS  [USD/KRW]\n"
            "  2020-07-06  1192.66  FRED H.10 DEXKOUS  [USD/KRW]\n");
}

TEST(RatesCommandTest, NoRateExitsOneAndSaysWhatIsCovered) {
  const CommandResult run = Figcheck("rates USD/KRW 1990-01-01 --rates fred");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "figcheck rates: no USD/KRW rate for 1990-01-01 (nor within 7 days before it) in fred; "
            "fred covers USD/KRW from 2000-01-03 to 2026-03-27\n");
}

TEST(RatesCommandTest, BadInputExitsTwo) {
  EXPECT_EQ(Figcheck("rates USD/XYZ 2020-07-29").err, "figcheck rates: error: unknown currency 'XYZ'\n");
  const CommandResult bad_day = Figcheck("rates USD/KRW 2020-02-30");
  EXPECT_EQ(bad_day.status, 2);
  EXPECT_EQ(bad_day.err,
            "figcheck rates: error: invalid date '2020-02-30' (expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)\n");
  const CommandResult missing = Figcheck("rates USD/KRW 2020-07-29 --rates no-such-file.csv");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, "no-such-file.csv: error: cannot read rate file: no such file or directory\n");
}

TEST(ConvertCommandTest, SeedFigureAtFredsRate) {
  const CommandResult run = Figcheck("convert '75억 달러' --to KRW --date 2020-07-29");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "75억 달러 = 7,500,000,000 USD\n"
            "  × USD/KRW 1192.98  (FRED H.10 DEXKOUS, observed 2020-07-29, USD/KRW)\n"
            "  = 8,947,350,000,000 KRW (exact)\n"
            "  Korean:  8조 9473억 5000만원\n"
            "  English: ₩8.95 trillion\n");
}

}  // namespace
