// --format json: the whole run as one JSON document (schema in docs/REPORTS.md).
#include <nlohmann/json.hpp>

#include "core/report/report.h"

namespace figcheck {
namespace {

nlohmann::ordered_json RateJson(const RateObservation& r) {
  return {{"value", r.value.ToString()}, {"source", r.source}, {"observed_on", r.observed_on.ToString()}, {"path", r.path}};
}

nlohmann::ordered_json IntervalJson(const Interval& i) {
  nlohmann::ordered_json j;
  j["low"] = i.low ? nlohmann::ordered_json(i.low->ToString()) : nlohmann::ordered_json(nullptr);
  j["low_closed"] = i.low_closed;
  j["high"] = i.high ? nlohmann::ordered_json(i.high->ToString()) : nlohmann::ordered_json(nullptr);
  j["high_closed"] = i.high_closed;
  return j;
}

nlohmann::ordered_json FindingJson(const Finding& f) {
  nlohmann::ordered_json j = {{"code", f.code},
                      {"severity", std::string(SeverityName(f.severity))},
                      {"fact", f.fact_id},
                      {"line", f.location.line},
                      {"column", f.location.column},
                      {"message", f.message},
                      {"stated", f.stated},
                      {"recomputed", f.recomputed},
                      {"pair", f.pair},
                      {"details", f.details}};
  j["rate"] = f.rate ? RateJson(*f.rate) : nlohmann::ordered_json(nullptr);
  return j;
}

}  // namespace

void WriteJsonReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileResult& file : run.files) {
    nlohmann::ordered_json facts = nlohmann::ordered_json::array();
    for (const FactResult& fact : file.facts) {
      nlohmann::ordered_json findings = nlohmann::ordered_json::array();
      for (const Finding& f : fact.findings) findings.push_back(FindingJson(f));
      nlohmann::ordered_json jf = {{"id", fact.id},
                           {"kind", std::string(FactKindName(fact.kind))},
                           {"status", std::string(FactStatusName(fact.status))},
                           {"line", fact.location.line},
                           {"column", fact.location.column},
                           {"quote", fact.quote},
                           {"figures", fact.figures},
                           {"recomputed", fact.recomputed},
                           {"findings", std::move(findings)}};
      if (fact.conversion) {
        const ConversionDetail& c = *fact.conversion;
        jf["conversion"] = {{"pair", std::string(c.base->code) + "/" + std::string(c.quote->code)},
                            {"rate_date", c.rate_date.ToString()},
                            {"implied_rate", IntervalJson(c.implied_rate)},
                            {"tolerance", c.tolerance.ToString()},
                            {"reference", c.reference ? RateJson(*c.reference) : nlohmann::ordered_json(nullptr)}};
      }
      facts.push_back(std::move(jf));
    }
    nlohmann::ordered_json article_findings = nlohmann::ordered_json::array();
    for (const Finding& f : file.findings) article_findings.push_back(FindingJson(f));
    nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
    for (const Diagnostic& d : file.diagnostics) {
      diagnostics.push_back({{"severity", std::string(SeverityName(d.severity))},
                             {"line", d.location.line},
                             {"column", d.location.column},
                             {"message", d.message}});
    }
    files.push_back({{"path", file.path},
                     {"article", file.article_id},
                     {"title", file.title},
                     {"loaded", file.loaded},
                     {"diagnostics", std::move(diagnostics)},
                     {"facts", std::move(facts)},
                     {"findings", std::move(article_findings)}});
  }
  const Summary& s = run.summary;
  nlohmann::ordered_json doc = {
      {"tool", {{"name", "figcheck"}, {"version", options.tool_version}}},
      {"files", std::move(files)},
      {"summary",
       {{"files", s.files}, {"files_with_input_errors", s.files_with_input_errors}, {"facts", s.facts},
        {"facts_ok", s.facts_ok}, {"facts_warning", s.facts_warning}, {"facts_error", s.facts_error},
        {"errors", s.findings_error}, {"warnings", s.findings_warning}, {"notes", s.findings_note},
        {"input_errors", s.input_errors}}}};
  out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace figcheck
