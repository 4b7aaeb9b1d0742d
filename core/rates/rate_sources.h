// Rate sources by name: the embedded tables ("default", "fred", "ecb") or a rate file's path.
//
// The embedded tables are built into the library (rates/README.md says what they hold) and are
// parsed once per process, on their first lookup, thread-safely (function-local statics).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/base/file_reader.h"
#include "core/base/source_location.h"
#include "core/rates/rate_chain.h"
#include "core/rates/rate_table.h"

namespace figcheck {

// The raw embedded tables (generated at build time from rates/*.csv).
std::string_view EmbeddedFredRates();  // rates/fred_h10.csv
std::string_view EmbeddedEcbRates();   // rates/ecb_reference.csv

// The embedded FRED H.10 table ("fred": DEXKOUS, DEXCHUS, DEXUSEU).
std::shared_ptr<const RateTable> FredRateTable();
// The embedded ECB reference-rate table ("ecb": 28 currencies per EUR).
std::shared_ptr<const RateTable> EcbRateTable();
// "default": FRED first, then the ECB for what FRED cannot answer (the embedded tables alone).
std::shared_ptr<const RateChain> DefaultRateSource();

// The folder `figcheck rates fetch` stores downloads in: $XDG_CACHE_HOME/figcheck/rates, else
// $HOME/.cache/figcheck/rates; empty when neither variable is set.
std::string UserRateCacheFolder();
// The rate files in `folder`, sorted by name: regular files whose names do not start with '.'
// (a download in progress is hidden). None when the folder does not exist.
std::vector<std::string> CachedRateFiles(const std::string& folder);

using RateSourceResult = std::variant<std::shared_ptr<const RateSource>, Diagnostics>;

// "fred" or "ecb" give the embedded tables; "default" gives DefaultRateSource followed by every
// file of CachedRateFiles(UserRateCacheFolder()) (read through `reader`), a day's own
// observation first (RateChain::Order::kOwnDayFirst); anything else is a path read through
// `reader` and ReadRateFile (write ./fred for a file called fred). Returns the diagnostics of
// the file, or one error at the path when it cannot be read.
RateSourceResult OpenRateSource(std::string_view name_or_path, const FileReader& reader);

// Opens each of `names` in order and chains them (first that answers wins); an empty list gives
// the default. Returns every diagnostic of every file when any fails.
RateSourceResult OpenRateSources(const std::vector<std::string>& names, const FileReader& reader);

// What `source` (each source of a chain) holds for the pair, for "no rate" messages:
// "fred covers USD/KRW from 2000-01-03 to 2026-03-27; ecb has no USD/VND".
std::string DescribeCoverage(const RateSource& source, const Currency& base, const Currency& quote);

// One stored series of a source and the days it spans.
struct SeriesCoverage {
  const Currency* base = nullptr;
  const Currency* quote = nullptr;
  Date first;
  Date last;
  std::size_t days = 0;  // observations
};
// What one source (a table, not a chain) stores.
struct SourceCoverage {
  std::string name;
  std::vector<SeriesCoverage> series;
};
// Every table behind `source` (each source of a chain, in order) and its series.
std::vector<SourceCoverage> ListCoverage(const RateSource& source);

// The range of each pair of the embedded tables, for `figcheck --version`: one line per table,
// pairs with the same range together ("fred (FRED H.10): USD/KRW 2000-01-03..2026-03-27; ...").
std::string EmbeddedRatesCoverage();

// The names OpenRateSource knows without a file.
inline constexpr std::string_view kNamedRateSources[] = {"default", "fred", "ecb"};

}  // namespace figcheck
