// Options go anywhere on the command line, as users type them: before, between and after the
// files, and each takes exactly one value per occurrence (`--rates ecb --rates fred` for two).
// Every command is run with the same arguments in several orders and must do the same thing.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli_expect_same.h"
#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

class OptionOrderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-option-order-{}", ::getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path seed = fs::path(FIGCHECK_SOURCE_DIR) / "facts/hankyung-2020-china-ai-sanctions.yaml";
    fs::copy_file(seed, dir_ / "a.yaml");
    // b.yaml: the same facts under other ids, so the two files are told apart in every report.
    std::string text = ReadWholeFile(seed);
    std::string renamed;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      if (line.rfind("  id: ", 0) == 0) line += "-b";
      renamed += line + "\n";
      start = end + 1;
    }
    std::ofstream(dir_ / "b.yaml", std::ios::binary) << renamed;
    std::ofstream(dir_ / "article.txt", std::ios::binary)
        << "센스타임의 기업가치는 75억 달러(약 8조 9512억원)로 평가된다.\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliRun Run(const std::string& arguments) { return RunFigcheck(arguments, {.working_dir = dir_, .environment = "NO_COLOR=1"}); }

  // Runs each spelling and expects the very same status, stdout and stderr as the first.
  void ExpectSame(const std::vector<std::string>& spellings) {
    ExpectSameRuns(spellings, {.working_dir = dir_, .environment = "NO_COLOR=1"});
  }

  fs::path dir_;
};

TEST_F(OptionOrderTest, CheckFormatBeforeTwoFilesChecksBoth) {
  const CliRun run = Run("check --format json a.yaml b.yaml");
  EXPECT_LE(run.status, 1) << run.err;
  EXPECT_NE(run.out.find("\"a.yaml\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"b.yaml\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("-b\""), std::string::npos) << "the facts of b.yaml are missing";
  ExpectSame({"check --format json a.yaml b.yaml", "check a.yaml --format json b.yaml",
              "check a.yaml b.yaml --format json", "check --format=json a.yaml b.yaml"});
}

TEST_F(OptionOrderTest, CheckRatesBeforeTwoFilesNeverTakesAFileAsARateTable) {
  const CliRun run = Run("check --rates ecb a.yaml b.yaml");
  EXPECT_LE(run.status, 1) << run.err;
  EXPECT_NE(run.out.find("2 files"), std::string::npos) << run.out << run.err;
  EXPECT_EQ(run.err.find("error"), std::string::npos) << run.err;
  ExpectSame({"check --rates ecb a.yaml b.yaml", "check a.yaml --rates ecb b.yaml", "check a.yaml b.yaml --rates ecb"});
}

TEST_F(OptionOrderTest, RepeatedOptionsTakeOneValueEach) {
  ExpectSame({"check --rates fred --rates ecb --format json a.yaml b.yaml",
              "check a.yaml --rates fred b.yaml --format json --rates ecb",
              "check a.yaml b.yaml --format json --rates fred --rates ecb"});
  // Two reports: the i-th --format pairs with the i-th -o, wherever the files stand.
  const CliRun run = Run("check --format json -o r.json a.yaml --format junit -o r.xml b.yaml");
  EXPECT_LE(run.status, 1) << run.err;
  const std::string json = ReadWholeFile(dir_ / "r.json");
  const std::string xml = ReadWholeFile(dir_ / "r.xml");
  EXPECT_NE(json.find("\"b.yaml\""), std::string::npos) << json;
  EXPECT_NE(xml.find("<testsuites"), std::string::npos) << xml;
  EXPECT_NE(xml.find("b.yaml"), std::string::npos) << xml;
}

TEST_F(OptionOrderTest, OtherCommandsTakeOptionsAnywhere) {
  ExpectSame({"parse --format json '75억 달러'", "parse '75억 달러' --format json"});
  ExpectSame({"convert --to KRW --date 2020-07-29 '75억 달러'", "convert '75억 달러' --to KRW --date 2020-07-29",
              "convert --to KRW '75억 달러' --date 2020-07-29"});
  ExpectSame({"rates --rates ecb --format json USD/KRW 2020-07-28", "rates USD/KRW --rates ecb 2020-07-28 --format json",
              "rates USD/KRW 2020-07-28 --format json --rates ecb"});
  ExpectSame({"extract --published 2020-07-29 article.txt", "extract article.txt --published 2020-07-29"});
  // Standard input has no file name to put in the draft, so that one differs only there.
  const CliRun piped = Run("extract --published 2020-07-29 < article.txt");
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.out, Run("extract - --published 2020-07-29 < article.txt").out);
  EXPECT_NE(piped.out.find("amount: 75억 달러"), std::string::npos) << piped.out;
  EXPECT_EQ(piped.out.find("text:"), std::string::npos) << piped.out;
}

}  // namespace
}  // namespace figcheck
