// `figcheck config`: the settings `figcheck check` would run with here, and where each comes
// from (command line, .figcheck.yaml:line:column, default). A fact file's own check: wins over
// .figcheck.yaml for that file; this command says so rather than guess per file.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "core/check/finding.h"
#include "tools/figcheck/choices.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/settings.h"
#include "tools/figcheck/standard_streams.h"

namespace figcheck::cli {
namespace {

struct ConfigArgs {
  std::string config;
  std::vector<std::string> rates;
  std::string tolerance;
  int rate_window = -1;
  std::string format = "text";
  std::string lang;
};

std::string Percent(const Decimal& fraction) { return (fraction * Decimal(100)).ToString() + "%"; }

std::string_view SeverityText(const std::optional<Severity>& severity) {
  return severity ? SeverityName(*severity) : std::string_view("off");
}

int RunConfig(const ConfigArgs& args) {
  SettingArgs setting_args;
  setting_args.config = args.config;
  setting_args.rates = args.rates;
  setting_args.lang = args.lang;
  if (auto error = CheckRateNames(args.rates)) {
    SayLine("figcheck: error: --rates: " + *error);
    return 2;
  }
  if (!args.tolerance.empty()) {
    setting_args.rate_tolerance = ParseRateTolerance(args.tolerance);
    if (!setting_args.rate_tolerance) {
      SayLine(fmt::format("figcheck: error: --rate-tolerance '{}' is not a percentage like 0.5%", args.tolerance));
      return 2;
    }
  }
  if (args.rate_window > 999) {
    SayLine("figcheck: error: --rate-window takes a number of business days from 0 to 999");
    return 2;
  }
  if (args.rate_window >= 0) setting_args.rate_window = args.rate_window;
  const auto settings = ResolveSettings(setting_args);
  if (!settings) return 2;
  const std::optional<Config>& config = settings->config;
  const std::string config_path = config ? config->path : std::string();

  // Every code a severity may name, with the configured severity or its default.
  struct CodeSetting {
    std::string code;
    std::string severity;
    std::string origin;
  };
  std::vector<CodeSetting> codes;
  for (const FindingCode& code : AllFindingCodes()) {
    if (code.code == kInputError) continue;
    if (config) {
      const auto it = config->severity.find(code.code);
      if (it != config->severity.end()) {
        codes.push_back(
            {std::string(code.code), std::string(SeverityText(it->second.value)), it->second.location.ToString()});
        continue;
      }
    }
    codes.push_back({std::string(code.code), std::string(SeverityName(code.severity)), "default"});
  }
  const bool has_ignore = config && config->ignore;

  if (args.format == "json") {
    nlohmann::ordered_json out;
    out["config_file"] = config_path.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(config_path);
    auto setting = [](const auto& value, const std::string& origin) {
      return nlohmann::ordered_json{{"value", value}, {"origin", origin}};
    };
    out["rates"] = setting(settings->rates.value, settings->rates.origin);
    out["rate_tolerance"] = setting(Percent(settings->rate_tolerance.value), settings->rate_tolerance.origin);
    out["rate_window"] = setting(settings->rate_window.value, settings->rate_window.origin);
    out["format"] = setting(settings->format.value, settings->format.origin);
    out["lang"] = setting(settings->lang.value, settings->lang.origin);
    nlohmann::ordered_json severity = nlohmann::ordered_json::object();
    for (const CodeSetting& c : codes) severity[c.code] = setting(c.severity, c.origin);
    out["severity"] = severity;
    out["ignore"] = has_ignore ? setting(config->ignore->value, config->ignore->location.ToString())
                               : setting(std::vector<std::string>{}, "default");
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "configuration file: "
            << (config_path.empty() ? std::string("none (no .figcheck.yaml here or in a folder above)") : config_path)
            << "\n";
  auto line = [](std::string_view key, const std::string& value, const std::string& origin) {
    std::cout << fmt::format("{:<27} {:<24} {}\n", key, value, origin);
  };
  line("rates",
       settings->rates.value.empty() ? std::string("default (fred, then ecb)")
                                     : fmt::format("{}", fmt::join(settings->rates.value, ", ")),
       settings->rates.origin);
  line("rate_tolerance", Percent(settings->rate_tolerance.value), settings->rate_tolerance.origin);
  line("rate_window", std::to_string(settings->rate_window.value), settings->rate_window.origin);
  line("format", settings->format.value, settings->format.origin);
  line("lang", settings->lang.value, settings->lang.origin);
  for (const CodeSetting& c : codes) line("severity " + c.code, c.severity, c.origin);
  line("ignore", has_ignore ? fmt::format("{}", fmt::join(config->ignore->value, ", ")) : "(nothing)",
       has_ignore ? config->ignore->location.ToString() : "default");
  std::cout << "\nPrecedence: command line > a fact file's check: (rates, rate_tolerance, rate_window; for that "
               "file) > .figcheck.yaml > default.\n";
  return 0;
}

}  // namespace

void AddConfigCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ConfigArgs>();
  CLI::App* cmd =
      app.add_subcommand("config", "Show the settings figcheck check would use here, and where each comes from");
  cmd->add_option("--config", args->config,
                  "Read settings from FILE instead of the nearest .figcheck.yaml in the current folder or above");
  cmd->add_option("--rates", args->rates, "As for figcheck check (shows the command line winning)");
  cmd->add_option("--rate-tolerance", args->tolerance, "As for figcheck check: 1.5% or 0.015");
  cmd->add_option("--rate-window", args->rate_window, "As for figcheck check: business days")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--lang", args->lang, "As for figcheck check: en or ko")->check(OneOf({"en", "ko"}));
  cmd->add_option("--format", args->format, "Output: text (default) or json")->check(OneOf({"text", "json"}));
  cmd->callback([args, exit_code] { *exit_code = RunConfig(*args); });
}

}  // namespace figcheck::cli
