// Runs the built figcheck binary: `figcheck parse` prints one JSON line, or exits 2 with a
// ninja-style message naming the column.
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

// `arguments` are passed through the shell as written; the tests quote them.
CommandResult Figcheck(const std::string& arguments) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::string stem = fmt::format("figcheck-parse-{}-{}", getpid(),
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  const std::filesystem::path out = dir / (stem + ".out");
  const std::filesystem::path err = dir / (stem + ".err");
  const std::string command = fmt::format("'{}' {} >'{}' 2>'{}'", FIGCHECK_BINARY, arguments, out.string(), err.string());
  const int raw = std::system(command.c_str());
  CommandResult run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = Slurp(out);
  run.err = Slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return run;
}

TEST(ParseCommandTest, PrintsTheAmountAsOneJsonLine) {
  const CommandResult run = Figcheck("parse '한화 약 8조 9512억원'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "{\"value\": \"8951200000000\", \"currency\": \"KRW\", \"unit\": \"100000000\", "
            "\"approximate\": true, \"bound\": \"exact\"}\n");
  EXPECT_EQ(run.err, "");
}

TEST(ParseCommandTest, PrintsAChangeAndATextLine) {
  CommandResult run = Figcheck("parse '3.2% 감소'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "{\"kind\": \"percent\", \"value\": \"-3.2\", \"unit\": \"0.1\", \"sign\": \"decrease\", "
            "\"approximate\": false, \"bound\": \"exact\"}\n");
  run = Figcheck("parse --format text '$7.5 billion'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "7,500,000,000 USD (stated to 100,000,000)\n");
}

TEST(ParseCommandTest, AGivenCurrencyReadsTheYenSign) {
  const CommandResult run = Figcheck("parse --currency JPY '¥500억'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "{\"value\": \"50000000000\", \"currency\": \"JPY\", \"unit\": \"100000000\", "
            "\"approximate\": false, \"bound\": \"exact\"}\n");
}

TEST(ParseCommandTest, BadInputExitsTwoWithTheColumnAndACaret) {
  // The caret sits under 닭: "75" and the space are one column each, 억 two.
  const CommandResult run = Figcheck("parse '75억 닭러'");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "figcheck: error: <argument>:1:5: unknown currency '닭러'\n"
            "  75억 닭러\n"
            "       ^\n");
}

TEST(ParseCommandTest, AnUnknownCurrencyCodeIsAUsageError) {
  const CommandResult run = Figcheck("parse --currency XYZ '5000'");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: unknown currency code 'XYZ'\n");
}

}  // namespace
