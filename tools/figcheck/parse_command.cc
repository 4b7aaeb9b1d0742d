// figcheck parse TEXT: shows how figcheck reads one figure.
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/money/parse.h"
#include "core/base/printable.h"
#include "core/base/utf8.h"
#include "tools/figcheck/choices.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/standard_streams.h"

namespace figcheck::cli {
namespace {

// One line in a fixed key order, `{"value": "...", "currency": "KRW", ...}`: nlohmann::json
// keeps keys sorted, and the order people read is the one DESIGN.md shows.
std::string JsonLine(const nlohmann::json& object, std::initializer_list<std::string_view> order) {
  std::string line = "{";
  bool first = true;
  auto add = [&](const std::string& key, const nlohmann::json& value) {
    if (!first) line += ", ";
    first = false;
    line += nlohmann::json(key).dump() + ": " + value.dump();
  };
  for (std::string_view key : order) {
    if (const auto it = object.find(std::string(key)); it != object.end()) add(std::string(key), *it);
  }
  for (const auto& [key, value] : object.items()) {
    if (std::find(order.begin(), order.end(), std::string_view(key)) == order.end()) add(key, value);
  }
  return line + "}";
}

// Ninja-style: the message, then the text and a caret under the column it names.
void PrintError(std::string_view text, const ParseError& error) {
  std::string report = fmt::format("figcheck: error: <argument>:1:{}: {}\n", error.column, Printable(error.message));
  if (text.size() <= kMaxFigureBytes) {
    const std::string shown = Printable(text);
    // The caret goes under the column: the display width of the code points before it, as shown.
    std::size_t end = 0;
    for (int column = 1; column < error.column && end < text.size(); ++column) {
      std::size_t length = 1;
      DecodeAt(text, end, &length);
      end += length;
    }
    const std::string before = Printable(text.substr(0, end));
    std::size_t offset = 0;
    int width = 0;
    while (offset < before.size()) {
      std::size_t length = 1;
      width += CodePointDisplayWidth(DecodeAt(before, offset, &length));
      offset += length;
    }
    report += fmt::format("  {}\n  {}^\n", shown, std::string(static_cast<std::size_t>(width), ' '));
  }
  std::fputs(report.c_str(), stderr);
}

}  // namespace

void AddParseCommand(CLI::App& app, int* exit_code) {
  struct Options {
    std::string text;
    std::string format = "json";
    std::string currency;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand("parse", "Show how figcheck reads a figure: value, currency, stated unit");
  command->add_option("text", options->text, "The figure as the article writes it, e.g. '한화 약 8조 9512억원'")
      ->required();
  command->add_option("--format", options->format, "Output format: json (one line, default) or text")
      ->check(OneOf({"json", "text"}))
      ->capture_default_str();
  command->add_option("--currency", options->currency,
                      "ISO code used when the text names no currency, and to read a bare '¥'");
  command->callback([options, exit_code] {
    ParseOptions parse_options;
    if (!options->currency.empty()) {
      parse_options.currency = FindCurrencyByCode(options->currency);
      if (parse_options.currency == nullptr) {
        SayLine(fmt::format("figcheck: error: unknown currency code '{}'", options->currency));
        *exit_code = 2;
        return;
      }
    }
    const auto result = ParseFigure(options->text, parse_options);
    if (const auto* error = std::get_if<ParseError>(&result)) {
      PrintError(options->text, *error);
      *exit_code = 2;
      return;
    }
    const Figure& figure = std::get<Figure>(result);
    std::string line;
    if (const auto* amount = std::get_if<Amount>(&figure)) {
      line = options->format == "text" ? Describe(*amount)
                                       : JsonLine(ToJson(*amount), {"value", "currency", "unit", "approximate", "bound"});
    } else {
      const Change& change = std::get<Change>(figure);
      line = options->format == "text"
                 ? Describe(change)
                 : JsonLine(ToJson(change), {"kind", "value", "unit", "sign", "approximate", "bound"});
    }
    std::fputs((line + "\n").c_str(), stdout);
    *exit_code = 0;
  });
}

}  // namespace figcheck::cli
