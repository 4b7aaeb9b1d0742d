// `figcheck rates USD/KRW 2020-07-29` — which rate, from which source, for which day, and how it
// was derived; `figcheck rates USD/KRW 2020-07-01..2020-07-31` lists a range.
// `figcheck rates fetch SOURCE [-o FILE]` downloads a publisher's file into the user's cache (or
// FILE); `figcheck rates list` shows each source, its pairs and their date ranges.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/file_reader.h"
#include "core/rates/rate_file.h"
#include "core/rates/rate_sources.h"
#include "core/base/printable.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/standard_streams.h"
#include "tools/figcheck/output.h"
#include "tools/figcheck/rate_arguments.h"
#include "tools/figcheck/rate_download.h"

namespace figcheck::cli {

namespace {

struct RatesArgs {
  std::string pair;
  std::string when;
  RateArguments lookup;
};

struct FetchArgs {
  std::string source;
  std::string output;
  long timeout = 60;
};

struct ListArgs {
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
  if (args.pair.empty() || args.when.empty()) {
    return RatesError("give a pair and a day (figcheck rates USD/KRW 2020-07-29), or fetch SOURCE, or list");
  }
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

// A summary of what a table holds, for the fetch report: "USD/KRW 1981-04-13..2026-03-27".
std::string Summary(const RateSource& source) {
  std::string out;
  for (const auto& table : ListCoverage(source)) {
    for (const auto& s : table.series) {
      out += fmt::format("{}{}/{} {}..{}", out.empty() ? "" : ", ", s.base->code, s.quote->code, s.first.ToString(),
                         s.last.ToString());
    }
  }
  return out;
}

int RunFetch(const FetchArgs& args) {
  const auto fail = [](const std::string& message) { return UsageError("rates fetch", message); };
  std::string error;
  const auto source = ResolveRateSource(args.source, &error);
  if (!source) return fail(error);
  if (args.timeout <= 0) return fail(fmt::format("--timeout {} should be a number of seconds above 0", args.timeout));
  std::string target = args.output;
  const bool to_cache = target.empty();
  if (to_cache) {
    const std::string folder = UserRateCacheFolder();
    if (folder.empty()) return fail("no cache folder: set XDG_CACHE_HOME or HOME, or give -o FILE");
    target = (std::filesystem::path(folder) / source->cache_name).string();
  }
  std::string body;
  if (!Download(source->url, args.timeout, &body, &error)) {
    return fail(fmt::format("{}: {}; nothing written", source->url, error));
  }
  // The body must read as a rate file before anything is written.
  auto table = ReadRateFile(source->url, body);
  if (auto* diagnostics = std::get_if<Diagnostics>(&table)) {
    for (const auto& d : *diagnostics) std::cerr << d.ToString() << "\n";
    return fail(fmt::format("{} is not a rate file figcheck reads; nothing written", source->url));
  }
  const auto& read = std::get<std::shared_ptr<const RateTable>>(table);
  if (read->size() == 0) return fail(fmt::format("{} holds no rates; nothing written", source->url));
  if (to_cache) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(target).parent_path(), ec);
  }
  if (auto write_error = WriteFileAtomically(target, body)) return fail(*write_error);
  std::cout << fmt::format("{}: {} observations ({}) -> {}\n", args.source, read->size(), Summary(*read), target);
  return 0;
}

int RunList(const ListArgs& args) {
  const auto source = OpenRateSourcesOnDisk(args.lookup.rates);
  if (source == nullptr) return 2;
  const auto coverage = ListCoverage(*source);
  const std::string cache = UserRateCacheFolder();
  if (args.lookup.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& table : coverage) {
      nlohmann::json series = nlohmann::json::array();
      for (const auto& s : table.series) {
        series.push_back({{"pair", fmt::format("{}/{}", s.base->code, s.quote->code)},
                          {"first", s.first.ToString()},
                          {"last", s.last.ToString()},
                          {"observations", s.days}});
      }
      list.push_back({{"source", table.name}, {"series", std::move(series)}});
    }
    nlohmann::json out = {{"rates", source->name()}, {"cache", cache}, {"sources", std::move(list)}};
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << fmt::format("rates: {} (cache: {})\n", source->name(), cache.empty() ? "none" : cache);
  for (const auto& table : coverage) {
    std::cout << table.name << "\n";
    if (table.series.empty()) std::cout << "  (no stored series)\n";
    for (const auto& s : table.series) {
      std::cout << fmt::format("  {}/{}  {}..{}  {} observation{}\n", s.base->code, s.quote->code,
                               s.first.ToString(), s.last.ToString(), s.days, s.days == 1 ? "" : "s");
    }
  }
  return 0;
}

}  // namespace

void AddRatesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RatesArgs>();
  CLI::App* sub = app.add_subcommand("rates", "Show the rate figcheck would use: value, source, day and derivation");
  sub->add_option("pair", args->pair, "Currency pair BASE/QUOTE: USD/KRW is won per dollar");
  sub->add_option("date", args->when, "Day (2020-07-29) or range (2020-07-01..2020-07-31)");
  AddRateArguments(*sub, &args->lookup);

  auto fetch_args = std::make_shared<FetchArgs>();
  CLI::App* fetch = sub->add_subcommand(
      "fetch", "Download a rate file (fred:DEXKOUS, ecb, ecb-daily or an http(s) URL) into the cache or -o FILE");
  fetch->add_option("source", fetch_args->source, "fred:SERIES, ecb, ecb-daily or an http(s) URL")->required();
  fetch->add_option("-o,--output", fetch_args->output, "Write here instead of the cache (atomically)");
  fetch->add_option("--timeout", fetch_args->timeout, "Give up after this many seconds (default 60)");
  fetch->callback([fetch_args, exit_code] { *exit_code = RunFetch(*fetch_args); });

  auto list_args = std::make_shared<ListArgs>();
  CLI::App* list = sub->add_subcommand("list", "Show each rate source, its pairs and their date ranges");
  AddRateArguments(*list, &list_args->lookup);
  list->callback([list_args, exit_code] { *exit_code = RunList(*list_args); });

  sub->callback([args, exit_code, fetch, list] {
    if (fetch->parsed() || list->parsed()) return;
    *exit_code = RunRates(*args);
  });
}

}  // namespace figcheck::cli
