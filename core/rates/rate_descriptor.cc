// The rate descriptor: a small YAML file that says how to read any other CSV of daily rates,
// such as a Korean bank's export (CP949, Korean headers, dotted dates, newest first):
//
//   name: bank-usd             # the source name findings show (default: the descriptor's path)
//   file: bank-usd-krw.csv     # relative to the descriptor's folder
//   encoding: cp949            # utf-8 (default), cp949, euc-kr, ... (anything iconv knows)
//   pair: USD/KRW              # the rate is KRW for `per` USD
//   per: 1                     # 1 (default), 10, 100, ...: a table quoted per 100 yen
//   columns: {date: 일자, rate: 매매기준율}   # header names, or 1-based numbers
//   date_format: '%Y.%m.%d'    # %Y %m %d %e %b %B and literal text (default %Y-%m-%d)
//   skip_lines: 0              # lines before the data (default: through the header line with
//                              # named columns, none with numbered ones)
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <array>
#include <cctype>

#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include "core/base/utf8.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck::rates_internal {

namespace {

constexpr std::string_view kDescriptorKeys = "name, file, encoding, pair, per, columns, date_format, skip_lines";

bool IsUtf8Name(std::string_view encoding) {
  std::string lower;
  for (char c : encoding) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return lower == "utf-8" || lower == "utf8";
}

// `bytes` in `encoding` to UTF-8; on an undecodable byte, the message at its line and column.
struct Decoded {
  std::string text;
  std::optional<Diagnostic> error;
};

Decoded DecodeToUtf8(std::string_view file, std::string_view bytes, std::string_view encoding) {
  Decoded out;
  const std::string code(encoding);
  iconv_t cd = iconv_open("UTF-8", code.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    out.error = Diagnostic{SourceLocation{std::string(file), 0, 0}, Severity::kError,
                           fmt::format("unknown encoding '{}'", encoding)};
    return out;
  }
  out.text.resize(bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t used = 0;
  while (in_left > 0) {
    char* out_ptr = out.text.data() + used;
    std::size_t out_left = out.text.size() - used;
    const std::size_t result = iconv(cd, &in, &in_left, &out_ptr, &out_left);
    used = static_cast<std::size_t>(out_ptr - out.text.data());
    if (result != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) {
      out.text.resize(out.text.size() * 2);
      continue;
    }
    // EILSEQ (a byte that is not in the encoding) or EINVAL (a character cut off at the end).
    const std::size_t offset = static_cast<std::size_t>(in - bytes.data());
    const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    const std::string_view decoded(out.text.data(), used);
    const std::size_t line_start = decoded.rfind('\n') == std::string_view::npos ? 0 : decoded.rfind('\n') + 1;
    const int column = CodePointColumn(decoded.substr(line_start), used - line_start) + 1;
    out.error = Diagnostic{SourceLocation{std::string(file), static_cast<int>(line), column}, Severity::kError,
                           fmt::format("byte 0x{:02X} cannot be decoded as {}", static_cast<unsigned char>(*in),
                                       encoding)};
    iconv_close(cd);
    return out;
  }
  iconv_close(cd);
  out.text.resize(used);
  return out;
}

class DescriptorReader {
 public:
  DescriptorReader(std::string_view name, std::string_view text, const FileReader& reader)
      : errors_(std::string(name)), name_(name), text_(text), reader_(reader) {}

  RateFileResult Run(const YAML::Node& root) {
    std::string source_name(name_);
    std::string file, encoding = "utf-8", pair, date_format = "%Y-%m-%d";
    std::string per_text = "1";
    YAML::Node columns;
    YAML::Mark file_mark, pair_mark, per_mark, columns_mark, format_mark, skip_mark;
    std::optional<int> skip_lines;
    for (const auto& entry : root) {
      const std::string key = entry.first.Scalar();
      const YAML::Mark mark = entry.second.IsNull() ? entry.first.Mark() : entry.second.Mark();
      if (key == "columns") {
        columns = entry.second;
        columns_mark = mark;
        continue;
      }
      if (!entry.second.IsScalar()) {
        Add(mark, fmt::format("'{}' must be a single value", key));
        continue;
      }
      const std::string value = entry.second.Scalar();
      if (key == "name") {
        source_name = value;
      } else if (key == "file") {
        file = value;
        file_mark = mark;
      } else if (key == "encoding") {
        encoding = value;
        encoding_mark_ = mark;
      } else if (key == "pair") {
        pair = value;
        pair_mark = mark;
      } else if (key == "per") {
        per_text = value;
        per_mark = mark;
      } else if (key == "date_format") {
        date_format = value;
        format_mark = mark;
      } else if (key == "skip_lines") {
        skip_mark = mark;
        if (value.empty() || value.size() > 6 || !std::all_of(value.begin(), value.end(), [](char c) {
              return c >= '0' && c <= '9';
            })) {
          Add(mark, fmt::format("skip_lines '{}' is not a whole number", value));
        } else {
          skip_lines = std::stoi(value);
        }
      } else {
        Add(entry.first.Mark(), fmt::format("unknown key '{}' in a rate descriptor (keys: {})", key, kDescriptorKeys));
      }
    }
    const YAML::Mark top = root.Mark();
    if (file.empty()) Add(top, "missing key 'file' (the CSV file, relative to this descriptor)");
    const std::size_t slash = pair.find('/');
    const Currency* base = slash == std::string::npos ? nullptr : FindCurrencyByCode(pair.substr(0, slash));
    const Currency* quote = slash == std::string::npos ? nullptr : FindCurrencyByCode(pair.substr(slash + 1));
    if (pair.empty()) {
      Add(top, "missing key 'pair' (BASE/QUOTE: USD/KRW is won per dollar)");
    } else if (base == nullptr || quote == nullptr || base == quote) {
      Add(pair_mark, fmt::format("pair '{}' should be two known currencies, BASE/QUOTE (USD/KRW)", pair));
    }
    int exponent = -1;
    for (int k = 0; k <= 6; ++k) {
      if (per_text == "1" + std::string(static_cast<std::size_t>(k), '0')) exponent = k;
    }
    if (exponent < 0) Add(per_mark, fmt::format("per '{}' should be 1, 10, 100, 1000, ...", per_text));
    if (auto problem = CheckDateFormat(date_format)) {
      Add(format_mark, fmt::format("date_format '{}' {} (%Y %m %d %e %b %B %%)", date_format, *problem));
    }
    std::string date_column, rate_column;
    YAML::Mark date_mark = columns_mark, rate_mark = columns_mark;
    if (!columns.IsDefined() || columns.IsNull()) {
      Add(top, "missing key 'columns' ({date: HEADER or NUMBER, rate: HEADER or NUMBER})");
    } else if (!columns.IsMap()) {
      Add(columns_mark, "'columns' must be a map {date: ..., rate: ...}");
    } else {
      for (const auto& entry : columns) {
        const std::string key = entry.first.Scalar();
        if (!entry.second.IsScalar() || (key != "date" && key != "rate")) {
          Add(entry.first.Mark(), fmt::format("'columns' takes date and rate, each a header or a 1-based number"));
          continue;
        }
        (key == "date" ? date_column : rate_column) = entry.second.Scalar();
        (key == "date" ? date_mark : rate_mark) = entry.second.Mark();
      }
      if (date_column.empty()) Add(columns_mark, "'columns' has no 'date'");
      if (rate_column.empty()) Add(columns_mark, "'columns' has no 'rate'");
    }
    if (!errors_.diagnostics().empty()) return std::move(errors_.diagnostics());

    // The CSV, relative to the descriptor's folder.
    const std::filesystem::path relative(file);
    const std::string path = relative.is_absolute()
                                 ? file
                                 : (std::filesystem::path(std::string(name_)).parent_path() / relative).string();
    std::string bytes, error;
    if (!reader_.Read(path, &bytes, &error)) {
      Add(file_mark, fmt::format("cannot read '{}': {}", path, error));
      return std::move(errors_.diagnostics());
    }
    if (bytes.size() > kMaxRateFileBytes) {
      return Diagnostics{Diagnostic{SourceLocation{path, 0, 0}, Severity::kError,
                                    fmt::format("file is {} bytes; the limit for a rate file is {} bytes", bytes.size(),
                                                kMaxRateFileBytes)}};
    }
    std::string text;
    if (IsUtf8Name(encoding)) {
      if (const auto bad = FindInvalidUtf8(bytes)) {
        const auto [line, column] = TextPosition(bytes, *bad);
        return Diagnostics{Diagnostic{SourceLocation{path, line, column}, Severity::kError,
                                      fmt::format("invalid UTF-8 (byte 0x{:02X}); give the file's 'encoding:' "
                                                  "(cp949, euc-kr, ...) in the descriptor",
                                                  static_cast<unsigned char>(bytes[*bad]))}};
      }
      text = std::move(bytes);
    } else {
      Decoded decoded = DecodeToUtf8(path, bytes, encoding);
      if (decoded.error) {
        if (decoded.error->location.line == 0) {
          Add(encoding_mark_, decoded.error->message);
          return std::move(errors_.diagnostics());
        }
        return Diagnostics{*decoded.error};
      }
      text = std::move(decoded.text);
    }
    auto owned = std::make_shared<const std::string>(std::move(text));
    return ReadCsv(path, source_name, owned, *base, *quote, exponent, date_column, date_mark, rate_column,
                   rate_mark, date_format, skip_lines);
  }

 private:
  void Add(const YAML::Mark& mark, std::string message) {
    if (mark.is_null() || mark.pos < 0) {
      errors_.Add(1, 1, std::move(message));
      return;
    }
    const auto [line, column] = TextPosition(text_, static_cast<std::size_t>(mark.pos));
    errors_.Add(line, column, std::move(message));
  }

  // A column's index from its 1-based number or its name in `header`; nullopt after an error.
  std::optional<std::size_t> ColumnIndex(const std::string& column, const YAML::Mark& mark,
                                         const std::vector<CsvCell>* header, std::string_view header_text,
                                         const std::string& csv_path, int header_line) {
    if (!column.empty() && std::all_of(column.begin(), column.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      if (column.size() > 4 || std::stoi(column) < 1) {
        Add(mark, fmt::format("column number {} should be 1 or more", column));
        return std::nullopt;
      }
      return static_cast<std::size_t>(std::stoi(column) - 1);
    }
    if (header != nullptr) {
      for (std::size_t i = 0; i < header->size(); ++i) {
        if ((*header)[i].text == column) return i;
      }
    }
    Add(mark, header == nullptr
                  ? fmt::format("no line of '{}' is a header with a column '{}'", csv_path, column)
                  : fmt::format("no column '{}' in the header of '{}' (line {}: {})", column, csv_path, header_line,
                                header_text));
    return std::nullopt;
  }

  RateFileResult ReadCsv(const std::string& path, const std::string& source_name,
                         const std::shared_ptr<const std::string>& owned, const Currency& base,
                         const Currency& quote, int exponent, const std::string& date_column,
                         const YAML::Mark& date_mark, const std::string& rate_column, const YAML::Mark& rate_mark,
                         const std::string& date_format, std::optional<int> skip_lines) {
    const std::string_view text = *owned;
    const std::size_t body = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::vector<std::string_view> lines;
    for (std::size_t pos = body; pos < text.size();) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(pos, end - pos);
      if (line.ends_with('\r')) line.remove_suffix(1);
      lines.push_back(line);
      pos = end + 1;
    }
    const auto is_number = [](const std::string& c) {
      return !c.empty() && std::all_of(c.begin(), c.end(), [](char x) { return x >= '0' && x <= '9'; });
    };
    const bool by_name = !is_number(date_column) || !is_number(rate_column);
    // The header: the first line that has every named column.
    char separator = ',';
    std::vector<CsvCell> header;
    std::optional<std::size_t> header_index;
    bool date_seen = is_number(date_column), rate_seen = is_number(rate_column);
    if (by_name) {
      std::vector<CsvCell> cells;
      for (std::size_t i = 0; i < lines.size() && i < 100 && !header_index; ++i) {
        const char sep = DetectCsvSeparator(lines[i]);
        SplitCsvLine(lines[i], sep, &cells);
        const auto has = [&](const std::string& c) {
          return is_number(c) || std::any_of(cells.begin(), cells.end(), [&](const CsvCell& x) { return x.text == c; });
        };
        date_seen = date_seen || has(date_column);
        rate_seen = rate_seen || has(rate_column);
        if (has(date_column) && has(rate_column)) {
          header_index = i;
          header = cells;
          separator = sep;
        }
      }
      // Name only the columns no line has (both when each is on a line of its own).
      if (!header_index && date_seen != rate_seen) {
        ColumnIndex(date_seen ? rate_column : date_column, date_seen ? rate_mark : date_mark, nullptr, {}, path, 0);
        return std::move(errors_.diagnostics());
      }
    }
    const std::size_t first_data = skip_lines ? static_cast<std::size_t>(*skip_lines)
                                              : (header_index ? *header_index + 1 : 0);
    if (!by_name) {
      for (std::size_t i = first_data; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(" \t") != std::string_view::npos) {
          separator = DetectCsvSeparator(lines[i]);
          break;
        }
      }
    }
    const int header_line = header_index ? static_cast<int>(*header_index) + 1 : 0;
    const std::string_view header_text = header_index ? lines[*header_index] : std::string_view();
    const auto date_index =
        ColumnIndex(date_column, date_mark, header_index ? &header : nullptr, header_text, path, header_line);
    const auto rate_index =
        ColumnIndex(rate_column, rate_mark, header_index ? &header : nullptr, header_text, path, header_line);
    if (!date_index || !rate_index) return std::move(errors_.diagnostics());

    ErrorList csv_errors(path);
    RateTableBuilder builder(path);
    RateSink sink(&csv_errors, &builder, text);
    sink.DivideBy10ToThe(exponent);
    const std::uint16_t source = builder.Source(source_name);
    const std::size_t series = builder.Series(base, quote);
    std::vector<CsvCell> cells;
    for (std::size_t i = first_data; i < lines.size() && !csv_errors.full(); ++i) {
      const std::string_view line = lines[i];
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      const int line_number = static_cast<int>(i) + 1;
      SplitCsvLine(line, separator, &cells);
      const std::size_t needed = std::max(*date_index, *rate_index) + 1;
      if (cells.size() < needed) {
        csv_errors.Add(line_number, 1,
                       fmt::format("expected at least {} cells (the date in column {}, the rate in column {}), found {}",
                                   needed, *date_index + 1, *rate_index + 1, cells.size()));
        continue;
      }
      const CsvCell& day_cell = cells[*date_index];
      const auto date = ParseDate(day_cell.text, date_format);
      if (!date) {
        csv_errors.Add(line_number, CodePointColumn(line, day_cell.offset) + 1,
                       fmt::format("invalid date '{}' (date_format '{}')", day_cell.text, date_format));
        continue;
      }
      if (cells[*rate_index].text.empty()) continue;  // no rate that day
      sink.Add(series, *date, source, line, cells[*rate_index], line_number, separator);
    }
    auto result = sink.Finish(owned, std::string(name_));
    if (auto* table = std::get_if<std::shared_ptr<const RateTable>>(&result)) {
      if ((*table)->size() == 0) {
        return Diagnostics{Diagnostic{SourceLocation{path, 0, 0}, Severity::kError,
                                      fmt::format("no rates in '{}' (skip_lines {}, date column {}, rate column {})",
                                                  path, first_data, *date_index + 1, *rate_index + 1)}};
      }
    }
    return result;
  }

  // Reads `text` written as `format`: %Y (four digits), %m and %d (one or two digits), %b or %B
  // (an English month name, three letters or whole), %% and any other character as itself.
  static std::optional<Date> ParseDate(std::string_view text, std::string_view format) {
    static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                                 "may",     "june",     "july",      "august",
                                                                 "september", "october", "november", "december"};
    int year = -1;
    unsigned month = 0, day = 0;
    std::size_t at = 0;
    const auto digits = [&](std::size_t min, std::size_t max, unsigned* out) {
      std::size_t n = 0;
      unsigned value = 0;
      while (n < max && at < text.size() && text[at] >= '0' && text[at] <= '9') {
        value = value * 10 + static_cast<unsigned>(text[at++] - '0');
        ++n;
      }
      *out = value;
      return n >= min;
    };
    for (std::size_t i = 0; i < format.size(); ++i) {
      if (format[i] != '%' || i + 1 == format.size()) {
        if (at >= text.size() || text[at] != format[i]) return std::nullopt;
        ++at;
        continue;
      }
      const char directive = format[++i];
      unsigned value = 0;
      if (directive == 'Y') {
        if (!digits(4, 4, &value)) return std::nullopt;
        year = static_cast<int>(value);
      } else if (directive == 'm') {
        if (!digits(1, 2, &month)) return std::nullopt;
      } else if (directive == 'd' || directive == 'e') {
        if (directive == 'e' && at < text.size() && text[at] == ' ') ++at;
        if (!digits(1, 2, &day)) return std::nullopt;
      } else if (directive == 'b' || directive == 'B') {
        std::string word;
        while (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]))) {
          word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[at++]))));
        }
        for (std::size_t m = 0; m < kMonths.size(); ++m) {
          if (word == kMonths[m] || (word.size() == 3 && kMonths[m].starts_with(word))) month = static_cast<unsigned>(m + 1);
        }
        if (month == 0) return std::nullopt;
      } else if (directive == '%') {
        if (at >= text.size() || text[at] != '%') return std::nullopt;
        ++at;
      } else {
        return std::nullopt;
      }
    }
    if (at != text.size() || year < 0) return std::nullopt;
    return Date::FromYmd(year, month, day);
  }

  // Nullopt when `format` uses only the directives ParseDate knows and has a year, month and day.
  static std::optional<std::string> CheckDateFormat(std::string_view format) {
    bool y = false, m = false, d = false;
    for (std::size_t i = 0; i < format.size(); ++i) {
      if (format[i] != '%') continue;
      if (i + 1 == format.size()) return std::string("ends with '%'");
      const char c = format[++i];
      y = y || c == 'Y';
      m = m || c == 'm' || c == 'b' || c == 'B';
      d = d || c == 'd' || c == 'e';
      if (std::string_view("YmdebB%").find(c) == std::string_view::npos) return fmt::format("'%{}' is not supported", c);
    }
    if (!y || !m || !d) return std::string("needs a year (%Y), a month (%m, %b) and a day (%d)");
    return std::nullopt;
  }

  ErrorList errors_;
  std::string_view name_;
  std::string_view text_;
  const FileReader& reader_;
  YAML::Mark encoding_mark_;  // an unknown encoding is reported at the descriptor's 'encoding'
};

}  // namespace

RateFileResult ReadRateDescriptor(std::string_view name, std::string_view text, const YAML::Node& root,
                                  const FileReader& reader) {
  return DescriptorReader(name, text, reader).Run(root);
}

}  // namespace figcheck::rates_internal
