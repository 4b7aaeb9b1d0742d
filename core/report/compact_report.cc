// --format compact: "file:line:col: severity code message", one line per finding and per input
// error, as compilers write them, so editors jump to the line and grep counts them. Nothing
// else: the summary is for standard error (PlainSummary). The severity is error, warning or
// note, never translated. Every field is Printable (core/base/printable.h), so a line break or
// an escape sequence in a file name or a quote cannot start a line of its own.
#include <algorithm>

#include <fmt/format.h>

#include "core/base/printable.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"

namespace figcheck {
namespace {

// A location without a line or a file (a file that could not be read) is still file:line:col.
std::string Where(const SourceLocation& location, const std::string& fallback_file) {
  return fmt::format("{}:{}:{}", Printable(location.file.empty() ? fallback_file : location.file),
                     std::max(location.line, 1), std::max(location.column, 1));
}

void WriteLine(const SourceLocation& location, const std::string& path, Severity severity, std::string_view code,
               std::string_view message, std::ostream& out) {
  out << fmt::format("{}: {} {} {}\n", Where(location, path), SeverityName(severity), Printable(code),
                     Printable(message));
}

std::string Count(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

void CompactReportStream::Add(const FileResult& file) {
  for (const Diagnostic& d : file.diagnostics) WriteLine(d.location, file.path, d.severity, kInputError, d.message, out_);
  if (!file.loaded && file.diagnostics.empty()) {
    WriteLine({}, file.path, Severity::kError, kInputError, "the file could not be loaded", out_);
  }
  for (const FactResult& fact : file.facts) {
    for (const Finding& f : fact.findings) WriteLine(f.location, file.path, f.severity, f.code, f.message, out_);
  }
  for (const Finding& f : file.findings) WriteLine(f.location, file.path, f.severity, f.code, f.message, out_);
}

void WriteCompactReport(const RunResult& run, const ReportOptions&, std::ostream& out) {
  CompactReportStream stream(out);
  for (const FileResult& file : run.files) stream.Add(file);
  stream.Finish(run.summary);
}

std::string PlainSummary(const Summary& s) {
  std::string out = fmt::format("{}, {} in {}", Count(s.findings_error, "error", "errors"),
                                Count(s.findings_warning, "warning", "warnings"), Count(s.files, "file", "files"));
  if (s.findings_note > 0) out += "; " + Count(s.findings_note, "note", "notes");
  if (s.input_errors > 0 || s.files_with_input_errors > 0) {
    out += fmt::format("; {} in {}", Count(s.input_errors, "input error", "input errors"),
                       Count(s.files_with_input_errors, "file", "files"));
  }
  if (s.suppressed > 0) out += fmt::format("; {} suppressed", s.suppressed);
  return out;
}

std::string PlainFactSummary(const Summary& s) {
  return fmt::format("{}: {} ok, {} with warnings, {} with errors", Count(s.facts, "fact", "facts"), s.facts_ok,
                     s.facts_warning, s.facts_error);
}

}  // namespace figcheck
