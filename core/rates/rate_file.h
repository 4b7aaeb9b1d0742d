// Reading rate files as publishers ship them. The format is recognised by the file's content,
// never by its name, so a download plugs in as it is:
//
//   FRED series CSV    observation_date,DEXKOUS[,DEXUSEU...]  (or DATE,...; "" or "." = no value)
//                      Each H.10 series id has its own direction: DEXKOUS is KRW per USD,
//                      DEXUSEU is USD per EUR (see FredSeriesById).
//   ECB daily/history  Date, USD, JPY, ...  units per 1 EUR, "N/A" = no value, trailing comma,
//                      dates 2020-07-28 or "28 July 2020" (eurofxref.csv); columns of currencies
//                      figcheck does not know are skipped.
//   ECB SDMX-CSV       KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,...,TIME_PERIOD,OBS_VALUE,...
//                      OBS_VALUE units of CURRENCY per 1 CURRENCY_DENOM; several series per file.
//   Wide               date,USD_per_EUR,KRW_per_EUR,...  X_per_Y = units of X per 1 Y.
//   Long CSV           date,base,quote,rate[,source]
//   Frankfurter JSON   {"base":"EUR","rates":{"2020-07-28":{"USD":1.1725}}} (or one day: "date"
//                      and "rates":{"USD":1.1725}); quote per 1 base.
//   Zip                a zip archive holding one of these (the ECB's eurofxref.zip).
//   YAML table         source: NAME
//                      rates: [{date: 2020-07-29, base: USD, quote: KRW, rate: 1192.98}, ...]
//                      (recognised by a .yaml/.yml name or a first line that is not CSV)
//   YAML descriptor    name, file, encoding, pair, per, columns, date_format: any other CSV
//                      (see docs/RATES.md), its file read through the FileReader.
//
// Spreadsheet CSVs read too: a UTF-8 byte order mark, CRLF line ends, quoted values with
// thousands separators ("1,198.15") and ';'-separated files with decimal commas ("1198,15").
// Rates are read from their text (never through binary floating point) and must be positive.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/base/file_reader.h"
#include "core/base/source_location.h"
#include "core/money/currency.h"
#include "core/rates/rate_table.h"

namespace figcheck {

// One FRED H.10 daily series: `quote` per 1 `base` (DEXKOUS: base USD, quote KRW).
struct FredSeries {
  std::string_view id;     // "DEXKOUS"
  std::string_view base;   // "USD"
  std::string_view quote;  // "KRW"
};

// The H.10 series id (case-insensitive) whose currencies figcheck knows, or nullopt.
std::optional<FredSeries> FredSeriesById(std::string_view id);

// The source name observations of FRED series `id` carry: "FRED H.10 DEXKOUS".
std::string FredSourceName(std::string_view id);
// The source name ECB reference rates carry.
inline constexpr std::string_view kEcbSourceName = "ECB reference rate";

using RateFileResult = std::variant<std::shared_ptr<const RateTable>, Diagnostics>;

// Reads `contents` (named `name` in diagnostics and as the table's name) in any format above.
// Returns the table, or every problem found, each at file:line:column: an unknown header, a bad
// date (2020-02-30), a rate that is not a positive decimal number, an unknown currency, a row
// with the wrong number of cells, two different rates for one day of a series, invalid YAML.
// At most kMaxRateFileErrors errors are listed.
RateFileResult ReadRateFile(std::string_view name, std::string_view contents);

// The same, reading the CSV file a descriptor names (relative to `name`'s folder) through
// `reader`. Without a reader a descriptor is an error.
RateFileResult ReadRateFile(std::string_view name, std::string_view contents, const FileReader& reader);

// The same for text with static storage duration (the embedded tables): the table refers to
// `contents` instead of copying it.
RateFileResult ReadStaticRateFile(std::string_view name, std::string_view contents);

inline constexpr std::size_t kMaxRateFileErrors = 50;
// Larger files are refused (the whole FRED H.10 history is about 2 MB).
inline constexpr std::size_t kMaxRateFileBytes = 64 * 1024 * 1024;

}  // namespace figcheck
