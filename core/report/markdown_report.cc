// A pull-request comment in GitHub-flavoured Markdown: a headline with counts, then a table of
// facts (status, file:line, fact, stated figures, recomputed figures, findings). Article-level
// findings and input errors are rows too. Past kMarkdownOpenRows rows, the rows with findings
// are shown open (up to kMarkdownOpenRows) and the whole table is collapsed under <details>.
// Every cell is escaped with MarkdownCellEscape.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/report/escape.h"
#include "core/report/finding_lines.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"
#include "core/report/spool.h"

namespace figcheck {
namespace {

using report::MarkdownCellEscape;

struct Row {
  FactStatus status = FactStatus::kOk;
  bool input_error = false;
  std::string where, fact, stated, recomputed, findings;  // escaped cells
};

std::string StatusCell(const Row& row, Language language) {
  if (row.input_error) return Render("md.status.input-error", language);
  switch (row.status) {
    case FactStatus::kOk: return Render("md.status.ok", language);
    case FactStatus::kWarning: return Render("md.status.warning", language);
    case FactStatus::kError: return Render("md.status.error", language);
  }
  return "";
}

std::string Where(const std::string& path, const SourceLocation& location) {
  return MarkdownCellEscape(location.line > 0 ? fmt::format("{}:{}", path, location.line) : path);
}

std::string FindingsCell(const std::vector<Finding>& findings, Language language, std::string* recomputed) {
  std::vector<std::string> parts, figures;
  for (const auto& finding : findings) {
    parts.push_back(fmt::format("**{}** ({}): {}", MarkdownCellEscape(finding.code), SeverityName(finding.severity),
                                MarkdownCellEscape(Message(finding, language))));
    if (!finding.recomputed.empty()) figures.push_back(MarkdownCellEscape(finding.recomputed));
  }
  *recomputed = fmt::format("{}", fmt::join(figures, "<br>"));
  return fmt::format("{}", fmt::join(parts, "<br>"));
}

FactStatus WorstOf(const std::vector<Finding>& findings) {
  FactStatus status = FactStatus::kOk;
  for (const auto& finding : findings) {
    if (finding.severity == Severity::kError) return FactStatus::kError;
    if (finding.severity == Severity::kWarning) status = FactStatus::kWarning;
  }
  return status;
}

template <typename Emit>
void FileRows(const FileResult& file, Language language, Emit&& emit) {
  for (const auto& diagnostic : file.diagnostics) {
    Row row;
    row.status = FactStatus::kError;
    row.input_error = true;
    row.where = Where(diagnostic.location.file.empty() ? file.path : diagnostic.location.file, diagnostic.location);
    row.fact = "—";
    row.findings = fmt::format("**{}**: {}", kInputError, MarkdownCellEscape(diagnostic.message));
    emit(std::move(row));
  }
  if (!file.loaded && file.diagnostics.empty()) {
    emit({FactStatus::kError, true, MarkdownCellEscape(file.path), "—", "", "",
                    fmt::format("**{}**: {}", kInputError, Render("report.not-loaded", language))});
  }
  for (const auto& fact : file.facts) {
    Row row;
    row.status = fact.status;
    row.where = Where(file.path, fact.location);
    row.fact = MarkdownCellEscape(fact.id);
    std::vector<std::string> figures;
    for (const auto& figure : fact.figures) figures.push_back(MarkdownCellEscape(figure));
    row.stated = fmt::format("{}", fmt::join(figures, "<br>"));
    row.findings = FindingsCell(fact.findings, language, &row.recomputed);
    emit(std::move(row));
  }
  if (!file.findings.empty()) {
    Row row;
    row.status = WorstOf(file.findings);
    row.where = MarkdownCellEscape(file.path);
    row.fact = Render("report.article-subject", language);
    row.findings = FindingsCell(file.findings, language, &row.recomputed);
    emit(std::move(row));
  }
}

void WriteTableHead(Language language, std::ostream& out) {
  out << Render("md.table-head", language) << "\n";
  out << "|---|---|---|---|---|---|\n";
}

void WriteRow(const Row& row, Language language, std::ostream& out) {
  out << "| " << StatusCell(row, language) << " | " << row.where << " | " << row.fact << " | " << row.stated << " | "
      << row.recomputed << " | " << row.findings << " |\n";
}


// Every row is spooled as it comes (the full table); the rows with findings are kept in memory
// up to kMarkdownOpenRows (the open table of a long report). The headline, which counts the
// run, is written at Finish, then the tables.
class MarkdownReportStream final : public ReportStream {
 public:
  MarkdownReportStream(std::ostream& out, Language language) : out_(out), language_(language) {}

  void Add(const FileResult& file) override {
    FileRows(file, language_, [&](Row&& row) {
      ++rows_;
      WriteRow(row, language_, spool_.out());
      if (row.input_error || row.status != FactStatus::kOk) {
        if (++problems_ <= kMarkdownOpenRows) problem_rows_.push_back(std::move(row));
      }
    });
  }

  void Finish(const Summary& sum) override {
    const bool failed = sum.facts_error > 0 || sum.input_errors > 0;
    out_ << Render(MakePhrase("md.headline")
                       .Arg("icon", failed ? "❌" : sum.facts_warning > 0 ? "⚠️" : "✅")
                       .Arg("facts", CountPhrase("fact", sum.facts))
                       .Arg("ok", std::to_string(sum.facts_ok))
                       .Arg("warnings", std::to_string(sum.facts_warning))
                       .Arg("errors", std::to_string(sum.facts_error)),
                   language_)
         << "\n\n";
    out_ << Render(MakePhrase("md.counts")
                       .Arg("files", CountPhrase("file", sum.files))
                       .Arg("errors", CountPhrase("error", sum.findings_error))
                       .Arg("warnings", CountPhrase("warning", sum.findings_warning))
                       .Arg("notes", CountPhrase("note", sum.findings_note)),
                   language_);
    if (sum.input_errors > 0) {
      out_ << Render(MakePhrase("md.input-errors")
                         .Arg("input_errors", CountPhrase("input-error", sum.input_errors))
                         .Arg("files", CountPhrase("file", sum.files_with_input_errors)),
                     language_);
    }
    out_ << "\n\n";
    if (rows_ == 0) {
      out_ << Render("md.no-facts", language_) << "\n";
      return;
    }
    if (rows_ <= kMarkdownOpenRows) {
      WriteTableHead(language_, out_);
      spool_.MoveTo(out_);
      return;
    }
    if (problems_ > 0) {
      out_ << Render("md.with-findings", language_) << "\n\n";
      WriteTableHead(language_, out_);
      for (const Row& row : problem_rows_) WriteRow(row, language_, out_);
      if (problems_ > kMarkdownOpenRows) {
        out_ << "\n"
             << Render(MakePhrase("md.more-below").Arg("n", std::to_string(problems_ - kMarkdownOpenRows)), language_)
             << "\n";
      }
      out_ << "\n";
    }
    out_ << "<details>\n<summary>"
         << Render(MakePhrase(rows_ == 1 ? "md.all-rows.1" : "md.all-rows.n").Arg("n", std::to_string(rows_)), language_)
         << "</summary>\n\n";
    WriteTableHead(language_, out_);
    spool_.MoveTo(out_);
    out_ << "\n</details>\n";
  }

 private:
  std::ostream& out_;
  Language language_;
  report::Spool spool_;
  long long rows_ = 0, problems_ = 0;
  std::vector<Row> problem_rows_;
};

}  // namespace

std::unique_ptr<ReportStream> MakeMarkdownReportStream(const ReportOptions& options, std::ostream& out) {
  return std::make_unique<MarkdownReportStream>(out, options.language);
}

void WriteMarkdownReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  WriteWholeRun(*MakeMarkdownReportStream(options, out), run);
}

}  // namespace figcheck
