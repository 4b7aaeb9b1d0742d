// `figcheck convert '75억 달러' --to KRW --date 2020-07-29`: the exact product at the reference
// rate, with the rate's provenance, written the Korean and the English way.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/money/parse.h"
#include "core/money/written.h"
#include "core/base/printable.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/standard_streams.h"
#include "tools/figcheck/rate_arguments.h"

namespace figcheck::cli {

namespace {

struct ConvertArgs {
  std::string amount;
  std::string to;
  std::string date;
  RateArguments lookup;
};

int ConvertError(const std::string& message) { return UsageError("convert", message); }

// The unit a reader expects: Korean figures to 1만 once they reach 1억, English ones to three
// significant digits ("₩8.95 trillion"); never finer than the currency's minor unit.
Decimal KoreanUnit(const Decimal& value, const Currency& currency) {
  if (value.Abs() >= Decimal::Pow10(8)) return Decimal::Pow10(4);
  return Decimal::Pow10(-currency.minor_units);
}

Decimal EnglishUnit(const Decimal& value, const Currency& currency) {
  const int exponent = std::max(value.MagnitudeExponent() - 2, -currency.minor_units);
  return Decimal::Pow10(exponent);
}

int RunConvert(const ConvertArgs& args) {
  const Currency* to = FindCurrencyByCode(args.to);
  if (to == nullptr) return ConvertError(fmt::format("unknown currency '{}'", args.to));
  const auto date = Date::Parse(args.date);
  if (!date) return ConvertError(fmt::format("invalid date '{}' (expected YYYY-MM-DD)", args.date));
  const auto parsed = ParseAmount(args.amount);
  if (const auto* error = std::get_if<ParseError>(&parsed)) {
    return ConvertError(fmt::format("<argument>:1:{}: {}", error->column, error->message));
  }
  const Amount& amount = std::get<Amount>(parsed);

  const auto source = OpenRateSourcesOnDisk(args.lookup.rates);
  if (source == nullptr) return 2;
  const Currency& from = *amount.currency;
  const auto rate = source->Find(from, *to, *date);
  if (!rate) {
    SayLine(NoRateMessage("convert", *source, from, *to, *date));
    return 1;
  }
  const Decimal product = amount.value * rate->value;
  const std::string korean = WriteKorean(product, *to, KoreanUnit(product, *to));
  const std::string english = WriteEnglish(product, *to, EnglishUnit(product, *to));

  if (args.lookup.format == "json") {
    nlohmann::json out = {
        {"amount", {{"text", args.amount}, {"value", amount.value.ToString()}, {"currency", from.code}}},
        {"to", to->code},
        {"date", date->ToString()},
        {"rate",
         {{"value", rate->value.ToString()},
          {"fraction", rate->value.rational().str()},
          {"source", rate->source},
          {"observed_on", rate->observed_on.ToString()},
          {"path", rate->path}}},
        {"result",
         {{"value", product.ToString()},
          {"exact", product.is_terminating()},
          {"fraction", product.rational().str()},
          {"korean", korean},
          {"english", english}}}};
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << fmt::format("{} = {} {}\n", Printable(args.amount), amount.value.ToGroupedString(), from.code);
  std::cout << fmt::format("  × {}/{} {}  ({}, observed {}, {})\n", from.code, to->code, rate->value.ToString(),
                           Printable(rate->source), rate->observed_on.ToString(), Printable(rate->path));
  std::cout << fmt::format("  = {} {}{}\n", product.ToGroupedString(), to->code,
                           product.is_terminating() ? " (exact)" : "");
  std::cout << fmt::format("  Korean:  {}\n", korean);
  std::cout << fmt::format("  English: {}\n", english);
  return 0;
}

}  // namespace

void AddConvertCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ConvertArgs>();
  CLI::App* sub = app.add_subcommand("convert", "Convert an amount at the reference rate of a day, exactly");
  sub->add_option("amount", args->amount, "The amount as an article writes it: '75억 달러', '$7.5 billion'")->required();
  sub->add_option("--to", args->to, "Currency to convert to (ISO code: KRW)")->required();
  sub->add_option("--date", args->date, "Day of the rate (YYYY-MM-DD)")->required();
  AddRateArguments(*sub, &args->lookup);
  sub->callback([args, exit_code] { *exit_code = RunConvert(*args); });
}

}  // namespace figcheck::cli
