#include "core/report/json_writer.h"

#include <nlohmann/json.hpp>

#include "core/base/utf8.h"

namespace figcheck {

void JsonWriter::NewLine(int level) {
  out_.push_back('\n');
  out_.append(static_cast<std::size_t>(indent_ * level), ' ');
}

// Inside an array, each value starts its own line (after a comma past the first); after a key,
// the value follows it directly.
void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (frames_.empty()) return;
  Frame& frame = frames_.back();
  if (!frame.empty) out_.push_back(',');
  frame.empty = false;
  if (indent_ >= 0) NewLine(base_ + static_cast<int>(frames_.size()));
}

void JsonWriter::Key(std::string_view key) {
  Frame& frame = frames_.back();
  if (!frame.empty) out_.push_back(',');
  frame.empty = false;
  if (indent_ >= 0) NewLine(base_ + static_cast<int>(frames_.size()));
  AppendString(key, &out_);
  out_.append(indent_ >= 0 ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_.push_back(bracket);
  frames_.push_back(Frame{});
}

void JsonWriter::Close(char bracket) {
  const bool empty = frames_.back().empty;
  frames_.pop_back();
  if (!empty && indent_ >= 0) NewLine(base_ + static_cast<int>(frames_.size()));
  out_.push_back(bracket);
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendString(value, &out_);
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  out_.append(std::to_string(value));
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_.append(value ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_.append("null");
}

void JsonWriter::Field(std::string_view key, const std::vector<std::string>& values) {
  Key(key);
  BeginArray();
  for (const std::string& v : values) String(v);
  EndArray();
}

void JsonWriter::AppendString(std::string_view value, std::string* out) {
  if (FindInvalidUtf8(value)) {
    // nlohmann's replacement of bad bytes, exactly.
    out->append(nlohmann::json(std::string(value)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(value.substr(plain_from, i - plain_from));
    plain_from = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xF]);
    }
  }
  out->append(value.substr(plain_from));
  out->push_back('"');
}

}  // namespace figcheck
