#include "core/report/report_stream.h"

namespace figcheck {

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
  }
  return std::make_unique<TextReportStream>(options, out);  // not reached: every format is a case above
}

}  // namespace figcheck
