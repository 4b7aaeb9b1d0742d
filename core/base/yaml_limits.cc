#include "core/base/yaml_limits.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace figcheck {

namespace {

// "---" or "..." at the start of `line`, followed by a space, a tab or the end of the line.
bool IsMarker(std::string_view line, std::string_view marker) {
  if (!line.starts_with(marker)) return false;
  return line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r';
}

}  // namespace

std::optional<ExtraDocument> FindExtraDocument(std::string_view text) {
  bool in_document = false;  // a document began (content or "---")
  bool ended = false;        // "..." closed it
  const std::size_t body = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (std::size_t start = body; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::size_t first = line.find_first_not_of(" \t\r");
    const bool blank = first == std::string_view::npos || line[first] == '#';
    if (IsMarker(line, "---")) {
      if (in_document || ended) {
        return ExtraDocument{start, "a second YAML document ('---'): figcheck reads one document per file; put "
                                    "every fact in one document, or each document in a file of its own"};
      }
      in_document = true;
    } else if (IsMarker(line, "...")) {
      ended = true;
      in_document = false;
    } else if (!blank) {
      if (ended) {
        return ExtraDocument{start, "text after the document end marker '...': figcheck reads one document per "
                                    "file, and would ignore it"};
      }
      if (!(line[0] == '%' && !in_document)) in_document = true;  // "%YAML 1.2" is a directive
    }
    start = end + 1;
  }
  return std::nullopt;
}

std::optional<std::size_t> FindExcessNesting(std::string_view text, int max_depth) {
  int flow = 0;
  std::vector<std::size_t> indents;  // the indentation of each open block level
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t end = text.find('\n', line_start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(line_start, end - line_start);
    // Leading spaces, and compact block indicators: "- - - x" opens three sequences on one line.
    std::size_t indent = 0;
    std::vector<std::size_t> compact;  // where each indicator is, up to one past the limit
    while (indent < l.size()) {
      if (l[indent] == ' ') {
        ++indent;
      } else if ((l[indent] == '-' || l[indent] == '?' || l[indent] == ':') && indent + 1 < l.size() &&
                 l[indent + 1] == ' ') {
        if (compact.size() <= static_cast<std::size_t>(max_depth)) compact.push_back(indent);
        indent += 2;
      } else {
        break;
      }
    }
    const bool blank = indent == l.size() || l[indent] == '#' || l[indent] == '\r';
    if (!blank && flow == 0) {
      while (!indents.empty() && indents.back() >= indent) indents.pop_back();
      indents.push_back(indent);
      const std::size_t depth = indents.size() + compact.size();
      if (depth > static_cast<std::size_t>(max_depth)) {
        const std::size_t over = depth - static_cast<std::size_t>(max_depth);  // how many levels too deep
        return line_start + (over <= compact.size() ? compact[compact.size() - over] : indent);
      }
    }
    // Flow brackets outside quoted scalars. A quote opens a scalar only where a scalar can
    // start, never inside a plain one (`[a", [[[` and `[a 'b, [[[` nest: the quotes are text).
    bool in_single = false, in_double = false, in_plain = false;
    for (std::size_t i = indent; i < l.size(); ++i) {
      const char c = l[i];
      if (in_double) {
        if (c == '\\') ++i;
        else if (c == '"') in_double = false;
        continue;
      }
      if (in_single) {
        if (c == '\'') in_single = false;
        continue;
      }
      if (c == '#' && (i == 0 || l[i - 1] == ' ' || l[i - 1] == '\t')) break;
      if (c == '[' || c == '{') {
        in_plain = false;
        ++flow;
        if (flow + static_cast<int>(indents.size()) > max_depth) return line_start + i;
      } else if (c == ']' || c == '}') {
        in_plain = false;
        if (flow > 0) --flow;
      } else if (c == ',') {
        in_plain = false;
      } else if (c == ':' && (i + 1 == l.size() || l[i + 1] == ' ' || l[i + 1] == '\t')) {
        in_plain = false;
      } else if ((c == '"' || c == '\'') && !in_plain) {
        (c == '"' ? in_double : in_single) = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        in_plain = true;
      }
    }
    line_start = end + 1;
  }
  return std::nullopt;
}

std::string ExcessNestingMessage(int max_depth) { return fmt::format("nesting deeper than {} levels", max_depth); }

std::optional<YAML::Mark> FindExcessNodes(const YAML::Node& root, std::size_t max_nodes) {
  std::size_t count = 0;
  std::vector<YAML::Node> stack{root};
  while (!stack.empty()) {
    YAML::Node node = stack.back();
    stack.pop_back();
    if (++count > max_nodes) return node.Mark();
    if (node.IsSequence()) {
      for (const YAML::Node& child : node) stack.push_back(child);
    } else if (node.IsMap()) {
      for (const auto& kv : node) {
        stack.push_back(kv.first);
        stack.push_back(kv.second);
      }
    }
  }
  return std::nullopt;
}

std::string ExcessNodesMessage(std::size_t max_nodes) {
  return fmt::format("more than {} YAML nodes (alias expansion?)", max_nodes);
}

}  // namespace figcheck
