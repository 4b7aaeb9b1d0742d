// Fact files written as JSON (one per line of an NDJSON stream, `figcheck check --ndjson`).
//
// The schema is the YAML one ({"article": {...}, "check": {...}, "facts": [...]}); the JSON is
// rewritten as YAML flow text for the one fact-file loader, with every number kept exactly as
// written (never read through a double): 1192.98 stays "1192.98", 1.10 keeps its two decimals.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "core/base/source_location.h"

namespace figcheck {

// The YAML text LoadFactFile reads for the JSON object `json` (one line, no newline), or an
// error at `name`:1:column when `json` is not valid JSON or not an object. The YAML is a single
// line too, but its columns are not the JSON's.
std::variant<std::string, Diagnostic> JsonFactFileAsYaml(std::string_view name, std::string_view json);

}  // namespace figcheck
