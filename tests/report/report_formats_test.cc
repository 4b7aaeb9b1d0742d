// Behaviour of the CI and people formats beyond the golden files: caps, deduplication,
// fingerprints, escaping of hostile input, chart edge cases.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/report/report.h"
#include "tests/report/sample_run.h"

namespace figcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Render(ReportFormat format, const RunResult& run) {
  std::ostringstream out;
  WriteReport(format, run, ReportOptions{}, out);
  return out.str();
}

int Count(const std::string& text, const std::string& needle) {
  int n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

Finding ErrorFinding(const std::string& fact, int line) {
  Finding f;
  f.code = std::string(kConversionMismatch);
  f.severity = Severity::kError;
  f.fact_id = fact;
  f.location = {"facts/many.yaml", line, 3};
  f.message = Verbatim("wrong");
  return f;
}

RunResult ManyFindings(int errors, int notes) {
  FileResult file;
  file.path = "facts/many.yaml";
  file.article_id = "many";
  file.loaded = true;
  for (int i = 0; i < errors + notes; ++i) {
    FactResult fact;
    fact.id = "f" + std::to_string(i);
    Finding f = ErrorFinding(fact.id, i + 1);
    if (i >= errors) f.severity = Severity::kNote;
    fact.findings.push_back(f);
    fact.status = i < errors ? FactStatus::kError : FactStatus::kOk;
    file.facts.push_back(fact);
  }
  RunResult run;
  run.files.push_back(file);
  run.summary.files = 1;
  run.summary.facts = errors + notes;
  return run;
}

TEST(GithubReportTest, AtTheCapEveryAnnotationIsWritten) {
  const std::string out = Render(ReportFormat::kGithub, ManyFindings(10, 0));
  EXPECT_EQ(Count(out, "::error "), 10);
  EXPECT_THAT(out, Not(HasSubstr("not shown")));
}

TEST(GithubReportTest, PastTheCapNineAreWrittenAndOneCountsTheRest) {
  const std::string out = Render(ReportFormat::kGithub, ManyFindings(25, 12));
  EXPECT_EQ(Count(out, "::error "), 10);
  EXPECT_THAT(out, HasSubstr("::error title=figcheck%3A more errors::16 more errors not shown: GitHub shows at most "
                             "10 error annotations per step."));
  // Notices keep one place for the summary: 8 notes, one "more", one summary.
  EXPECT_EQ(Count(out, "::notice "), 10);
  EXPECT_THAT(out, HasSubstr("::notice title=figcheck%3A more notes::4 more notes not shown"));
  EXPECT_EQ(out.substr(out.rfind("\n", out.size() - 2) + 1, 32), "::notice title=figcheck summary:");
}

TEST(GithubReportTest, HostileTextCannotStartAnotherCommand) {
  const std::string out = Render(ReportFormat::kGithub, testing::SampleRun());
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_EQ(line.rfind("::", 0), 0u) << "a line that is not a workflow command: " << line;
    EXPECT_EQ(Count(line, "\r"), 0);
  }
  EXPECT_THAT(out, HasSubstr("100%25 & 50%2525%0Asecond line%0D%0Athird"));
}

TEST(JunitReportTest, RepeatedFactIdsGetUniqueTestcaseNames) {
  RunResult run = ManyFindings(0, 0);
  for (int i = 0; i < 3; ++i) {
    FactResult fact;
    fact.id = "same";
    run.files[0].facts.push_back(fact);
  }
  const std::string out = Render(ReportFormat::kJunit, run);
  EXPECT_THAT(out, HasSubstr("name=\"same\""));
  EXPECT_THAT(out, HasSubstr("name=\"same (2)\""));
  EXPECT_THAT(out, HasSubstr("name=\"same (3)\""));
}

TEST(JunitReportTest, SeveralErrorsMakeOneFailureNamingTheFirst) {
  RunResult run = ManyFindings(1, 0);
  run.files[0].facts[0].findings.push_back(ErrorFinding("f0", 9));
  const std::string out = Render(ReportFormat::kJunit, run);
  EXPECT_EQ(Count(out, "<failure "), 1);
  EXPECT_THAT(out, HasSubstr("<failure message=\"wrong (and 1 more)\" type=\"conversion-mismatch\">"));
}

TEST(JunitReportTest, HostileTextIsEscapedNeverCdata) {
  const std::string out = Render(ReportFormat::kJunit, testing::SampleRun());
  EXPECT_THAT(out, Not(HasSubstr("CDATA")));
  EXPECT_THAT(out, Not(HasSubstr("<script>")));
  EXPECT_THAT(out, Not(HasSubstr("]]>")));
  EXPECT_THAT(out, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;"));
  EXPECT_EQ(out.find('\x01'), std::string::npos);
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
}

TEST(SarifReportTest, FingerprintIgnoresTheLineAndColumn) {
  RunResult run = testing::SampleRun();
  const auto before = nlohmann::json::parse(Render(ReportFormat::kSarif, run));
  for (auto& fact : run.files[0].facts) {
    for (auto& finding : fact.findings) finding.location.line += 40;
  }
  const auto after = nlohmann::json::parse(Render(ReportFormat::kSarif, run));
  const auto& a = before["runs"][0]["results"];
  const auto& b = after["runs"][0]["results"];
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i]["partialFingerprints"], b[i]["partialFingerprints"]);
}

TEST(SarifReportTest, FingerprintDependsOnArticleFactAndCode) {
  RunResult run = ManyFindings(2, 0);
  const auto sarif = nlohmann::json::parse(Render(ReportFormat::kSarif, run));
  const auto& results = sarif["runs"][0]["results"];
  EXPECT_NE(results[0]["partialFingerprints"]["figcheck/v1"], results[1]["partialFingerprints"]["figcheck/v1"]);
}

TEST(SarifReportTest, EveryResultPointsAtItsRuleAndInputErrorsAreResults) {
  const auto sarif = nlohmann::json::parse(Render(ReportFormat::kSarif, testing::SampleRun()));
  const auto& run = sarif["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  bool input_error = false;
  for (const auto& result : run["results"]) {
    EXPECT_EQ(rules[result["ruleIndex"].get<std::size_t>()]["id"], result["ruleId"]);
    if (result["ruleId"] == "input-error") {
      input_error = true;
      EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "facts/broken.yaml");
      EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["startLine"], 7);
    }
  }
  EXPECT_TRUE(input_error);
}

// Each SARIF rule's helpUri (when the build names the repository) is docs/CHECKS.md#<code>: that
// section must exist, as "### `code`" (GitHub's anchor for it is the bare code).
TEST(SarifReportTest, EveryRuleHasItsSectionInChecksMd) {
  std::ifstream checks_file(std::string(FIGCHECK_SOURCE_DIR) + "/docs/CHECKS.md");
  std::stringstream checks;
  checks << checks_file.rdbuf();
  ASSERT_THAT(checks.str(), HasSubstr("## Finding codes"));
  std::vector<std::string> codes;
  for (const FindingCode& c : AllFindingCodes()) codes.emplace_back(c.code);
  codes.emplace_back(kInputError);
  for (const std::string& code : codes) {
    EXPECT_THAT(checks.str(), HasSubstr("\n### `" + code + "`\n")) << "docs/CHECKS.md has no section for " << code;
  }
  // Every rule the report declares is among them.
  const auto sarif = nlohmann::json::parse(Render(ReportFormat::kSarif, testing::SampleRun()));
  for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
    EXPECT_NE(std::find(codes.begin(), codes.end(), rule["id"].get<std::string>()), codes.end()) << rule["id"];
  }
  // No repository named at build time (the test build names none): no link at all, rather than a guessed one.
  EXPECT_FALSE(sarif["runs"][0]["tool"]["driver"].contains("informationUri"));
  EXPECT_FALSE(sarif["runs"][0]["tool"]["driver"]["rules"][0].contains("helpUri"));
}

TEST(SarifReportTest, HostileTextRoundTripsThroughJson) {
  const auto sarif = nlohmann::json::parse(Render(ReportFormat::kSarif, testing::SampleRun()));
  bool found = false;
  for (const auto& result : sarif["runs"][0]["results"]) {
    const std::string text = result["message"]["text"];
    if (text.find("<script>alert(1)</script> ]]> ::error file=x.yaml::pwned \"dq\"") != std::string::npos) found = true;
  }
  EXPECT_TRUE(found);
}

TEST(MarkdownReportTest, HostileTextStaysInsideItsCell) {
  const std::string out = Render(ReportFormat::kMarkdown, testing::SampleRun());
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("| ", 0) != 0) continue;
    // Six cells: seven unescaped pipes.
    int pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
    }
    EXPECT_EQ(pipes, 7) << line;
  }
  EXPECT_THAT(out, Not(HasSubstr("<script>")));
}

TEST(MarkdownReportTest, LongRunsAreCollapsed) {
  const std::string out = Render(ReportFormat::kMarkdown, ManyFindings(3, kMarkdownOpenRows));
  EXPECT_THAT(out, HasSubstr("**Facts with findings**"));
  EXPECT_THAT(out, HasSubstr("<details>\n<summary>All 23 rows</summary>"));
  const std::string short_out = Render(ReportFormat::kMarkdown, ManyFindings(3, 2));
  EXPECT_THAT(short_out, Not(HasSubstr("<details>")));
}

// --lang ko (#17): the words of the CI formats come from the catalogue too; codes, severities and
// the workflow commands stay as they are.
std::string RenderKorean(ReportFormat format, const RunResult& run) {
  std::ostringstream out;
  ReportOptions options;
  options.language = Language::kKorean;
  WriteReport(format, run, options, out);
  return out.str();
}

TEST(GithubReportTest, TheMoreNoticeInKorean) {
  const std::string out = RenderKorean(ReportFormat::kGithub, ManyFindings(25, 12));
  EXPECT_EQ(Count(out, "::error "), 10);
  EXPECT_THAT(out, HasSubstr("::error title=figcheck%3A 오류 더 있음::오류 16건은 표시하지 않았습니다: GitHub는 한 "
                             "단계에 error 주석을 10개까지만 보여 줍니다."));
  EXPECT_THAT(out, HasSubstr("::notice title=figcheck%3A 참고 더 있음::참고 4건은 표시하지 않았습니다"));
  EXPECT_THAT(out, Not(HasSubstr("not shown")));
}

TEST(JunitReportTest, SeveralErrorsInKorean) {
  RunResult run = ManyFindings(1, 0);
  run.files[0].facts[0].findings.push_back(ErrorFinding("f0", 9));
  const std::string out = RenderKorean(ReportFormat::kJunit, run);
  EXPECT_THAT(out, HasSubstr("<failure message=\"wrong (외 1건)\" type=\"conversion-mismatch\">"));
}

TEST(MarkdownReportTest, HeadingsAndTableInKorean) {
  const std::string out = RenderKorean(ReportFormat::kMarkdown, ManyFindings(3, kMarkdownOpenRows));
  EXPECT_THAT(out, HasSubstr("### figcheck: ✅ 항목 23개 확인 — 정상 0개, 경고 0개, 오류 0개\n\n"
                             "파일 1개 · 지적 사항: 오류 0건, 경고 0건, 참고 0건\n"));
  EXPECT_THAT(out, HasSubstr("**지적 사항이 있는 항목**"));
  EXPECT_THAT(out, HasSubstr("| 상태 | 파일 | 항목 | 기사 표기 | 재계산 | 지적 사항 |\n|---|---|---|---|---|---|\n"));
  EXPECT_THAT(out, HasSubstr("| ❌ 오류 | facts/many.yaml | f0 |"));
  EXPECT_THAT(out, HasSubstr("<details>\n<summary>전체 23행</summary>"));
  EXPECT_THAT(out, HasSubstr("**conversion-mismatch** (error)"));  // codes and severities stay
  const std::string sample = RenderKorean(ReportFormat::kMarkdown, testing::SampleRun());
  EXPECT_THAT(sample, HasSubstr("| (기사 전체) |"));
  EXPECT_THAT(sample, HasSubstr("입력 오류"));
  for (const char* english : {"Status", "Findings", "checked", "with warnings", "All ", "(article)"}) {
    EXPECT_THAT(sample, Not(HasSubstr(english))) << sample;
  }
}

TEST(HtmlReportTest, HostileTextIsInert) {
  const std::string out = Render(ReportFormat::kHtml, testing::SampleRun());
  EXPECT_THAT(out, Not(HasSubstr("<script")));
  EXPECT_THAT(out, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; ::error file=x.yaml::pwned &quot;dq&quot; "
                             "&#39;sq&#39; | a*b_c `tick`"));
  EXPECT_THAT(out, HasSubstr("Content-Security-Policy"));
}

TEST(HtmlReportTest, AChartOnlyWhereItHelps) {
  const std::string out = Render(ReportFormat::kHtml, testing::SampleRun());
  // Three conversions; the unit slip implies a rate 10^4 below the reference: on one scale the
  // band would flatten the series, so its card says the rates in words and draws no chart.
  EXPECT_EQ(Count(out, "<svg class=\"chart\""), 2);
  EXPECT_EQ(Count(out, "<polyline class=\"series\""), 2);
  EXPECT_THAT(out, Not(HasSubstr("offchart")));
  EXPECT_THAT(out, HasSubstr("the printed figure allows 0.119814\u20130.119818\uc6d0/\ub2ec\ub7ec"));
  // The figures as articles write them, never engineer notation.
  EXPECT_THAT(out, HasSubstr("rate 1,198.15\uc6d0/\ub2ec\ub7ec (FRED H.10 DEXKOUS, 2020-07-28)"));
  EXPECT_THAT(out, HasSubstr("printed <b>\uc57d 2\uc5b5 9954\ub9cc\uc6d0</b> \u2192 should read"));
  // The summary table comes first, then one card per finding, errors first.
  EXPECT_LT(out.find("<table class=\"summary\">"), out.find("<article"));
  EXPECT_LT(out.find("unit-slip"), out.find("rate-deviation"));
  // A figure that holds is drawn green, a warning amber: only errors are red.
  EXPECT_THAT(out, HasSubstr("<rect class=\"implied warning\""));
  EXPECT_THAT(out, HasSubstr("<rect class=\"implied ok\""));
  EXPECT_THAT(out, Not(HasSubstr("<rect class=\"implied error\"")));
}

TEST(HtmlReportTest, ChartWithOnlyAReferenceRateAndNoChartWithNothing) {
  RunResult run = testing::SampleRun();
  run.files.resize(1);
  run.files[0].facts.resize(1);
  run.files[0].facts[0].conversion->nearby.clear();
  std::string out = Render(ReportFormat::kHtml, run);
  EXPECT_EQ(Count(out, "<svg class=\"chart\""), 1);
  EXPECT_EQ(Count(out, "<polyline"), 0);
  EXPECT_THAT(out, HasSubstr("class=\"used\""));

  run.files[0].facts[0].conversion->reference.reset();
  out = Render(ReportFormat::kHtml, run);
  EXPECT_EQ(Count(out, "<svg"), 0);
  EXPECT_THAT(out, HasSubstr("no reference rate for USD/KRW on 2020-07-28"));
}

TEST(HtmlReportTest, OpenImpliedIntervalIsClippedToThePlot) {
  RunResult run = testing::SampleRun();
  run.files.resize(1);
  run.files[0].facts.resize(1);
  auto& implied = run.files[0].facts[0].conversion->implied_rate;
  implied.high.reset();  // "more than": runs to the top of the plot
  const std::string out = Render(ReportFormat::kHtml, run);
  EXPECT_THAT(out, HasSubstr("<rect class=\"implied ok\" x=\"76.00\" y=\"40.00\""));
}

// The chart marks the publication day (#17): its own line a label-row above the rate date's
// when the two differ, one mark saying both when they are the same day.
TEST(HtmlReportTest, TheChartMarksThePublicationDay) {
  RunResult run = testing::SampleRun();
  run.files.resize(1);
  run.files[0].facts.resize(1);
  std::string out = Render(ReportFormat::kHtml, run);
  EXPECT_THAT(out, HasSubstr(">rate date 2020-07-28</text>"));
  EXPECT_THAT(out, HasSubstr("<line class=\"published\" x1=\"368.27\""));
  EXPECT_THAT(out, HasSubstr(">published 2020-07-29</text>"));
  run.files[0].facts[0].conversion->published = Date::Parse("2020-07-28");
  out = Render(ReportFormat::kHtml, run);
  EXPECT_THAT(out, HasSubstr(">published, rate date 2020-07-28</text>"));
  EXPECT_EQ(Count(out, "class=\"published\""), 0);
  run.files[0].facts[0].conversion->published.reset();
  out = Render(ReportFormat::kHtml, run);
  EXPECT_THAT(out, HasSubstr(">rate date 2020-07-28</text>"));
  EXPECT_EQ(Count(out, "class=\"published\""), 0);
  EXPECT_EQ(Count(out, "published 20"), 0);
}

// A big run stays a page a browser opens (#16): articles with findings first, articles whose
// figures all hold folded and, past a hundred, counted; at most 200 charts.
TEST(HtmlReportTest, ABigRunShowsTheProblemsFirstAndCountsTheRest) {
  const RunResult sample = testing::SampleRun();
  RunResult run;
  FileResult holding = sample.files[0];
  holding.facts.resize(1);
  holding.facts[0].findings.clear();
  holding.findings.clear();
  ASSERT_TRUE(holding.facts[0].conversion);
  for (int i = 0; i < 250; ++i) {
    holding.path = fmt::format("facts/ok-{:03}.yaml", i);
    run.files.push_back(holding);
  }
  run.files.push_back(sample.files[0]);  // the one with findings, last in the run
  const std::string out = Render(ReportFormat::kHtml, run);
  // Its section comes first, before the fold.
  const std::size_t problems = out.find("<h2>facts/hankyung-2020-china-ai.yaml</h2>");
  const std::size_t fold = out.find("<details>\n<summary>Articles whose figures all hold (250)</summary>");
  ASSERT_NE(problems, std::string::npos);
  ASSERT_NE(fold, std::string::npos);
  EXPECT_LT(problems, fold);
  EXPECT_LT(out.find("<h2>facts/ok-099.yaml</h2>"), std::string::npos);
  EXPECT_EQ(out.find("<h2>facts/ok-100.yaml</h2>"), std::string::npos);
  EXPECT_THAT(out, HasSubstr("…and 150 more articles whose figures all hold, counted but not shown."));
  EXPECT_THAT(out, HasSubstr("<tr><td>150 more articles whose figures all hold</td><td class=\"n\">150</td>"));
  EXPECT_EQ(Count(out, "<svg"), 102);  // 100 articles that hold, 2 in the one with findings
  EXPECT_EQ(Count(out, "Chart left out"), 0);
  // Articles with findings are all shown, but past 200 charts none is drawn.
  RunResult with_findings;
  for (int i = 0; i < 150; ++i) with_findings.files.push_back(sample.files[0]);
  const std::string many = Render(ReportFormat::kHtml, with_findings);
  EXPECT_EQ(Count(many, "<svg"), 200);
  EXPECT_THAT(many, HasSubstr("Chart left out: this report already draws 200 charts."));
}

TEST(HtmlReportTest, KoreanWordsThroughTheCatalogue) {
  ReportOptions options;
  options.language = Language::kKorean;
  std::ostringstream out;
  WriteReport(ReportFormat::kHtml, testing::SampleRun(), options, out);
  const std::string html = out.str();
  EXPECT_THAT(html, HasSubstr("<html lang=\"ko\">"));
  EXPECT_THAT(html, HasSubstr("<h1>figcheck 보고서</h1>"));
  EXPECT_THAT(html, HasSubstr("<th>확인한 수치</th>"));
  EXPECT_THAT(html, HasSubstr(">환율 기준일 2020-07-28</text>"));
  EXPECT_THAT(html, HasSubstr(">보도일 2020-07-29</text>"));
  EXPECT_THAT(html, HasSubstr("기사 표기 <b>"));
  EXPECT_EQ(html.find("Figures that hold"), std::string::npos);
  EXPECT_EQ(html.find("rate date"), std::string::npos);
  EXPECT_EQ(html.find("should read"), std::string::npos);
}

}  // namespace
}  // namespace figcheck
