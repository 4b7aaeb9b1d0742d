#include "tools/figcheck/rate_arguments.h"

#include <iostream>
#include <variant>

#include <fmt/format.h>

#include "core/base/file_reader.h"
#include "core/rates/rate_sources.h"
#include "tools/figcheck/standard_streams.h"
#include "tools/figcheck/choices.h"

namespace figcheck::cli {

void AddRateArguments(CLI::App& command, RateArguments* arguments) {
  command.add_option("--rates", arguments->rates,
                     "Rate source: default (fred, then ecb), fred, ecb, or a rate file (FRED CSV, ECB CSV, long CSV, "
                     "YAML); repeat it, the first that answers wins");
  command.add_option("--format", arguments->format, "Output format: text (default) or json")
      ->check(OneOf({"text", "json"}));
}

int UsageError(std::string_view command, std::string_view message) {
  SayLine(fmt::format("figcheck {}: error: {}", command, message));
  return 2;
}

std::shared_ptr<const RateSource> OpenRateSourcesOnDisk(const std::vector<std::string>& names) {
  if (auto error = CheckRateNames(names)) {
    SayLine("figcheck: error: --rates: " + *error);
    return nullptr;
  }
  DiskFileReader disk;
  auto opened = OpenRateSources(names, disk);
  if (auto* diagnostics = std::get_if<Diagnostics>(&opened)) {
    for (const auto& d : *diagnostics) SayLine(d.ToString());
    return nullptr;
  }
  return std::get<std::shared_ptr<const RateSource>>(std::move(opened));
}

std::string NoRateMessage(std::string_view command, const RateSource& source, const Currency& base,
                          const Currency& quote, const Date& date) {
  return fmt::format("figcheck {}: no {}/{} rate for {} (nor within {} days before it) in {}; {}", command, base.code,
                     quote.code, date.ToString(), kMaxStaleDays, source.name(), DescribeCoverage(source, base, quote));
}

}  // namespace figcheck::cli
