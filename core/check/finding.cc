#include "core/check/finding.h"

#include <algorithm>

namespace figcheck {

const std::vector<FindingCode>& AllFindingCodes() {
  static const std::vector<FindingCode> kCodes = {
      {kConversionMismatch, Severity::kError, "A converted figure does not follow from the amount at the reference rate.",
       "The converted figure, taken at the precision it is stated to, implies an exchange rate that is far (the error "
       "limit, 4.5%, or more) from every published reference rate of the rate window. Recompute the figure from the "
       "amount and a rate of that day; the finding shows the recomputed figure at the stated precision."},
      {kUnitSlip, Severity::kError, "A converted figure is off by a power of ten (억/조, million/billion).",
       "The converted figure matches the amount times the reference rate only after moving it by a power of ten: a "
       "slip between 만, 억 and 조, or between million, billion and trillion. The finding gives the corrected figure "
       "written the article's way."},
      {kRateDeviation, Severity::kWarning, "A converted figure misses every rate of the window by a few percent.",
       "The rate the converted figure implies is outside the tolerance around every reference rate of the rate "
       "window, but by less than the error limit (4.5%), and the figure is precisely stated (or misses by more than the "
       "rounding limit): often a stale rate. The finding names the nearest earlier days whose published rate fits "
       "the figure and how far before publication they are."},
      {kMixedRates, Severity::kWarning, "Conversions in one article imply rates that cannot all be true at once.",
       "Two or more conversions between the same currencies imply exchange rates whose intervals do not overlap: the "
       "article used different rates for different figures. A note when they are no further apart than the tolerance "
       "and the rate window's own range of rates (neighbouring days, different rounding); a warning beyond that. Pick "
       "one rate (and say which) for all of them."},
      {kFalsePrecision, Severity::kNote, "A converted figure is stated more precisely than its amount.",
       "The converted figure carries many more significant digits than the amount it was converted from, suggesting a "
       "precision the source figure does not have. Consider rounding it (약 ... 원, about ...)."},
      {kGrowthMismatch, Severity::kError, "A stated change does not follow from the two amounts.",
       "The change recomputed exactly from the previous and current figures does not round to the stated change at its "
       "stated precision, or its direction (증가/감소, rose/fell) is wrong."},
      {kImpliedPrevious, Severity::kNote, "What the stated change implies for the previous figure.",
       "The fact gives a current figure and a change but no previous figure; the finding gives the interval the "
       "previous figure must lie in, so a checker knows what to look up."},
      {kMissingRate, Severity::kError, "No exchange rate is known for the pair and date.",
       "No configured rate source has an observation for this currency pair on the rate date or within 7 days before "
       "it, so the conversion could not be checked. Add a rate source (--rates) that covers it, or state the rate."},
      {kRoundingOnly, Severity::kNote, "A figure holds only because of rounding.",
       "The figure as printed does not match the recomputed value exactly, but it does at the precision it is stated "
       "to (its rounding interval); the finding gives the bounds used."},
      {kRoundedConversion, Severity::kNote, "A loosely stated converted figure is a little off the window's rates.",
       "The converted figure is stated loosely (약/about, or fewer than four significant digits) and misses every "
       "reference rate of the rate window by less than the rounding limit (3%): ordinary newsroom rounding. The "
       "finding gives the rate it was converted at and the window's range of rates."},
      {kTransposedDigits, Severity::kError, "A converted figure has two digits swapped.",
       "The converted figure misses every rate of the window, but with two neighbouring digits swapped it holds: a "
       "typing slip (1조1494억 for 1조1944억). The finding gives the figure with the digits in order."},
      {kSameCurrency, Severity::kError, "A converted figure is in the same currency as its amount.",
       "A conversion's two figures name the same currency (5200만 달러(약 680억 달러)): one currency word is wrong. "
       "The finding names the currency the arithmetic points to, when one of the common currencies gives the "
       "figure at a rate of the window."},
      {kUndated, Severity::kNote, "A conversion without a date was checked for plausibility only.",
       "Neither the article nor the fact gives a date, so no day's rate can be used: the figure was checked against "
       "every rate of the pair in the rate table. A figure no rate in that history gives is an error (unit-slip or "
       "conversion-mismatch); a plausible one gets this note."},
      {kUnreviewedDraft, Severity::kError, "A fact drafted by figcheck extract has not been reviewed.",
       "The fact still carries the 'draft:' line that figcheck extract writes: nobody has read it against the article "
       "yet, so its figures may be misread or incomplete. Review the fact, then delete its 'draft:' line (or run "
       "check with --allow-drafts while drafting)."},
      {kInputError, Severity::kError, "A fact file could not be read.",
       "The fact file is not valid: bad YAML, an unknown or misspelled key, a missing required key, a duplicate id, an "
       "unreadable amount or a date that is not a date. Nothing in it was checked until it is fixed."},
  };
  return kCodes;
}

const FindingCode* FindFindingCode(std::string_view code) {
  for (const FindingCode& c : AllFindingCodes()) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

std::string Message(const Finding& finding, Language language) { return Render(finding.message, language); }

Phrase RateSourcePhrase(const std::string& source) {
  return source == kStatedInArticle ? MakePhrase("source.article") : Verbatim(source);
}

std::vector<std::string> Details(const Finding& finding, Language language) {
  std::vector<std::string> lines;
  lines.reserve(finding.details.size());
  for (const Phrase& detail : finding.details) lines.push_back(Render(detail, language));
  return lines;
}

std::string_view FactStatusName(FactStatus status) {
  switch (status) {
    case FactStatus::kOk: return "ok";
    case FactStatus::kWarning: return "warning";
    case FactStatus::kError: return "error";
  }
  return "ok";
}

void AddToSummary(const FileResult& file, Summary* summary) {
  Summary& s = *summary;
  auto count = [&s](const Finding& f) {
    if (f.severity == Severity::kError) ++s.findings_error;
    else if (f.severity == Severity::kWarning) ++s.findings_warning;
    else ++s.findings_note;
  };
  ++s.files;
  const auto errors = std::count_if(file.diagnostics.begin(), file.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::kError; });
  s.input_errors += static_cast<int>(errors);
  if (errors > 0 || !file.loaded) ++s.files_with_input_errors;
  for (const FactResult& fact : file.facts) {
    ++s.facts;
    if (fact.status == FactStatus::kOk) ++s.facts_ok;
    else if (fact.status == FactStatus::kWarning) ++s.facts_warning;
    else ++s.facts_error;
    for (const Finding& f : fact.findings) count(f);
  }
  for (const Finding& f : file.findings) count(f);
  s.suppressed += file.suppressed;
}

Summary Summarize(const std::vector<FileResult>& files) {
  Summary s;
  for (const FileResult& file : files) AddToSummary(file, &s);
  return s;
}

int ExitStatus(const RunResult& run, bool strict) {
  if (run.summary.input_errors > 0 || run.summary.files_with_input_errors > 0) return 2;
  if (run.summary.findings_error > 0) return 1;
  if (strict && run.summary.findings_warning > 0) return 1;
  return 0;
}

}  // namespace figcheck
