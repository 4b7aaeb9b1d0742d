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

}  // namespace

void CompactReportStream::Add(const FileResult& file) {
  for (const Diagnostic& d : file.diagnostics) WriteLine(d.location, file.path, d.severity, kInputError, d.message, out_);
  if (!file.loaded && file.diagnostics.empty()) {
    WriteLine({}, file.path, Severity::kError, kInputError, Render("report.not-loaded", language_), out_);
  }
  for (const FactResult& fact : file.facts) {
    for (const Finding& f : fact.findings) {
      WriteLine(f.location, file.path, f.severity, f.code, Message(f, language_), out_);
    }
  }
  for (const Finding& f : file.findings) WriteLine(f.location, file.path, f.severity, f.code, Message(f, language_), out_);
}

void WriteCompactReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  CompactReportStream stream(out, options.language);
  for (const FileResult& file : run.files) stream.Add(file);
  stream.Finish(run.summary);
}

std::string PlainSummary(const Summary& s, Language language) {
  std::string out = Render(MakePhrase("summary.findings")
                               .Arg("errors", CountPhrase("error", s.findings_error))
                               .Arg("warnings", CountPhrase("warning", s.findings_warning))
                               .Arg("files", CountPhrase("file", s.files)),
                           language);
  if (s.findings_note > 0) {
    out += Render(MakePhrase("summary.notes").Arg("notes", CountPhrase("note", s.findings_note)), language);
  }
  if (s.input_errors > 0 || s.files_with_input_errors > 0) {
    out += Render(MakePhrase("summary.input-errors")
                      .Arg("input_errors", CountPhrase("input-error", s.input_errors))
                      .Arg("files", CountPhrase("file", s.files_with_input_errors)),
                  language);
  }
  if (s.suppressed > 0) {
    out += Render(MakePhrase("summary.suppressed").Arg("n", std::to_string(s.suppressed)), language);
  }
  return out;
}

std::string PlainFactSummary(const Summary& s, Language language) {
  return Render(MakePhrase("summary.facts")
                    .Arg("facts", CountPhrase("fact", s.facts))
                    .Arg("ok", std::to_string(s.facts_ok))
                    .Arg("warnings", std::to_string(s.facts_warning))
                    .Arg("errors", std::to_string(s.facts_error)),
                language);
}

}  // namespace figcheck
