// --format json: the whole run as one JSON document (schema in docs/REPORTS.md).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/report/report.h"
#include "core/report/report_stream.h"

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

nlohmann::ordered_json FindingJson(const Finding& f, Language language) {
  nlohmann::ordered_json j = {{"code", f.code},
                      {"severity", std::string(SeverityName(f.severity))},
                      {"fact", f.fact_id},
                      {"line", f.location.line},
                      {"column", f.location.column},
                      {"message", Message(f, language)},
                      {"stated", f.stated},
                      {"recomputed", f.recomputed},
                      {"pair", f.pair},
                      {"details", Details(f)}};  // English, like every value but the message
  j["rate"] = f.rate ? RateJson(*f.rate) : nlohmann::ordered_json(nullptr);
  return j;
}

nlohmann::ordered_json FileJson(const FileResult& file, Language language) {
  nlohmann::ordered_json facts = nlohmann::ordered_json::array();
  for (const FactResult& fact : file.facts) {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Finding& f : fact.findings) findings.push_back(FindingJson(f, language));
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
    if (!fact.spans.empty()) {
      // The one-step check of an article: where each figure is printed (offset and length in code points).
      nlohmann::ordered_json spans = nlohmann::ordered_json::array();
      for (const FigureSpan& s : fact.spans) {
        spans.push_back({{"text", s.text}, {"line", s.location.line}, {"column", s.location.column},
                         {"offset", s.offset}, {"length", s.length}});
      }
      jf["spans"] = std::move(spans);
    }
    facts.push_back(std::move(jf));
  }
  nlohmann::ordered_json article_findings = nlohmann::ordered_json::array();
  for (const Finding& f : file.findings) article_findings.push_back(FindingJson(f, language));
  nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
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

std::string Dump(const nlohmann::ordered_json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
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

nlohmann::ordered_json ToolJson(const ReportOptions& options) {
  return {{"name", "figcheck"}, {"version", options.tool_version}};
}

nlohmann::ordered_json SummaryJson(const Summary& s) {
  return {{"files", s.files}, {"files_with_input_errors", s.files_with_input_errors}, {"facts", s.facts},
          {"facts_ok", s.facts_ok}, {"facts_warning", s.facts_warning}, {"facts_error", s.facts_error},
          {"errors", s.findings_error}, {"warnings", s.findings_warning}, {"notes", s.findings_note},
          {"input_errors", s.input_errors}, {"suppressed", s.suppressed}};
}

}  // namespace

// The document's keys keep their order ("tool", "files", "summary"), so the stream writes the
// head, each file object indented as dump(2) indents it inside the array, then the summary:
// the bytes WriteJsonReport always wrote for the whole document.
JsonReportStream::JsonReportStream(const ReportOptions& options, std::ostream& out) : options_(options), out_(out) {
  out_ << "{\n  \"tool\": " << Indented(Dump(ToolJson(options_), 2), 2) << ",\n  \"files\": [";
}

void JsonReportStream::Add(const FileResult& file) {
  out_ << (any_file_ ? ",\n    " : "\n    ") << Indented(Dump(FileJson(file, options_.language), 2), 4);
  any_file_ = true;
}

void JsonReportStream::Finish(const Summary& summary) {
  out_ << (any_file_ ? "\n  ]" : "]") << ",\n  \"summary\": " << Indented(Dump(SummaryJson(summary), 2), 2) << "\n}\n";
}

void WriteJsonRecord(const FileResult& file, long input_line, std::ostream& out, Language language) {
  nlohmann::ordered_json j = FileJson(file, language);
  j["input_line"] = input_line;
  out << Dump(j, -1) << '\n';
}

void WriteJsonReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  JsonReportStream stream(options, out);
  for (const FileResult& file : run.files) stream.Add(file);
  stream.Finish(run.summary);
}

}  // namespace figcheck
