#include "core/rates/rate_file.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>

#include <fmt/format.h>

#include "core/base/utf8.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck {

namespace {

// The H.10 daily series on FRED, with their directions: "DEXxxUS" is currency xx per USD,
// "DEXUSxx" is USD per currency xx. Series of currencies figcheck does not know are left out
// (DEXSLUS Sri Lankan rupee, DEXVZUS Venezuelan bolivar).
constexpr std::array<FredSeries, 21> kFredSeries = {{
    {"DEXBZUS", "USD", "BRL"}, {"DEXCAUS", "USD", "CAD"}, {"DEXCHUS", "USD", "CNY"},
    {"DEXDNUS", "USD", "DKK"}, {"DEXHKUS", "USD", "HKD"}, {"DEXINUS", "USD", "INR"},
    {"DEXJPUS", "USD", "JPY"}, {"DEXKOUS", "USD", "KRW"}, {"DEXMAUS", "USD", "MYR"},
    {"DEXMXUS", "USD", "MXN"}, {"DEXNOUS", "USD", "NOK"}, {"DEXSDUS", "USD", "SEK"},
    {"DEXSFUS", "USD", "ZAR"}, {"DEXSIUS", "USD", "SGD"}, {"DEXSZUS", "USD", "CHF"},
    {"DEXTAUS", "USD", "TWD"}, {"DEXTHUS", "USD", "THB"},
    {"DEXUSAL", "AUD", "USD"}, {"DEXUSEU", "EUR", "USD"}, {"DEXUSNZ", "NZD", "USD"},
    {"DEXUSUK", "GBP", "USD"},
}};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

bool EndsWithIgnoreCase(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && EqualsIgnoreCase(text.substr(text.size() - suffix.size()), suffix);
}

// YAML when the name says so, or when the first line is not a CSV header.
bool LooksLikeYaml(std::string_view name, std::string_view body) {
  if (EndsWithIgnoreCase(name, ".yaml") || EndsWithIgnoreCase(name, ".yml")) return true;
  if (EndsWithIgnoreCase(name, ".csv")) return false;
  std::size_t start = body.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  const std::string_view first = body.substr(start, body.find('\n', start) - start);
  if (first.starts_with("#") || first.starts_with("---")) return true;
  return first.find_first_of(",;\t") == std::string_view::npos;
}

// A JSON document starts with '{' (after white space); no CSV header or YAML table does.
bool LooksLikeJson(std::string_view body) {
  const std::size_t start = body.find_first_not_of(" \t\r\n");
  return start != std::string_view::npos && body[start] == '{';
}

// Used when no reader is given: a descriptor cannot name a file then.
class NoFiles final : public FileReader {
 public:
  bool Read(const std::string&, std::string*, std::string* error) const override {
    *error = "rate descriptors are read from files (figcheck --rates DESCRIPTOR.yaml)";
    return false;
  }
};

RateFileResult Read(std::string_view name, std::shared_ptr<const std::string> owned, std::string_view text,
                    const FileReader& reader) {
  static_assert(kMaxRateFileBytes < std::numeric_limits<std::uint32_t>::max(), "offsets are 32-bit");
  if (text.size() > kMaxRateFileBytes) {
    return Diagnostics{Diagnostic{SourceLocation{std::string(name), 1, 1}, Severity::kError,
                                  fmt::format("file is {} bytes; the limit for a rate file is {} bytes", text.size(),
                                              kMaxRateFileBytes)}};
  }
  // Zip archives are binary: recognised by their signature before any text check.
  if (text.starts_with("PK\x03\x04")) return rates_internal::ReadZipRateFile(name, text, reader);
  // Every leading byte order mark (a second one would otherwise shift the columns of its line).
  std::size_t body = 0;
  while (text.substr(body).starts_with("\xEF\xBB\xBF")) body += 3;
  if (text.starts_with(std::string_view("\xFF\xFE\0\0", 4)) || text.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return Diagnostics{Diagnostic{SourceLocation{std::string(name), 1, 1}, Severity::kError,
                                  "UTF-32 text: save the rate file as UTF-8"}};
  }
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    return Diagnostics{Diagnostic{SourceLocation{std::string(name), 1, 1}, Severity::kError,
                                  "UTF-16 text: save the rate file as UTF-8"}};
  }
  // Checked once here so no message ever quotes broken bytes back at the user.
  if (const auto bad = FindInvalidUtf8(text.substr(body))) {
    const std::size_t offset = body + *bad;
    const std::size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_start), '\n');
    const std::size_t from = std::max(line_start, body);
    return Diagnostics{Diagnostic{
        SourceLocation{std::string(name), static_cast<int>(line), CodePointColumn(text.substr(from), offset - from) + 1},
        Severity::kError, "invalid UTF-8 (rate files are UTF-8 text)"}};
  }
  if (LooksLikeJson(text.substr(body))) return rates_internal::ReadJsonRateFile(name, text, body);
  if (LooksLikeYaml(name, text.substr(body))) return rates_internal::ReadYamlRateFile(name, text, body, reader);
  return rates_internal::ReadCsvRateFile(name, std::move(owned), text, body);
}

}  // namespace

std::optional<FredSeries> FredSeriesById(std::string_view id) {
  for (const FredSeries& s : kFredSeries) {
    if (EqualsIgnoreCase(s.id, id)) return s;
  }
  return std::nullopt;
}

std::string FredSourceName(std::string_view id) { return fmt::format("FRED H.10 {}", id); }

RateFileResult ReadRateFile(std::string_view name, std::string_view contents) {
  return ReadRateFile(name, contents, NoFiles());
}

RateFileResult ReadRateFile(std::string_view name, std::string_view contents, const FileReader& reader) {
  auto owned = std::make_shared<const std::string>(contents);
  const std::string_view text = *owned;
  return Read(name, std::move(owned), text, reader);
}

RateFileResult ReadStaticRateFile(std::string_view name, std::string_view contents) {
  return Read(name, nullptr, contents, NoFiles());
}

namespace rates_internal {

void ErrorList::Add(int line, int column, std::string message) {
  if (full()) return;
  diagnostics_.push_back(Diagnostic{SourceLocation{file_, line, column}, Severity::kError, std::move(message)});
}

std::optional<std::string> CheckRateText(std::string_view text) {
  // Fast path for what publishers write ("1192.98"): digits, at most one '.', digits.
  std::size_t digits = 0;
  bool nonzero = false;
  bool dot = false;
  bool simple = !text.empty() && text.size() <= Decimal::kMaxDigits && text.front() != '.' && text.back() != '.';
  for (std::size_t i = 0; simple && i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      ++digits;
      nonzero = nonzero || c != '0';
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      simple = false;
    }
  }
  if (simple && digits > 0) {
    if (!nonzero) return fmt::format("rate '{}' is not positive", text);
    return std::nullopt;
  }
  const auto value = text.size() <= 1000 ? Decimal::Parse(text) : std::nullopt;
  if (!value) return fmt::format("rate '{}' is not a decimal number", text);
  if (value->sign() <= 0) return fmt::format("rate '{}' is not positive", text);
  return std::nullopt;
}

}  // namespace rates_internal

}  // namespace figcheck
