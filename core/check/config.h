// .figcheck.yaml: a repository's settings for `figcheck check`, so CI and every person run with
// the same rates, tolerance, rate window, severities, report format and ignored paths.
//
//   rates: [fred, ecb]            # names or paths (relative to this file), first that answers wins
//   rate_tolerance: 1%            # or 0.01
//   rate_window: 5                # business days before the rate day whose rates also count
//   severity: {rate-deviation: error, false-precision: off}
//   format: compact               # the report on standard output when no --format or -o is given
//   lang: ko                      # the language of the findings and summaries (en, the default, or ko)
//   ignore: [drafts/, "archive/*.yaml"]   # paths (globs, relative to this file's folder) not checked
//
// Precedence, value by value: command line > the fact file's check: > .figcheck.yaml > built-in
// default. Unknown keys and values are errors with file:line:column, as in fact files.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/source_location.h"
#include "core/number/decimal.h"

namespace figcheck {

inline constexpr std::string_view kConfigFileName = ".figcheck.yaml";

// One setting as the file gives it, with where its value is written.
template <typename T>
struct ConfigSetting {
  T value{};
  SourceLocation location;
};

struct Config {
  std::string path;  // the file read
  std::optional<ConfigSetting<std::vector<std::string>>> rates;  // paths resolved against the file's folder
  std::vector<std::string> rates_as_written;                     // the same, as the file writes them
  std::optional<ConfigSetting<Decimal>> rate_tolerance;          // a fraction
  std::optional<ConfigSetting<int>> rate_window;                 // business days
  // Finding code -> severity; nullopt = "off" (the finding is not reported).
  std::map<std::string, ConfigSetting<std::optional<Severity>>, std::less<>> severity;
  std::optional<ConfigSetting<std::string>> format;
  std::optional<ConfigSetting<std::string>> lang;                 // "en" or "ko" (--lang)
  std::optional<ConfigSetting<std::vector<std::string>>> ignore;  // globs, relative to the file's folder
};

struct LoadedConfig {
  std::optional<Config> config;  // set only when there are no errors
  Diagnostics diagnostics;
};

// Parses `contents`, the text of the configuration file at `path`. `known_codes` are the
// finding codes a severity may name; `known_formats` the report formats `format` may name.
LoadedConfig LoadConfig(const std::string& path, std::string_view contents,
                        const std::vector<std::string_view>& known_codes,
                        const std::vector<std::string_view>& known_formats);

// A rate tolerance as users write it, "0.5%" or "0.005", as a fraction in [0, 1); nullopt for
// anything else. Shared by .figcheck.yaml and --rate-tolerance.
std::optional<Decimal> ParseRateTolerance(std::string_view text);

// The nearest .figcheck.yaml in `start` or a folder above it; nullopt when there is none.
std::optional<std::filesystem::path> FindConfigFile(const std::filesystem::path& start);

// True when `path` (as checked) falls under one of `config.ignore`: a shell glob (fnmatch, "*"
// matching across "/") against the path relative to the configuration file's folder, or a
// folder ("drafts/" or "drafts") that contains it.
bool IsIgnoredPath(const Config& config, const std::string& path);

}  // namespace figcheck
