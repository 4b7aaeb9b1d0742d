// Internal to core/rates: the readers behind ReadRateFile, one per family of formats.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/rates/rate_file.h"

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

// `text` is the whole file (its storage outlives the table when `owned` is null); `body` starts
// after any byte order mark.
RateFileResult ReadCsvRateFile(std::string_view name, std::shared_ptr<const std::string> owned,
                               std::string_view text, std::size_t body);
RateFileResult ReadYamlRateFile(std::string_view name, std::string_view text, std::size_t body);

}  // namespace figcheck::rates_internal
