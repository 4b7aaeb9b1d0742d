// The fact-file loader: YAML text in, a validated FactFile or diagnostics out.
//
// Every problem is reported with file:line:column (1-based, columns in code points) and the
// loader keeps going, so one run reports every bad key of a file. Nothing throws.
#pragma once

#include <optional>
#include <string_view>

#include "core/base/source_location.h"
#include "core/facts/fact.h"

namespace figcheck {

struct LoadedFactFile {
  std::optional<FactFile> file;   // set only when there are no error diagnostics
  Diagnostics diagnostics;
};

// Limits that keep hostile input cheap (documented in docs/FACT-FILES.md).
inline constexpr std::size_t kMaxFactFileBytes = 8 * 1024 * 1024;
inline constexpr int kMaxYamlDepth = 64;
inline constexpr std::size_t kMaxYamlNodes = 200000;
inline constexpr std::size_t kMaxFacts = 10000;

// Parses `contents` (the text of the file called `name`, used in locations).
LoadedFactFile LoadFactFile(std::string_view name, std::string_view contents);

}  // namespace figcheck
