#include "core/check/finding.h"

#include <algorithm>

namespace figcheck {

const std::vector<FindingCode>& AllFindingCodes() {
  static const std::vector<FindingCode> kCodes = {
      {kConversionMismatch, Severity::kError, "A converted figure does not follow from the amount at the reference rate.",
       "The converted figure, taken at the precision it is stated to, implies an exchange rate that is far (more than "
       "the deviation limit) from the published reference rate for the article's date. Recompute the figure from the "
       "amount and a rate of that day; the finding shows the recomputed figure at the stated precision."},
      {kUnitSlip, Severity::kError, "A converted figure is off by a power of ten (억/조, million/billion).",
       "The converted figure matches the amount times the reference rate only after moving it by a power of ten: a "
       "slip between 만, 억 and 조, or between million, billion and trillion. The finding gives the corrected figure "
       "written the article's way."},
      {kRateDeviation, Severity::kWarning, "A converted figure implies a rate a little off the reference rate.",
       "The rate the converted figure implies is outside the tolerance around the reference rate, but within a few "
       "percent of it: often a different fixing (Seoul close, a bank's rate) or a rate from another day. The finding "
       "names the nearest days whose published rate fits the figure."},
      {kMixedRates, Severity::kWarning, "Conversions in one article imply rates that cannot all be true at once.",
       "Two or more conversions between the same currencies imply exchange rates whose intervals do not overlap: the "
       "article used different rates for different figures. Pick one rate (and say which) for all of them."},
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
