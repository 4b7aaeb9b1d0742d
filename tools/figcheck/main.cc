// figcheck: checks the money figures of news articles. Thin: arguments in, exit status out;
// everything else lives in core/.
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "tools/figcheck/commands.h"
#include "tools/figcheck/standard_streams.h"
#include "tools/figcheck/help.h"

namespace {

// Every option takes exactly one value per occurrence, in any order with the files: CLI11 lets a
// vector option swallow the arguments that follow it (`--format json a.yaml b.yaml` read b.yaml as a
// format, `--rates ecb a.yaml b.yaml` read a.yaml as a rate file), so repeated options are the only
// way to give several values (`--rates ecb --rates fred`). Positional arguments keep taking the rest.
void OneValuePerOccurrence(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->nonpositional()) option->allow_extra_args(false);
  }
  for (CLI::App* sub : app.get_subcommands({})) OneValuePerOccurrence(*sub);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"figcheck: recomputes the currency conversions and growth figures of news articles"};
  app.require_subcommand(1);
  app.set_version_flag("--version", [] {
    std::string text = figcheck::cli::VersionText();
    text.pop_back();  // CLI11 adds the final newline
    return text;
  });
  int exit_code = 0;
  figcheck::cli::AddParseCommand(app, &exit_code);
  figcheck::cli::AddCheckCommand(app, &exit_code);
  figcheck::cli::AddExtractCommand(app, &exit_code);
  figcheck::cli::AddRatesCommand(app, &exit_code);
  figcheck::cli::AddConvertCommand(app, &exit_code);
  figcheck::cli::AddServeCommand(app, &exit_code);
  figcheck::cli::AddConfigCommand(app, &exit_code);
  figcheck::cli::AddHelpFooters(app);
  OneValuePerOccurrence(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // The message quotes the arguments, which may hold any bytes: Printable, like every line.
    figcheck::cli::SayLine(e.what());
    figcheck::cli::SayLine("Run with --help for more information.");
    return 2;
  } catch (const std::exception& e) {
    figcheck::cli::SayLine(std::string("figcheck: internal error: ") + e.what());
    return 3;
  }
  // Every command's output counts only once it is written: a full disk or a failed close is
  // exit 2 (said here unless the command already failed, and said why).
  if (const std::string error = figcheck::cli::CloseStandardOutput(); !error.empty()) {
    if (exit_code != 2) figcheck::cli::SayLine("figcheck: error: cannot write to standard output: " + error);
    return 2;
  }
  return exit_code;
}
