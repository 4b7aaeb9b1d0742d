// Unreviewed drafts fail CI (issue #12): a fact file read from disk that still carries the
// `draft:` lines `figcheck extract` writes is an unreviewed-draft error in `figcheck check`,
// unless --allow-drafts, with which the code appears nowhere in any report. Standard input and
// the one-step check of an article never report it. Run as a user types it.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli_expect_same.h"
#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kCode = "unreviewed-draft";

class DraftsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-drafts-{}", ::getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy_file(fs::path(FIGCHECK_SOURCE_DIR) / "tests/golden/cli/extract-then-check/article.txt",
                  dir_ / "article.txt");
    fs::copy_file(fs::path(FIGCHECK_SOURCE_DIR) / "facts/hankyung-2020-china-ai-sanctions.yaml",
                  dir_ / "reviewed.yaml");
    // The article's growth figure has no previous figure: extract marks that fact draft:.
    const CliRun extract = Run("extract article.txt --published 2020-07-29 -o draft.yaml");
    ASSERT_EQ(extract.status, 0) << extract.err;
    draft_ = ReadWholeFile(dir_ / "draft.yaml");
    // Where the one draft: value starts (1-based line and column; the line is ASCII up to it).
    int line = 0;
    std::size_t start = 0;
    while (start < draft_.size()) {
      ++line;
      const std::size_t end = draft_.find('\n', start);
      const std::string text = draft_.substr(start, end - start);
      const std::size_t at = text.find("    draft: ");
      if (at == 0) {
        ASSERT_EQ(draft_line_, 0) << "one draft: line expected\n" << draft_;
        draft_line_ = line;
        draft_column_ = static_cast<int>(std::string_view("    draft: ").size()) + 1;
      }
      if (end == std::string::npos) break;
      start = end + 1;
    }
    ASSERT_GT(draft_line_, 0) << draft_;
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliRun Run(const std::string& arguments) {
    return RunFigcheck(arguments, {.working_dir = dir_, .environment = "NO_COLOR=1"});
  }

  // Runs each spelling and expects the very same status, stdout and stderr as the first.
  CliRun ExpectSame(const std::vector<std::string>& spellings) {
    return ExpectSameRuns(spellings, {.working_dir = dir_, .environment = "NO_COLOR=1"});
  }

  fs::path dir_;
  std::string draft_;
  int draft_line_ = 0;
  int draft_column_ = 0;
};

TEST_F(DraftsTest, ExtractThenCheckIsAnErrorAtTheDraftLine) {
  const CliRun run = ExpectSame({"check --format compact draft.yaml reviewed.yaml",
                                 "check draft.yaml --format compact reviewed.yaml",
                                 "check draft.yaml reviewed.yaml --format compact"});
  EXPECT_EQ(run.status, 1) << run.out << run.err;
  const std::string expected = fmt::format(
      "draft.yaml:{}:{}: error unreviewed-draft fact 'iflytek-net-profit' is still a draft of figcheck extract: "
      "review it against the article, then delete its 'draft:' line\n",
      draft_line_, draft_column_);
  EXPECT_NE(run.out.find(expected), std::string::npos) << run.out;
  // Only the draft fact: the reviewed file has none.
  std::size_t count = 0;
  for (std::size_t at = run.out.find(kCode); at != std::string::npos; at = run.out.find(kCode, at + 1)) ++count;
  EXPECT_EQ(count, 1u) << run.out;
  EXPECT_EQ(run.err, "figcheck: 1 error, 0 warnings in 2 files; 5 notes\n");
}

TEST_F(DraftsTest, TheDraftFactIsAnErrorInTheJsonReport) {
  const CliRun run = Run("check draft.yaml --format json");
  EXPECT_EQ(run.status, 1) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  bool seen = false;
  for (const auto& fact : json["files"][0]["facts"]) {
    if (fact["id"] != "iflytek-net-profit") {
      EXPECT_NE(fact["status"], "error") << fact.dump();
      continue;
    }
    seen = true;
    EXPECT_EQ(fact["status"], "error");
    ASSERT_FALSE(fact["findings"].empty());
    EXPECT_EQ(fact["findings"][0]["code"], kCode);
    EXPECT_EQ(fact["findings"][0]["severity"], "error");
    // The fact's own finding is still reported beside it.
    EXPECT_NE(fact.dump().find("implied-previous"), std::string::npos) << fact.dump();
  }
  EXPECT_TRUE(seen) << run.out;
  // Reviewed: the draft: line deleted, the error is gone.
  std::string reviewed = draft_;
  const std::size_t at = reviewed.find("    draft: ");
  reviewed.erase(at, reviewed.find('\n', at) + 1 - at);
  std::ofstream(dir_ / "draft.yaml", std::ios::binary | std::ios::trunc) << reviewed;
  const CliRun after = Run("check draft.yaml --format json");
  EXPECT_EQ(after.status, 0) << after.out << after.err;
  EXPECT_EQ(after.out.find(kCode), std::string::npos);
}

TEST_F(DraftsTest, AllowDraftsLeavesTheCodeNowhereInAnyReport) {
  const CliRun run = ExpectSame({"check --allow-drafts draft.yaml reviewed.yaml",
                                 "check draft.yaml --allow-drafts reviewed.yaml",
                                 "check draft.yaml reviewed.yaml --allow-drafts"});
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_EQ(run.out.find(kCode), std::string::npos) << run.out;
  EXPECT_EQ(run.err.find(kCode), std::string::npos) << run.err;
  const std::vector<std::string> formats = {"text", "json", "junit", "sarif", "github", "markdown", "html", "compact"};
  for (const std::string& format : formats) {
    const std::string file = "report." + format;
    const CliRun allowed = Run(fmt::format("check draft.yaml --format {} -o {} --allow-drafts", format, file));
    EXPECT_EQ(allowed.status, 0) << format << "\n" << allowed.err;
    const std::string report = ReadWholeFile(dir_ / file);
    EXPECT_FALSE(report.empty()) << format;
    EXPECT_EQ(report.find(kCode), std::string::npos) << format << "\n" << report;
    EXPECT_EQ(allowed.err.find(kCode), std::string::npos) << format << "\n" << allowed.err;
    // Without the flag every format says it.
    const CliRun held = Run(fmt::format("check draft.yaml --format {} -o {}", format, file));
    EXPECT_EQ(held.status, 1) << format << "\n" << held.err;
    EXPECT_NE(ReadWholeFile(dir_ / file).find(kCode), std::string::npos) << format;
  }
  // SARIF declares the rule only when a result has it.
  Run("check reviewed.yaml --format sarif -o clean.sarif");
  const auto sarif = nlohmann::json::parse(ReadWholeFile(dir_ / "clean.sarif"));
  for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) EXPECT_NE(rule["id"], kCode);
  Run("check draft.yaml --format sarif -o held.sarif");
  const auto held = nlohmann::json::parse(ReadWholeFile(dir_ / "held.sarif"));
  bool declared = false;
  for (const auto& rule : held["runs"][0]["tool"]["driver"]["rules"]) declared = declared || rule["id"] == kCode;
  EXPECT_TRUE(declared);
}

TEST_F(DraftsTest, StandardInputAndTheOneStepCheckNeverReportIt) {
  // Standard input is what `extract -` just wrote: checked as the one-step check would.
  for (const char* order : {"check - < draft.yaml", "check --format compact - < draft.yaml",
                            "check - --format compact < draft.yaml"}) {
    const CliRun piped = Run(order);
    EXPECT_EQ(piped.status, 0) << order << "\n" << piped.out << piped.err;
    EXPECT_EQ(piped.out.find(kCode), std::string::npos) << order << "\n" << piped.out;
  }
  // The same text from disk, beside standard input, is held to review; standard input is not.
  const CliRun both = Run("check --format compact draft.yaml - < draft.yaml");
  EXPECT_EQ(both.status, 1) << both.err;
  EXPECT_NE(both.out.find("draft.yaml:" + std::to_string(draft_line_)), std::string::npos) << both.out;
  EXPECT_EQ(both.out.find("<stdin>:" + std::to_string(draft_line_)), std::string::npos) << both.out;
  for (const char* order : {"check article.txt --published 2020-07-29 --format json",
                            "check --published 2020-07-29 --format json article.txt",
                            "check --format json - --published 2020-07-29 < article.txt"}) {
    const CliRun article = Run(order);
    EXPECT_EQ(article.status, 0) << order << "\n" << article.err;
    EXPECT_EQ(article.out.find(kCode), std::string::npos) << order;
    // The draft fact is checked as it stands.
    EXPECT_NE(article.out.find("iflytek-net-profit"), std::string::npos) << order;
  }
}

TEST_F(DraftsTest, NdjsonFromAFileIsHeldToReviewFromStandardInputNot) {
  // The draft fact as one JSON fact file on one line.
  const std::string record =
      R"({"article": {"id": "a", "published": "2020-07-29"}, "facts": [{"id": "growth", "current": "8억1900만위안", )"
      R"("change": "51%", "draft": "no previous figure"}]})";
  std::ofstream(dir_ / "facts.ndjson", std::ios::binary) << record << "\n";
  const CliRun file = Run("check --ndjson facts.ndjson");
  EXPECT_EQ(file.status, 1) << file.out << file.err;
  EXPECT_NE(file.out.find(kCode), std::string::npos) << file.out;
  const CliRun allowed = Run("check facts.ndjson --allow-drafts --ndjson");
  EXPECT_EQ(allowed.status, 0) << allowed.out << allowed.err;
  EXPECT_EQ(allowed.out.find(kCode), std::string::npos) << allowed.out;
  const CliRun piped = Run("check --ndjson - < facts.ndjson");
  EXPECT_EQ(piped.status, 0) << piped.out << piped.err;
  EXPECT_EQ(piped.out.find(kCode), std::string::npos) << piped.out;
}

}  // namespace
}  // namespace figcheck
