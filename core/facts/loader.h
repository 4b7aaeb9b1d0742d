// The fact-file loader: YAML or JSON text in, a validated FactFile or diagnostics out.
//
// Both syntaxes become the same node tree (core/base/yaml_document.h), read by the one set of
// rules below: JSON is parsed as JSON (never rewritten as YAML text), every number keeps the
// text it is written with, and every location is in the JSON text itself.
//
// Every problem is reported with file:line:column (1-based, columns in code points) and the
// loader keeps going, so one run reports every bad key of a file. Nothing throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/base/source_location.h"
#include "core/base/yaml_limits.h"
#include "core/facts/fact.h"

namespace figcheck {

struct LoadedFactFile {
  std::optional<FactFile> file;   // set only when there are no error diagnostics
  Diagnostics diagnostics;
};

// Limits that keep hostile input cheap (docs/RELIABILITY.md); YAML depth and node limits are
// in core/base/yaml_limits.h.
inline constexpr std::size_t kMaxFactFileBytes = 8 * 1024 * 1024;
inline constexpr std::size_t kMaxFacts = 10000;

enum class FactFileSyntax : std::uint8_t { kYaml, kJson };

// The syntax of the fact file `name` holding `contents`: JSON for a .json name, YAML for .yaml
// and .yml; any other name (standard input, an article) is JSON when its text is a JSON object
// (after white space and byte order marks), else YAML (a YAML flow mapping starts with '{' too).
FactFileSyntax FactFileSyntaxOf(std::string_view name, std::string_view contents);

// Parses `contents` (the text of the file called `name`, used in locations).
LoadedFactFile LoadFactFile(std::string_view name, std::string_view contents,
                            FactFileSyntax syntax = FactFileSyntax::kYaml);

}  // namespace figcheck
