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
#include "core/check/messages.h"

namespace figcheck {

enum class ReportFormat { kText, kJson, kJunit, kSarif, kGithub, kMarkdown, kHtml, kCompact };

// "text", "json", "junit", "sarif", "github", "markdown", "html", "compact".
std::string_view ReportFormatName(ReportFormat format);
std::optional<ReportFormat> ReportFormatFromName(std::string_view name);

// The release, CMake's project(figcheck VERSION ...) ("0.2.0"): what `figcheck --version` says
// and what every report names as its tool's version.
std::string_view FigcheckVersion();

struct ReportOptions {
  bool color = false;  // ANSI colour (text only)
  // The language of every sentence (findings, summary, the text report's words); codes,
  // severities and JSON/SARIF field names are never translated (--lang, docs/LANGUAGES.md).
  Language language = Language::kEnglish;
  std::string tool_version = std::string(FigcheckVersion());
};

void WriteReport(ReportFormat format, const RunResult& run, const ReportOptions& options, std::ostream& out);

// One writer per format (core/report/<format>_report.cc).
void WriteTextReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
void WriteJsonReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
// One line per finding and per input error, for editors and grep (core/report/compact_report.cc):
// "file:line:col: severity code message", severity error, warning or note. Nothing else: the
// summary is for standard error (PlainSummary).
void WriteCompactReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
// The run in one plain line, no newline: "3 errors, 1 warning in 2 files", then "; 2 notes",
// "; 1 input error in 1 file" and "; 4 suppressed" when there are any.
std::string PlainSummary(const Summary& summary, Language language = Language::kEnglish);
// The facts of the run in one plain line: "11 facts: 3 ok, 1 with warnings, 7 with errors". The text
// report and GitHub's summary notice end with it, after PlainSummary.
std::string PlainFactSummary(const Summary& summary, Language language = Language::kEnglish);

// JUnit XML as GitLab and Jenkins read it: a <testsuite> per fact file, a <testcase> per fact
// (name = fact id, deduplicated), error findings as one <failure>, warnings and notes in
// <system-out>, input errors of a file as an "input" testcase holding an <error>.
void WriteJunitReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
// SARIF 2.1.0: a rule per finding code (AllFindingCodes() plus "input-error"), a result per
// finding and per input error, located in the fact file, with a partialFingerprints entry
// "figcheck/v1" = FNV-1a 64 of "article id NUL fact id NUL code" (no line numbers), ":N" for
// the N-th result with the same key. See docs/REPORTS.md.
void WriteSarifReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
// GitHub Actions workflow commands (::error/::warning/::notice file=,line=,col=,title=::msg).
// At most kGithubAnnotationCap annotations per severity: past the cap, cap - 1 are written and
// one more says how many were left out; the run summary is always the last ::notice.
void WriteGithubReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
inline constexpr int kGithubAnnotationCap = 10;
// A pull-request comment (GitHub-flavoured Markdown): headline with counts, a table of facts;
// past kMarkdownOpenRows facts the full table is collapsed under <details>.
void WriteMarkdownReport(const RunResult& run, const ReportOptions& options, std::ostream& out);
inline constexpr int kMarkdownOpenRows = 20;
// One self-contained HTML page (inline CSS, no script, no network): a card per fact and, for
// each conversion with a ConversionDetail, an inline SVG chart of the reference rate around
// the rate date with the implied-rate interval and the tolerance band.
void WriteHtmlReport(const RunResult& run, const ReportOptions& options, std::ostream& out);

}  // namespace figcheck
