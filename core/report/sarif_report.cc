// SARIF 2.1.0 (OASIS), as GitHub code scanning and other SARIF viewers read it.
//
// Rules: one per finding code, in AllFindingCodes() order (but unreviewed-draft, declared only
// when a result has it), then "input-error" if that list lacks it, then any code met in the run
// that the list does not know. Results point into the fact
// file (columns in Unicode code points: run.columnKind). partialFingerprints["figcheck/v1"] is
// "<FNV-1a 64 hex of the key>:<occurrence>", the key being article id (or path), fact id and
// code joined by NUL (plus the pair for article-level findings, the message for input errors):
// it holds no line number, so moving a fact in its file does not re-raise its findings.
#include <map>

#include <nlohmann/json.hpp>

#include "core/report/escape.h"
#include "core/report/finding_lines.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"
#include "core/report/spool.h"

namespace figcheck {
namespace {

using Json = nlohmann::ordered_json;

// The repository, from -DFIGCHECK_REPOSITORY_URL at build time (CMakeLists.txt, the one place
// that names it): informationUri, and each rule's helpUri into its "### `code`" section of
// docs/CHECKS.md. Empty: no links rather than an invented one.
#ifndef FIGCHECK_REPOSITORY_URL
#define FIGCHECK_REPOSITORY_URL ""
#endif
constexpr std::string_view kRepositoryUrl = FIGCHECK_REPOSITORY_URL;

std::string_view Level(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

// "rate-deviation" -> "RateDeviation" (SARIF's rule "name" is an identifier-like string).
std::string RuleName(std::string_view code) {
  std::string name;
  bool upper = true;
  for (const char c : code) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return name;
}

class RuleTable {
 public:
  RuleTable() {
    for (const auto& code : AllFindingCodes()) {
      // unreviewed-draft is declared only when a result has it: with --allow-drafts the code
      // appears nowhere in the output.
      if (code.code == kUnreviewedDraft) continue;
      Add(code.code, code.severity, code.short_description, code.full_description);
    }
    if (index_.count(std::string(kInputError)) == 0) {
      Add(kInputError, Severity::kError, "A fact file could not be read or is invalid.",
          "The fact file is not valid YAML, has an unknown or misspelled key, lacks a required key, "
          "repeats an id, or holds an amount or date figcheck cannot read. Its facts were not all "
          "checked: fix the file at the line and column given.");
    }
  }

  // The index of `code`'s rule, adding a generic rule for a code the table does not know.
  int IndexOf(const std::string& code, Severity severity) {
    auto it = index_.find(code);
    if (it != index_.end()) return it->second;
    if (const FindingCode* known = FindFindingCode(code)) {
      return Add(known->code, known->severity, known->short_description, known->full_description);
    }
    return Add(code, severity, "figcheck finding " + code, "A finding figcheck reported with code " + code + ".");
  }

  const Json& rules() const { return rules_; }

 private:
  int Add(std::string_view code, Severity severity, std::string_view short_description,
          std::string_view full_description) {
    const int index = static_cast<int>(rules_.size());
    index_.emplace(std::string(code), index);
    Json rule;
    rule["id"] = code;
    rule["name"] = RuleName(code);
    rule["shortDescription"] = {{"text", report::ValidUtf8(short_description)}};
    rule["fullDescription"] = {{"text", report::ValidUtf8(full_description)}};
    rule["help"] = {{"text", report::ValidUtf8(full_description)}};
    if (!kRepositoryUrl.empty()) {
      rule["helpUri"] = std::string(kRepositoryUrl) + "/blob/HEAD/docs/CHECKS.md#" + std::string(code);
    }
    rule["defaultConfiguration"] = {{"level", Level(severity)}};
    rules_.push_back(std::move(rule));
    return index;
  }

  Json rules_ = Json::array();
  std::map<std::string, int> index_;
};

Json Location(const SourceLocation& location, const std::string& fallback_path) {
  std::string path = location.file.empty() ? fallback_path : location.file;
  while (path.rfind("./", 0) == 0) path.erase(0, 2);
  Json artifact;
  if (!path.empty() && path[0] == '/') {
    artifact["uri"] = "file://" + report::PathToUri(path);
  } else {
    artifact["uri"] = report::PathToUri(path);
    artifact["uriBaseId"] = "%SRCROOT%";
  }
  Json physical;
  physical["artifactLocation"] = std::move(artifact);
  if (location.line > 0) {
    Json region;
    region["startLine"] = location.line;
    if (location.column > 0) region["startColumn"] = location.column;
    physical["region"] = std::move(region);
  }
  return Json{{"physicalLocation", std::move(physical)}};
}

// Writes each result as it comes, indented as it stands in the finished document (inside
// runs[0].results), separated by commas: the document's results, spooled.
constexpr std::string_view kResultIndent = "        ";  // runs[0].results[i]: four levels of two

class ResultWriter {
 public:
  ResultWriter(RuleTable& rules, Language language, std::ostream& out) : rules_(rules), language_(language), out_(out) {}

  void AddFinding(const FileResult& file, const Finding& finding) {
    std::string key = (file.article_id.empty() ? file.path : file.article_id) + '\0' + finding.fact_id + '\0' +
                      finding.code;
    if (finding.fact_id.empty()) key += '\0' + finding.pair;
    std::string text = Message(finding, language_);
    for (const auto& line : report::FindingLines(finding, language_)) text += "\n" + line;
    Json properties;
    properties["factId"] = report::ValidUtf8(finding.fact_id);
    if (!finding.stated.empty()) properties["stated"] = report::ValidUtf8(finding.stated);
    if (!finding.recomputed.empty()) properties["recomputed"] = report::ValidUtf8(finding.recomputed);
    if (finding.rate) {
      properties["rate"] = {{"pair", report::ValidUtf8(finding.pair)},
                            {"value", finding.rate->value.ToString()},
                            {"source", report::ValidUtf8(finding.rate->source)},
                            {"observedOn", finding.rate->observed_on.ToString()},
                            {"path", report::ValidUtf8(finding.rate->path)}};
    }
    if (!finding.details.empty()) {
      Json details = Json::array();
      // English, like every property: the message's lines above are in the report's language.
      for (const auto& detail : Details(finding)) details.push_back(report::ValidUtf8(detail));
      properties["details"] = std::move(details);
    }
    Add(finding.code, finding.severity, text, Location(finding.location, file.path), key, std::move(properties));
  }

  void AddDiagnostic(const FileResult& file, const Diagnostic& diagnostic) {
    const std::string key = file.path + '\0' + std::string(kInputError) + '\0' + diagnostic.message;
    Add(std::string(kInputError), diagnostic.severity, diagnostic.message, Location(diagnostic.location, file.path),
        key, Json::object());
  }

  bool any() const { return any_; }

 private:
  void Add(const std::string& code, Severity severity, const std::string& text, Json location,
           const std::string& key, Json properties) {
    const std::string hash = report::Fnv1a64Hex(key);
    const int occurrence = ++occurrences_[hash];
    Json result;
    result["ruleId"] = code;
    result["ruleIndex"] = rules_.IndexOf(code, severity);
    result["level"] = Level(severity);
    result["message"] = {{"text", report::ValidUtf8(text)}};
    result["locations"] = Json::array({std::move(location)});
    result["partialFingerprints"] = {{"figcheck/v1", hash + ":" + std::to_string(occurrence)}};
    if (!properties.empty()) result["properties"] = std::move(properties);
    if (any_) out_ << ",\n" << kResultIndent;
    any_ = true;
    // A dumped string never holds a raw newline: every line break is the layout's.
    const std::string dumped = result.dump(2, ' ', false, Json::error_handler_t::replace);
    std::size_t from = 0;
    for (std::size_t nl = dumped.find('\n'); nl != std::string::npos; nl = dumped.find('\n', from)) {
      out_.write(dumped.data() + from, static_cast<std::streamsize>(nl + 1 - from));
      out_ << kResultIndent;
      from = nl + 1;
    }
    out_.write(dumped.data() + from, static_cast<std::streamsize>(dumped.size() - from));
  }

  RuleTable& rules_;
  Language language_;
  std::ostream& out_;
  bool any_ = false;
  std::map<std::string, int> occurrences_;
};

// Results are spooled as each file comes; the document (tool, the rules the results met, and
// the results in place) is put together at Finish, byte for byte what one dump would print.
class SarifReportStream final : public ReportStream {
 public:
  SarifReportStream(const ReportOptions& options, std::ostream& out)
      : options_(options), out_(out), results_(rules_, options.language, spool_.out()) {}

  void Add(const FileResult& file) override {
    for (const auto& diagnostic : file.diagnostics) results_.AddDiagnostic(file, diagnostic);
    if (!file.loaded && file.diagnostics.empty()) {
      results_.AddDiagnostic(file, Diagnostic{{file.path, 0, 0}, Severity::kError, "the file could not be loaded"});
    }
    for (const auto& fact : file.facts) {
      for (const auto& finding : fact.findings) results_.AddFinding(file, finding);
    }
    for (const auto& finding : file.findings) results_.AddFinding(file, finding);
  }

  void Finish(const Summary&) override {
    Json run_json;
    Json driver;
    driver["name"] = "figcheck";
    driver["version"] = report::ValidUtf8(options_.tool_version);
    if (!kRepositoryUrl.empty()) driver["informationUri"] = kRepositoryUrl;
    driver["rules"] = rules_.rules();
    run_json["tool"] = {{"driver", std::move(driver)}};
    run_json["columnKind"] = "unicodeCodePoints";
    // A placeholder stands where the spooled results go.
    run_json["results"] = results_.any() ? Json::array({std::string(kPlaceholder)}) : Json::array();
    Json sarif;
    sarif["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    sarif["version"] = "2.1.0";
    sarif["runs"] = Json::array({std::move(run_json)});
    const std::string text = sarif.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    const std::string quoted = "\"" + std::string(kPlaceholder) + "\"";
    const std::size_t at = results_.any() ? text.find(quoted) : std::string::npos;
    if (at == std::string::npos) {
      out_ << text;
      return;
    }
    out_.write(text.data(), static_cast<std::streamsize>(at));
    spool_.MoveTo(out_);
    out_ << std::string_view(text).substr(at + quoted.size());
  }

 private:
  static constexpr std::string_view kPlaceholder = "figcheck: the results are spooled here";
  ReportOptions options_;
  std::ostream& out_;
  report::Spool spool_;
  RuleTable rules_;
  ResultWriter results_;
};

}  // namespace

std::unique_ptr<ReportStream> MakeSarifReportStream(const ReportOptions& options, std::ostream& out) {
  return std::make_unique<SarifReportStream>(options, out);
}

void WriteSarifReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  WriteWholeRun(*MakeSarifReportStream(options, out), run);
}

}  // namespace figcheck
