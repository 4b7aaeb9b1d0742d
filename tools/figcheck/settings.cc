#include "tools/figcheck/settings.h"

#include <filesystem>
#include <utility>

#include <fmt/format.h>

#include "core/base/file_reader.h"
#include "core/check/checker.h"
#include "core/check/finding.h"
#include "core/facts/loader.h"
#include "tools/figcheck/choices.h"
#include "tools/figcheck/standard_streams.h"

namespace figcheck::cli {
namespace {

// The codes a severity may name: every finding code but input-error (bad input is always exit 2).
std::vector<std::string_view> FindingCodes() {
  std::vector<std::string_view> codes;
  for (const FindingCode& c : AllFindingCodes()) {
    if (c.code != kInputError) codes.push_back(c.code);
  }
  return codes;
}

}  // namespace

std::optional<Settings> ResolveSettings(const SettingArgs& args) {
  Settings settings;
  std::optional<std::filesystem::path> path;
  if (!args.config.empty()) {
    path = args.config;
  } else {
    std::error_code ec;
    const std::filesystem::path here = std::filesystem::current_path(ec);
    if (!ec) path = FindConfigFile(here);
  }
  if (path) {
    // A configuration file is small: refused past the fact-file limit, like a fact file.
    DiskFileReader reader(kMaxFactFileBytes, "a configuration file");
    std::string contents, error;
    if (!reader.Read(path->string(), &contents, &error)) {
      SayLine(fmt::format("figcheck: error: {}: {}", path->string(), error));
      return std::nullopt;
    }
    LoadedConfig loaded = LoadConfig(path->string(), contents, FindingCodes(), ReportFormatNames());
    if (!loaded.config) {
      for (const Diagnostic& d : loaded.diagnostics) SayLine("figcheck: " + d.ToString());
      return std::nullopt;
    }
    settings.config = std::move(*loaded.config);
  }
  const Config empty;
  const Config& config = settings.config ? *settings.config : empty;
  const std::string command_line(Resolved<int>::kFromCommandLine);
  const Thresholds defaults;

  if (!args.rates.empty()) {
    settings.rates = {args.rates, command_line};
  } else if (config.rates) {
    // Names as written ("Ecb" is no file next to the configuration: did you mean 'ecb'?).
    for (std::size_t i = 0; i < config.rates->value.size(); ++i) {
      std::error_code ec;
      if (std::filesystem::exists(config.rates->value[i], ec)) continue;
      if (auto error = CheckRateNames({config.rates_as_written[i]})) {
        SayLine(fmt::format("figcheck: {}: error: rates: {}", config.rates->location.ToString(), *error));
        return std::nullopt;
      }
    }
    settings.rates = {config.rates->value, config.rates->location.ToString()};
  } else {
    settings.rates = {{}, "default"};
  }

  if (args.rate_tolerance) {
    settings.rate_tolerance = {*args.rate_tolerance, command_line};
  } else if (config.rate_tolerance) {
    settings.rate_tolerance = {config.rate_tolerance->value, config.rate_tolerance->location.ToString()};
  } else {
    settings.rate_tolerance = {defaults.tolerance, "default"};
  }

  if (args.rate_window) {
    settings.rate_window = {*args.rate_window, command_line};
  } else if (config.rate_window) {
    settings.rate_window = {config.rate_window->value, config.rate_window->location.ToString()};
  } else {
    settings.rate_window = {defaults.rate_window, "default"};
  }

  settings.format = config.format ? Resolved<std::string>{config.format->value, config.format->location.ToString()}
                                  : Resolved<std::string>{"text", "default"};
  if (!args.lang.empty()) {
    settings.lang = {args.lang, command_line};
  } else if (config.lang) {
    settings.lang = {config.lang->value, config.lang->location.ToString()};
  } else {
    settings.lang = {"en", "default"};
  }
  for (const auto& [code, setting] : config.severity) settings.policy.severity[code] = setting.value;
  return settings;
}

}  // namespace figcheck::cli
