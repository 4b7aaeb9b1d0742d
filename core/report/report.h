// Reports: a RunResult written in one of the formats CI systems and people read.
//
// Every writer is pure (RunResult in, bytes out) and escapes everything that came from input
// (quotes, ids, titles, paths) for its format.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "core/check/finding.h"

namespace figcheck {

enum class ReportFormat { kText, kJson, kJunit, kSarif, kGithub, kMarkdown, kHtml };

// "text", "json", "junit", "sarif", "github", "markdown", "html".
std::string_view ReportFormatName(ReportFormat format);
std::optional<ReportFormat> ReportFormatFromName(std::string_view name);

struct ReportOptions {
  bool color = false;                  // ANSI colour (text only)
  std::string tool_version = "0.1.0";
};

void WriteReport(ReportFormat format, const RunResult& run, const ReportOptions& options, std::ostream& out);

// One writer per format (core/report/<format>_report.cc).
void WriteTextReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
void WriteJsonReport(const RunResult& run, const ReportOptions& options, std::ostream& out);

}  // namespace figcheck
