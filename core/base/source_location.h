// SourceLocation and Diagnostic: where a problem in an input was found, and what it is.
//
// Lines and columns are 1-based; column counts Unicode code points (what an editor shows),
// not bytes. line == 0 means "the file as a whole".
#pragma once

#include <string>
#include <vector>

namespace figcheck {

struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  // "file:line:column", "file:line" or "file" depending on what is known; the file name made
  // Printable (core/base/printable.h), as is a Diagnostic's message in Diagnostic::ToString.
  std::string ToString() const;
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

enum class Severity { kError, kWarning, kNote };
std::string_view SeverityName(Severity severity);  // "error", "warning", "note"

// A problem with an input (not a finding about a figure): bad YAML, an unknown key, an
// unreadable amount.
struct Diagnostic {
  SourceLocation location;
  Severity severity = Severity::kError;
  std::string message;  // lower case, offending text quoted: unknown currency '닭러'

  // "file:line:column: error: message"
  std::string ToString() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace figcheck
