// The labelled corpus and the extractor's score on it.
//
// tests/extract/corpus/sentences.tsv holds real sentences with where each came from and the
// facts a careful person extracts from it. Columns (UTF-8, tab separated, one header row):
//   id  language  source_repo  path  line_number  sentence  facts
// `facts` is empty for a sentence with none, else facts joined by " ; ", each one of
//   amount: 630만 달러
//   conversion: 75억 달러 => 한화 약 8조 9512억원
//   growth: 8억1900만위안 @ 51%              (no previous figure in the text)
//   growth: $2.7 billion -> $3 billion @ 12%
// Figure texts are compared with white space removed; everything else must match exactly.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/draft.h"

namespace figcheck {

struct ExpectedFact {
  FactKind kind = FactKind::kAmount;
  std::string amount, converted, previous, current, change;
};

struct LabelledSentence {
  std::string id;
  std::string language;  // "ko" or "en"
  std::string source;    // "repo path:line"
  std::string sentence;
  std::vector<ExpectedFact> facts;
};

// Reads the corpus. A malformed row adds "file:line: message" to `errors` and is skipped.
std::vector<LabelledSentence> ReadCorpus(std::string_view name, std::string_view contents,
                                         std::vector<std::string>* errors);

// Parses one `facts` cell; false (with `error` set) when a fact is malformed.
bool ParseExpectedFacts(std::string_view cell, std::vector<ExpectedFact>* facts, std::string* error);

// True when a drafted fact states the same kind and figures as an expected one.
bool SameFact(const DraftFact& drafted, const ExpectedFact& expected);

// Counts for one slice of the corpus (a language, a kind, or all).
struct Score {
  std::size_t matched = 0;    // drafted facts that match an expected fact
  std::size_t drafted = 0;
  std::size_t expected = 0;
  // Ratios as exact integers: precision = matched / drafted, recall = matched / expected.
  // An empty denominator counts as a perfect score.
  bool PrecisionAtLeast(std::size_t numerator, std::size_t denominator) const;
  bool RecallAtLeast(std::size_t numerator, std::size_t denominator) const;
};

struct Miss {
  std::string sentence_id;
  std::string what;  // "missed conversion: ..." or "extra amount: ..."
};

struct Evaluation {
  Score all;
  std::map<std::string, Score> by_language;  // "en", "ko"
  std::map<std::string, Score> by_kind;      // "amount", "conversion", "growth"
  std::size_t sentences = 0;
  std::vector<Miss> misses;
};

Evaluation Evaluate(const std::vector<LabelledSentence>& corpus);

// A table a person reads; ratios printed as "matched/total = 97.3%" with integer arithmetic.
std::string FormatEvaluation(const Evaluation& evaluation, bool list_misses = true);

// A fact in the corpus notation ("conversion: 75억 달러 => 한화 약 8조 9512억원").
std::string FormatFact(const DraftFact& fact);

}  // namespace figcheck
