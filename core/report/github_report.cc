// GitHub Actions workflow commands: one annotation per finding and per input error, placed on
// the fact file's line and column.
//
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per
// job); the rest are dropped without a word. So per severity: when more than the budget, the
// first budget - 1 are written and one more annotation says how many were left out. The
// notice budget keeps one place for the run summary, always the last line.
#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/report/escape.h"
#include "core/report/finding_lines.h"
#include "core/report/report.h"

namespace figcheck {
namespace {

using report::GithubMessageEscape;
using report::GithubPropertyEscape;

struct Annotation {
  Severity severity = Severity::kError;
  SourceLocation location;
  std::string title;
  std::string message;
};

std::string_view Command(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "notice";
  }
  return "error";
}

std::string_view Plural(Severity severity, int n) {
  switch (severity) {
    case Severity::kError: return n == 1 ? "error" : "errors";
    case Severity::kWarning: return n == 1 ? "warning" : "warnings";
    case Severity::kNote: return n == 1 ? "note" : "notes";
  }
  return "";
}

void WriteAnnotation(const Annotation& a, std::ostream& out) {
  std::vector<std::string> properties;
  if (!a.location.file.empty()) properties.push_back("file=" + GithubPropertyEscape(a.location.file));
  if (!a.location.file.empty() && a.location.line > 0) {
    properties.push_back(fmt::format("line={}", a.location.line));
    if (a.location.column > 0) properties.push_back(fmt::format("col={}", a.location.column));
  }
  properties.push_back("title=" + GithubPropertyEscape(a.title));
  out << "::" << Command(a.severity) << " " << fmt::format("{}", fmt::join(properties, ",")) << "::"
      << GithubMessageEscape(a.message) << "\n";
}

std::vector<Annotation> CollectAnnotations(const RunResult& run, Language language) {
  std::vector<Annotation> annotations;
  auto add_finding = [&](const FileResult& file, const Finding& finding) {
    Annotation a;
    a.severity = finding.severity;
    a.location = finding.location;
    if (a.location.file.empty()) a.location.file = file.path;
    a.title = fmt::format("figcheck {}: {}", finding.code, report::FindingSubject(finding));
    a.message = Message(finding, language);
    for (const auto& line : report::FindingLines(finding, language)) a.message += "\n" + line;
    annotations.push_back(std::move(a));
  };
  for (const auto& file : run.files) {
    for (const auto& diagnostic : file.diagnostics) {
      Annotation a;
      a.severity = diagnostic.severity;
      a.location = diagnostic.location;
      if (a.location.file.empty()) a.location.file = file.path;
      a.title = fmt::format("figcheck {}", kInputError);
      a.message = diagnostic.message;
      annotations.push_back(std::move(a));
    }
    if (!file.loaded && file.diagnostics.empty()) {
      annotations.push_back({Severity::kError, {file.path, 0, 0}, fmt::format("figcheck {}", kInputError),
                             Render("report.not-loaded", language)});
    }
    for (const auto& fact : file.facts) {
      for (const auto& finding : fact.findings) add_finding(file, finding);
    }
    for (const auto& finding : file.findings) add_finding(file, finding);
  }
  return annotations;
}

int Index(Severity severity) { return static_cast<int>(severity); }

}  // namespace

void WriteGithubReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  const std::vector<Annotation> annotations = CollectAnnotations(run, options.language);
  constexpr std::array<Severity, 3> kSeverities = {Severity::kError, Severity::kWarning, Severity::kNote};
  std::array<int, 3> total{}, budget{}, shown{};
  for (const auto& a : annotations) ++total[Index(a.severity)];
  for (const Severity s : kSeverities) {
    const int cap = s == Severity::kNote ? kGithubAnnotationCap - 1 : kGithubAnnotationCap;
    budget[Index(s)] = total[Index(s)] <= cap ? total[Index(s)] : cap - 1;
  }
  for (const auto& a : annotations) {
    if (shown[Index(a.severity)] < budget[Index(a.severity)]) {
      ++shown[Index(a.severity)];
      WriteAnnotation(a, out);
    }
  }
  for (const Severity s : kSeverities) {
    const int left_out = total[Index(s)] - shown[Index(s)];
    if (left_out == 0) continue;
    WriteAnnotation({s, {}, "figcheck: more " + std::string(Plural(s, 2)),
                     fmt::format("{} more {} not shown: GitHub shows at most {} {} annotations per step. "
                                 "See the full report (junit, sarif, markdown or html).",
                                 left_out, Plural(s, left_out), kGithubAnnotationCap, Command(s))},
                    out);
  }
  const std::string summary = PlainSummary(run.summary, options.language) + "; " + PlainFactSummary(run.summary, options.language);
  WriteAnnotation({Severity::kNote, {}, "figcheck summary", summary}, out);
}

}  // namespace figcheck
