#include "core/base/source_location.h"

#include <fmt/format.h>

#include "core/base/printable.h"

namespace figcheck {

std::string SourceLocation::ToString() const {
  const std::string shown = Printable(file);
  if (line <= 0) return shown;
  if (column <= 0) return fmt::format("{}:{}", shown, line);
  return fmt::format("{}:{}:{}", shown, line, column);
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
  return fmt::format("{}: {}: {}", location.ToString(), SeverityName(severity), Printable(message));
}

}  // namespace figcheck
