#include "core/report/report.h"

#include <array>

#ifndef FIGCHECK_VERSION
#error "FIGCHECK_VERSION comes from CMake's project(VERSION) (CMakeLists.txt)"
#endif

namespace figcheck {
namespace {

constexpr std::array kFormats = {ReportFormat::kText,   ReportFormat::kJson,     ReportFormat::kJunit,
                                 ReportFormat::kSarif,  ReportFormat::kGithub,   ReportFormat::kMarkdown,
                                 ReportFormat::kHtml,   ReportFormat::kCompact};

}  // namespace

std::string_view FigcheckVersion() { return FIGCHECK_VERSION; }

std::string_view ReportFormatName(ReportFormat format) {
  switch (format) {
    case ReportFormat::kText: return "text";
    case ReportFormat::kJson: return "json";
    case ReportFormat::kJunit: return "junit";
    case ReportFormat::kSarif: return "sarif";
    case ReportFormat::kGithub: return "github";
    case ReportFormat::kMarkdown: return "markdown";
    case ReportFormat::kHtml: return "html";
    case ReportFormat::kCompact: return "compact";
  }
  return "text";
}

std::optional<ReportFormat> ReportFormatFromName(std::string_view name) {
  for (ReportFormat f : kFormats) {
    if (ReportFormatName(f) == name) return f;
  }
  return std::nullopt;
}

void WriteReport(ReportFormat format, const RunResult& run, const ReportOptions& options, std::ostream& out) {
  switch (format) {
    case ReportFormat::kText: WriteTextReport(run, options, out); return;
    case ReportFormat::kJson: WriteJsonReport(run, options, out); return;
    case ReportFormat::kJunit: WriteJunitReport(run, options, out); return;
    case ReportFormat::kSarif: WriteSarifReport(run, options, out); return;
    case ReportFormat::kGithub: WriteGithubReport(run, options, out); return;
    case ReportFormat::kMarkdown: WriteMarkdownReport(run, options, out); return;
    case ReportFormat::kHtml: WriteHtmlReport(run, options, out); return;
    case ReportFormat::kCompact: WriteCompactReport(run, options, out); return;
  }
}

}  // namespace figcheck
