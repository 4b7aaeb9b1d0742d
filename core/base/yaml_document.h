// YamlDocument: one YAML document as a compact tree, read with LibYAML's event parser.
//
// The fact-file loader reads thousands of small files per second; yaml-cpp's Load spends most
// of a run in its regex scanner and per-node allocations (docs/PERFORMANCE.md). LibYAML's event
// parser reads the same text several times faster, and this tree keeps what the loader asks of
// a node with yaml-cpp's meaning, so the loader's rules and messages stay as they were:
//   - kinds Null, Scalar, Sequence, Map (a plain empty/~/null/Null/NULL scalar is Null);
//   - every node's position as a byte offset into the text, where yaml-cpp puts its mark (an
//     empty value, "key:" and a line break, is marked at the next token; a document that is
//     only a null has none);
//   - a tagged scalar is text even when it reads "null" or is empty, as in yaml-cpp;
//   - whether a scalar was written non-plain without a tag (yaml-cpp's tag "!");
//   - aliases share the anchored node (no copy), so FindExcessNodes counts each use.
// Nodes live as long as the document; a Node is a cheap handle (document + index).
//
// Errors: Parse returns nullopt and the reason; the loader then asks yaml-cpp for its own
// message and mark on the same text, so error texts are yaml-cpp's (one parser's words in
// every message, whatever reads the happy path). FromYamlCpp builds the same tree from a
// yaml-cpp node, for texts only yaml-cpp accepts.
//
// Limits (core/base/yaml_limits.h) are the loader's, applied before and after Parse exactly
// as before: size, nesting depth and extra documents are found in the text before any parser
// runs (LibYAML's parser is not recursive, so deep input cannot exhaust the stack either), and
// FindExcessNodes counts each alias each time it is reached, as the yaml-cpp walk does.
// tests/base/yaml_document_test.cc compares this tree with yaml-cpp's on every YAML file of
// the repository.
//
// ParseJson (core/base/json_document.cc) builds the same tree from JSON text, so the loader
// reads JSON fact files by the same rules without any YAML text in between: strings are
// non-plain scalars (a string "null" is text), numbers plain scalars holding the number's text
// exactly as written (never read through a double), true/false plain scalars, null a null.
// Every node, key and value has its offset (the opening quote or bracket, the number's first
// character). Keys are kept in order with duplicates, for the loader's duplicate-key rule.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/yaml_limits.h"

namespace YAML {
class Node;
}  // namespace YAML

namespace figcheck {

class YamlDocument {
 public:
  enum class Kind : std::uint8_t { kUndefined, kNull, kScalar, kSequence, kMap };
  static constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

  class Node {
   public:
    Node() = default;
    Kind kind() const { return doc_ ? doc_->nodes_[index_].kind : Kind::kUndefined; }
    bool IsDefined() const { return kind() != Kind::kUndefined; }
    explicit operator bool() const { return IsDefined(); }
    bool IsNull() const { return kind() == Kind::kNull; }
    bool IsScalar() const { return kind() == Kind::kScalar; }
    bool IsSequence() const { return kind() == Kind::kSequence; }
    bool IsMap() const { return kind() == Kind::kMap; }
    // The scalar's text; empty for every other kind (as yaml-cpp's Scalar()).
    std::string_view Scalar() const;
    // True for a scalar written quoted or as a block, without a tag (yaml-cpp's Tag() == "!").
    bool NonPlain() const { return doc_ && doc_->nodes_[index_].non_plain; }
    // Byte offset where the node starts in the text, or kNoOffset.
    std::size_t Offset() const { return doc_ ? doc_->nodes_[index_].offset : kNoOffset; }
    // Sequence: its entries; map: key, value, key, value ...; otherwise none.
    std::size_t ChildCount() const { return doc_ ? doc_->nodes_[index_].child_count : 0; }
    Node Child(std::size_t i) const { return Node(doc_, doc_->children_[doc_->nodes_[index_].first_child + i]); }
    // Number of entries: of a sequence, or pairs of a map.
    std::size_t size() const { return IsMap() ? ChildCount() / 2 : IsSequence() ? ChildCount() : 0; }
    // The entries of a sequence, for range-for.
    class Iterator {
     public:
      Iterator(const Node* parent, std::size_t i) : parent_(parent), i_(i) {}
      Node operator*() const { return parent_->Child(i_); }
      Iterator& operator++() { return ++i_, *this; }
      bool operator!=(const Iterator& other) const { return i_ != other.i_; }
     private:
      const Node* parent_;
      std::size_t i_;
    };
    Iterator begin() const { return Iterator(this, 0); }
    Iterator end() const { return Iterator(this, IsSequence() ? ChildCount() : 0); }
    // Same node (an alias and its anchor are the same node).
    bool Is(const Node& other) const { return doc_ == other.doc_ && index_ == other.index_; }

   private:
    friend class YamlDocument;
    Node(const YamlDocument* doc, std::uint32_t index) : doc_(doc), index_(index) {}
    const YamlDocument* doc_ = nullptr;
    std::uint32_t index_ = 0;
  };

  struct ParseFailure {
    std::string message;  // LibYAML's problem text
    std::size_t offset = 0;
  };

  // The first document of `text` (UTF-8, no byte order mark), or a failure. An empty stream
  // gives a document whose root is null, as yaml-cpp's Load does.
  static std::optional<YamlDocument> Parse(std::string_view text, ParseFailure* failure = nullptr);
  // The same tree from a yaml-cpp document (its marks' byte positions become offsets).
  static YamlDocument FromYamlCpp(const YAML::Node& root);
  // The tree of the JSON value `text` (one value, any kind, white space around it allowed), or
  // a failure whose message is complete ("invalid JSON: ...", nesting deeper than `max_depth`,
  // more than `max_nodes` values) at the byte where the text went wrong. Never recurses.
  static std::optional<YamlDocument> ParseJson(std::string_view text, ParseFailure* failure = nullptr,
                                               int max_depth = kMaxYamlDepth, std::size_t max_nodes = kMaxYamlNodes);

  Node root() const { return nodes_.empty() ? Node() : Node(this, root_); }

  // The node past `max_nodes` (aliases counted each time they are reached, children in the
  // order yaml-cpp's FindExcessNodes visits them), or nullopt when within the budget.
  std::optional<Node> FindExcessNodes(std::size_t max_nodes) const;

  YamlDocument(YamlDocument&&) = default;
  YamlDocument& operator=(YamlDocument&&) = default;

 private:
  friend class JsonTreeBuilder;  // ParseJson's SAX handler (core/base/json_document.cc)
  YamlDocument() = default;
  struct Item {
    Kind kind = Kind::kUndefined;
    bool non_plain = false;
    std::uint32_t first_child = 0;  // into children_ (containers) or text_ (scalars)
    std::uint32_t child_count = 0;  // children, or the scalar's length in bytes
    std::size_t offset = kNoOffset;
  };
  std::uint32_t Add(Item item) {
    nodes_.push_back(item);
    return static_cast<std::uint32_t>(nodes_.size() - 1);
  }
  std::uint32_t AddFromYamlCpp(const YAML::Node& node);
  std::vector<Item> nodes_;
  std::vector<std::uint32_t> children_;
  std::string text_;  // every scalar's text, end to end
  std::uint32_t root_ = 0;
};

inline std::string_view YamlDocument::Node::Scalar() const {
  if (!doc_) return {};
  const Item& item = doc_->nodes_[index_];
  if (item.kind != Kind::kScalar) return {};
  return std::string_view(doc_->text_).substr(item.first_child, item.child_count);
}

}  // namespace figcheck
