#include "tools/figcheck/rate_arguments.h"

#include <iostream>
#include <variant>

#include <fmt/format.h>

#include "core/base/file_reader.h"
#include "core/rates/rate_sources.h"
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
  std::cerr << "figcheck " << command << ": error: " << message << "\n";
  return 2;
}

std::shared_ptr<const RateSource> OpenRateSourcesOnDisk(const std::vector<std::string>& names) {
  if (auto error = CheckRateNames(names)) {
    std::cerr << "figcheck: error: --rates: " << *error << "\n";
    return nullptr;
  }
  DiskFileReader disk;
  auto opened = OpenRateSources(names, disk);
  if (auto* diagnostics = std::get_if<Diagnostics>(&opened)) {
    for (const auto& d : *diagnostics) std::cerr << d.ToString() << "\n";
    return nullptr;
  }
  return std::get<std::shared_ptr<const RateSource>>(std::move(opened));
}

std::string NoRateMessage(std::string_view command, const RateSource& source, const Currency& base,
                          const Currency& quote, const Date& date) {
  return fmt::format("figcheck {}: no {}/{} rate for {} (nor within {} days before it) in {}; {}\n", command, base.code,
                     quote.code, date.ToString(), kMaxStaleDays, source.name(), DescribeCoverage(source, base, quote));
}

}  // namespace figcheck::cli
