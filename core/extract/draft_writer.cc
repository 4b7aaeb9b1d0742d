#include "core/extract/draft_writer.h"

#include <yaml-cpp/yaml.h>

namespace figcheck {
namespace {

void Key(YAML::Emitter& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out << YAML::Key << key << YAML::Value << value;
}

// A comment may not span lines.
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace

std::string WriteDraftYaml(const ArticleDraft& draft) {
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::Comment("Draft written by `figcheck extract`. Facts with `draft:` need a person: read the reason, "
                       "finish the fact, delete the `draft:` line.");
  out << YAML::BeginMap;
  out << YAML::Key << "article" << YAML::Value << YAML::BeginMap;
  Key(out, "id", draft.id);
  Key(out, "title", draft.title);
  if (draft.published) {
    out << YAML::Key << "published" << YAML::Value << draft.published->ToString();
    if (!draft.published_from.empty() && draft.published_from != "--published") {
      out << YAML::Comment("from the text, " + OneLine(draft.published_from));
    }
  }
  Key(out, "language", draft.language);
  if (!draft.text.empty()) Key(out, "text", draft.text);  // empty: read from standard input, no file to name
  out << YAML::EndMap;
  if (!draft.published) {
    out << YAML::Comment("no publication date found: add `published: YYYY-MM-DD` above (or run with --published)");
  }
  out << YAML::Key << "facts" << YAML::Value;
  if (draft.facts.empty()) {
    out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
  } else {
    out << YAML::BeginSeq;
    for (const DraftFact& f : draft.facts) {
      out << YAML::BeginMap;
      Key(out, "id", f.id);
      if (f.line > 0) out << YAML::Comment("article line " + std::to_string(f.line) + ", column " + std::to_string(f.column));
      Key(out, "quote", f.quote);
      Key(out, "amount", f.amount);
      Key(out, "converted", f.converted);
      Key(out, "previous", f.previous);
      Key(out, "current", f.current);
      Key(out, "change", f.change);
      out << YAML::Key << "span" << YAML::Value << YAML::Flow << YAML::BeginSeq << f.span_begin << f.span_end
          << YAML::EndSeq;
      Key(out, "draft", f.draft);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  std::string text = out.c_str();
  text += '\n';
  if (!draft.unread.empty()) {
    text += "# Figures not written as facts (figcheck cannot read them as they stand):\n";
    for (const UnreadFigure& u : draft.unread) {
      text += "#   " + (u.line > 0 ? "line " + std::to_string(u.line) + ":" + std::to_string(u.column) + " " : "") +
              OneLine(u.text) + " [" + std::to_string(u.span_begin) + ", " + std::to_string(u.span_end) +
              "]: " + OneLine(u.reason) + "\n";
    }
  }
  return text;
}

}  // namespace figcheck
