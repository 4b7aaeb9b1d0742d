// Limits that keep hostile YAML cheap, shared by the fact-file loader and the YAML rate table.
//
// yaml-cpp 0.7 parses recursively, one call chain per nesting level (it stops itself at 500
// levels with the unhelpful message "bad file"), and it keeps aliases as shared nodes, so a
// small file can stand for an enormous tree ("billion laughs") to anyone who walks it. So:
//   1. FindExcessNesting scans the text before yaml-cpp sees it and names the place where it
//      nests deeper than kMaxYamlDepth (block indentation, "- - -" compact sequences, flow
//      brackets outside quoted scalars);
//   2. a yaml-cpp YAML::DeepRecursion that still happens is reported with the same message;
//   3. FindExcessNodes walks the parsed tree without recursion, counting a node once per alias
//      that reaches it, and stops at kMaxYamlNodes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace YAML {
class Node;
class Mark;
}  // namespace YAML

namespace figcheck {

inline constexpr int kMaxYamlDepth = 64;
inline constexpr std::size_t kMaxYamlNodes = 200000;

// The byte offset in `text` where nesting first goes deeper than `max_depth` levels, or nullopt.
// Errs on the side of refusing: brackets inside a multi-line quoted scalar count as nesting.
std::optional<std::size_t> FindExcessNesting(std::string_view text, int max_depth = kMaxYamlDepth);

// "nesting deeper than 64 levels": the message for both cases above.
std::string ExcessNestingMessage(int max_depth = kMaxYamlDepth);

// figcheck reads one YAML document per file: yaml-cpp's Load (and any single-document parser)
// would read the first and ignore the rest without a word, so a wrong conversion in a second
// document would pass. The byte offset of the line that starts a second document ("---" after
// a document began) or holds text after the end marker "...", with the message to report, or
// nullopt for a single document. A line-level scan, independent of the parser: YAML forbids a
// line starting "---" or "..." (then a space or the line end) inside any scalar, so every such
// line is a marker. A byte order mark, comments, blank lines and directives ("%YAML") before
// the first document are allowed.
struct ExtraDocument {
  std::size_t offset;
  std::string message;
};
std::optional<ExtraDocument> FindExtraDocument(std::string_view text);

// The mark of the node past `max_nodes` (aliases counted each time they are reached), or
// nullopt when the tree under `root` is within the budget. Never recurses.
std::optional<YAML::Mark> FindExcessNodes(const YAML::Node& root, std::size_t max_nodes = kMaxYamlNodes);

// "more than 200000 YAML nodes (alias expansion?)".
std::string ExcessNodesMessage(std::size_t max_nodes = kMaxYamlNodes);

}  // namespace figcheck
