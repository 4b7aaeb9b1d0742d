#include "tools/figcheck/choices.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/base/edit_distance.h"
#include "core/rates/rate_sources.h"

namespace figcheck::cli {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

}  // namespace

std::string DidYouMean(std::string_view typed, const std::vector<std::string_view>& choices) {
  const std::string_view* best = nullptr;
  std::size_t best_distance = 3;
  for (const std::string_view& choice : choices) {
    const std::size_t d = EditDistance(typed, choice, LetterCase::kIgnored);
    // A two-letter word is two edits from every other: ask for one edit there.
    if (d < best_distance && d < std::max<std::size_t>(choice.size() / 2, 1) + 1) {
      best = &choice;
      best_distance = d;
    }
  }
  return best ? fmt::format(" (did you mean '{}'?)", *best) : std::string();
}

std::vector<std::string_view> ReportFormatNames() {
  return {"text", "json", "junit", "sarif", "github", "markdown", "html", "compact"};
}

std::optional<ReportFormat> ReportFormatFromExtension(std::string_view path) {
  if (path == "-") return ReportFormat::kText;
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), Lower);
  if (ext.empty()) return ReportFormat::kText;
  if (ext == ".sarif") return ReportFormat::kSarif;
  if (ext == ".json") return ReportFormat::kJson;
  if (ext == ".xml") return ReportFormat::kJunit;
  if (ext == ".md") return ReportFormat::kMarkdown;
  if (ext == ".html") return ReportFormat::kHtml;
  if (ext == ".txt") return ReportFormat::kText;
  return std::nullopt;
}

std::variant<std::vector<ReportChoice>, std::string> ChooseReports(const std::vector<std::string>& formats,
                                                                   const std::vector<std::string>& outputs,
                                                                   ReportFormat fallback) {
  std::vector<ReportChoice> chosen;
  for (const std::string& name : formats) {
    auto format = ReportFormatFromName(name);
    if (!format) {
      return fmt::format("unknown format '{}'{}; the formats are {}", name, DidYouMean(name, ReportFormatNames()),
                         fmt::join(ReportFormatNames(), ", "));
    }
    chosen.push_back({*format, "-"});
  }
  if (formats.size() > outputs.size() + 1) {
    return fmt::format("{} --format values but {} -o values: give each --format its own -o FILE (one may go to "
                       "standard output)",
                       formats.size(), outputs.size());
  }
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (i < chosen.size()) {
      chosen[i].path = outputs[i];
      continue;
    }
    auto format = ReportFormatFromExtension(outputs[i]);
    if (!format) {
      return fmt::format("-o {}: no format for the extension '{}'; use .sarif, .json, .xml (junit), .md, .html, .txt "
                         "or give --format before it",
                         outputs[i], std::filesystem::path(outputs[i]).extension().string());
    }
    chosen.push_back({*format, outputs[i]});
  }
  if (chosen.empty()) chosen.push_back({fallback, "-"});
  if (std::count_if(chosen.begin(), chosen.end(), [](const ReportChoice& c) { return c.path == "-"; }) > 1) {
    return std::string("only one report can go to standard output: give the other --format its own -o FILE");
  }
  return chosen;
}

}  // namespace figcheck::cli

namespace figcheck::cli {

CLI::Validator OneOf(std::vector<std::string_view> choices) {
  return CLI::Validator(
      [choices](std::string& value) -> std::string {
        for (std::string_view c : choices) {
          if (c == value) return {};
        }
        return fmt::format("unknown value '{}'{}; choose {}", value, DidYouMean(value, choices),
                           fmt::join(choices, ", "));
      },
      fmt::format("{{{}}}", fmt::join(choices, ",")));
}

std::optional<std::string> CheckRateNames(const std::vector<std::string>& names) {
  const std::vector<std::string_view> named(std::begin(kNamedRateSources), std::end(kNamedRateSources));
  for (const std::string& name : names) {
    if (std::find(named.begin(), named.end(), name) != named.end()) continue;
    std::error_code ec;
    if (std::filesystem::exists(name, ec)) continue;
    // A path or a file name (r.csv, ./x, rates/fred.csv) that is not there: the rate-file
    // reader says so ("cannot read rate file: no such file or directory").
    if (name.find_first_of("./") != std::string::npos) continue;
    return fmt::format("unknown rate source '{}'{}: not {} and no such file", name, DidYouMean(name, named),
                       fmt::join(named, ", "));
  }
  return std::nullopt;
}

}  // namespace figcheck::cli
