// What the `rates` and `convert` commands share: the --rates and --format options, how a usage
// error is printed, opening the rate sources from disk, and the "no rate" message.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/base/date.h"
#include "core/money/currency.h"
#include "core/rates/rate_source.h"

namespace figcheck::cli {

// --rates (repeatable; empty means the default source) and --format (text or json).
struct RateArguments {
  std::vector<std::string> rates;
  std::string format = "text";
};

// Registers --rates and --format on `command`, filling `*arguments`.
void AddRateArguments(CLI::App& command, RateArguments* arguments);

// Prints "figcheck <command>: error: <message>" to stderr; returns 2, the usage exit status.
int UsageError(std::string_view command, std::string_view message);

// Opens `names` (see OpenRateSources) from the real file system. Returns nullptr after printing
// every diagnostic to stderr when a source cannot be opened.
std::shared_ptr<const RateSource> OpenRateSourcesOnDisk(const std::vector<std::string>& names);

// "figcheck <command>: no USD/KRW rate for 2020-07-29 (nor within 7 days before it) in fred;
// <coverage>" with a final newline, for stderr.
std::string NoRateMessage(std::string_view command, const RateSource& source, const Currency& base,
                          const Currency& quote, const Date& date);

}  // namespace figcheck::cli
