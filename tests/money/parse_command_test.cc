// Runs the built figcheck binary: `figcheck parse` prints one JSON line, or exits 2 with a
// ninja-style message naming the column.
#include <string>

#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

TEST(ParseCommandTest, PrintsTheAmountAsOneJsonLine) {
  const CliRun run = RunFigcheck("parse '한화 약 8조 9512억원'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "{\"value\": \"8951200000000\", \"currency\": \"KRW\", \"unit\": \"100000000\", "
            "\"approximate\": true, \"bound\": \"exact\"}\n");
  EXPECT_EQ(run.err, "");
}

TEST(ParseCommandTest, PrintsAChangeAndATextLine) {
  CliRun run = RunFigcheck("parse '3.2% 감소'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "{\"kind\": \"percent\", \"value\": \"-3.2\", \"unit\": \"0.1\", \"sign\": \"decrease\", "
            "\"approximate\": false, \"bound\": \"exact\"}\n");
  run = RunFigcheck("parse --format text '$7.5 billion'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "7,500,000,000 USD (stated to 100,000,000)\n");
}

TEST(ParseCommandTest, AGivenCurrencyReadsTheYenSign) {
  const CliRun run = RunFigcheck("parse --currency JPY '¥500억'");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "{\"value\": \"50000000000\", \"currency\": \"JPY\", \"unit\": \"100000000\", "
            "\"approximate\": false, \"bound\": \"exact\"}\n");
}

TEST(ParseCommandTest, BadInputExitsTwoWithTheColumnAndACaret) {
  // The caret sits under 닭: "75" and the space are one column each, 억 two.
  const CliRun run = RunFigcheck("parse '75억 닭러'");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "figcheck: error: <argument>:1:5: unknown currency '닭러'\n"
            "  75억 닭러\n"
            "       ^\n");
}

TEST(ParseCommandTest, AnUnknownCurrencyCodeIsAUsageError) {
  const CliRun run = RunFigcheck("parse --currency XYZ '5000'");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: unknown currency code 'XYZ'\n");
}

}  // namespace
}  // namespace figcheck
