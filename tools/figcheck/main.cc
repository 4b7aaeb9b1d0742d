// figcheck: checks the money figures of news articles. Thin: arguments in, exit status out;
// everything else lives in core/.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "tools/figcheck/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"figcheck: recomputes the currency conversions and growth figures of news articles"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "figcheck 0.1.0");
  int exit_code = 0;
  figcheck::cli::AddParseCommand(app, &exit_code);
  figcheck::cli::AddCheckCommand(app, &exit_code);
  figcheck::cli::AddExtractCommand(app, &exit_code);
  figcheck::cli::AddRatesCommand(app, &exit_code);
  figcheck::cli::AddConvertCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "figcheck: internal error: %s\n", e.what());
    return 3;
  }
  return exit_code;
}
