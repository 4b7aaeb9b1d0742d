// The CSV rate formats: FRED series, the ECB history, X_per_Y wide tables and the long CSV.
#include <algorithm>
#include <cctype>
#include <vector>

#include <fmt/format.h>

#include "core/base/utf8.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck::rates_internal {

namespace {

struct Cell {
  std::string_view text;  // trimmed; inside the quotes for a quoted cell
  std::size_t offset;     // byte offset of the cell's first character in its line
  bool quoted = false;
};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Splits one line on commas; a cell may be double-quoted (with "" for a quote inside).
void SplitCells(std::string_view line, std::vector<Cell>* cells) {
  cells->clear();
  std::size_t pos = 0;
  while (true) {
    while (pos < line.size() && IsBlank(line[pos])) ++pos;
    Cell cell{{}, pos};
    std::size_t end;
    if (pos < line.size() && line[pos] == '"') {
      std::size_t close = pos + 1;
      while (close < line.size() && !(line[close] == '"' && (close + 1 >= line.size() || line[close + 1] != '"'))) {
        close += line[close] == '"' ? 2 : 1;
      }
      cell.text = line.substr(pos + 1, std::min(close, line.size()) - pos - 1);
      cell.quoted = true;
      end = line.find(',', std::min(close, line.size()));
    } else {
      end = line.find(',', pos);
      std::string_view text = line.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
      while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
      cell.text = text;
    }
    cells->push_back(cell);
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
}

std::string Unquote(const Cell& cell) {
  std::string out(cell.text);
  if (!cell.quoted) return out;
  for (std::size_t i = out.find("\"\""); i != std::string::npos; i = out.find("\"\"", i + 1)) out.erase(i, 1);
  return out;
}

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

bool IsNoValue(std::string_view text) { return text.empty() || text == "." || text == "N/A"; }

// One column of a wide file: which series its cells belong to, or skipped.
struct Column {
  bool skip = true;
  std::size_t series = 0;
  std::uint16_t source = 0;
};

enum class Layout { kUnknown, kWide, kLong };

// Reads the lines of one CSV file into the builder.
class CsvReader {
 public:
  CsvReader(std::string_view name, std::string_view text, std::size_t body)
      : errors_(std::string(name)), builder_(std::string(name)), text_(text), pos_(body) {}

  RateFileResult Run(std::shared_ptr<const std::string> owned) {
    std::string_view header;
    std::size_t header_start = 0;
    int line_number = 0;
    while (NextLine(&header, &header_start, &line_number) && header.find_first_not_of(" \t") == std::string_view::npos) {
    }
    if (header.find_first_not_of(" \t") == std::string_view::npos) {
      errors_.Add(0, 0, "empty rate file: no header");
      return std::move(errors_.diagnostics());
    }
    header_line_ = line_number;
    const Layout layout = ReadHeader(header);
    if (layout == Layout::kUnknown) return std::move(errors_.diagnostics());

    std::string_view line;
    std::size_t line_start = 0;
    std::vector<Cell> cells;
    while (!errors_.full() && NextLine(&line, &line_start, &line_number)) {
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      SplitCells(line, &cells);
      if (cells.size() != header_cells_) {
        errors_.Add(line_number, 1, fmt::format("expected {} cells as in the header, found {}", header_cells_, cells.size()));
        continue;
      }
      const auto column_of = [&](const Cell& c) { return CodePointColumn(line, c.offset) + 1; };
      const auto date = Date::Parse(cells[0].text);
      if (!date) {
        errors_.Add(line_number, column_of(cells[0]), fmt::format("invalid date '{}' (expected YYYY-MM-DD)", cells[0].text));
        continue;
      }
      if (layout == Layout::kWide) {
        for (std::size_t i = 1; i < cells.size(); ++i) {
          const Column& column = columns_[i];
          if (column.skip || IsNoValue(cells[i].text)) continue;
          AddRate(column.series, *date, column.source, line, cells[i], line_number);
        }
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
      AddRate(builder_.Series(*base, *quote), *date, source, line, cells[3], line_number);
    }
    Diagnostics& diagnostics = errors_.diagnostics();
    auto table = builder_.Finish(errors_.file(), std::move(owned), text_, &diagnostics);
    if (!diagnostics.empty()) {
      std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.location.line < b.location.line;
      });
      if (diagnostics.size() > kMaxRateFileErrors) diagnostics.resize(kMaxRateFileErrors);
      return std::move(diagnostics);
    }
    return table;
  }

 private:
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

  void AddRate(std::size_t series, const Date& date, std::uint16_t source, std::string_view line,
               const Cell& cell, int line_number) {
    if (auto problem = CheckRateText(cell.text)) {
      errors_.Add(line_number, CodePointColumn(line, cell.offset) + 1, std::move(*problem));
      return;
    }
    const std::size_t offset = static_cast<std::size_t>(cell.text.data() - text_.data());
    builder_.Add(series, date, offset, cell.text.size(), source, line_number);
  }

  Layout ReadHeader(std::string_view header) {
    std::vector<Cell> cells;
    SplitCells(header, &cells);
    header_cells_ = cells.size();
    // The ECB history ends every line with a comma: an empty last column.
    std::size_t used = cells.size();
    if (used > 1 && cells.back().text.empty()) --used;
    std::vector<std::string> lower;
    for (std::size_t i = 0; i < used; ++i) lower.push_back(Lower(cells[i].text));
    const auto column_of = [&](const Cell& c) { return CodePointColumn(header, c.offset) + 1; };

    default_source_ = builder_.Source(errors_.file());
    if ((used == 4 || used == 5) && lower[0] == "date" && lower[1] == "base" && lower[2] == "quote" &&
        lower[3] == "rate" && (used == 4 || lower[4] == "source")) {
      return Layout::kLong;
    }
    if (used < 2 || (lower[0] != "date" && lower[0] != "observation_date")) {
      errors_.Add(header_line_, 1,
                  fmt::format("unknown header '{}': expected a FRED series (observation_date,DEXKOUS), "
                              "the ECB history (Date,USD,JPY,...), date,USD_per_EUR,... or "
                              "date,base,quote,rate[,source]",
                              header));
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
        // An ECB history column: units per 1 EUR. Currencies figcheck does not know (the
        // ECB still lists CYP, ROL, ...) are skipped, so the publisher's file reads as it is.
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
  std::string_view text_;
  std::size_t pos_;
  int header_line_ = 1;
  std::size_t header_cells_ = 0;
  std::vector<Column> columns_;
  std::uint16_t default_source_ = 0;
};

}  // namespace

RateFileResult ReadCsvRateFile(std::string_view name, std::shared_ptr<const std::string> owned,
                               std::string_view text, std::size_t body) {
  return CsvReader(name, text, body).Run(std::move(owned));
}

}  // namespace figcheck::rates_internal
