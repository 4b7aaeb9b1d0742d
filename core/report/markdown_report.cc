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

std::vector<Row> Rows(const RunResult& run, Language language) {
  std::vector<Row> rows;
  for (const auto& file : run.files) {
    for (const auto& diagnostic : file.diagnostics) {
      Row row;
      row.status = FactStatus::kError;
      row.input_error = true;
      row.where = Where(diagnostic.location.file.empty() ? file.path : diagnostic.location.file, diagnostic.location);
      row.fact = "—";
      row.findings = fmt::format("**{}**: {}", kInputError, MarkdownCellEscape(diagnostic.message));
      rows.push_back(std::move(row));
    }
    if (!file.loaded && file.diagnostics.empty()) {
      rows.push_back({FactStatus::kError, true, MarkdownCellEscape(file.path), "—", "", "",
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
      rows.push_back(std::move(row));
    }
    if (!file.findings.empty()) {
      Row row;
      row.status = WorstOf(file.findings);
      row.where = MarkdownCellEscape(file.path);
      row.fact = "(article)";
      row.findings = FindingsCell(file.findings, language, &row.recomputed);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

void WriteTable(const std::vector<const Row*>& rows, std::ostream& out) {
  out << "| Status | File | Fact | Stated | Recomputed | Findings |\n";
  out << "|---|---|---|---|---|---|\n";
  for (const Row* row : rows) {
    out << "| " << StatusCell(*row) << " | " << row->where << " | " << row->fact << " | " << row->stated << " | "
        << row->recomputed << " | " << row->findings << " |\n";
  }
}

std::string Count(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

void WriteMarkdownReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  const Summary& sum = run.summary;
  const bool failed = sum.facts_error > 0 || sum.input_errors > 0;
  out << "### figcheck: " << (failed ? "❌" : sum.facts_warning > 0 ? "⚠️" : "✅") << " "
      << Count(sum.facts, "fact", "facts") << " checked — " << sum.facts_ok << " ok, " << sum.facts_warning
      << " with warnings, " << sum.facts_error << " with errors\n\n";
  out << Count(sum.files, "file", "files") << " · findings: " << Count(sum.findings_error, "error", "errors") << ", "
      << Count(sum.findings_warning, "warning", "warnings") << ", " << Count(sum.findings_note, "note", "notes");
  if (sum.input_errors > 0) {
    out << " · " << Count(sum.input_errors, "input error", "input errors") << " in "
        << Count(sum.files_with_input_errors, "file", "files");
  }
  out << "\n\n";

  const std::vector<Row> rows = Rows(run, options.language);
  std::vector<const Row*> all, problems;
  for (const auto& row : rows) {
    all.push_back(&row);
    if (row.input_error || row.status != FactStatus::kOk) problems.push_back(&row);
  }
  if (rows.empty()) {
    out << "No facts were checked.\n";
    return;
  }
  if (static_cast<int>(rows.size()) <= kMarkdownOpenRows) {
    WriteTable(all, out);
    return;
  }
  if (!problems.empty()) {
    const int left_out = static_cast<int>(problems.size()) - kMarkdownOpenRows;
    if (left_out > 0) problems.resize(kMarkdownOpenRows);
    out << "**Facts with findings**\n\n";
    WriteTable(problems, out);
    if (left_out > 0) out << "\n…and " << left_out << " more in the full table below.\n";
    out << "\n";
  }
  out << "<details>\n<summary>All " << Count(static_cast<int>(rows.size()), "row", "rows") << "</summary>\n\n";
  WriteTable(all, out);
  out << "\n</details>\n";
}

}  // namespace figcheck
