// The subcommands of the figcheck tool. Each Add*Command registers one CLI11 subcommand whose
// callback runs it and stores the process exit status in `*exit_code`:
// 0 = all consistent, 1 = some figure inconsistent or unchecked, 2 = bad input or usage.
#pragma once

#include <CLI/CLI.hpp>

namespace figcheck::cli {

void AddParseCommand(CLI::App& app, int* exit_code);
void AddCheckCommand(CLI::App& app, int* exit_code);
void AddExtractCommand(CLI::App& app, int* exit_code);
void AddRatesCommand(CLI::App& app, int* exit_code);
void AddConvertCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
void AddConfigCommand(CLI::App& app, int* exit_code);

}  // namespace figcheck::cli
