// The CSV rate formats: FRED series, the ECB daily and history files, X_per_Y wide tables, the
// ECB data portal's SDMX-CSV and the long CSV; and the cells, numbers and dates they share with
// the descriptor reader.
#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include <fmt/format.h>

#include "core/base/utf8.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck::rates_internal {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Unquote(const CsvCell& cell) {
  std::string out(cell.text);
  if (!cell.quoted) return out;
  for (std::size_t i = out.find("\"\""); i != std::string::npos; i = out.find("\"\"", i + 1)) out.erase(i, 1);
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "N/A" (the ECB history), "." (older FRED exports), "NaN" (SDMX-CSV) or nothing: no value.
bool IsNoValue(std::string_view text) { return text.empty() || text == "." || text == "N/A" || text == "NaN"; }

}  // namespace

char DetectCsvSeparator(std::string_view header) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  // A tie goes to ';': in a decimal-comma file a data line has as many commas as semicolons.
  if (semicolons > 0 && semicolons >= commas) return ';';
  if (commas == 0 && semicolons == 0 && tabs > 0) return '\t';
  return ',';
}

void SplitCsvLine(std::string_view line, char separator, std::vector<CsvCell>* cells) {
  cells->clear();
  const auto blank = [&](char c) { return c != separator && IsBlank(c); };
  std::size_t pos = 0;
  while (true) {
    while (pos < line.size() && blank(line[pos])) ++pos;
    CsvCell cell{{}, pos};
    std::size_t end;
    if (pos < line.size() && line[pos] == '"') {
      std::size_t close = pos + 1;
      while (close < line.size() && !(line[close] == '"' && (close + 1 >= line.size() || line[close + 1] != '"'))) {
        close += line[close] == '"' ? 2 : 1;
      }
      cell.text = line.substr(pos + 1, std::min(close, line.size()) - pos - 1);
      cell.quoted = true;
      end = line.find(separator, std::min(close, line.size()));
    } else {
      end = line.find(separator, pos);
      std::string_view text = line.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
      while (!text.empty() && blank(text.back())) text.remove_suffix(1);
      cell.text = text;
    }
    // Spreadsheets pad numbers inside the quotes too (" 1,198.15 "); the cell's column stays at
    // its opening quote.
    while (!cell.text.empty() && IsBlank(cell.text.front())) cell.text.remove_prefix(1);
    while (!cell.text.empty() && IsBlank(cell.text.back())) cell.text.remove_suffix(1);
    cells->push_back(cell);
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
}

std::optional<std::string> PlainRateText(std::string_view text, char separator, std::string* plain) {
  const char decimal = separator == ';' ? ',' : '.';
  const char group = separator == ';' ? '.' : ',';
  if (text.find(group) == std::string_view::npos) {
    if (decimal == '.') return std::nullopt;
    if (text.find(decimal) == std::string_view::npos) return std::nullopt;
    *plain = std::string(text);
    std::replace(plain->begin(), plain->end(), decimal, '.');
    return std::nullopt;
  }
  // Grouped: 1 to 3 digits, then groups of exactly 3 after each mark, then the decimals.
  const std::size_t point = text.find(decimal);
  const std::string_view whole = text.substr(0, point);
  bool ok = !whole.empty() && IsDigit(whole.front());
  std::size_t run = 0;
  bool first_group = true;
  for (char c : whole) {
    if (IsDigit(c)) {
      ++run;
      continue;
    }
    ok = ok && c == group && (first_group ? run >= 1 && run <= 3 : run == 3);
    first_group = false;
    run = 0;
  }
  ok = ok && !first_group && run == 3;
  if (!ok) {
    return separator == ';'
               ? fmt::format("rate '{}' is not a number as a ';'-separated file writes it ('.' groups thousands, "
                             "',' marks the decimals: 1.198,15)",
                             text)
               : fmt::format("rate '{}' is not a number ('1,198.15': ',' groups thousands by three)", text);
  }
  plain->clear();
  for (char c : text) {
    if (c == group) continue;
    plain->push_back(c == decimal ? '.' : c);
  }
  return std::nullopt;
}

std::optional<Date> ParseRateDate(std::string_view text) {
  if (auto iso = Date::Parse(text)) return iso;
  // "28 July 2020": day, English month name, year, separated by single spaces.
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  const std::size_t first = text.find(' ');
  const std::size_t second = first == std::string_view::npos ? first : text.find(' ', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const std::string_view day = text.substr(0, first);
  const std::string month = Lower(text.substr(first + 1, second - first - 1));
  const std::string_view year = text.substr(second + 1);
  if (day.empty() || day.size() > 2 || !std::all_of(day.begin(), day.end(), IsDigit)) return std::nullopt;
  if (year.size() != 4 || !std::all_of(year.begin(), year.end(), IsDigit)) return std::nullopt;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (month == kMonths[m] || (month.size() == 3 && kMonths[m].starts_with(month))) {
      const int y = (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 + (year[3] - '0');
      const unsigned d = day.size() == 1 ? unsigned(day[0] - '0') : unsigned((day[0] - '0') * 10 + (day[1] - '0'));
      return Date::FromYmd(y, static_cast<unsigned>(m + 1), d);
    }
  }
  return std::nullopt;
}

void RateSink::Add(std::size_t series, const Date& date, std::uint16_t source, std::string_view line,
                   const CsvCell& cell, int line_number, char separator) {
  const int column = CodePointColumn(line, cell.offset) + 1;
  std::string plain;
  if (auto problem = PlainRateText(cell.text, separator, &plain)) {
    errors_->Add(line_number, column, std::move(*problem));
    return;
  }
  const std::string_view rate = plain.empty() ? cell.text : std::string_view(plain);
  if (auto problem = CheckRateText(rate)) {
    errors_->Add(line_number, column, plain.empty() ? std::move(*problem)
                                                    : fmt::format("{} (read as '{}')", *problem, cell.text));
    return;
  }
  if (exponent_ > 0) {
    // Exact: a terminating decimal divided by a power of ten terminates.
    plain = (*Decimal::Parse(rate) * Decimal::Pow10(-exponent_)).ToString();
  }
  if (plain.empty()) {
    builder_->Add(series, date, static_cast<std::size_t>(cell.text.data() - text_.data()), cell.text.size(), source,
                  line_number, column);
    return;
  }
  builder_->Add(series, date, text_.size() + arena_.size(), plain.size(), source, line_number, column);
  arena_ += plain;
}

std::pair<int, int> TextPosition(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  const std::size_t line_start = pos == 0 ? 0 : text.rfind('\n', pos - 1) + 1;  // npos + 1 == 0
  const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_start), '\n');
  return {static_cast<int>(line), CodePointColumn(text.substr(line_start), pos - line_start) + 1};
}

RateFileResult RateSink::Finish(std::shared_ptr<const std::string> owned, std::string table_name) {
  std::string_view text = text_;
  if (!arena_.empty()) {
    owned = std::make_shared<const std::string>(std::string(text_) + arena_);
    text = *owned;
  }
  Diagnostics& diagnostics = errors_->diagnostics();
  auto table = builder_->Finish(table_name.empty() ? errors_->file() : std::move(table_name), std::move(owned), text,
                                &diagnostics);
  if (diagnostics.empty()) return table;
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.location.line < b.location.line; });
  if (diagnostics.size() > kMaxRateFileErrors) diagnostics.resize(kMaxRateFileErrors);
  return std::move(diagnostics);
}

namespace {

// One column of a wide file: which series its cells belong to, or skipped.
struct Column {
  bool skip = true;
  std::size_t series = 0;
  std::uint16_t source = 0;
};

// Where the SDMX-CSV columns are: CURRENCY per 1 CURRENCY_DENOM on TIME_PERIOD is OBS_VALUE.
struct SdmxColumns {
  std::size_t quote = 0, base = 0, day = 0, value = 0;
  std::optional<std::size_t> freq, type;
};

enum class Layout { kUnknown, kWide, kLong, kSdmx };

// Reads the lines of one CSV file into the builder.
class CsvReader {
 public:
  CsvReader(std::string_view name, std::string_view text, std::size_t body)
      : errors_(std::string(name)), builder_(std::string(name)), sink_(&errors_, &builder_, text), text_(text),
        pos_(body) {}

  RateFileResult Run(std::shared_ptr<const std::string> owned) {
    const Layout layout = Start();
    if (layout == Layout::kUnknown) return std::move(errors_.diagnostics());
    return Rows(layout, std::move(owned));
  }

  // Only the series i with wanted[i] are read (wide files only); nullopt for any other layout.
  std::optional<RateFileResult> RunColumns(const std::vector<bool>& wanted) {
    const Layout layout = Start();
    if (layout == Layout::kUnknown) return std::move(errors_.diagnostics());
    if (layout != Layout::kWide) return std::nullopt;
    wanted_ = &wanted;
    if (std::find(wanted.begin(), wanted.end(), true) == wanted.end()) return sink_.Finish(nullptr);
    return Rows(layout, nullptr);
  }

 private:
  // Reads up to the header and what it says; kUnknown (with the errors) when it is not a rate file.
  Layout Start() {
    std::string_view header;
    std::size_t header_start = 0;
    int line_number = 0;
    while (NextLine(&header, &header_start, &line_number) && header.find_first_not_of(" \t") == std::string_view::npos) {
    }
    if (header.find_first_not_of(" \t") == std::string_view::npos) {
      errors_.Add(0, 0, "empty rate file: no header");
      return Layout::kUnknown;
    }
    header_line_ = line_number;
    line_number_ = line_number;
    separator_ = DetectCsvSeparator(header);
    return ReadHeader(header);
  }

  RateFileResult Rows(Layout layout, std::shared_ptr<const std::string> owned) {
    int line_number = line_number_;
    std::string_view line;
    std::size_t line_start = 0;
    std::vector<CsvCell> cells;
    while (!errors_.full() && NextLine(&line, &line_start, &line_number)) {
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      SplitCsvLine(line, separator_, &cells);
      if (cells.size() != header_cells_) {
        errors_.Add(line_number, 1, fmt::format("expected {} cells as in the header, found {}", header_cells_, cells.size()));
        continue;
      }
      const auto column_of = [&](const CsvCell& c) { return CodePointColumn(line, c.offset) + 1; };
      const CsvCell& day_cell = cells[layout == Layout::kSdmx ? sdmx_.day : 0];
      const auto date = ParseRateDate(day_cell.text);
      if (!date) {
        errors_.Add(line_number, column_of(day_cell),
                    fmt::format("invalid date '{}' (expected YYYY-MM-DD or 28 July 2020)", day_cell.text));
        continue;
      }
      if (layout == Layout::kWide) {
        for (std::size_t i = 1; i < cells.size(); ++i) {
          const Column& column = columns_[i];
          if (column.skip || IsNoValue(cells[i].text)) continue;
          if (wanted_ != nullptr && (column.series >= wanted_->size() || !(*wanted_)[column.series])) continue;
          sink_.Add(column.series, *date, column.source, line, cells[i], line_number, separator_);
        }
        continue;
      }
      if (layout == Layout::kSdmx) {
        ReadSdmxRow(cells, *date, line, line_number);
        continue;
      }
      // Long: date,base,quote,rate[,source]
      const Currency* base = FindCurrencyByCode(cells[1].text);
      const Currency* quote = FindCurrencyByCode(cells[2].text);
      if (base == nullptr) errors_.Add(line_number, column_of(cells[1]), fmt::format("unknown currency '{}'", cells[1].text));
      if (quote == nullptr) errors_.Add(line_number, column_of(cells[2]), fmt::format("unknown currency '{}'", cells[2].text));
      if (base == nullptr || quote == nullptr) continue;
      if (base->code == quote->code) {
        errors_.Add(line_number, column_of(cells[2]), fmt::format("base and quote are the same currency '{}'", cells[2].text));
        continue;
      }
      std::uint16_t source = default_source_;
      if (cells.size() > 4 && !cells[4].text.empty()) source = builder_.Source(Unquote(cells[4]));
      sink_.Add(builder_.Series(*base, *quote), *date, source, line, cells[3], line_number, separator_);
    }
    return sink_.Finish(std::move(owned));
  }

  // The next line without its line end; false at the end of the text.
  bool NextLine(std::string_view* line, std::size_t* start, int* number) {
    if (pos_ >= text_.size()) return false;
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    *start = pos_;
    *line = text_.substr(pos_, end - pos_);
    if (line->ends_with('\r')) line->remove_suffix(1);
    pos_ = end + 1;
    ++*number;
    return true;
  }

  void ReadSdmxRow(const std::vector<CsvCell>& cells, const Date& date, std::string_view line, int line_number) {
    const auto column_of = [&](const CsvCell& c) { return CodePointColumn(line, c.offset) + 1; };
    if (sdmx_.freq && cells[*sdmx_.freq].text != "D") {
      errors_.Add(line_number, column_of(cells[*sdmx_.freq]),
                  fmt::format("FREQ '{}': only daily series (D) are rates of a day", cells[*sdmx_.freq].text));
      return;
    }
    if (sdmx_.type && cells[*sdmx_.type].text != "SP00") {
      errors_.Add(line_number, column_of(cells[*sdmx_.type]),
                  fmt::format("EXR_TYPE '{}': only spot rates (SP00) are exchange rates of a day", cells[*sdmx_.type].text));
      return;
    }
    const CsvCell& value = cells[sdmx_.value];
    if (IsNoValue(value.text)) return;
    const Currency* quote = FindCurrencyByCode(cells[sdmx_.quote].text);
    const Currency* base = FindCurrencyByCode(cells[sdmx_.base].text);
    // A currency figcheck does not know is skipped, as in the ECB's other files.
    if (quote == nullptr || base == nullptr || quote->code == base->code) return;
    sink_.Add(builder_.Series(*base, *quote), date, sdmx_source_, line, value, line_number, separator_);
  }

  void Unrecognised(std::string_view header) {
    errors_.Add(header_line_, 1,
                fmt::format("unrecognised rate file: header '{}' matches no format figcheck reads; tried {}", header,
                            kFormatsTried));
  }

  Layout ReadHeader(std::string_view header) {
    std::vector<CsvCell> cells;
    SplitCsvLine(header, separator_, &cells);
    header_cells_ = cells.size();
    // The ECB files end every line with a comma: an empty last column.
    std::size_t used = cells.size();
    if (used > 1 && cells.back().text.empty()) --used;
    std::vector<std::string> lower;
    for (std::size_t i = 0; i < used; ++i) lower.push_back(Lower(cells[i].text));
    const auto column_of = [&](const CsvCell& c) { return CodePointColumn(header, c.offset) + 1; };

    default_source_ = builder_.Source(errors_.file());
    if ((used == 4 || used == 5) && lower[0] == "date" && lower[1] == "base" && lower[2] == "quote" &&
        lower[3] == "rate" && (used == 4 || lower[4] == "source")) {
      return Layout::kLong;
    }
    {
      std::optional<std::size_t> quote, base, day, value;
      for (std::size_t i = 0; i < used; ++i) {
        if (lower[i] == "currency") quote = i;
        if (lower[i] == "currency_denom") base = i;
        if (lower[i] == "time_period") day = i;
        if (lower[i] == "obs_value") value = i;
        if (lower[i] == "freq") sdmx_.freq = i;
        if (lower[i] == "exr_type") sdmx_.type = i;
      }
      if (quote && base && day && value) {
        sdmx_.quote = *quote;
        sdmx_.base = *base;
        sdmx_.day = *day;
        sdmx_.value = *value;
        sdmx_source_ = sdmx_.type ? builder_.Source(kEcbSourceName) : default_source_;
        return Layout::kSdmx;
      }
    }
    if (used < 2 || (lower[0] != "date" && lower[0] != "observation_date")) {
      Unrecognised(header);
      return Layout::kUnknown;
    }
    columns_.assign(cells.size(), Column{});
    bool any = false;
    for (std::size_t i = 1; i < used; ++i) {
      const std::string_view name = cells[i].text;
      const std::string upper = Upper(name);
      Column& column = columns_[i];
      if (const auto fred = FredSeriesById(upper)) {
        column = Column{false, builder_.Series(*FindCurrencyByCode(fred->base), *FindCurrencyByCode(fred->quote)),
                        builder_.Source(FredSourceName(fred->id))};
      } else if (upper.starts_with("DEX")) {
        errors_.Add(header_line_, column_of(cells[i]), fmt::format("unknown FRED series '{}'", name));
        continue;
      } else if (upper.size() == 3 && std::all_of(upper.begin(), upper.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        // An ECB daily or history column: units per 1 EUR. Currencies figcheck does not know
        // (the ECB still lists CYP, ROL, ...) are skipped, so the publisher's file reads as it is.
        const Currency* quote = FindCurrencyByCode(upper);
        if (quote == nullptr || upper == "EUR") continue;
        column = Column{false, builder_.Series(*FindCurrencyByCode("EUR"), *quote), builder_.Source(kEcbSourceName)};
      } else if (const auto per = upper.find("_PER_"); per != std::string::npos) {
        const std::string quote_code = upper.substr(0, per);
        const std::string base_code = upper.substr(per + 5);
        const Currency* quote = FindCurrencyByCode(quote_code);
        const Currency* base = FindCurrencyByCode(base_code);
        if (quote == nullptr || base == nullptr || quote == base) {
          errors_.Add(header_line_, column_of(cells[i]),
                      fmt::format("unknown currency '{}' in column '{}'",
                                  quote == nullptr ? name.substr(0, per) : name.substr(per + 5), name));
          continue;
        }
        column = Column{false, builder_.Series(*base, *quote),
                        base_code == "EUR" ? builder_.Source(kEcbSourceName) : default_source_};
      } else {
        errors_.Add(header_line_, column_of(cells[i]),
                    fmt::format("unknown column '{}': expected a FRED series id (DEXKOUS), a currency code "
                                "(USD, per 1 EUR) or X_per_Y",
                                name));
        continue;
      }
      any = true;
    }
    if (!errors_.diagnostics().empty()) return Layout::kUnknown;
    if (!any) {
      errors_.Add(header_line_, 1, fmt::format("no rate column figcheck knows in header '{}'", header));
      return Layout::kUnknown;
    }
    return Layout::kWide;
  }

  ErrorList errors_;
  RateTableBuilder builder_;
  RateSink sink_;
  std::string_view text_;
  std::size_t pos_;
  int header_line_ = 1;
  char separator_ = ',';
  std::size_t header_cells_ = 0;
  std::vector<Column> columns_;
  SdmxColumns sdmx_;
  std::uint16_t default_source_ = 0;
  std::uint16_t sdmx_source_ = 0;
  int line_number_ = 0;                        // the header's, once Start has read it
  const std::vector<bool>* wanted_ = nullptr;  // RunColumns: the series read
};

}  // namespace

RateFileResult ReadCsvRateFile(std::string_view name, std::shared_ptr<const std::string> owned,
                               std::string_view text, std::size_t body) {
  return CsvReader(name, text, body).Run(std::move(owned));
}

std::optional<RateFileResult> ReadWideCsvColumns(std::string_view name, std::string_view text, std::size_t body,
                                                 const std::vector<bool>& wanted) {
  return CsvReader(name, text, body).RunColumns(wanted);
}

}  // namespace figcheck::rates_internal
