// Reports written as a run goes: one file's result at a time, in order, then the summary.
//
// Text and JSON stream (each file is written as soon as it is added, so memory does not grow
// with the run); the formats that need the whole run (junit, sarif, github, markdown, html)
// keep the results they are given and write everything at Finish. Whatever the format, adding
// each file of a RunResult and finishing with its summary writes exactly what WriteReport
// writes for it.
#pragma once

#include <memory>
#include <ostream>

#include "core/check/finding.h"
#include "core/report/report.h"

namespace figcheck {

class ReportStream {
 public:
  virtual ~ReportStream() = default;
  // Writes (or keeps) the result of the next file of the run.
  virtual void Add(const FileResult& file) = 0;
  // Writes the end of the report: the summary of every file added.
  virtual void Finish(const Summary& summary) = 0;
};

// True for the formats whose stream writes each file as it is added (text, json, compact).
bool StreamsFileByFile(ReportFormat format);

// The formats whose document opens with what only the end of the run knows (totals, a summary
// table, the rules met): each file's part is spooled to a temporary file as it is added and
// the document is put together at Finish (core/report/spool.h), so memory stays flat too.
std::unique_ptr<ReportStream> MakeJunitReportStream(const ReportOptions& options, std::ostream& out);
std::unique_ptr<ReportStream> MakeSarifReportStream(const ReportOptions& options, std::ostream& out);
std::unique_ptr<ReportStream> MakeMarkdownReportStream(const ReportOptions& options, std::ostream& out);
// HTML: articles with findings first, articles whose figures all hold folded and counted past a
// limit, at most kHtmlCharts charts (core/report/html_report.cc).
std::unique_ptr<ReportStream> MakeHtmlReportStream(const ReportOptions& options, std::ostream& out);
// GitHub annotations stream as they come (one held back per severity for the cap rule).
std::unique_ptr<ReportStream> MakeGithubReportStream(const ReportOptions& options, std::ostream& out);

// Adds every file of `run` to `stream` and finishes it with the run's summary: the whole-run
// writers (WriteJunitReport, ...) are their stream over a finished run.
void WriteWholeRun(ReportStream& stream, const RunResult& run);

// A stream writing `format` to `out`, which must outlive it.
std::unique_ptr<ReportStream> MakeReportStream(ReportFormat format, const ReportOptions& options, std::ostream& out);

// The text report, file by file (WriteTextReport is this over a whole run).
class TextReportStream final : public ReportStream {
 public:
  TextReportStream(const ReportOptions& options, std::ostream& out) : options_(options), out_(out) {}
  void Add(const FileResult& file) override;
  void Finish(const Summary& summary) override;

 private:
  ReportOptions options_;
  std::ostream& out_;
};

// The JSON report, file by file: byte for byte the document WriteJsonReport writes.
class JsonReportStream final : public ReportStream {
 public:
  JsonReportStream(const ReportOptions& options, std::ostream& out);
  void Add(const FileResult& file) override;
  void Finish(const Summary& summary) override;

 private:
  ReportOptions options_;
  std::ostream& out_;
  bool any_file_ = false;
  std::string buffer_;  // one file's object, reused
};

// The compact report, file by file (WriteCompactReport is this over a whole run).
class CompactReportStream final : public ReportStream {
 public:
  explicit CompactReportStream(std::ostream& out, Language language = Language::kEnglish)
      : out_(out), language_(language) {}
  void Add(const FileResult& file) override;
  void Finish(const Summary&) override {}

 private:
  std::ostream& out_;
  Language language_;
};

// One file's result as one line of NDJSON (the object of the JSON report's "files" array,
// plus "input_line": the line of the input stream it came from), ending in '\n'.
void WriteJsonRecord(const FileResult& file, long input_line, std::ostream& out,
                     Language language = Language::kEnglish);

}  // namespace figcheck
