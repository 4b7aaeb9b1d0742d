// Helpers for the rates tests: reading the excerpts in tests/rates/data and unwrapping results.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "core/rates/rate_file.h"

namespace figcheck {
// GoogleTest prints a Decimal by its exact text.
inline void PrintTo(const Decimal& value, std::ostream* out) { *out << value.ToString(); }
}  // namespace figcheck

namespace figcheck::testing {

inline std::string ReadTestData(const std::string& name) {
  std::ifstream in(std::string(FIGCHECK_SOURCE_DIR) + "/tests/rates/data/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The table read from `contents`, failing the test (with every diagnostic) when it does not read.
inline std::shared_ptr<const RateTable> MustRead(std::string_view name, std::string_view contents) {
  auto result = ReadRateFile(name, contents);
  if (auto* diagnostics = std::get_if<Diagnostics>(&result)) {
    std::string all;
    for (const auto& d : *diagnostics) all += d.ToString() + "\n";
    ADD_FAILURE() << "unexpected diagnostics:\n" << all;
    return nullptr;
  }
  return std::get<std::shared_ptr<const RateTable>>(result);
}

// Every diagnostic of a file that must not read, one per line.
inline std::string ErrorsOf(std::string_view name, std::string_view contents) {
  auto result = ReadRateFile(name, contents);
  if (!std::holds_alternative<Diagnostics>(result)) return "(read without errors)";
  std::string all;
  for (const auto& d : std::get<Diagnostics>(result)) all += d.ToString() + "\n";
  return all;
}

inline const Currency& Cur(std::string_view code) { return *FindCurrencyByCode(code); }
inline Date Day(std::string_view text) { return *Date::Parse(text); }
inline Decimal Dec(std::string_view text) { return *Decimal::Parse(text); }

}  // namespace figcheck::testing
