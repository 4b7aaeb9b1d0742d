#include "tools/figcheck/help.h"

#include <map>

#include <fmt/format.h>

#include "core/rates/rate_sources.h"
#include "core/report/report.h"


namespace figcheck::cli {
namespace {

constexpr std::string_view kExitCodes =
    "Exit status:\n"
    "  0  no finding is an error (warnings and notes allowed; --strict counts warnings)\n"
    "  1  some figure is inconsistent or could not be checked\n"
    "  2  bad input or usage: an unreadable or invalid file, an unknown option or value\n";

const std::map<std::string_view, std::vector<std::string_view>>& AllExamples() {
  static const auto* examples = new std::map<std::string_view, std::vector<std::string_view>>{
      {"figcheck",
       {"figcheck check facts/", "figcheck rates USD/KRW 2020-07-28", "figcheck convert '75억 달러' --to KRW --date 2020-07-29"}},
      {"check",
       {"figcheck check facts/", "figcheck check facts/ --rates ecb --format json",
        "figcheck check facts/ -o figcheck.sarif -o junit.xml"}},
      {"parse",
       {"figcheck parse '한화 약 8조 9512억원'", "figcheck parse '$7.5 billion' --format text",
        "figcheck parse '1,194.4' --currency KRW"}},
      {"extract",
       {"figcheck extract facts/articles/hankyung-china-ai-sanctions.ko.txt",
        "figcheck extract --published 2020-07-29 facts/articles/hankyung-china-ai-sanctions.ko.txt -o draft.yaml",
        "figcheck extract - < facts/articles/hankyung-china-ai-sanctions.ko.txt"}},
      {"rates",
       {"figcheck rates USD/KRW 2020-07-28", "figcheck rates EUR/KRW 2020-07-28 --rates ecb",
        "figcheck rates USD/CNY 2020-07-01..2020-07-10 --format json"}},
      {"convert",
       {"figcheck convert '75억 달러' --to KRW --date 2020-07-29", "figcheck convert '$7.5 billion' --to KRW --date 2020-07-28 --rates fred",
        "figcheck convert '8억1900만위안' --to USD --date 2020-07-28 --format json"}},
      {"config",
       {"figcheck config", "figcheck config --format json", "figcheck config --rate-tolerance 1.5% --rates ecb"}},
      {"serve",
       {"figcheck serve", "figcheck serve --port 0", "figcheck serve --host 127.0.0.1 --port 8080 --rates ecb"}},
  };
  return *examples;
}

std::string Footer(std::string_view command) {
  std::string out;
  out += kExitCodes;
  out += "\nExamples:\n";
  for (std::string_view e : Examples(command)) out += fmt::format("  {}\n", e);
  if (command == "figcheck") out += "\nRun 'figcheck COMMAND --help' for the options of a command.\n";
  return out;
}

}  // namespace

std::string_view Version() { return FigcheckVersion(); }

std::string VersionText() {
  // The range of each embedded pair (rates/README.md says where they come from).
  return fmt::format("figcheck {}\nembedded rates (figcheck rates list shows the cache too):\n{}", Version(),
                     EmbeddedRatesCoverage());
}

const std::vector<std::string_view>& Examples(std::string_view command) {
  static const std::vector<std::string_view> none;
  const auto& all = AllExamples();
  const auto it = all.find(command);
  return it == all.end() ? none : it->second;
}

void AddHelpFooters(CLI::App& app) {
  app.footer(Footer("figcheck"));
  for (CLI::App* sub : app.get_subcommands({})) sub->footer(Footer(sub->get_name()));
}

}  // namespace figcheck::cli
