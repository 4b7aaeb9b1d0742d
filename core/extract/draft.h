// Extraction: from an article's raw text to a draft fact file (DESIGN.md §2).
//
// ExtractDraft is pure: (name, contents) in, an ArticleDraft out; it reads no file and never
// throws. Every money figure it finds ends up somewhere: in a fact (complete, or marked `draft`
// with the reason a person must finish it), or, when not even a draft fact can be written (a
// currency figcheck cannot read, an ambiguous '¥'), in `unread`, which the writer prints as
// comments. Facts come in the order their sentences appear; repeated paragraphs give one fact.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.h"
#include "core/facts/fact.h"

namespace figcheck {

// One fact as the extractor drafts it. Figure texts are as the article printed them, or, where
// the article wrote a part once for two figures (a range) or left it implied (a converted
// figure with no currency), completed, and then `draft` says so. Empty strings are absent keys.
struct DraftFact {
  std::string id;
  FactKind kind = FactKind::kAmount;
  std::string quote;            // the sentence, byte for byte as in the input
  std::size_t span_begin = 0;   // code points into the input, end exclusive
  std::size_t span_end = 0;
  std::string amount;           // conversion, amount
  std::string converted;        // conversion
  std::string previous;         // growth (often empty: then `draft` asks for it)
  std::string current;          // growth
  std::string change;           // growth: "51%", "3.2% 감소", "fell 3.2%"
  std::string draft;            // why a person must finish this fact; empty when complete
  std::size_t figure_at = 0;    // bytes into `quote` (width-folded) where its first figure starts
  bool uses_prior = false;      // the quote is this sentence and the one before it
  std::size_t line = 0;         // where the first figure sits in the article: 1-based line and
  std::size_t column = 0;       // column in code points (0 when not drafted from an article)
};

// A figure the extractor saw but could not write as a fact that loads.
struct UnreadFigure {
  std::string text;
  std::string reason;
  std::size_t span_begin = 0;  // of the sentence, code points
  std::size_t span_end = 0;
  std::size_t figure_at = 0;   // bytes into the sentence where the figure starts
  std::size_t line = 0;        // the figure's article line and column (1-based; 0 when unknown)
  std::size_t column = 0;
};

struct ArticleDraft {
  std::string id;        // from the file name: "hankyung-china-ai-sanctions"
  std::string title;     // first meaningful line
  std::optional<Date> published;
  std::string published_from;  // where `published` came from: "--published", "line 3: 입력 2020.07.29"
  std::string language;  // "ko" or "en"
  std::string text;      // the input's path, as given; empty when it came from standard input
  std::vector<DraftFact> facts;
  std::vector<UnreadFigure> unread;
};

struct ExtractOptions {
  std::optional<Date> published;  // wins over a date found in the text
  std::optional<std::string> text_path;  // `article.text` (relative to the fact file); default: name; "" writes none
};

// Drafts the fact file of the article `contents`, read from the file `name`.
ArticleDraft ExtractDraft(std::string_view name, std::string_view contents, const ExtractOptions& options = {});

// The facts of one sentence, ids left empty, spans relative to the sentence. `language` is
// "ko" or "en" (it decides the currency a converted figure leaves implied). Unread figures are
// appended to `unread` when it is not null.
std::vector<DraftFact> ExtractSentenceFacts(std::string_view sentence, std::string_view language,
                                            std::vector<UnreadFigure>* unread = nullptr);

// The article id for a file name: "../x/hankyung-china-ai-sanctions.ko.txt" ->
// "hankyung-china-ai-sanctions"; lower case, [a-z0-9-] only, "article" when nothing is left.
std::string ArticleIdFromName(std::string_view name);

// "conversion", "growth", "amount".
std::string_view DraftKindName(FactKind kind);

}  // namespace figcheck
