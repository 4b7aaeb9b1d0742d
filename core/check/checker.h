// The checker: recomputes every conversion and growth figure of a fact file (DESIGN.md §4).
//
// Pure: reads a loaded FactFile and asks a RateSource; returns a FileResult. Never rounds until
// a comparison asks for a stated unit; every finding says which bounds and which rate it used.
#pragma once

#include <optional>
#include <vector>

#include "core/check/finding.h"
#include "core/facts/fact.h"
#include "core/rates/rate_source.h"

namespace figcheck {

// Every threshold the verdicts depend on, in one place (docs/CHECKS.md, "Severity"). The
// defaults were chosen on the real-article set of tests/articles/ (docs/CHECKS.md, "Measured").
struct Thresholds {
  // How far (a fraction: 0.01 = 1%) the rate a converted figure implies may stray from a
  // reference rate of the window and still be ok. FRED's New York noon rate and the Seoul rates
  // Korean newsrooms use differ by up to about 1% on the same day. A fact file's
  // check.rate_tolerance and --rate-tolerance override it.
  Decimal tolerance = Decimal::Fraction(1, 100);
  // A loosely stated converted figure (약/about, or fewer than `precise_digits` significant
  // digits) that misses every rate of the window by at most this fraction is newsroom rounding:
  // a note. Farther, or a precisely stated figure beyond the tolerance: a warning.
  Decimal rounding_limit = Decimal::Fraction(3, 100);
  // Missing every rate of the window by this fraction or more is an error (conversion-mismatch).
  Decimal error_limit = Decimal::Fraction(45, 1000);
  // Significant digits from which a converted figure counts as precisely stated.
  int precise_digits = 4;
  // Business days before the rate date whose rates also count (the rate window). A fact file's
  // check.rate_window and --rate-window override it; an explicit rate_date turns it off.
  int rate_window = 5;
};

struct CheckOptions {
  Thresholds thresholds;
  // Overrides the file's check.rate_tolerance (a fraction: 0.005 = 0.5%).
  std::optional<Decimal> rate_tolerance;
  // Overrides the file's check.rate_window (business days).
  std::optional<int> rate_window;
  // Widen each converted amount to its own stated unit (--amount-rounding); an approximate
  // amount (약 2억 달러) is always widened.
  bool amount_rounding = false;
  // Fill ConversionDetail::nearby with the reference series +-series_days around the date.
  bool collect_series = false;
  int series_days = 28;
  // How far back from the publication day to look for days whose rate makes a figure hold.
  int inference_days = 90;
  // --compare-rates: for each conversion, what each of these sources gives and whether the
  // figure holds under it (as details of the fact's findings).
  std::vector<const RateSource*> compare;
};

// The unit a converted figure is read at: its stated unit, coarser when it ends in zeros (the
// place of its last non-zero digit), but never coarser than two significant digits.
// 3조 2000억 -> 1000억; 470 million -> 10 million; 10조 -> 1조; 1조1944억 -> 1억.
Decimal ReadingUnit(const Amount& figure);

// The date a fact's rate is looked up for: the fact's rate_date, else the file's
// check.rate_date, else the article's published date. Nullopt if none is given.
std::optional<Date> RateDateOf(const FactFile& file, const Fact& fact);

// Checks every fact of `file` against `rates`.
FileResult CheckFactFile(const FactFile& file, const RateSource& rates, const CheckOptions& options);

}  // namespace figcheck
