// The tool's two standard streams: every human-readable line for standard error goes through
// SayLine (made Printable, core/base/printable.h), and standard output is closed and checked
// once, when the command is done, so no command reports success after losing its output.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck::cli {

// Writes Printable(line) and a newline to standard error.
void SayLine(std::string_view line);

// Flushes and closes standard output; returns the error ("No space left on device") when a
// write or the close failed, else an empty string. Call once, after the last write.
std::string CloseStandardOutput();

// Reads all of standard input into `contents`, refusing more than `limit` bytes (an endless pipe
// stops one chunk past it). Returns the error, or nothing.
std::optional<std::string> ReadStandardInput(std::size_t limit, std::string* contents);

}  // namespace figcheck::cli
