#include "core/base/source_location.h"

#include <fmt/format.h>

namespace figcheck {

std::string SourceLocation::ToString() const {
  if (line <= 0) return file;
  if (column <= 0) return fmt::format("{}:{}", file, line);
  return fmt::format("{}:{}:{}", file, line, column);
}

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

std::string Diagnostic::ToString() const {
  return fmt::format("{}: {}: {}", location.ToString(), SeverityName(severity), message);
}

}  // namespace figcheck
