// The Levenshtein distance between two short words: the "did you mean" of unknown fact-file
// keys (core/facts/loader.cc) and of unknown option values (tools/figcheck/choices.cc).
#pragma once

#include <cstddef>
#include <string_view>

namespace figcheck {

enum class LetterCase { kSensitive, kIgnored };

// Insertions, deletions and substitutions of single bytes that turn `a` into `b`; with
// LetterCase::kIgnored, ASCII letters that differ only in case are equal ("Fred" ~ "fred").
std::size_t EditDistance(std::string_view a, std::string_view b, LetterCase letter_case = LetterCase::kSensitive);

}  // namespace figcheck
