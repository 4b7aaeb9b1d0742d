// The settings of a `figcheck check` run and where each comes from: the command line, else
// .figcheck.yaml (found by walking up from the current folder, or --config), else the built-in
// default. A fact file's own check: sits between the command line and .figcheck.yaml, file by
// file (core/check/checker.h, core/check/run.h). `figcheck config` prints what this resolves.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/check/config.h"
#include "core/check/policy.h"
#include "core/number/decimal.h"

namespace figcheck::cli {

// What the command line says about the settings a configuration file can also give, already
// read (empty / nullopt: not given).
struct SettingArgs {
  std::string config;  // --config FILE; empty: look for .figcheck.yaml from the current folder up
  std::vector<std::string> rates;
  std::optional<Decimal> rate_tolerance;
  std::optional<int> rate_window;
  std::string lang;  // --lang; empty: not given
};

// A value and where it came from: "command line", ".figcheck.yaml:3:17" (the file's path, line
// and column), "default".
template <typename T>
struct Resolved {
  T value{};
  std::string origin;
  bool from_command_line() const { return origin == kFromCommandLine; }
  static constexpr std::string_view kFromCommandLine = "command line";
};

struct Settings {
  std::optional<Config> config;              // the configuration file read, if any
  Resolved<std::vector<std::string>> rates;  // empty value: the default chain
  Resolved<Decimal> rate_tolerance;          // a fraction
  Resolved<int> rate_window;                 // business days
  Resolved<std::string> format;              // the report on standard output without --format / -o
  Resolved<std::string> lang;                // "en" or "ko": the language of the reports
  Policy policy;                             // the severities (drafts are the command's business)
};

// Loads the configuration file (if any) and resolves every setting. On an unreadable or invalid
// file, says each error on standard error ("figcheck: .figcheck.yaml:3:5: error: ...") and
// returns nullopt: the caller exits 2.
std::optional<Settings> ResolveSettings(const SettingArgs& args);

}  // namespace figcheck::cli
