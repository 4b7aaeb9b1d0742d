// For a finding of the one-step check: the article's sentence with the figure underlined, as
// compilers show a source line with a caret, and the corrected figure written the article's way.
#pragma once

#include <string>

#include "core/check/finding.h"

namespace figcheck {

// The figure of `fact` that `finding` is about (same article place), else the fact's first;
// null when the fact has no spans (it came from a fact file).
const FigureSpan* FigureOfFinding(const FactResult& fact, const Finding& finding);

// Lines indented by `indent`: "| sentence", "| ^^^^" under the figure, and "= corrected: ..."
// when the finding is a warning or an error with a recomputed figure other than the stated one. Control characters in the sentence are shown inert; the
// carets line up in a terminal (Hangul and CJK take two columns). Empty when FigureOfFinding is
// null. `mark` and `reset` colour the carets (empty strings for none).
std::string ArticleExcerpt(const FactResult& fact, const Finding& finding, std::string_view indent,
                           std::string_view mark = {}, std::string_view reset = {});

}  // namespace figcheck
