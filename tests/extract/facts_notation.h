// Test helper: the facts one sentence drafts, in the corpus notation
// ("conversion: 75억 달러 => 한화 약 8조 9512억원"), "[draft]" marking facts a person must finish and
// "unread: ..." the figures listed as comments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/extract/corpus.h"
#include "core/extract/draft.h"

namespace figcheck {

inline std::vector<std::string> Facts(std::string_view sentence, std::string_view language) {
  std::vector<UnreadFigure> unread;
  std::vector<std::string> out;
  for (const DraftFact& f : ExtractSentenceFacts(sentence, language, &unread)) {
    out.push_back(FormatFact(f) + (f.draft.empty() ? "" : " [draft]"));
  }
  for (const UnreadFigure& u : unread) out.push_back("unread: " + u.text);
  return out;
}

// The facts of a whole article (title line first), as above.
inline std::vector<std::string> ArticleFacts(std::string_view text) {
  std::vector<std::string> out;
  const ArticleDraft draft = ExtractDraft("a.txt", text);
  for (const DraftFact& f : draft.facts) out.push_back(FormatFact(f) + (f.draft.empty() ? "" : " [draft]"));
  for (const UnreadFigure& u : draft.unread) out.push_back("unread: " + u.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace figcheck
