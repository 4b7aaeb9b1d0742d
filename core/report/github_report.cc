// GitHub Actions workflow commands: one annotation per finding and per input error, placed on
// the fact file's line and column.
//
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per
// job); the rest are dropped without a word. So per severity: when more than the budget, the
// first budget - 1 are written and one more annotation says how many were left out. The
// notice budget keeps one place for the run summary, always the last line.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/report/escape.h"
#include "core/report/finding_lines.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"

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

// "error" / "errors" / "오류": the catalogue's severity.* nouns.
Phrase Plural(Severity severity, long long n) {
  return MakePhrase(fmt::format("severity.{}.{}", SeverityName(severity), n == 1 ? "1" : "n"));
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

// The annotations of one file, in the report's order: input errors, then each fact's findings,
// then the article's.
template <typename Emit>
void FileAnnotations(const FileResult& file, Language language, Emit&& emit) {
  auto add_finding = [&](const Finding& finding) {
    Annotation a;
    a.severity = finding.severity;
    a.location = finding.location;
    if (a.location.file.empty()) a.location.file = file.path;
    a.title = fmt::format("figcheck {}: {}", finding.code, report::FindingSubject(finding, language));
    a.message = Message(finding, language);
    for (const auto& line : report::FindingLines(finding, language)) a.message += "\n" + line;
    emit(std::move(a));
  };
  for (const auto& diagnostic : file.diagnostics) {
    Annotation a;
    a.severity = diagnostic.severity;
    a.location = diagnostic.location;
    if (a.location.file.empty()) a.location.file = file.path;
    a.title = fmt::format("figcheck {}", kInputError);
    a.message = diagnostic.message;
    emit(std::move(a));
  }
  if (!file.loaded && file.diagnostics.empty()) {
    emit(Annotation{Severity::kError, {file.path, 0, 0}, fmt::format("figcheck {}", kInputError),
                    Render("report.not-loaded", language)});
  }
  for (const auto& fact : file.facts) {
    for (const auto& finding : fact.findings) add_finding(finding);
  }
  for (const auto& finding : file.findings) add_finding(finding);
}

int Index(Severity severity) { return static_cast<int>(severity); }

// Annotations are written as they come while a severity is within its budget; the one that
// would fill the budget is held back until the end says whether it fits (exactly at the cap)
// or gives its place to the "more" notice. Memory: one held annotation per severity.
class GithubReportStream final : public ReportStream {
 public:
  GithubReportStream(std::ostream& out, Language language) : out_(out), language_(language) {}

  void Add(const FileResult& file) override {
    FileAnnotations(file, language_, [&](Annotation&& a) {
      const int i = Index(a.severity);
      const long long seen = total_[i]++;
      if (seen < Cap(a.severity) - 1) {
        WriteAnnotation(a, out_);
      } else if (seen == Cap(a.severity) - 1) {
        held_[i] = std::move(a);
      }
    });
  }

  void Finish(const Summary& summary) override {
    for (const Severity s : kSeverities) {
      const int i = Index(s);
      if (total_[i] == Cap(s) && held_[i]) WriteAnnotation(*held_[i], out_);
    }
    for (const Severity s : kSeverities) {
      const long long left_out = total_[Index(s)] - (Cap(s) - 1);
      if (total_[Index(s)] <= Cap(s)) continue;
      WriteAnnotation({s, {}, Render(MakePhrase("github.more-title").Arg("severities", Plural(s, 2)), language_),
                       Render(MakePhrase("github.more")
                                  .Arg("n", std::to_string(left_out))
                                  .Arg("severities", Plural(s, left_out))
                                  .Arg("cap", std::to_string(kGithubAnnotationCap))
                                  .Arg("command", std::string(Command(s))),
                              language_)},
                      out_);
    }
    const std::string line = PlainSummary(summary, language_) + "; " + PlainFactSummary(summary, language_);
    WriteAnnotation({Severity::kNote, {}, "figcheck summary", line}, out_);
  }

 private:
  static constexpr std::array<Severity, 3> kSeverities = {Severity::kError, Severity::kWarning, Severity::kNote};
  // The notice budget keeps one place for the run summary.
  static int Cap(Severity s) { return s == Severity::kNote ? kGithubAnnotationCap - 1 : kGithubAnnotationCap; }

  std::ostream& out_;
  Language language_;
  std::array<long long, 3> total_{};
  std::array<std::optional<Annotation>, 3> held_;
};

}  // namespace

std::unique_ptr<ReportStream> MakeGithubReportStream(const ReportOptions& options, std::ostream& out) {
  return std::make_unique<GithubReportStream>(out, options.language);
}

void WriteGithubReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  WriteWholeRun(*MakeGithubReportStream(options, out), run);
}

}  // namespace figcheck
