#include "core/base/yaml_document.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>

#include <yaml-cpp/yaml.h>
#include <yaml.h>

namespace figcheck {
namespace {

// yaml-cpp reads these plain scalars as null (its IsNullString).
bool IsNullText(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// The offset of the first character at or after `offset` that is not white space, a line break
// or part of a comment: where yaml-cpp's scanner puts its next token.
std::size_t NextToken(std::string_view text, std::size_t offset) {
  bool line_start = offset == 0;
  while (offset < text.size()) {
    const char c = text[offset];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      line_start = c == '\n';
      ++offset;
    } else if (c == '#' && (line_start || text[offset - 1] == ' ' || text[offset - 1] == '\t')) {
      offset = std::min(text.find('\n', offset), text.size());
    } else {
      break;
    }
  }
  return offset;
}

// LibYAML counts marks in characters; the loader locates by byte offset. Marks arrive nearly in
// order, so a cursor that walks forward (and restarts when asked for an earlier one) converts
// each in time proportional to the distance moved.
class CharToByte {
 public:
  explicit CharToByte(std::string_view text) : text_(text) {
    ascii_ = true;
    for (char c : text) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        ascii_ = false;
        break;
      }
    }
  }
  std::size_t operator()(std::size_t index) {
    if (ascii_) return std::min(index, text_.size());
    if (index < chars_) chars_ = 0, bytes_ = 0;
    while (chars_ < index && bytes_ < text_.size()) {
      ++bytes_;
      while (bytes_ < text_.size() && (static_cast<unsigned char>(text_[bytes_]) & 0xC0) == 0x80) ++bytes_;
      ++chars_;
    }
    return bytes_;
  }

 private:
  std::string_view text_;
  bool ascii_ = true;
  std::size_t chars_ = 0;
  std::size_t bytes_ = 0;
};

struct ParserDeleter {
  void operator()(yaml_parser_t* p) const {
    yaml_parser_delete(p);
    delete p;
  }
};

// Owns one event until the next is read.
struct Event {
  yaml_event_t event{};
  bool live = false;
  ~Event() { Reset(); }
  void Reset() {
    if (live) yaml_event_delete(&event);
    live = false;
  }
};

}  // namespace

std::optional<YamlDocument> YamlDocument::Parse(std::string_view text, ParseFailure* failure) {
  std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
  if (!yaml_parser_initialize(parser.get())) {
    if (failure) *failure = ParseFailure{"cannot start the YAML parser", 0};
    return std::nullopt;
  }
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  yaml_parser_set_encoding(parser.get(), YAML_UTF8_ENCODING);

  YamlDocument doc;
  CharToByte to_byte(text);
  // The containers being read, each with the children collected so far (a map's as key, value).
  struct Open {
    std::uint32_t node;
    std::vector<std::uint32_t> children;
  };
  std::vector<Open> open;
  std::unordered_map<std::string, std::uint32_t> anchors;

  auto fail = [&](std::string message, std::size_t offset) -> std::optional<YamlDocument> {
    if (failure) *failure = ParseFailure{std::move(message), offset};
    return std::nullopt;
  };
  // Attaches a finished (or shared) node to its parent, or makes it the root.
  auto attach = [&](std::uint32_t node) {
    if (open.empty()) {
      doc.root_ = node;
    } else {
      open.back().children.push_back(node);
    }
  };
  auto remember = [&](const yaml_char_t* anchor, std::uint32_t node) {
    if (anchor) anchors[reinterpret_cast<const char*>(anchor)] = node;
  };

  Event ev;
  for (;;) {
    ev.Reset();
    if (!yaml_parser_parse(parser.get(), &ev.event)) {
      const char* problem = parser->problem ? parser->problem : "invalid YAML";
      return fail(problem, to_byte(parser->problem_mark.index));
    }
    ev.live = true;
    const yaml_event_t& e = ev.event;
    const std::size_t offset = to_byte(e.start_mark.index);
    switch (e.type) {
      case YAML_STREAM_START_EVENT:
      case YAML_DOCUMENT_START_EVENT:
        break;
      case YAML_DOCUMENT_END_EVENT:
        // yaml-cpp's Load reads the first document only (the loader refuses a second one
        // before either parser runs). A document that is only a null has no position in
        // yaml-cpp's tree.
        if (!doc.nodes_.empty() && doc.nodes_[doc.root_].kind == Kind::kNull) doc.nodes_[doc.root_].offset = kNoOffset;
        return doc;
      case YAML_STREAM_END_EVENT:
        // No document at all (an empty text, only comments): yaml-cpp's Load gives a null node.
        if (doc.nodes_.empty()) doc.root_ = doc.Add(Item{Kind::kNull, false, 0, 0, kNoOffset});
        return doc;
      case YAML_ALIAS_EVENT: {
        const auto it = anchors.find(reinterpret_cast<const char*>(e.data.alias.anchor));
        if (it == anchors.end()) return fail("the referenced anchor is not defined", offset);
        attach(it->second);
        break;
      }
      case YAML_SCALAR_EVENT: {
        const std::string_view value(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
        const bool plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        const char* tag = reinterpret_cast<const char*>(e.data.scalar.tag);
        Item item;
        item.offset = offset;
        if (plain && !tag && IsNullText(value)) {  // yaml-cpp: a tagged null is text ("!!str null")
          item.kind = Kind::kNull;
          // A value nobody wrote ("key:" then the next line): LibYAML marks the place right
          // after the indicator, yaml-cpp the next token, where its parser noticed.
          if (value.empty() && !e.data.scalar.anchor && e.start_mark.index == e.end_mark.index) {
            item.offset = NextToken(text, offset);
          }
        } else {
          item.kind = Kind::kScalar;
          item.non_plain = tag ? std::strcmp(tag, "!") == 0 : !plain;
          item.first_child = static_cast<std::uint32_t>(doc.text_.size());
          item.child_count = static_cast<std::uint32_t>(value.size());
          doc.text_.append(value);
        }
        const std::uint32_t node = doc.Add(item);
        remember(e.data.scalar.anchor, node);
        attach(node);
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        Item item;
        item.kind = e.type == YAML_SEQUENCE_START_EVENT ? Kind::kSequence : Kind::kMap;
        item.offset = offset;
        const std::uint32_t node = doc.Add(item);
        remember(e.type == YAML_SEQUENCE_START_EVENT ? e.data.sequence_start.anchor : e.data.mapping_start.anchor,
                 node);
        open.push_back(Open{node, {}});
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        Open done = std::move(open.back());
        open.pop_back();
        Item& item = doc.nodes_[done.node];
        item.first_child = static_cast<std::uint32_t>(doc.children_.size());
        item.child_count = static_cast<std::uint32_t>(done.children.size());
        doc.children_.insert(doc.children_.end(), done.children.begin(), done.children.end());
        attach(done.node);
        break;
      }
      case YAML_NO_EVENT:
        break;
    }
  }
}

std::uint32_t YamlDocument::AddFromYamlCpp(const YAML::Node& node) {
  Item item;
  const YAML::Mark mark = node.Mark();
  item.offset = mark.is_null() || mark.pos < 0 ? kNoOffset : static_cast<std::size_t>(mark.pos);
  if (node.IsScalar()) {
    item.kind = Kind::kScalar;
    item.non_plain = node.Tag() == "!";
    item.first_child = static_cast<std::uint32_t>(text_.size());
    item.child_count = static_cast<std::uint32_t>(node.Scalar().size());
    text_.append(node.Scalar());
    return Add(item);
  }
  if (node.IsSequence() || node.IsMap()) {
    item.kind = node.IsSequence() ? Kind::kSequence : Kind::kMap;
    const std::uint32_t index = Add(item);
    std::vector<std::uint32_t> children;
    if (node.IsSequence()) {
      for (const YAML::Node& child : node) children.push_back(AddFromYamlCpp(child));
    } else {
      for (const auto& kv : node) {
        children.push_back(AddFromYamlCpp(kv.first));
        children.push_back(AddFromYamlCpp(kv.second));
      }
    }
    nodes_[index].first_child = static_cast<std::uint32_t>(children_.size());
    nodes_[index].child_count = static_cast<std::uint32_t>(children.size());
    children_.insert(children_.end(), children.begin(), children.end());
    return index;
  }
  item.kind = node.IsNull() ? Kind::kNull : Kind::kUndefined;
  return Add(item);
}

YamlDocument YamlDocument::FromYamlCpp(const YAML::Node& root) {
  YamlDocument doc;
  if (root.IsDefined() && !root.IsNull()) doc.root_ = doc.AddFromYamlCpp(root);
  else if (root.IsNull()) doc.root_ = doc.Add(Item{Kind::kNull, false, 0, 0, kNoOffset});
  return doc;
}

std::optional<YamlDocument::Node> YamlDocument::FindExcessNodes(std::size_t max_nodes) const {
  if (nodes_.empty()) return std::nullopt;
  std::size_t count = 0;
  std::vector<std::uint32_t> stack{root_};
  while (!stack.empty()) {
    const std::uint32_t node = stack.back();
    stack.pop_back();
    if (++count > max_nodes) return Node(this, node);
    const Item& item = nodes_[node];
    if (item.kind == Kind::kSequence || item.kind == Kind::kMap) {
      for (std::uint32_t i = 0; i < item.child_count; ++i) stack.push_back(children_[item.first_child + i]);
    }
  }
  return std::nullopt;
}

}  // namespace figcheck
