// The values a user types for figcheck's options, read the way users type them: "did you mean"
// for a near miss (`--format sarf`, `--rates Fred`), a report format from the -o file's extension.
// (A tolerance, `1.5%` or `0.015`, is read by ParseRateTolerance in core/check/config.h.)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/report/report.h"

namespace figcheck::cli {

// " (did you mean 'sarif'?)" when `typed` is one edit or two away from a choice, or the same but
// for letter case; empty otherwise. The closest choice wins, the first of equals.
std::string DidYouMean(std::string_view typed, const std::vector<std::string_view>& choices);

// Every report format name, in the order --help lists them.
std::vector<std::string_view> ReportFormatNames();

// The format a report file's extension names: .sarif, .json, .xml (JUnit), .md, .html, .txt;
// none (or "-") is text. nullopt for any other extension.
std::optional<ReportFormat> ReportFormatFromExtension(std::string_view path);

// Pairs --format and -o as given: the i-th --format goes to the i-th -o; an -o without its
// --format takes the format its extension names; one --format more than -o goes to standard
// output (path "-"); neither gives `fallback` on standard output. Returns the usage error
// ("unknown format 'sarf' (did you mean 'sarif'?)", "-o report.pdf: ...") or the pairs.
struct ReportChoice {
  ReportFormat format = ReportFormat::kText;
  std::string path;  // "-" = standard output
};
std::variant<std::vector<ReportChoice>, std::string> ChooseReports(const std::vector<std::string>& formats,
                                                                   const std::vector<std::string>& outputs,
                                                                   ReportFormat fallback);

}  // namespace figcheck::cli

namespace figcheck::cli {

// A CLI11 check that `value` is one of `choices`, with "did you mean" on a near miss:
// "unknown value 'sarf' (did you mean 'sarif'?); choose text, json".
CLI::Validator OneOf(std::vector<std::string_view> choices);

// Each --rates value must be a named source (default, fred, ecb) or an existing file: otherwise
// the usage error "unknown rate source 'Fred' (did you mean 'fred'?): ...". nullopt when all are.
std::optional<std::string> CheckRateNames(const std::vector<std::string>& names);

}  // namespace figcheck::cli
