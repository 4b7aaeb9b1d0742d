// Internal to core/rates: the readers behind ReadRateFile, one per family of formats, and the
// CSV pieces they share (cells, spreadsheet numbers, publishers' dates).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/file_reader.h"
#include "core/rates/rate_file.h"

namespace YAML {
class Node;
}

namespace figcheck::rates_internal {

// Collects diagnostics for one file, up to kMaxRateFileErrors.
class ErrorList {
 public:
  explicit ErrorList(std::string file) : file_(std::move(file)) {}
  void Add(int line, int column, std::string message);
  bool full() const { return diagnostics_.size() >= kMaxRateFileErrors; }
  const std::string& file() const { return file_; }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  std::string file_;
  Diagnostics diagnostics_;
};

// Nullopt when `text` is a positive decimal number Decimal::Parse reads, else the message
// ("rate 'abc' is not a decimal number", "rate '0' is not positive").
std::optional<std::string> CheckRateText(std::string_view text);

// One cell of a CSV line.
struct CsvCell {
  std::string_view text;  // trimmed; inside the quotes for a quoted cell
  std::size_t offset;     // byte offset of the cell's first character in its line
  bool quoted = false;
};

// The separator of a CSV file judged from its header line: ';' when the line has at least as
// many semicolons as commas outside quotes (spreadsheets in decimal-comma locales), '\t' for a tab
// separated line with neither, else ','.
char DetectCsvSeparator(std::string_view header);

// Splits one line on `separator`; a cell may be double-quoted (with "" for a quote inside).
void SplitCsvLine(std::string_view line, char separator, std::vector<CsvCell>* cells);

// A rate cell as spreadsheets write it, made plain: "1,198.15" (thousands grouped by commas) ->
// "1198.15"; in a ';'-separated file the decimal mark is ',' and '.' groups thousands
// ("1.198,15" -> "1198.15"). `*plain` is set only when the text changes. Returns the message
// when the grouping is wrong ("1,19,8.15", or "1.1725" in a ';' file).
std::optional<std::string> PlainRateText(std::string_view text, char separator, std::string* plain);

// A day as rate files write it: "2020-07-28", or the ECB daily file's "28 July 2020" (English
// month names, full or three letters).
std::optional<Date> ParseRateDate(std::string_view text);

// The formats ReadRateFile recognises, for the message about a file it cannot understand.
inline constexpr std::string_view kFormatsTried =
    "FRED series CSV (observation_date or DATE, DEXKOUS, ...), ECB daily or history CSV (Date, USD, JPY, ...), "
    "ECB SDMX-CSV (KEY, FREQ, CURRENCY, CURRENCY_DENOM, ..., TIME_PERIOD, OBS_VALUE), wide CSV "
    "(date, USD_per_EUR, ...), long CSV (date, base, quote, rate[, source]), Frankfurter JSON "
    "({\"base\": ..., \"rates\": ...}), a zip holding one of these, a YAML rate table (source, rates) and a "
    "YAML descriptor (name, file, pair, columns)";

// The 1-based line and column of byte `pos` of `text` (a yaml-cpp mark's pos).
std::pair<int, int> TextPosition(std::string_view text, std::size_t pos);

// Adds validated rates to a builder, keeping the text of each: a cell that is already plain is
// referred to where it lies in the file's text; a spreadsheet cell made plain is kept in an arena
// appended to that text when the table is built.
class RateSink {
 public:
  RateSink(ErrorList* errors, RateTableBuilder* builder, std::string_view text)
      : errors_(errors), builder_(builder), text_(text) {}

  // Validates `cell` (from `line`, number `line_number`, of the file's text) and adds it to
  // `series` on `date`; an error at the cell otherwise.
  void Add(std::size_t series, const Date& date, std::uint16_t source, std::string_view line, const CsvCell& cell,
           int line_number, char separator);

  // Rates added from now on are divided by 10^exponent (a table quoted per 100 yen).
  void DivideBy10ToThe(int exponent) { exponent_ = exponent; }

  // Builds the table over the file's text (kept by `owned`, or static when null) plus the arena.
  // The diagnostics are sorted by line and cut at kMaxRateFileErrors; the table is returned only
  // when there are none.
  // `table_name` defaults to the file's name.
  RateFileResult Finish(std::shared_ptr<const std::string> owned, std::string table_name = {});

 private:
  ErrorList* errors_;
  RateTableBuilder* builder_;
  std::string_view text_;
  std::string arena_;
  int exponent_ = 0;
};

// `text` is the whole file (its storage outlives the table when `owned` is null); `body` starts
// after any byte order mark.
RateFileResult ReadCsvRateFile(std::string_view name, std::shared_ptr<const std::string> owned,
                               std::string_view text, std::size_t body);
// A wide CSV table (FRED series, ECB columns, X_per_Y) read for some of its series only: the
// table has every series of the header, in the header's order with the header's sources (as
// ReadCsvRateFile numbers them), but only series i with wanted[i] hold rates; the others' cells are
// neither read nor checked. No wanted series reads the header alone. `text` has static storage.
// Nullopt when the file is not a wide CSV (read it whole with ReadCsvRateFile then).
std::optional<RateFileResult> ReadWideCsvColumns(std::string_view name, std::string_view text, std::size_t body,
                                                 const std::vector<bool>& wanted);
// A YAML rate table, or a descriptor (a map with `file:`), whose CSV is read through `reader`.
RateFileResult ReadYamlRateFile(std::string_view name, std::string_view text, std::size_t body,
                                const FileReader& reader);
// Frankfurter JSON: {"base": "EUR", "rates": {"2020-07-28": {"USD": 1.1725}}} or, for one day,
// {"base": "EUR", "date": "2020-07-28", "rates": {"USD": 1.1725}}.
// A descriptor (`name`, `text`, its parsed `root`): reads the CSV file it names through `reader`.
RateFileResult ReadRateDescriptor(std::string_view name, std::string_view text, const YAML::Node& root,
                                  const FileReader& reader);
RateFileResult ReadJsonRateFile(std::string_view name, std::string_view text, std::size_t body);
// A zip (the ECB's eurofxref.zip): its one rate file, read by ReadRateFile as
// "name(member)".
RateFileResult ReadZipRateFile(std::string_view name, std::string_view contents, const FileReader& reader);

}  // namespace figcheck::rates_internal
