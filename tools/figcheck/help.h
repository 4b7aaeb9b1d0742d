// What `--help` says beyond the options CLI11 lists: for each command, its exit codes and three
// examples that run as written from the repository root; the version line of `--version`. The
// man pages are generated from this same text (cmake/man_page.cmake), so they cannot drift.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace figcheck::cli {

// The version the binary reports (CMake's project version).
std::string_view Version();

// "figcheck 0.2.0\nembedded rates (...):\nfred (FRED H.10):\n  USD/KRW, USD/CNY 2000-01-03..2026-03-27\n...":
// the version and, per embedded table, the days each of its pairs covers (EmbeddedRatesCoverage).
std::string VersionText();

// Three examples of `command` ("check", "parse", ...), each a full command line.
const std::vector<std::string_view>& Examples(std::string_view command);

// Sets the footer of every subcommand of `app` (exit codes, examples) and of `app` itself.
void AddHelpFooters(CLI::App& app);

}  // namespace figcheck::cli
