// The one-step check: an article's text in, its figures checked, every position in the article.
//
// `figcheck check article.txt` and `figcheck serve` both come here. Nothing is checked twice
// or differently: the article is drafted by the extractor (core/extract), the draft is written
// and loaded as the fact file `figcheck extract` would write, and checked by CheckFactFile. What
// this adds is the way back: every fact's, finding's and input error's location, which the
// loader gave as a place in that YAML, becomes the line and column of the figure in the article,
// and each fact lists where its figures are printed (FactResult::spans), for carets and marks.
//
// A draft fact that asks for a person (`draft:` in the YAML) is checked as it stands: the
// one-step check is that person's first look, so it never reports the fact as unreviewed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/base/date.h"
#include "core/check/finding.h"
#include "core/check/run.h"
#include "core/extract/draft.h"

namespace figcheck {

enum class ArticleMarkup { kText, kHtml, kGuess };

struct ArticleCheckOptions {
  std::optional<Date> published;  // wins over a date printed in the text
  ArticleMarkup markup = ArticleMarkup::kGuess;
  RunOptions run;
};

struct ArticleCheck {
  FileResult result;     // locations in the article; path = the article's name
  ArticleDraft draft;    // what `figcheck extract` would write (for --save-facts)
};

// Checks the article `contents` read from `name` ("<stdin>" for standard input). Never throws:
// rate files that cannot be opened are diagnostics of the result, as in CheckFactText.
ArticleCheck CheckArticleText(const std::string& name, std::string_view contents, const ArticleCheckOptions& options,
                              const RateSourceCache& sources);

// True when `contents` loads as a fact file (YAML, or a JSON object) without an error: then a
// path that is not named *.yaml, *.yml or *.json is still read as one.
bool LoadsAsFactFile(std::string_view name, std::string_view contents);

// Line and column (1-based, columns in code points) of the byte `offset` in `text`.
SourceLocation LocationOfByte(const std::string& file, std::string_view text, std::size_t offset);

}  // namespace figcheck
