// `figcheck rates USD/KRW 2020-07-29` — which rate, from which source, for which day, and how it
// was derived; `figcheck rates USD/KRW 2020-07-01..2020-07-31` lists a range.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/rates/rate_sources.h"
#include "core/base/printable.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/standard_streams.h"
#include "tools/figcheck/rate_arguments.h"

namespace figcheck::cli {

namespace {

struct RatesArgs {
  std::string pair;
  std::string when;
  RateArguments lookup;
};

int RatesError(const std::string& message) { return UsageError("rates", message); }

nlohmann::json ToJson(const RateObservation& obs) {
  return {{"value", obs.value.ToString()},
          {"exact", obs.value.is_terminating()},
          {"fraction", obs.value.rational().str()},
          {"source", obs.source},
          {"observed_on", obs.observed_on.ToString()},
          {"path", obs.path}};
}

int RunRates(const RatesArgs& args) {
  const auto slash = args.pair.find('/');
  if (slash == std::string::npos) return RatesError(fmt::format("pair '{}' should look like USD/KRW", args.pair));
  const std::string base_code = args.pair.substr(0, slash);
  const std::string quote_code = args.pair.substr(slash + 1);
  const Currency* base = FindCurrencyByCode(base_code);
  const Currency* quote = FindCurrencyByCode(quote_code);
  if (base == nullptr) return RatesError(fmt::format("unknown currency '{}'", base_code));
  if (quote == nullptr) return RatesError(fmt::format("unknown currency '{}'", quote_code));

  std::optional<Date> from;
  std::optional<Date> to;
  const auto dots = args.when.find("..");
  const bool range = dots != std::string::npos;
  if (range) {
    from = Date::Parse(args.when.substr(0, dots));
    to = Date::Parse(args.when.substr(dots + 2));
  } else {
    from = to = Date::Parse(args.when);
  }
  if (!from || !to) {
    return RatesError(fmt::format("invalid date '{}' (expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)", args.when));
  }
  if (*to < *from) return RatesError(fmt::format("range '{}' ends before it starts", args.when));

  const auto source = OpenRateSourcesOnDisk(args.lookup.rates);
  if (source == nullptr) return 2;
  const std::string pair = fmt::format("{}/{}", base->code, quote->code);
  const bool json = args.lookup.format == "json";

  if (!range) {
    const auto obs = source->Find(*base, *quote, *from);
    if (!obs) {
      SayLine(NoRateMessage("rates", *source, *base, *quote, *from));
      return 1;
    }
    if (json) {
      nlohmann::json out = {{"pair", pair}, {"date", from->ToString()}, {"sources", source->name()}, {"rate", ToJson(*obs)}};
      std::cout << out.dump(2) << "\n";
      return 0;
    }
    std::cout << fmt::format("{} on {}: {}\n", pair, from->ToString(), obs->value.ToString());
    std::cout << fmt::format("  source:   {}  (rates: {})\n", Printable(obs->source), Printable(source->name()));
    if (obs->observed_on == *from) {
      std::cout << fmt::format("  observed: {}\n", obs->observed_on.ToString());
    } else {
      const int gap = from->DaysSince(obs->observed_on);
      std::cout << fmt::format("  observed: {} (latest within {} days before {}, {} day{} earlier)\n",
                               obs->observed_on.ToString(), kMaxStaleDays, from->ToString(), gap, gap == 1 ? "" : "s");
    }
    std::cout << fmt::format("  path:     {}\n", Printable(obs->path));
    return 0;
  }

  const auto series = source->Series(*base, *quote, *from, *to);
  if (series.empty()) {
    SayLine(fmt::format("figcheck rates: no {} rate from {} to {} in {}; {}", pair, from->ToString(), to->ToString(),
                        source->name(), DescribeCoverage(*source, *base, *quote)));
    return 1;
  }
  if (json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& obs : series) list.push_back(ToJson(obs));
    nlohmann::json out = {{"pair", pair},
                          {"from", from->ToString()},
                          {"to", to->ToString()},
                          {"sources", source->name()},
                          {"observations", std::move(list)}};
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::size_t width = 0;
  for (const auto& obs : series) width = std::max(width, obs.value.ToString().size());
  std::cout << fmt::format("{} from {} to {} ({} observations, rates: {})\n", pair, from->ToString(), to->ToString(),
                           series.size(), Printable(source->name()));
  for (const auto& obs : series) {
    std::cout << fmt::format("  {}  {:>{}}  {}  [{}]\n", obs.observed_on.ToString(), obs.value.ToString(), width,
                             Printable(obs.source), Printable(obs.path));
  }
  return 0;
}

}  // namespace

void AddRatesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RatesArgs>();
  CLI::App* sub = app.add_subcommand("rates", "Show the rate figcheck would use: value, source, day and derivation");
  sub->add_option("pair", args->pair, "Currency pair BASE/QUOTE: USD/KRW is won per dollar")->required();
  sub->add_option("date", args->when, "Day (2020-07-29) or range (2020-07-01..2020-07-31)")->required();
  AddRateArguments(*sub, &args->lookup);
  sub->callback([args, exit_code] { *exit_code = RunRates(*args); });
}

}  // namespace figcheck::cli
