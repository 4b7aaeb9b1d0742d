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

int CodePointColumn(std::string_view text, std::size_t byte_offset) {
  int count = 0;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++count;  // not a continuation byte
  }
  return count;
}

}  // namespace figcheck
