#include "core/report/report_stream.h"

namespace figcheck {
namespace {

// For the formats that need the whole run: keeps every result and writes at the end.
class WholeRunReportStream final : public ReportStream {
 public:
  WholeRunReportStream(ReportFormat format, const ReportOptions& options, std::ostream& out)
      : format_(format), options_(options), out_(out) {}
  void Add(const FileResult& file) override { run_.files.push_back(file); }
  void Finish(const Summary& summary) override {
    run_.summary = summary;
    WriteReport(format_, run_, options_, out_);
  }

 private:
  ReportFormat format_;
  ReportOptions options_;
  std::ostream& out_;
  RunResult run_;
};

}  // namespace

void WriteWholeRun(ReportStream& stream, const RunResult& run) {
  for (const FileResult& file : run.files) stream.Add(file);
  stream.Finish(run.summary);
}

bool StreamsFileByFile(ReportFormat format) {
  return format == ReportFormat::kText || format == ReportFormat::kJson || format == ReportFormat::kCompact;
}

std::unique_ptr<ReportStream> MakeReportStream(ReportFormat format, const ReportOptions& options, std::ostream& out) {
  switch (format) {
    case ReportFormat::kText: return std::make_unique<TextReportStream>(options, out);
    case ReportFormat::kJson: return std::make_unique<JsonReportStream>(options, out);
    case ReportFormat::kCompact: return std::make_unique<CompactReportStream>(out, options.language);
    case ReportFormat::kJunit: return MakeJunitReportStream(options, out);
    case ReportFormat::kSarif: return MakeSarifReportStream(options, out);
    case ReportFormat::kGithub: return MakeGithubReportStream(options, out);
    case ReportFormat::kMarkdown: return MakeMarkdownReportStream(options, out);
    case ReportFormat::kHtml: return MakeHtmlReportStream(options, out);
    default: return std::make_unique<WholeRunReportStream>(format, options, out);
  }
}

}  // namespace figcheck
