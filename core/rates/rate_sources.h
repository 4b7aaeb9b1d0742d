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
// "default": FRED first, then the ECB for what FRED cannot answer.
std::shared_ptr<const RateChain> DefaultRateSource();

using RateSourceResult = std::variant<std::shared_ptr<const RateSource>, Diagnostics>;

// "default", "fred" or "ecb" give the embedded tables; anything else is a path read through
// `reader` and ReadRateFile (write ./fred for a file called fred). Returns the diagnostics of
// the file, or one error at the path when it cannot be read.
RateSourceResult OpenRateSource(std::string_view name_or_path, const FileReader& reader);

// Opens each of `names` in order and chains them (first that answers wins); an empty list gives
// the default. Returns every diagnostic of every file when any fails.
RateSourceResult OpenRateSources(const std::vector<std::string>& names, const FileReader& reader);

// What `source` (each source of a chain) holds for the pair, for "no rate" messages:
// "fred covers USD/KRW from 2000-01-03 to 2026-03-27; ecb has no USD/VND".
std::string DescribeCoverage(const RateSource& source, const Currency& base, const Currency& quote);

// The names OpenRateSource knows without a file.
inline constexpr std::string_view kNamedRateSources[] = {"default", "fred", "ecb"};

}  // namespace figcheck
