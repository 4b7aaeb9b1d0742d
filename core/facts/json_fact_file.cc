#include "core/facts/json_fact_file.h"

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/utf8.h"

namespace figcheck {
namespace {

// A SAX handler that writes what it reads as YAML flow text. Strings are written by
// nlohmann's own escaping (UTF-8 kept, control characters escaped), which yaml-cpp reads,
// unlike JSON's surrogate pairs; numbers are written from their text.
class FlowYamlWriter final : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return Value("null"); }
  bool boolean(bool b) override { return Value(b ? "true" : "false"); }
  // Integers arrive as integers (exact); only fractions and exponents come as double, and for
  // those the raw text is what is written.
  bool number_integer(number_integer_t n) override { return Value(std::to_string(n)); }
  bool number_unsigned(number_unsigned_t n) override { return Value(std::to_string(n)); }
  bool number_float(number_float_t, const string_t& raw) override { return Value(raw); }
  bool string(string_t& s) override { return Value(Quoted(s)); }
  bool binary(binary_t&) override { return Value("null"); }  // never produced by the JSON parser
  bool start_object(std::size_t) override { return Open("{"); }
  bool key(string_t& k) override {
    Separate();
    yaml_ += Quoted(k);
    yaml_ += ": ";
    after_key_ = true;
    return true;
  }
  bool end_object() override { return Close("}"); }
  bool start_array(std::size_t) override { return Open("["); }
  bool end_array() override { return Close("]"); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    error_position_ = position;
    error_ = e.what();
    return false;
  }

  const std::string& yaml() const { return yaml_; }
  bool top_is_object() const { return top_is_object_; }
  const std::string& error() const { return error_; }
  std::size_t error_position() const { return error_position_; }

 private:
  static std::string Quoted(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) yaml_ += ", ";
      first_.back() = false;
    }
  }
  bool Value(std::string_view text) {
    if (depth_ == 0) return false;  // a bare value is not a fact file
    Separate();
    yaml_ += text;
    return true;
  }
  bool Open(std::string_view bracket) {
    if (depth_ == 0) top_is_object_ = bracket == "{";
    if (!top_is_object_) return false;
    Separate();
    yaml_ += bracket;
    first_.push_back(true);
    ++depth_;
    return true;
  }
  bool Close(std::string_view bracket) {
    yaml_ += bracket;
    first_.pop_back();
    --depth_;
    return true;
  }

  std::string yaml_;
  std::vector<bool> first_;  // per open bracket: no element written yet
  bool after_key_ = false;
  int depth_ = 0;
  bool top_is_object_ = false;
  std::string error_;
  std::size_t error_position_ = 0;
};

// "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error ..." ->
// "syntax error ...": the location is ours to give.
std::string Reason(const std::string& what) {
  std::string_view w = what;
  const std::size_t colon = w.find(": ");
  if (w.starts_with("[json.exception") && colon != std::string_view::npos) w.remove_prefix(colon + 2);
  return std::string(w);
}

}  // namespace

std::variant<std::string, Diagnostic> JsonFactFileAsYaml(std::string_view name, std::string_view json) {
  FlowYamlWriter writer;
  const bool ok = nlohmann::json::sax_parse(json, &writer);
  if (ok) return writer.yaml();
  const std::string file(name);
  if (!writer.error().empty()) {
    const std::size_t at = std::min(json.size(), writer.error_position() > 0 ? writer.error_position() - 1 : 0);
    return Diagnostic{{file, 1, CodePointColumn(json, at) + 1}, Severity::kError,
                      "invalid JSON: " + Reason(writer.error())};
  }
  return Diagnostic{{file, 1, 1}, Severity::kError, "a fact file must be a JSON object ({\"article\": ..., \"facts\": [...]})"};
}

}  // namespace figcheck
