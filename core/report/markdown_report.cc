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

std::string StatusCell(const Row& row) {
  if (row.input_error) return "❌ input error";
  switch (row.status) {
    case FactStatus::kOk: return "✅ ok";
    case FactStatus::kWarning: return "⚠️ warning";
    case FactStatus::kError: return "❌ error";
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
                    fmt::format("**{}**: the file could not be loaded", kInputError)});
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
    row.fact = "(article)";
    row.findings = FindingsCell(file.findings, language, &row.recomputed);
    emit(std::move(row));
  }
}

void WriteTableHead(std::ostream& out) {
  out << "| Status | File | Fact | Stated | Recomputed | Findings |\n";
  out << "|---|---|---|---|---|---|\n";
}

void WriteRow(const Row& row, std::ostream& out) {
  out << "| " << StatusCell(row) << " | " << row.where << " | " << row.fact << " | " << row.stated << " | "
      << row.recomputed << " | " << row.findings << " |\n";
}

std::string Count(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
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
      WriteRow(row, spool_.out());
      if (row.input_error || row.status != FactStatus::kOk) {
        if (++problems_ <= kMarkdownOpenRows) problem_rows_.push_back(std::move(row));
      }
    });
  }

  void Finish(const Summary& sum) override {
    const bool failed = sum.facts_error > 0 || sum.input_errors > 0;
    out_ << "### figcheck: " << (failed ? "❌" : sum.facts_warning > 0 ? "⚠️" : "✅") << " "
         << Count(sum.facts, "fact", "facts") << " checked — " << sum.facts_ok << " ok, " << sum.facts_warning
         << " with warnings, " << sum.facts_error << " with errors\n\n";
    out_ << Count(sum.files, "file", "files") << " · findings: " << Count(sum.findings_error, "error", "errors")
         << ", " << Count(sum.findings_warning, "warning", "warnings") << ", "
         << Count(sum.findings_note, "note", "notes");
    if (sum.input_errors > 0) {
      out_ << " · " << Count(sum.input_errors, "input error", "input errors") << " in "
           << Count(sum.files_with_input_errors, "file", "files");
    }
    out_ << "\n\n";
    if (rows_ == 0) {
      out_ << "No facts were checked.\n";
      return;
    }
    if (rows_ <= kMarkdownOpenRows) {
      WriteTableHead(out_);
      spool_.MoveTo(out_);
      return;
    }
    if (problems_ > 0) {
      out_ << "**Facts with findings**\n\n";
      WriteTableHead(out_);
      for (const Row& row : problem_rows_) WriteRow(row, out_);
      if (problems_ > kMarkdownOpenRows) out_ << "\n…and " << problems_ - kMarkdownOpenRows << " more in the full table below.\n";
      out_ << "\n";
    }
    out_ << "<details>\n<summary>All " << rows_ << (rows_ == 1 ? " row" : " rows") << "</summary>\n\n";
    WriteTableHead(out_);
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
