// --format json: the whole run as one JSON document (schema in docs/REPORTS.md).
//
// Written token by token into a buffer (core/report/json_writer.h), no document tree and no
// re-indenting: the bytes are those nlohmann's dump(2) gave for the same values, so the golden
// files and users' diffs do not move.
#include <optional>
#include <string>
#include <string_view>

#include "core/report/json_writer.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"

namespace figcheck {
namespace {

void WriteRate(JsonWriter& w, const RateObservation& r) {
  w.BeginObject();
  w.Field("value", r.value.ToString());
  w.Field("source", r.source);
  w.Field("observed_on", r.observed_on.ToString());
  w.Field("path", r.path);
  w.EndObject();
}

void WriteRateOrNull(JsonWriter& w, std::string_view key, const std::optional<RateObservation>& r) {
  w.Key(key);
  if (r) WriteRate(w, *r);
  else w.Null();
}

void WriteBound(JsonWriter& w, std::string_view key, const std::optional<Decimal>& bound) {
  w.Key(key);
  if (bound) w.String(bound->ToString());
  else w.Null();
}

void WriteInterval(JsonWriter& w, const Interval& i) {
  w.BeginObject();
  WriteBound(w, "low", i.low);
  w.Field("low_closed", i.low_closed);
  WriteBound(w, "high", i.high);
  w.Field("high_closed", i.high_closed);
  w.EndObject();
}

void WriteFinding(JsonWriter& w, const Finding& f, Language language) {
  w.BeginObject();
  w.Field("code", f.code);
  w.Field("severity", SeverityName(f.severity));
  w.Field("fact", f.fact_id);
  w.Field("line", f.location.line);
  w.Field("column", f.location.column);
  w.Field("message", Message(f, language));
  w.Field("stated", f.stated);
  w.Field("recomputed", f.recomputed);
  w.Field("pair", f.pair);
  w.Field("details", Details(f));  // English, like every value but the message
  WriteRateOrNull(w, "rate", f.rate);
  w.EndObject();
}

void WriteFindings(JsonWriter& w, const std::vector<Finding>& findings, Language language) {
  w.Key("findings");
  w.BeginArray();
  for (const Finding& f : findings) WriteFinding(w, f, language);
  w.EndArray();
}

void WriteFact(JsonWriter& w, const FactResult& fact, Language language) {
  w.BeginObject();
  w.Field("id", fact.id);
  w.Field("kind", FactKindName(fact.kind));
  w.Field("status", FactStatusName(fact.status));
  w.Field("line", fact.location.line);
  w.Field("column", fact.location.column);
  w.Field("quote", fact.quote);
  w.Field("figures", fact.figures);
  w.Field("recomputed", fact.recomputed);
  WriteFindings(w, fact.findings, language);
  if (fact.conversion) {
    const ConversionDetail& c = *fact.conversion;
    w.Key("conversion");
    w.BeginObject();
    w.Field("pair", std::string(c.base->code) + "/" + std::string(c.quote->code));
    w.Field("rate_date", c.rate_date.ToString());
    w.Key("implied_rate");
    WriteInterval(w, c.implied_rate);
    w.Field("tolerance", c.tolerance.ToString());
    WriteRateOrNull(w, "reference", c.reference);
    w.EndObject();
  }
  if (!fact.spans.empty()) {
    // The one-step check of an article: where each figure is printed (offset and length in code points).
    w.Key("spans");
    w.BeginArray();
    for (const FigureSpan& s : fact.spans) {
      w.BeginObject();
      w.Field("text", s.text);
      w.Field("line", s.location.line);
      w.Field("column", s.location.column);
      w.Field("offset", static_cast<std::int64_t>(s.offset));
      w.Field("length", static_cast<std::int64_t>(s.length));
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

// The object of the report's "files" array; NDJSON records add "input_line" last.
void WriteFile(JsonWriter& w, const FileResult& file, Language language,
               std::optional<long> input_line = std::nullopt) {
  w.BeginObject();
  w.Field("path", file.path);
  w.Field("article", file.article_id);
  w.Field("title", file.title);
  w.Field("loaded", file.loaded);
  w.Key("diagnostics");
  w.BeginArray();
  for (const Diagnostic& d : file.diagnostics) {
    w.BeginObject();
    w.Field("severity", SeverityName(d.severity));
    w.Field("line", d.location.line);
    w.Field("column", d.location.column);
    w.Field("message", d.message);
    w.EndObject();
  }
  w.EndArray();
  w.Key("facts");
  w.BeginArray();
  for (const FactResult& fact : file.facts) WriteFact(w, fact, language);
  w.EndArray();
  WriteFindings(w, file.findings, language);
  if (input_line) w.Field("input_line", static_cast<std::int64_t>(*input_line));
  w.EndObject();
}

void WriteSummary(JsonWriter& w, const Summary& s) {
  w.BeginObject();
  w.Field("files", s.files);
  w.Field("files_with_input_errors", s.files_with_input_errors);
  w.Field("facts", s.facts);
  w.Field("facts_ok", s.facts_ok);
  w.Field("facts_warning", s.facts_warning);
  w.Field("facts_error", s.facts_error);
  w.Field("errors", s.findings_error);
  w.Field("warnings", s.findings_warning);
  w.Field("notes", s.findings_note);
  w.Field("input_errors", s.input_errors);
  w.Field("suppressed", s.suppressed);
  w.EndObject();
}

}  // namespace

// The document's keys keep their order ("tool", "files", "summary"): the stream writes the
// head, each file object at the indentation of the "files" array, then the summary.
JsonReportStream::JsonReportStream(const ReportOptions& options, std::ostream& out) : options_(options), out_(out) {
  std::string head = "{\n  \"tool\": ";
  JsonWriter w(&head, 2, 1);
  w.BeginObject();
  w.Field("name", "figcheck");
  w.Field("version", options_.tool_version);
  w.EndObject();
  head += ",\n  \"files\": [";
  out_ << head;
}

void JsonReportStream::Add(const FileResult& file) {
  buffer_.assign(any_file_ ? ",\n    " : "\n    ");
  JsonWriter w(&buffer_, 2, 2);
  WriteFile(w, file, options_.language);
  out_ << buffer_;
  any_file_ = true;
}

void JsonReportStream::Finish(const Summary& summary) {
  std::string tail = any_file_ ? "\n  ]" : "]";
  tail += ",\n  \"summary\": ";
  JsonWriter w(&tail, 2, 1);
  WriteSummary(w, summary);
  tail += "\n}\n";
  out_ << tail;
}

void WriteJsonRecord(const FileResult& file, long input_line, std::ostream& out, Language language) {
  std::string line;
  JsonWriter w(&line, -1);
  WriteFile(w, file, language, input_line);
  line.push_back('\n');
  out << line;
}

void WriteJsonReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  JsonReportStream stream(options, out);
  for (const FileResult& file : run.files) stream.Add(file);
  stream.Finish(run.summary);
}

}  // namespace figcheck
