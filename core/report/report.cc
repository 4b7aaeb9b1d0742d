#include "core/report/report.h"

#include <array>
#include <utility>

namespace figcheck {
namespace {

constexpr std::array<std::pair<ReportFormat, std::string_view>, 7> kFormatNames = {{
    {ReportFormat::kText, "text"},
    {ReportFormat::kJson, "json"},
    {ReportFormat::kJunit, "junit"},
    {ReportFormat::kSarif, "sarif"},
    {ReportFormat::kGithub, "github"},
    {ReportFormat::kMarkdown, "markdown"},
    {ReportFormat::kHtml, "html"},
}};

}  // namespace

std::string_view ReportFormatName(ReportFormat format) {
  for (const auto& [f, name] : kFormatNames) {
    if (f == format) return name;
  }
  return "text";
}

std::optional<ReportFormat> ReportFormatFromName(std::string_view name) {
  for (const auto& [f, n] : kFormatNames) {
    if (n == name) return f;
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
  }
}

}  // namespace figcheck
