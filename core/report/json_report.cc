// --format json: the whole run as one JSON document (schema in docs/REPORTS.md).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/report/report.h"
#include "core/report/report_stream.h"

namespace figcheck {
namespace {

nlohmann::json RateJson(const RateObservation& r) {
  return {{"value", r.value.ToString()}, {"source", r.source}, {"observed_on", r.observed_on.ToString()}, {"path", r.path}};
}

nlohmann::json IntervalJson(const Interval& i) {
  nlohmann::json j;
  j["low"] = i.low ? nlohmann::json(i.low->ToString()) : nlohmann::json(nullptr);
  j["low_closed"] = i.low_closed;
  j["high"] = i.high ? nlohmann::json(i.high->ToString()) : nlohmann::json(nullptr);
  j["high_closed"] = i.high_closed;
  return j;
}

nlohmann::json FindingJson(const Finding& f) {
  nlohmann::json j = {{"code", f.code},
                      {"severity", std::string(SeverityName(f.severity))},
                      {"fact", f.fact_id},
                      {"line", f.location.line},
                      {"column", f.location.column},
                      {"message", f.message},
                      {"stated", f.stated},
                      {"recomputed", f.recomputed},
                      {"pair", f.pair},
                      {"details", f.details}};
  j["rate"] = f.rate ? RateJson(*f.rate) : nlohmann::json(nullptr);
  return j;
}

nlohmann::json FileJson(const FileResult& file) {
  nlohmann::json facts = nlohmann::json::array();
  for (const FactResult& fact : file.facts) {
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& f : fact.findings) findings.push_back(FindingJson(f));
    nlohmann::json jf = {{"id", fact.id},
                         {"kind", std::string(FactKindName(fact.kind))},
                         {"status", std::string(FactStatusName(fact.status))},
                         {"line", fact.location.line},
                         {"column", fact.location.column},
                         {"quote", fact.quote},
                         {"figures", fact.figures},
                         {"findings", std::move(findings)}};
    if (fact.conversion) {
      const ConversionDetail& c = *fact.conversion;
      jf["conversion"] = {{"pair", std::string(c.base->code) + "/" + std::string(c.quote->code)},
                          {"rate_date", c.rate_date.ToString()},
                          {"implied_rate", IntervalJson(c.implied_rate)},
                          {"tolerance", c.tolerance.ToString()},
                          {"reference", c.reference ? RateJson(*c.reference) : nlohmann::json(nullptr)}};
    }
    facts.push_back(std::move(jf));
  }
  nlohmann::json article_findings = nlohmann::json::array();
  for (const Finding& f : file.findings) article_findings.push_back(FindingJson(f));
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const Diagnostic& d : file.diagnostics) {
    diagnostics.push_back({{"severity", std::string(SeverityName(d.severity))},
                           {"line", d.location.line},
                           {"column", d.location.column},
                           {"message", d.message}});
  }
  return {{"path", file.path},
          {"article", file.article_id},
          {"title", file.title},
          {"loaded", file.loaded},
          {"diagnostics", std::move(diagnostics)},
          {"facts", std::move(facts)},
          {"findings", std::move(article_findings)}};
}

std::string Dump(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `text` with every line after the first indented by `spaces` more (JSON strings hold no raw
// newlines, so every newline of a dump is between tokens).
std::string Indented(std::string_view text, std::size_t spaces) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out.append(spaces, ' ');
  }
  return out;
}

}  // namespace

// The document is a map with sorted keys, so "files" comes first: the stream writes the head,
// each file object indented as dump(2) indents it inside the array, then the rest of a
// document dumped without files (summary, tool), so the bytes are WriteJsonReport's exactly.
JsonReportStream::JsonReportStream(const ReportOptions& options, std::ostream& out) : options_(options), out_(out) {
  out_ << "{\n  \"files\": [";
}

void JsonReportStream::Add(const FileResult& file) {
  out_ << (any_file_ ? ",\n    " : "\n    ") << Indented(Dump(FileJson(file), 2), 4);
  any_file_ = true;
}

void JsonReportStream::Finish(const Summary& s) {
  nlohmann::json doc = {
      {"tool", {{"name", "figcheck"}, {"version", options_.tool_version}}},
      {"summary",
       {{"files", s.files}, {"files_with_input_errors", s.files_with_input_errors}, {"facts", s.facts},
        {"facts_ok", s.facts_ok}, {"facts_warning", s.facts_warning}, {"facts_error", s.facts_error},
        {"errors", s.findings_error}, {"warnings", s.findings_warning}, {"notes", s.findings_note},
        {"input_errors", s.input_errors}}}};
  const std::string rest = Dump(doc, 2);  // "{\n  \"summary\": ...\n}"
  out_ << (any_file_ ? "\n  ]," : "],") << std::string_view(rest).substr(1) << '\n';
}

void WriteJsonRecord(const FileResult& file, long input_line, std::ostream& out) {
  nlohmann::json j = FileJson(file);
  j["input_line"] = input_line;
  out << Dump(j, -1) << '\n';
}

void WriteJsonReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  JsonReportStream stream(options, out);
  for (const FileResult& file : run.files) stream.Add(file);
  stream.Finish(run.summary);
}

}  // namespace figcheck
