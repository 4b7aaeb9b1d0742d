// Findings and results: what checking a fact file found, in a shape every report format reads.
//
// A Finding is one thing a journalist can act on: a code (stable, documented in docs/CHECKS.md),
// a severity, where in the fact file, one sentence, the stated and recomputed figures, and the
// rate used with its provenance. Results are plain values, built by the checker and only read
// by reports, so a report never needs a rate source or the file system.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"
#include "core/base/source_location.h"
#include "core/check/messages.h"
#include "core/facts/fact.h"
#include "core/money/amount.h"
#include "core/rates/rate_source.h"

namespace figcheck {

// Finding codes (DESIGN.md §4).
inline constexpr std::string_view kRateDeviation = "rate-deviation";
inline constexpr std::string_view kUnitSlip = "unit-slip";
inline constexpr std::string_view kConversionMismatch = "conversion-mismatch";
inline constexpr std::string_view kMixedRates = "mixed-rates";
inline constexpr std::string_view kFalsePrecision = "false-precision";
inline constexpr std::string_view kGrowthMismatch = "growth-mismatch";
inline constexpr std::string_view kImpliedPrevious = "implied-previous";
inline constexpr std::string_view kMissingRate = "missing-rate";
inline constexpr std::string_view kRoundingOnly = "holds-by-rounding";
inline constexpr std::string_view kRoundedConversion = "rounded-conversion";
inline constexpr std::string_view kTransposedDigits = "transposed-digits";
inline constexpr std::string_view kSameCurrency = "same-currency";
inline constexpr std::string_view kUndated = "undated";
inline constexpr std::string_view kUnreviewedDraft = "unreviewed-draft";  // a fact still marked draft:
inline constexpr std::string_view kInputError = "input-error";  // a Diagnostic shown as a finding

struct FindingCode {
  std::string_view code;
  Severity severity;
  std::string_view short_description;  // one line
  std::string_view full_description;   // what it means and what to do
};
// Every code a finding can carry, for SARIF rules and docs.
const std::vector<FindingCode>& AllFindingCodes();
const FindingCode* FindFindingCode(std::string_view code);

struct Finding {
  std::string code;
  Severity severity = Severity::kError;
  std::string fact_id;                 // empty for article-level findings about several facts
  SourceLocation location;             // the key the finding is about
  Phrase message;                      // one sentence a journalist can act on: a catalogue key and its
                                       // values, written in a language only by Message() (lazy, #16)
  std::string stated;                  // the figure as printed, e.g. "한화 약 8조 9512억원"
  std::string recomputed;              // the figure recomputed, written the article's way
  std::optional<RateObservation> rate; // the rate used, with source and observed_on
  std::string pair;                    // "USD/KRW" when a rate was used
  std::vector<Phrase> details;         // bounds used, intervals, the likely cause: catalogue phrases
                                       // ("detail.*") with their values, written by Details()
};

// The finding's sentence in `language` (core/check/messages.h).
std::string Message(const Finding& finding, Language language = Language::kEnglish);
// The source of a rate the article states itself (RateObservation::source, the fact's rate:).
inline constexpr std::string_view kStatedInArticle = "stated in the article";
// A rate's source as a report names it: kStatedInArticle is a phrase of the catalogue
// ("source.article"), any other source (a table's name) is written as is.
Phrase RateSourcePhrase(const std::string& source);

// The finding's detail lines in `language`, in order.
std::vector<std::string> Details(const Finding& finding, Language language = Language::kEnglish);

enum class FactStatus { kOk, kWarning, kError };
std::string_view FactStatusName(FactStatus status);  // "ok", "warning", "error"

// What a conversion check worked with, for charts (HTML) and --compare-rates.
struct ConversionDetail {
  const Currency* base = nullptr;      // the amount's currency
  const Currency* quote = nullptr;     // the converted figure's currency
  Date rate_date;                      // the day the rate was looked up for
  std::optional<Date> published;       // the article's publication day, when known
  Interval implied_rate;               // rates the converted figure allows
  std::optional<RateObservation> reference;
  Decimal tolerance;                   // as a fraction (0.005 = 0.5%)
  std::vector<RateObservation> nearby; // reference series around rate_date (when collected)
};

// Where one figure of a fact is printed in the article (the one-step check of an article only).
struct FigureSpan {
  std::string text;          // as printed, byte for byte
  SourceLocation location;   // line and column in the article
  std::size_t offset = 0;    // code points from the start of the article
  std::size_t length = 0;    // code points
  std::size_t in_quote = 0;  // code points from the start of the fact's quote (its sentence)
};

struct FactResult {
  std::string id;
  FactKind kind = FactKind::kAmount;
  FactStatus status = FactStatus::kOk;
  SourceLocation location;
  std::string quote;
  std::vector<std::string> figures;    // the stated texts, in key order (amount, converted, ...)
  std::string recomputed;              // what the figures give: "8조 9474억원", "51.11…%" (empty if nothing)
  std::vector<Finding> findings;
  std::optional<ConversionDetail> conversion;
  std::vector<FigureSpan> spans;       // an article's figures, in key order; empty for fact files
};

struct FileResult {
  std::string path;                    // as given on the command line / found in a folder
  std::string article_id;
  std::string title;
  bool loaded = false;                 // false when the file could not be read or parsed
  std::vector<Diagnostic> diagnostics; // input errors (exit status 2)
  std::vector<FactResult> facts;
  std::vector<Finding> findings;       // article level (mixed-rates)
  int suppressed = 0;                  // findings left out: a fact's ignore:, severity off, the baseline
};

struct Summary {
  int files = 0;
  int files_with_input_errors = 0;
  int facts = 0;
  int facts_ok = 0;
  int facts_warning = 0;
  int facts_error = 0;
  int findings_error = 0;
  int findings_warning = 0;
  int findings_note = 0;
  int input_errors = 0;
  int suppressed = 0;                  // findings left out (ignore:, severity off, --baseline)
};

struct RunResult {
  std::vector<FileResult> files;
  Summary summary;
};

// Totals over `files` (files are counted even when they failed to load).
Summary Summarize(const std::vector<FileResult>& files);
// Adds one file's counts to `summary`, for runs summed up as they stream: adding each of
// `files` in turn to an empty Summary gives Summarize(files).
void AddToSummary(const FileResult& file, Summary* summary);

// 2 when any input error, else 1 when any error finding (or, with `strict`, any warning),
// else 0.
int ExitStatus(const RunResult& run, bool strict);

}  // namespace figcheck
