// The command line as users type it (issue #12): report formats from the -o extension, "did you
// mean" for near misses, tolerances as 1.5% or 0.015, --help with exit codes and examples that
// run, --version with the rate range, GitHub annotations with a title. Every test runs the
// built binary through the shell, options before, between and after the files.
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

class UsageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-usage-{}-{}", ::getpid(),
                                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path source(FIGCHECK_SOURCE_DIR);
    fs::copy_file(source / "facts/hankyung-2020-china-ai-sanctions.yaml", dir_ / "a.yaml");
    fs::copy_file(source / "tests/golden/cli/check-findings/findings.yaml", dir_ / "b.yaml");
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliRun Run(const std::string& arguments, const std::string& environment = "NO_COLOR=1") {
    return RunFigcheck(arguments, {.working_dir = dir_, .environment = environment});
  }
  std::string Read(const std::string& name) { return ReadWholeFile(dir_ / name); }

  fs::path dir_;
};

TEST_F(UsageTest, OutputExtensionChoosesTheFormat) {
  for (const std::string& args :
       {std::string("check -o r.sarif -o r.json a.yaml -o r.xml b.yaml -o r.md -o r.html -o r.txt -o plain"),
        std::string("check a.yaml b.yaml -o r.sarif -o r.json -o r.xml -o r.md -o r.html -o r.txt -o plain")}) {
    const CliRun run = Run(args);
    EXPECT_EQ(run.status, 1) << args << "\n" << run.err;
    EXPECT_EQ(run.out, "") << "every report went to a file";
    EXPECT_EQ(nlohmann::json::parse(Read("r.sarif"))["version"], "2.1.0");
    EXPECT_EQ(nlohmann::json::parse(Read("r.json"))["files"].size(), 2u);
    EXPECT_EQ(Read("r.xml").rfind("<?xml", 0), 0u) << Read("r.xml");
    EXPECT_NE(Read("r.xml").find("<testsuites"), std::string::npos);
    EXPECT_NE(Read("r.md").find("| "), std::string::npos) << Read("r.md");
    EXPECT_EQ(Read("r.html").rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(Read("r.txt").find("summary: "), std::string::npos);
    EXPECT_EQ(Read("plain"), Read("r.txt"));
  }
}

TEST_F(UsageTest, AnUnknownExtensionWithoutFormatIsAUsageError) {
  const CliRun run = Run("check a.yaml -o report.pdf");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err,
            "figcheck: error: -o report.pdf: no format for the extension '.pdf'; use .sarif, .json, .xml (junit), .md, "
            ".html, .txt or give --format before it\n");
  EXPECT_FALSE(fs::exists(dir_ / "report.pdf"));
  // An explicit --format always wins over the extension.
  const CliRun explicit_format = Run("check --format json -o report.pdf a.yaml");
  EXPECT_EQ(explicit_format.status, 0) << explicit_format.err;
  EXPECT_EQ(nlohmann::json::parse(Read("report.pdf"))["files"][0]["path"], "a.yaml");
  const CliRun wins = Run("check a.yaml --format json -o r.sarif");
  EXPECT_EQ(wins.status, 0) << wins.err;
  EXPECT_TRUE(nlohmann::json::parse(Read("r.sarif")).contains("files")) << "json, not SARIF";
}

TEST_F(UsageTest, TheIthFormatGoesToTheIthOutputAndTheRestByExtension) {
  const CliRun run = Run("check --format junit -o one.txt a.yaml --format json -o two.txt -o three.sarif b.yaml -o "
                         "four.md");
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_NE(Read("one.txt").find("<testsuites"), std::string::npos);
  EXPECT_TRUE(nlohmann::json::parse(Read("two.txt")).contains("files"));
  // Two --format for four -o: the third and fourth take the format their extension names.
  EXPECT_EQ(nlohmann::json::parse(Read("three.sarif"))["version"], "2.1.0");
  EXPECT_NE(Read("four.md").find("| "), std::string::npos) << Read("four.md");
  // One --format more than -o: the last goes to standard output.
  const CliRun more = Run("check --format junit a.yaml -o five.txt b.yaml --format github");
  EXPECT_EQ(more.status, 1) << more.err;
  EXPECT_NE(Read("five.txt").find("<testsuites"), std::string::npos);
  EXPECT_NE(more.out.find("::error file=b.yaml,line=11,col=16,"), std::string::npos) << more.out;
  // The i-th --format pairs with the i-th -o even where the extension says otherwise.
  const CliRun paired = Run("check a.yaml --format github -o six.sarif");
  EXPECT_EQ(paired.status, 0) << paired.err;
  EXPECT_EQ(Read("six.sarif").rfind("::notice", 0), 0u) << Read("six.sarif");
  // Two reports cannot share standard output.
  const CliRun two = Run("check a.yaml --format json --format text");
  EXPECT_EQ(two.status, 2);
  EXPECT_EQ(two.err, "figcheck: error: 2 --format values but 0 -o values: give each --format its own -o FILE (one "
                     "may go to standard output)\n") << two.err;
  const CliRun dash = Run("check a.yaml --format json -o - --format text");
  EXPECT_EQ(dash.status, 2);
  EXPECT_EQ(dash.err, "figcheck: error: only one report can go to standard output: give the other --format its own -o "
                      "FILE\n");
}

TEST_F(UsageTest, UnknownValuesGetDidYouMean) {
  CliRun run = Run("check --format sarf a.yaml");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: unknown format 'sarf' (did you mean 'sarif'?); the formats are text, json, "
                     "junit, sarif, github, markdown, html, compact\n");
  run = Run("check a.yaml --rates Fred");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: --rates: unknown rate source 'Fred' (did you mean 'fred'?): not default, fred, "
                     "ecb and no such file\n");
  run = Run("rates --rates ecbb USD/KRW 2020-07-28");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("unknown rate source 'ecbb' (did you mean 'ecb'?)"), std::string::npos) << run.err;
  run = Run("convert '75억 달러' --to KRW --date 2020-07-29 --format jsno");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("unknown value 'jsno' (did you mean 'json'?)"), std::string::npos) << run.err;
  run = Run("check a.yaml --color nevr");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("(did you mean 'never'?)"), std::string::npos) << run.err;
  // Nothing near: no guess, but the choices.
  run = Run("check --format pdf a.yaml");
  EXPECT_EQ(run.err.find("did you mean"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("the formats are"), std::string::npos) << run.err;
  // A rate file that exists is never second-guessed.
  fs::copy_file(fs::path(FIGCHECK_SOURCE_DIR) / "rates/fred_h10.csv", dir_ / "Fred");
  run = Run("check a.yaml --rates Fred");
  EXPECT_EQ(run.status, 0) << run.err;
}

TEST_F(UsageTest, ToleranceAsPercentageOrFraction) {
  const CliRun percent = Run("check --format json --rate-tolerance 1.5% a.yaml");
  const CliRun fraction = Run("check a.yaml --format json --rate-tolerance 0.015");
  EXPECT_EQ(percent.status, 0) << percent.err;
  EXPECT_EQ(percent.out, fraction.out);
  EXPECT_NE(percent.out.find("\"tolerance\": \"0.015\""), std::string::npos) << percent.out;
  for (const char* bad : {"1.5", "150%", "-1%", "abc"}) {
    const CliRun run = Run(fmt::format("check a.yaml --rate-tolerance '{}'", bad));
    EXPECT_EQ(run.status, 2) << bad;
    EXPECT_NE(run.err.find(fmt::format("--rate-tolerance '{}' is not a percentage", bad)), std::string::npos) << run.err;
  }
}

// Each example under "Examples:" of a command's --help, as written.
std::vector<std::string> HelpExamples(const std::string& help) {
  std::vector<std::string> examples;
  std::istringstream in(help.substr(help.find("Examples:\n") + 10));
  std::string line;
  while (std::getline(in, line) && line.rfind("  figcheck ", 0) == 0) examples.push_back(line.substr(2));
  return examples;
}

TEST_F(UsageTest, EveryCommandsHelpListsChoicesExitCodesAndThreeExamplesThatRun) {
  fs::copy(fs::path(FIGCHECK_SOURCE_DIR) / "facts", dir_ / "facts", fs::copy_options::recursive);
  for (const std::string command : {"", "check", "parse", "extract", "rates", "convert", "config"}) {
    const CliRun help = Run(command + " --help");
    EXPECT_EQ(help.status, 0) << command;
    EXPECT_NE(help.out.find("Exit status:\n  0  no finding is an error"), std::string::npos) << help.out;
    EXPECT_NE(help.out.find("  2  bad input or usage"), std::string::npos) << help.out;
    const std::vector<std::string> examples = HelpExamples(help.out);
    EXPECT_EQ(examples.size(), 3u) << help.out;
    for (const std::string& example : examples) {
      const CliRun run = Run(example.substr(9));
      EXPECT_LE(run.status, 1) << example << "\n" << run.err;
      EXPECT_FALSE(run.out.empty() && run.err.empty() && example.find(" -o ") == std::string::npos) << example;
    }
  }
  const std::string check = Run("check --help").out;
  for (const char* choice : {"sarif", "junit", "github", "markdown", "html", "fred", "ecb", ".sarif"}) {
    EXPECT_NE(check.find(choice), std::string::npos) << choice;
  }
  EXPECT_TRUE(fs::exists(dir_ / "figcheck.sarif")) << "the -o example wrote its report";
  EXPECT_TRUE(fs::exists(dir_ / "draft.yaml"));
}

TEST_F(UsageTest, VersionNamesTheReleaseAndTheRateRange) {
  const CliRun run = Run("--version");
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(^figcheck \d+\.\d+\.\d+\n)"))) << run.out;
  EXPECT_TRUE(std::regex_search(
      run.out, std::regex(R"(\nembedded rates[^\n]*:\nfred[^\n]*:\n  [^\n]*USD/KRW[^\n]* \d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d\n)")))
      << run.out;
}

// --format compact: "file:line:col: severity code message" lines only on standard output (what an
// editor's error list and grep read), the plain summary on standard error.
TEST_F(UsageTest, CompactIsOneLinePerFindingAndTheSummaryOnStderr) {
  const std::regex line(R"(^[^:\n]+:\d+:\d+: (error|warning|note) [a-z]+(-[a-z]+)* [^\n]+$)");
  for (const std::string& args : {std::string("check --format compact a.yaml b.yaml"),
                                  std::string("check a.yaml --format compact b.yaml"),
                                  std::string("check a.yaml b.yaml --format compact")}) {
    const CliRun run = Run(args);
    EXPECT_EQ(run.status, 1) << args << "\n" << run.err;
    std::istringstream in(run.out);
    std::string text;
    int lines = 0;
    while (std::getline(in, text)) {
      ++lines;
      EXPECT_TRUE(std::regex_match(text, line)) << text;
    }
    EXPECT_GE(lines, 5) << run.out;
    EXPECT_NE(run.out.find("b.yaml:11:16: error unit-slip "), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("summary"), std::string::npos) << run.out;
    EXPECT_TRUE(std::regex_match(run.err, std::regex(R"(figcheck: \d+ errors?, \d+ warnings? in 2 files(; \d+ notes?)?\n)")))
        << run.err;
  }
  // Standard input, and an input error as a line of its own (not repeated on standard error).
  const CliRun piped = RunFigcheck("check - missing.yaml --format compact < b.yaml",
                                   {.working_dir = dir_, .environment = "NO_COLOR=1"});
  EXPECT_EQ(piped.status, 2) << piped.err;
  EXPECT_NE(piped.out.find("<stdin>:11:16: error unit-slip "), std::string::npos) << piped.out;
  EXPECT_NE(piped.out.find("missing.yaml:1:1: error input-error "), std::string::npos) << piped.out;
  EXPECT_EQ(piped.err.find("missing.yaml"), std::string::npos) << piped.err;
  EXPECT_NE(piped.err.find("; 1 input error in 1 file\n"), std::string::npos) << piped.err;
  // To a file: the same lines; the summary is said on standard error only for compact on
  // standard output (a report file goes with the text report, which has its own).
  const CliRun to_file = Run("check a.yaml b.yaml --format compact -o findings.txt --format text");
  EXPECT_EQ(to_file.status, 1);
  const CliRun again = Run("check a.yaml b.yaml --format compact");
  EXPECT_EQ(Read("findings.txt"), again.out);
  EXPECT_EQ(to_file.err, "");
  EXPECT_NE(to_file.out.find("summary: "), std::string::npos);
  // Notes only: exit 0, and the notes are lines like the others.
  const CliRun notes = Run("check --format compact --rates fred a.yaml");
  EXPECT_EQ(notes.status, 0) << notes.err;
  EXPECT_NE(notes.out.find(": note "), std::string::npos) << notes.out;
  EXPECT_TRUE(std::regex_match(notes.err, std::regex(R"(figcheck: 0 errors, 0 warnings in 1 file; \d+ notes?\n)")))
      << notes.err;
}

TEST_F(UsageTest, GithubAnnotationsCarryATitle) {
  const CliRun run = Run("check b.yaml --format github");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("::error file=b.yaml,line=11,col=16,title=figcheck unit-slip%3A unit-slip::"), std::string::npos)
      << run.out;
  std::istringstream in(run.out);
  std::string line;
  while (std::getline(in, line)) EXPECT_NE(line.find("title=figcheck "), std::string::npos) << line;
}

}  // namespace
}  // namespace figcheck
