// YamlDocument::ParseJson: the loader's node tree built straight from JSON (issue 16).
//
// nlohmann's SAX parser (not recursive: it keeps its own stack) validates the text and hands
// over decoded strings; it says nothing of where a value is. Every event follows the token the
// parser has just read and found valid, in text order, so a cursor that steps over the same
// tokens (white space, ',' and ':' between them) finds where each one starts, and a number's
// text is read from the input itself: exactly as written, whatever the parser's double says.
#include "core/base/yaml_document.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace figcheck {
namespace {

// "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error ..." ->
// "syntax error ...": the location is the loader's to give.
std::string Reason(const std::string& what) {
  std::string_view w = what;
  const std::size_t colon = w.find(": ");
  if (w.starts_with("[json.exception") && colon != std::string_view::npos) w.remove_prefix(colon + 2);
  return std::string(w);
}

}  // namespace

// Declared here, not in the header: only ParseJson builds documents this way.
class JsonTreeBuilder final : public nlohmann::json_sax<nlohmann::json> {
 public:
  JsonTreeBuilder(YamlDocument* doc, std::string_view text, int max_depth, std::size_t max_nodes)
      : doc_(doc), text_(text), max_depth_(max_depth), max_nodes_(max_nodes) {
    if (text.starts_with("\xEF\xBB\xBF")) cursor_ = 3;  // nlohmann skips a byte order mark
  }

  bool null() override { return Leaf(YamlDocument::Kind::kNull, false, 4, {}); }
  bool boolean(bool b) override { return Leaf(YamlDocument::Kind::kScalar, false, b ? 4 : 5, b ? "true" : "false"); }
  bool number_integer(number_integer_t) override { return Number(); }
  bool number_unsigned(number_unsigned_t) override { return Number(); }
  bool number_float(number_float_t, const string_t&) override { return Number(); }
  bool string(string_t& s) override { return Leaf(YamlDocument::Kind::kScalar, true, StringLength(), s); }
  bool binary(binary_t&) override { return Fail("invalid JSON: binary value", Start()); }  // not from text
  bool key(string_t& k) override { return Leaf(YamlDocument::Kind::kScalar, true, StringLength(), k); }
  bool start_object(std::size_t) override { return Open(YamlDocument::Kind::kMap); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override { return Open(YamlDocument::Kind::kSequence); }
  bool end_array() override { return Close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    // nlohmann counts the bytes read, the offending one included.
    return Fail("invalid JSON: " + Reason(e.what()), std::min(text_.size(), position > 0 ? position - 1 : 0));
  }

  const std::optional<YamlDocument::ParseFailure>& failure() const { return failure_; }

 private:
  using Item = YamlDocument::Item;

  // Where the token the parser has just read starts (past white space and separators).
  std::size_t Start() {
    while (cursor_ < text_.size()) {
      const char c = text_[cursor_];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',' && c != ':') break;
      ++cursor_;
    }
    return cursor_;
  }
  // The length of the string token at the cursor, quotes included (the parser found it valid).
  std::size_t StringLength() {
    const std::size_t start = Start();
    std::size_t i = start + 1;
    while (i < text_.size() && text_[i] != '"') i += text_[i] == '\\' ? 2 : 1;
    return std::min(i + 1, text_.size()) - start;
  }
  bool Number() {
    const std::size_t start = Start();
    std::size_t end = start;
    while (end < text_.size() && std::string_view("+-0123456789.eE").find(text_[end]) != std::string_view::npos) ++end;
    return Leaf(YamlDocument::Kind::kScalar, false, end - start, text_.substr(start, end - start));
  }

  bool Fail(std::string message, std::size_t offset) {
    if (!failure_) failure_ = YamlDocument::ParseFailure{std::move(message), offset};
    return false;
  }

  // Adds a node for the token of `length` bytes at the cursor.
  bool Add(Item item, std::size_t length) {
    if (doc_->nodes_.size() >= max_nodes_) {
      return Fail(fmt::format("more than {} JSON values", max_nodes_), item.offset);
    }
    const std::uint32_t node = doc_->Add(item);
    if (open_.empty()) {
      doc_->root_ = node;
    } else {
      pending_.push_back(node);
    }
    cursor_ = item.offset + length;
    return true;
  }

  bool Leaf(YamlDocument::Kind kind, bool non_plain, std::size_t length, std::string_view value) {
    Item item;
    item.kind = kind;
    item.non_plain = non_plain;
    item.offset = Start();
    if (kind == YamlDocument::Kind::kScalar) {
      item.first_child = static_cast<std::uint32_t>(doc_->text_.size());
      item.child_count = static_cast<std::uint32_t>(value.size());
      doc_->text_.append(value);
    }
    return Add(item, length);
  }

  bool Open(YamlDocument::Kind kind) {
    Item item;
    item.kind = kind;
    item.offset = Start();
    if (open_.size() >= static_cast<std::size_t>(max_depth_)) return Fail(ExcessNestingMessage(max_depth_), item.offset);
    // Added to its parent now, so the parent's children stay in text order; its own children
    // gather in pending_ until it closes.
    if (!Add(item, 1)) return false;
    open_.emplace_back(static_cast<std::uint32_t>(doc_->nodes_.size() - 1), pending_.size());
    return true;
  }

  bool Close() {
    const std::size_t at = Start();
    const auto [node, first] = open_.back();
    open_.pop_back();
    Item& item = doc_->nodes_[node];
    item.first_child = static_cast<std::uint32_t>(doc_->children_.size());
    item.child_count = static_cast<std::uint32_t>(pending_.size() - first);
    doc_->children_.insert(doc_->children_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end());
    pending_.resize(first);
    cursor_ = at + 1;
    return true;
  }

  YamlDocument* doc_;
  std::string_view text_;
  int max_depth_;
  std::size_t max_nodes_;
  std::size_t cursor_ = 0;
  std::vector<std::pair<std::uint32_t, std::size_t>> open_;  // container, where its children start in pending_
  std::vector<std::uint32_t> pending_;                       // children of the open containers
  std::optional<YamlDocument::ParseFailure> failure_;
};

std::optional<YamlDocument> YamlDocument::ParseJson(std::string_view text, ParseFailure* failure, int max_depth,
                                                    std::size_t max_nodes) {
  YamlDocument doc;
  JsonTreeBuilder builder(&doc, text, max_depth, max_nodes);
  const bool ok = nlohmann::json::sax_parse(text, &builder);
  if (ok && !builder.failure()) return doc;
  if (failure) {
    *failure = builder.failure() ? *builder.failure() : ParseFailure{"invalid JSON", 0};
  }
  return std::nullopt;
}

}  // namespace figcheck
