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

struct CheckOptions {
  // Overrides the file's check.rate_tolerance (a fraction: 0.005 = 0.5%).
  std::optional<Decimal> rate_tolerance;
  // Beyond the tolerance but within this fraction of the reference rate: rate-deviation
  // (warning); farther: conversion-mismatch or unit-slip (errors).
  Decimal deviation_limit = Decimal::Fraction(5, 100);
  // Widen each converted amount to its own stated unit (--amount-rounding).
  bool amount_rounding = false;
  // Fill ConversionDetail::nearby with the reference series +-series_days around the date.
  bool collect_series = false;
  int series_days = 28;
  // How far from the rate date to look for days whose rate makes a figure hold.
  int inference_days = 90;
  // --compare-rates: for each conversion, what each of these sources gives and whether the
  // figure holds under it (as details of the fact's findings).
  std::vector<const RateSource*> compare;
};

// The date a fact's rate is looked up for: the fact's rate_date, else the file's
// check.rate_date, else the article's published date. Nullopt if none is given.
std::optional<Date> RateDateOf(const FactFile& file, const Fact& fact);

// Checks every fact of `file` against `rates`.
FileResult CheckFactFile(const FactFile& file, const RateSource& rates, const CheckOptions& options);

}  // namespace figcheck
