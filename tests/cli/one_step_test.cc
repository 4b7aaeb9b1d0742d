// `figcheck check article.txt`: extract and check in one step, as a user types it.
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/base/utf8.h"
#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

int DisplayColumns(std::string_view text) { return DisplayWidth(text); }

class OneStepTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-one-step-{}", ::getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    seed_ = ReadWholeFile(fs::path(FIGCHECK_SOURCE_DIR) / "facts/articles/hankyung-china-ai-sanctions.ko.txt");
    std::ofstream(dir_ / "seed.txt", std::ios::binary) << seed_;
    std::string slip = seed_;
    for (std::size_t at = slip.find("1조1944억원"); at != std::string::npos; at = slip.find("1조1944억원", at)) {
      slip.replace(at, std::string("1조1944억원").size(), "11조9440억원");  // both copies of the body
    }
    std::ofstream(dir_ / "slip.txt", std::ios::binary) << slip;
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliRun Run(const std::string& arguments) { return RunFigcheck(arguments, {.working_dir = dir_, .environment = "NO_COLOR=1"}); }

  // fact id -> "status code code ...", and the article's findings, from a JSON report.
  static std::map<std::string, std::string> Verdicts(const std::string& json) {
    std::map<std::string, std::string> out;
    const auto report = nlohmann::json::parse(json);
    for (const auto& file : report["files"]) {
      for (const auto& fact : file["facts"]) {
        std::string v = fact["status"].get<std::string>();
        for (const auto& f : fact["findings"]) v += " " + f["code"].get<std::string>() + "/" + f["severity"].get<std::string>();
        out[fact["id"].get<std::string>()] = v;
      }
      std::string article;
      for (const auto& f : file["findings"]) article += f["code"].get<std::string>() + " ";
      out["(article)"] = article;
    }
    return out;
  }

  fs::path dir_;
  std::string seed_;
};

// The one-step check checks drafted facts as they stand: extract + check --allow-drafts (without
// it, a fact still marked draft: is an unreviewed-draft error: tests/cli/drafts_test.cc).
TEST_F(OneStepTest, GivesTheVerdictsOfExtractThenCheck) {
  for (const char* article : {"seed.txt", "slip.txt"}) {
    const CliRun one = Run(fmt::format("check {} --published 2020-07-29 --format json", article));
    ASSERT_EQ(Run(fmt::format("extract {} --published 2020-07-29 -o draft.yaml", article)).status, 0);
    const CliRun two = Run("check draft.yaml --allow-drafts --format json");
    EXPECT_EQ(Verdicts(one.out), Verdicts(two.out)) << article;
    EXPECT_EQ(one.status, two.status) << article;
  }
}

// The real-article set (tests/articles/): every article, at its publication date.
TEST_F(OneStepTest, GivesTheVerdictsOfExtractThenCheckOnEveryRealArticle) {
  int articles = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(FIGCHECK_SOURCE_DIR) / "tests/articles")) {
    const fs::path text = entry.path() / "article.txt";
    if (!fs::exists(text)) continue;
    const std::string source = ReadWholeFile(entry.path() / "source.yaml");
    const std::size_t at = source.find("\npublished: ");
    ASSERT_NE(at, std::string::npos) << entry.path();
    std::string day = source.substr(at + 12, 12);
    day.erase(std::remove(day.begin(), day.end(), '\''), day.end());
    day = day.substr(0, 10);
    const std::string quoted = "'" + text.string() + "'";
    const CliRun one = Run(fmt::format("check {} --published {} --format json", quoted, day));
    ASSERT_EQ(Run(fmt::format("extract {} --published {} -o draft.yaml", quoted, day)).status, 0) << entry.path();
    const CliRun two = Run("check draft.yaml --allow-drafts --format json");
    EXPECT_EQ(Verdicts(one.out), Verdicts(two.out)) << entry.path();
    EXPECT_EQ(one.status, two.status) << entry.path() << "\n" << one.err << two.err;
    ++articles;
  }
  EXPECT_GE(articles, 50);
}

TEST_F(OneStepTest, AnUndatedArticleIsCheckedForPlausibilityNeverExitTwo) {
  // No date in the text and none given: every conversion is checked against the pair's whole
  // history; a plausible one is ok with an `undated` note, a slip no rate could give is an error.
  std::ofstream(dir_ / "undated.txt") << "회사는 2억 달러(약 2400억원)를 투자했다.\n";
  const CliRun ok = Run("check undated.txt --format json");
  EXPECT_EQ(ok.status, 0) << ok.out << ok.err;
  EXPECT_EQ(Verdicts(ok.out)["investment"], "ok undated/note") << ok.out;
  std::ofstream(dir_ / "undated-slip.txt") << "회사는 2억 달러(약 24조원)를 투자했다.\n";
  for (const char* order : {"check undated-slip.txt --format json", "check --format json undated-slip.txt",
                            "check --format json - < undated-slip.txt"}) {
    const CliRun slip = Run(order);
    EXPECT_EQ(slip.status, 1) << order << "\n" << slip.out << slip.err;
    EXPECT_NE(slip.out.find("\"code\": \"unit-slip\""), std::string::npos) << order << "\n" << slip.out;
  }
}

TEST_F(OneStepTest, EndlessStandardInputStopsAtTheInputLimit) {
  // An endless pipe (/dev/zero read as input, never written) is refused at 64 MiB, exit 2, for
  // check and extract alike; nothing is written to standard output by extract.
  const CliRun check = Run("check - < /dev/zero");
  EXPECT_EQ(check.status, 2) << check.out << check.err;
  EXPECT_NE(check.out.find("standard input is larger than 67108864 bytes (64 MiB), the limit for an input file"),
            std::string::npos) << check.out << check.err;
  const CliRun extract = Run("extract - < /dev/zero");
  EXPECT_EQ(extract.status, 2) << extract.err;
  EXPECT_EQ(extract.out, "");
  EXPECT_NE(extract.err.find("standard input is larger than 67108864 bytes"), std::string::npos) << extract.err;
}

TEST_F(OneStepTest, PlacesAreInTheArticleInEveryFormat) {
  // The seed article with one slipped figure (11조9440억원 on line 25): the finding points into
  // the article, at the figure's line and column, in every format.
  const CliRun json = Run("check slip.txt --published 2020-07-29 --format json");
  EXPECT_EQ(json.status, 1) << json.err;
  const auto report = nlohmann::json::parse(json.out);
  EXPECT_EQ(report["files"][0]["path"], "slip.txt");
  const nlohmann::json* found = nullptr;
  for (const auto& f : report["files"][0]["facts"]) {
    if (f["id"] == "senseutaim-investment") found = &f;
  }
  ASSERT_NE(found, nullptr) << json.out;
  const auto& fact = *found;
  EXPECT_EQ(fact["line"], 25);
  EXPECT_EQ(fact["spans"][1]["text"], "11조9440억원");
  ASSERT_FALSE(fact["findings"].empty()) << json.out;
  EXPECT_EQ(fact["findings"][0]["line"], 25);
  EXPECT_EQ(fact["findings"][0]["column"], fact["spans"][1]["column"]);
  const int column = fact["spans"][1]["column"].get<int>();
  const std::string place = fmt::format("slip.txt:25:{}", column);

  const CliRun github = Run("check slip.txt --published 2020-07-29 --format github");
  EXPECT_NE(github.out.find(fmt::format("file=slip.txt,line=25,col={}", column)), std::string::npos) << github.out;
  const CliRun sarif = Run("check slip.txt --published 2020-07-29 --format sarif");
  const auto s = nlohmann::json::parse(sarif.out);
  bool sarif_found = false;
  for (const auto& result : s["runs"][0]["results"]) {
    const auto& region = result["locations"][0]["physicalLocation"];
    if (region["region"]["startLine"] == 25) {
      EXPECT_EQ(region["artifactLocation"]["uri"], "slip.txt");
      EXPECT_EQ(region["region"]["startColumn"], column);
      sarif_found = true;
    }
  }
  EXPECT_TRUE(sarif_found) << sarif.out;
  const CliRun text = Run("check slip.txt --published 2020-07-29");
  EXPECT_NE(text.out.find(place), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find(".yaml"), std::string::npos) << text.out;
}

TEST_F(OneStepTest, TextShowsTheSentenceWithTheFigureUnderlinedAndTheCorrection) {
  const CliRun run = Run("check slip.txt --published 2020-07-29");
  EXPECT_EQ(run.status, 1) << run.err;
  // 11조9440억원 takes 12 terminal columns (Hangul two each, digits one).
  const std::string figure = "11조9440억원";
  // The sentence is long: it is shown from a little before the figure ("…" marks the cut).
  const std::size_t sentence = run.out.find("      | ", run.out.find("error[unit-slip]"));
  ASSERT_NE(sentence, std::string::npos) << run.out;
  const std::size_t line_end = run.out.find('\n', sentence);
  const std::string carets_line = run.out.substr(line_end + 1, run.out.find('\n', line_end + 1) - line_end - 1);
  EXPECT_NE(carets_line.find(std::string(12, '^')), std::string::npos) << carets_line;
  EXPECT_EQ(carets_line.find(std::string(13, '^')), std::string::npos) << carets_line;
  // The carets start under the figure: the sentence line and the caret line agree in width up to it.
  const std::string sentence_line = run.out.substr(sentence, line_end - sentence);
  const std::size_t figure_at = sentence_line.find(figure);
  ASSERT_NE(figure_at, std::string::npos);
  EXPECT_EQ(carets_line.find('^'), static_cast<std::size_t>(DisplayColumns(sentence_line.substr(0, figure_at))));
  // Corrected at the window's rate nearest the figure (1194.83 of 2020-07-22), at the article's unit.
  EXPECT_NE(run.out.find("      = corrected: 1조1948억원\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("unit-slip"), std::string::npos);
}

TEST_F(OneStepTest, OptionsGoBeforeBetweenAndAfterTheArticle) {
  const CliRun first = Run("check seed.txt --published 2020-07-29 --format json");
  for (const char* spelling : {"check --published 2020-07-29 --format json seed.txt",
                               "check --format json seed.txt --published 2020-07-29",
                               "check --published 2020-07-29 seed.txt --format json"}) {
    const CliRun other = Run(spelling);
    EXPECT_EQ(other.status, first.status) << spelling;
    EXPECT_EQ(other.out, first.out) << spelling;
  }
  const CliRun two = Run("check --format json seed.txt --published 2020-07-29 slip.txt");
  EXPECT_EQ(nlohmann::json::parse(two.out)["files"].size(), 2u);
}

TEST_F(OneStepTest, StandardInputIsAnArticleOrAFactFile) {
  const CliRun file = Run("check seed.txt --published 2020-07-29 --format json");
  const CliRun piped = Run("check - --published 2020-07-29 --format json < seed.txt");
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(Verdicts(piped.out), Verdicts(file.out));
  EXPECT_EQ(nlohmann::json::parse(piped.out)["files"][0]["path"], "<stdin>");
  const CliRun cat = Run("check --format json - --published 2020-07-29 < seed.txt");
  EXPECT_EQ(cat.out, piped.out);
  // A fact file on standard input is read as one.
  const CliRun facts = Run(fmt::format("check - --format json < '{}'",
                                       (fs::path(FIGCHECK_SOURCE_DIR) / "facts/hankyung-2020-china-ai-sanctions.yaml").string()));
  EXPECT_EQ(nlohmann::json::parse(facts.out)["files"][0]["article"], "hankyung-2020-china-ai-sanctions");
}

TEST_F(OneStepTest, YamlAndJsonNamesAreAlwaysFactFiles) {
  fs::copy_file(dir_ / "seed.txt", dir_ / "prose.yaml");
  const CliRun run = Run("check prose.yaml");
  EXPECT_EQ(run.status, 2) << run.out;
  std::ofstream(dir_ / "prose.json") << "센스타임 75억 달러(약 8조 9512억원)";
  EXPECT_EQ(Run("check prose.json").status, 2);
  // Any other name holding a fact file is checked as one.
  fs::copy_file(fs::path(FIGCHECK_SOURCE_DIR) / "facts/hankyung-2020-china-ai-sanctions.yaml", dir_ / "facts.txt");
  const CliRun facts = Run("check facts.txt --format json");
  EXPECT_EQ(nlohmann::json::parse(facts.out)["files"][0]["article"], "hankyung-2020-china-ai-sanctions");
}

TEST_F(OneStepTest, HtmlArticlesAreReadWithoutTheirTags) {
  std::ofstream(dir_ / "page.html") << "<!doctype html><html><body>\n<h1>센스타임</h1>\n"
                                       "<p>센스타임의 기업가치는 <b>75억 달러</b>(한화 약 8조 9512억원)로 평가된다.</p>\n"
                                       "</body></html>\n";
  const CliRun run = Run("check page.html --published 2020-07-29 --format json");
  EXPECT_EQ(run.status, 0) << run.err << run.out;
  const auto fact = nlohmann::json::parse(run.out)["files"][0]["facts"][0];
  EXPECT_EQ(fact["spans"][0]["text"], "75억 달러");
  EXPECT_EQ(fact["spans"][0]["line"], 3);
  EXPECT_EQ(fact["spans"][0]["column"], 19);  // after "<p>센스타임의 기업가치는 <b>"
}

TEST_F(OneStepTest, SaveFactsWritesTheDraftThatExtractWrites) {
  const CliRun run = Run("check seed.txt --published 2020-07-29 --save-facts saved.yaml");
  EXPECT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(Run("extract seed.txt --published 2020-07-29 -o extracted.yaml").status, 0);
  EXPECT_EQ(ReadWholeFile(dir_ / "saved.yaml"), ReadWholeFile(dir_ / "extracted.yaml"));
  EXPECT_EQ(Run("check seed.txt slip.txt --save-facts two.yaml").status, 2);
  EXPECT_FALSE(fs::exists(dir_ / "two.yaml"));
  EXPECT_EQ(Run("check seed.txt --save-facts seed.txt").status, 2);  // never over an input
  EXPECT_EQ(ReadWholeFile(dir_ / "seed.txt"), seed_);
}

TEST_F(OneStepTest, ABadDateIsAUsageError) {
  const CliRun run = Run("check seed.txt --published 2020-13-45");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: --published '2020-13-45' is not a date (YYYY-MM-DD)\n");
}

}  // namespace
}  // namespace figcheck
