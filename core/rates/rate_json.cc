// Frankfurter-style JSON: {"amount": 1.0, "base": "EUR", "start_date": ..., "end_date": ...,
// "rates": {"2020-07-28": {"USD": 1.1725, ...}, ...}} for a time series, or {"base": "EUR",
// "date": "2020-07-28", "rates": {"USD": 1.1725}} for one day. Rates are quote per 1 base.
//
// simdjson's On-Demand parser hands out each number's raw text (raw_json_token), so rates are
// read from their digits and never through binary floating point, and each token's place in the
// text gives the line and column of an error.
#include <simdjson.h>

#include <algorithm>

#include <fmt/format.h>

#include "core/base/utf8.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck::rates_internal {

namespace {

namespace od = simdjson::ondemand;

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

class JsonReader {
 public:
  JsonReader(std::string_view name, std::string_view text, std::size_t body)
      : errors_(std::string(name)), builder_(std::string(name)), text_(text), body_(body),
        padded_(text.substr(body)) {}

  RateFileResult Run() {
    od::parser parser;
    od::document doc;
    if (auto error = parser.iterate(padded_).get(doc)) return Fail(nullptr, error);
    od::object root;
    if (auto error = doc.get_object().get(root)) return Fail(nullptr, error, "a Frankfurter rate file is a JSON object");
    // First pass: the base, the day of a one-day file and the amount, wherever they stand.
    std::string_view base_code, day_text;
    const char* base_at = nullptr;
    const char* day_at = nullptr;
    bool has_rates = false;
    for (auto field : root) {
      std::string_view key;
      if (auto error = field.unescaped_key().get(key)) return Fail(Where(doc), error);
      od::value value;
      if (auto error = field.value().get(value)) return Fail(Where(doc), error);
      const char* at = Location(value);
      if (key == "base" || key == "date") {
        std::string_view text;
        if (value.get_string().get(text)) return Error(at, fmt::format("'{}' must be a string", key));
        (key == "base" ? base_code : day_text) = text;
        (key == "base" ? base_at : day_at) = at;
      } else if (key == "amount") {
        const std::string_view amount = Trim(value.raw_json_token());
        const auto parsed = Decimal::Parse(amount);
        if (!parsed || *parsed != Decimal(1)) {
          return Error(at, fmt::format("amount {} is not supported: ask for rates per 1 unit (amount=1)", amount));
        }
      } else if (key == "rates") {
        has_rates = true;  // read in the second pass; an unread value is skipped
      }
    }
    if (!has_rates) return Error(nullptr, fmt::format("no 'rates' in the JSON; tried {}", kFormatsTried));
    if (base_at == nullptr) return Error(nullptr, "no 'base' currency in the JSON ({\"base\": \"EUR\", ...})");
    const Currency* base = FindCurrencyByCode(base_code);
    if (base == nullptr) return Error(base_at, fmt::format("unknown currency '{}'", base_code));
    std::optional<Date> day;
    if (day_at != nullptr) {
      day = Date::Parse(day_text);
      if (!day) return Error(day_at, fmt::format("invalid date '{}' (expected YYYY-MM-DD)", day_text));
    }
    source_ = builder_.Source(errors_.file());

    // Second pass: the rates.
    doc.rewind();
    if (auto error = doc.get_object().get(root)) return Fail(nullptr, error);
    for (auto field : root) {
      std::string_view key;
      if (auto error = field.unescaped_key().get(key)) return Fail(Where(doc), error);
      od::value value;
      if (auto error = field.value().get(value)) return Fail(Where(doc), error);
      if (key != "rates") continue;
      od::object rates;
      if (value.get_object().get(rates)) return Error(Location(value), "'rates' must be an object");
      for (auto entry : rates) {
        std::string_view inner_key;
        if (auto error = entry.unescaped_key().get(inner_key)) return Fail(Where(doc), error);
        od::value inner;
        if (auto error = entry.value().get(inner)) return Fail(Where(doc), error);
        od::json_type type;
        if (auto error = inner.type().get(type)) return Fail(Location(inner), error);
        if (type == od::json_type::object) {
          // A time series: "2020-07-28": {"USD": 1.1725, ...}
          const char* key_at = Location(inner);
          const auto date = Date::Parse(inner_key);
          if (!date) {
            Note(key_at, fmt::format("invalid date '{}' (expected YYYY-MM-DD)", inner_key));
            continue;
          }
          od::object quotes;
          if (auto error = inner.get_object().get(quotes)) return Fail(key_at, error);
          for (auto quote : quotes) {
            std::string_view code;
            if (auto error = quote.unescaped_key().get(code)) return Fail(Where(doc), error);
            od::value rate;
            if (auto error = quote.value().get(rate)) return Fail(Where(doc), error);
            if (!AddRate(*base, code, *date, rate)) return Finish();
          }
        } else {
          if (!day) {
            return Error(Location(inner), fmt::format("rate for '{}' without a day: a one-day file needs \"date\"",
                                                      inner_key));
          }
          if (!AddRate(*base, inner_key, *day, inner)) return Finish();
        }
      }
    }
    return Finish();
  }

 private:
  // Adds one rate; false when a structural error stops the reading.
  bool AddRate(const Currency& base, std::string_view code, const Date& date, od::value& rate) {
    const char* at = Location(rate);
    od::json_type type;
    if (rate.type().get(type)) {
      Note(at, "invalid JSON");
      return false;
    }
    if (type == od::json_type::null) return true;  // no value that day
    std::string_view token = Trim(rate.raw_json_token());
    if (type != od::json_type::number) {
      token = token.substr(0, 40);
      Note(at, fmt::format("rate {} for {} is not a number", token, code));
      return true;
    }
    const Currency* quote = FindCurrencyByCode(code);
    // Currencies figcheck does not know are skipped, as in the ECB's files.
    if (quote == nullptr || quote->code == base.code) return true;
    if (auto problem = CheckRateText(token)) {
      Note(at, std::move(*problem));
      return true;
    }
    const auto [line, column] = LineColumn(at);
    builder_.Add(builder_.Series(base, *quote), date, arena_.size(), token.size(), source_, line, column);
    arena_ += token;
    return !errors_.full();
  }

  const char* Location(od::value& value) {
    const char* at = nullptr;
    if (value.current_location().get(at)) return nullptr;
    return at;
  }
  const char* Where(od::document& doc) {
    const char* at = nullptr;
    if (doc.current_location().get(at)) return nullptr;
    return at;
  }

  std::pair<int, int> LineColumn(const char* at) const {
    if (at == nullptr) return {0, 0};
    const std::size_t offset =
        body_ + std::min(static_cast<std::size_t>(at - padded_.data()), text_.size() - body_);
    const std::size_t line_start = offset == 0 ? 0 : text_.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
    const auto line = 1 + std::count(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(line_start), '\n');
    const std::size_t from = std::max(line_start, body_);
    return {static_cast<int>(line), CodePointColumn(text_.substr(from), offset - from) + 1};
  }

  // Records an error and reads on.
  void Note(const char* at, std::string message) {
    const auto [line, column] = LineColumn(at);
    errors_.Add(line, column, std::move(message));
  }

  // Records an error that stops the reading; returns every error so far.
  RateFileResult Error(const char* at, std::string message) {
    Note(at, std::move(message));
    return std::move(errors_.diagnostics());
  }

  RateFileResult Fail(const char* at, simdjson::error_code error, std::string_view what = {}) {
    return Error(at, what.empty() ? fmt::format("invalid JSON: {}", simdjson::error_message(error))
                                  : fmt::format("{} ({})", what, simdjson::error_message(error)));
  }

  RateFileResult Finish() {
    Diagnostics& diagnostics = errors_.diagnostics();
    auto owned = std::make_shared<const std::string>(std::move(arena_));
    auto table = builder_.Finish(errors_.file(), owned, *owned, &diagnostics);
    if (!diagnostics.empty()) return std::move(diagnostics);
    return table;
  }

  ErrorList errors_;
  RateTableBuilder builder_;
  std::string_view text_;
  std::size_t body_;
  simdjson::padded_string padded_;
  std::uint16_t source_ = 0;
  std::string arena_;
};

}  // namespace

RateFileResult ReadJsonRateFile(std::string_view name, std::string_view text, std::size_t body) {
  return JsonReader(name, text, body).Run();
}

}  // namespace figcheck::rates_internal
