#include "core/report/report_stream.h"

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/base/file_reader.h"
#include "core/check/run.h"

namespace figcheck {
namespace {

constexpr std::string_view kGood = R"(article:
  id: good
  title: "A title with \"quotes\", 한글 and a tab\t"
  published: 2020-07-29
facts:
  - id: sensetime-valuation
    amount: 75억 달러
    converted: 한화 약 8조 9512억원
  - id: slip
    amount: 75억 달러
    converted: 약 8억 9500만원
  - id: growth
    previous: 5억4200만위안
    current: 8억1900만위안
    change: 61%
)";

RunResult SampleRun() {
  const InMemoryFileReader reader;
  const RateSourceCache sources(reader);
  const RunOptions options;
  RunResult run;
  run.files.push_back(CheckFactText("a/good.yaml", kGood, "a", options, sources));
  run.files.push_back(CheckFactText("a/bad.yaml", "article: [\n", "a", options, sources));
  run.files.push_back(UnreadableFile("a/missing.yaml", "no such file or directory"));
  run.summary = Summarize(run.files);
  return run;
}

std::string Streamed(ReportFormat format, const RunResult& run) {
  std::ostringstream out;
  auto stream = MakeReportStream(format, ReportOptions{}, out);
  for (const FileResult& f : run.files) stream->Add(f);
  stream->Finish(run.summary);
  return out.str();
}

// The JSON writer used to build one nlohmann document and dump it with indent 2; a stream
// must give those bytes: the same as parsing the output and dumping it again.
TEST(ReportStreamTest, JsonStreamIsTheWholeDocumentByteForByte) {
  const RunResult run = SampleRun();
  for (std::size_t n = 0; n <= run.files.size(); ++n) {
    RunResult part;
    part.files.assign(run.files.begin(), run.files.begin() + static_cast<std::ptrdiff_t>(n));
    part.summary = Summarize(part.files);
    const std::string text = Streamed(ReportFormat::kJson, part);
    EXPECT_EQ(text, nlohmann::ordered_json::parse(text).dump(2) + "\n") << n << " files";
    std::ostringstream whole;
    WriteJsonReport(part, ReportOptions{}, whole);
    EXPECT_EQ(text, whole.str());
  }
}

TEST(ReportStreamTest, TextStreamIsTheWholeReport) {
  const RunResult run = SampleRun();
  std::ostringstream whole;
  WriteTextReport(run, ReportOptions{}, whole);
  EXPECT_EQ(Streamed(ReportFormat::kText, run), whole.str());
  std::ostringstream compact;
  WriteReport(ReportFormat::kCompact, run, ReportOptions{}, compact);
  EXPECT_EQ(Streamed(ReportFormat::kCompact, run), compact.str());
}

TEST(ReportStreamTest, WholeRunFormatsGetEveryFileAtTheEnd) {
  const RunResult run = SampleRun();
  for (ReportFormat f : {ReportFormat::kJunit, ReportFormat::kSarif, ReportFormat::kHtml}) {
    std::ostringstream whole;
    WriteReport(f, run, ReportOptions{}, whole);
    EXPECT_EQ(Streamed(f, run), whole.str()) << ReportFormatName(f);
    EXPECT_FALSE(StreamsFileByFile(f));
  }
  EXPECT_TRUE(StreamsFileByFile(ReportFormat::kText));
  EXPECT_TRUE(StreamsFileByFile(ReportFormat::kJson));
  EXPECT_TRUE(StreamsFileByFile(ReportFormat::kCompact));
}

TEST(ReportStreamTest, SummingFileByFileIsSummarize) {
  const RunResult run = SampleRun();
  Summary s;
  for (const FileResult& f : run.files) AddToSummary(f, &s);
  EXPECT_EQ(s.files, 3);
  EXPECT_EQ(s.facts, run.summary.facts);
  EXPECT_EQ(s.facts_error, run.summary.facts_error);
  EXPECT_EQ(s.findings_error, run.summary.findings_error);
  EXPECT_EQ(s.findings_note, run.summary.findings_note);
  EXPECT_EQ(s.input_errors, run.summary.input_errors);
  EXPECT_EQ(s.files_with_input_errors, 2);
}

TEST(ReportStreamTest, NdjsonRecordIsTheFileObjectOnOneLine) {
  const RunResult run = SampleRun();
  std::ostringstream out;
  WriteJsonRecord(run.files[0], 12, out);
  const std::string line = out.str();
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  nlohmann::ordered_json record = nlohmann::ordered_json::parse(line);
  EXPECT_EQ(record["input_line"], 12);
  record.erase("input_line");
  const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(Streamed(ReportFormat::kJson, run));
  EXPECT_EQ(record, doc["files"][0]);
}

TEST(RateSourceCacheTest, OpensEachListOnceAndSharesItBetweenThreads) {
  InMemoryFileReader reader;
  reader.Add("mine.yaml", "source: mine\nrates:\n  - {date: 2020-07-29, base: USD, quote: KRW, rate: \"1200\"}\n");
  const RateSourceCache sources(reader);
  std::vector<std::thread> threads;
  std::vector<const RateSource*> seen(8, nullptr);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] {
      auto opened = sources.Open({"mine.yaml"});
      if (auto* s = std::get_if<std::shared_ptr<const RateSource>>(&opened)) seen[i] = s->get();
    });
  }
  for (auto& t : threads) t.join();
  ASSERT_NE(seen[0], nullptr);
  for (const RateSource* s : seen) EXPECT_EQ(s, seen[0]);
}

TEST(PlaceOnInputLineTest, MovesTheFilesOwnLocationsOnly) {
  FileResult r;
  r.path = "-";
  r.diagnostics.push_back(Diagnostic{{"-", 3, 7}, Severity::kError, "in the record"});
  r.diagnostics.push_back(Diagnostic{{"rates.csv", 9, 2}, Severity::kError, "in a rate file"});
  r.diagnostics.push_back(Diagnostic{{"-", 0, 0}, Severity::kError, "without a place"});
  FactResult fact;
  fact.location = {"-", 5, 3};
  r.facts.push_back(fact);
  PlaceOnInputLine(&r, 41);
  EXPECT_EQ(r.diagnostics[0].location.ToString(), "-:41:7");  // a diagnostic keeps its column in the line
  EXPECT_EQ(r.diagnostics[1].location.ToString(), "rates.csv:9:2");
  EXPECT_EQ(r.diagnostics[2].location.ToString(), "-:41");
  EXPECT_EQ(r.facts[0].location.line, 41);
  EXPECT_EQ(r.facts[0].location.column, 0);
}

}  // namespace
}  // namespace figcheck
