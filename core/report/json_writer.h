// JsonWriter: JSON written token by token into a string, with no document tree.
//
// The bytes are those of nlohmann::json::dump(indent, ' ', false, error_handler_t::replace) for
// the same values in the same order (the JSON report is a public contract, and its golden files
// and users' diffs must not move): `indent` spaces per level and "key": value, or compact
// (indent < 0) with no spaces at all; empty containers as {} and []; strings keep UTF-8 and
// escape only '"', '\\' and control characters. A string that is not valid UTF-8 goes through
// nlohmann itself, so its replacement characters are nlohmann's too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck {

class JsonWriter {
 public:
  // Writes into `out`. `level` is the nesting level the first value is written at (a value
  // inside an already indented document, as the JSON report's files are).
  JsonWriter(std::string* out, int indent, int level = 0) : out_(*out), indent_(indent), base_(level) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The key of the next value in the current object.
  void Key(std::string_view key);

  void String(std::string_view value);
  void Int(std::int64_t value);
  void Bool(bool value);
  void Null();

  // Shorthands for "key": value.
  void Field(std::string_view key, std::string_view value) { Key(key), String(value); }
  void Field(std::string_view key, const char* value) { Key(key), String(value); }
  void Field(std::string_view key, const std::string& value) { Key(key), String(value); }
  void Field(std::string_view key, std::int64_t value) { Key(key), Int(value); }
  void Field(std::string_view key, int value) { Key(key), Int(value); }
  void Field(std::string_view key, bool value) { Key(key), Bool(value); }
  void Field(std::string_view key, const std::vector<std::string>& values);

  // Appends `value` as a JSON string (quotes included) to `out`, as nlohmann writes it.
  static void AppendString(std::string_view value, std::string* out);

 private:
  void BeforeValue();
  void Open(char bracket);
  void Close(char bracket);
  void NewLine(int level);

  struct Frame {
    bool empty = true;
  };
  std::string& out_;
  int indent_;
  int base_;
  std::vector<Frame> frames_;
  bool after_key_ = false;
};

}  // namespace figcheck
