// Writes an ArticleDraft as a fact file (DESIGN.md §2) that `figcheck check` loads as it is.
//
// The output is a pure function of the draft: the same draft gives byte-identical YAML. Strings
// are quoted by yaml-cpp's emitter wherever plain YAML would misread them; figures the extractor
// could not turn into facts are listed as comments at the end, so nothing is dropped silently.
#pragma once

#include <string>

#include "core/extract/draft.h"

namespace figcheck {

std::string WriteDraftYaml(const ArticleDraft& draft);

}  // namespace figcheck
