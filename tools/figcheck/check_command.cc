// figcheck check PATH...: loads every fact file, checks it against the rate sources, and writes
// the reports. Exit status: 0 consistent, 1 some figure inconsistent or unchecked (or, with
// --strict, any warning), 2 bad input or usage.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>

#include "core/base/file_reader.h"
#include "core/check/checker.h"
#include "core/facts/loader.h"
#include "core/rates/rate_sources.h"
#include "core/report/report.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/output.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

struct CheckArgs {
  std::vector<std::string> paths;
  std::vector<std::string> rates;
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  std::string color = "auto";
  std::string tolerance;
  bool strict = false;
  bool compare_rates = false;
  bool amount_rounding = false;
};

bool IsFactFileName(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Expands folders into their *.yaml files (sorted, recursively, not following symlinked
// folders, so a symlink loop cannot hang the walk). Problems become per-path diagnostics.
void CollectFiles(const std::string& path, std::vector<std::string>* files, std::vector<FileResult>* failures) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    FileResult r;
    r.path = path;
    r.diagnostics.push_back(Diagnostic{{path, 0, 0}, Severity::kError,
                                       ec ? ec.message() : std::string("no such file or directory")});
    failures->push_back(std::move(r));
    return;
  }
  if (!fs::is_directory(status)) {
    files->push_back(path);
    return;
  }
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code entry_ec;
    if (it->is_regular_file(entry_ec) && IsFactFileName(it->path())) found.push_back(it->path().string());
    else if (it->is_symlink(entry_ec) && IsFactFileName(it->path())) found.push_back(it->path().string());
  }
  if (ec) {
    FileResult r;
    r.path = path;
    r.diagnostics.push_back(Diagnostic{{path, 0, 0}, Severity::kError, fmt::format("cannot list folder: {}", ec.message())});
    failures->push_back(std::move(r));
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
}

bool IsNamedSource(std::string_view name) {
  return std::find(std::begin(kNamedRateSources), std::end(kNamedRateSources), name) != std::end(kNamedRateSources);
}

// Opens rate sources once per run, however many files name them.
class RateSources {
 public:
  explicit RateSources(const FileReader& reader) : reader_(reader) {}

  // The chain for `names` (empty: the default), or the diagnostics of the files that failed.
  RateSourceResult Open(const std::vector<std::string>& names) {
    std::string key;
    for (const std::string& n : names) key += n + '\n';
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    RateSourceResult result = OpenRateSources(names, reader_);
    cache_.emplace(key, result);
    return result;
  }

 private:
  const FileReader& reader_;
  std::map<std::string, RateSourceResult> cache_;
};

int RunCheck(const CheckArgs& args) {
  // Pair each --format with an -o in order; one format may go to standard output.
  std::vector<ReportFormat> formats;
  for (const std::string& name : args.formats) {
    auto f = ReportFormatFromName(name);
    if (!f) {
      std::cerr << fmt::format("figcheck: error: unknown format '{}' (text, json, junit, sarif, github, markdown, html)\n", name);
      return 2;
    }
    formats.push_back(*f);
  }
  if (formats.empty()) formats.push_back(ReportFormat::kText);
  if (args.outputs.size() > formats.size() || formats.size() > args.outputs.size() + 1) {
    std::cerr << "figcheck: error: give one -o FILE per --format (one format may go to standard output)\n";
    return 2;
  }

  CheckOptions options;
  if (!args.tolerance.empty()) {
    std::string_view t = args.tolerance;
    const bool percent = !t.empty() && t.back() == '%';
    if (percent) t.remove_suffix(1);
    auto value = Decimal::Parse(t);
    if (!value || value->sign() < 0 || (percent && *value >= Decimal(100)) || (!percent && *value >= Decimal(1))) {
      std::cerr << fmt::format("figcheck: error: --rate-tolerance '{}' is not a percentage like 0.5%\n", args.tolerance);
      return 2;
    }
    options.rate_tolerance = percent ? *value * Decimal::Fraction(1, 100) : *value;
  }
  options.amount_rounding = args.amount_rounding;
  options.collect_series = std::find(formats.begin(), formats.end(), ReportFormat::kHtml) != formats.end();

  DiskFileReader reader;
  RateSources sources(reader);
  std::vector<std::shared_ptr<const RateSource>> compare_sources;
  if (args.compare_rates) {
    std::vector<std::string> names = args.rates;
    for (std::string_view named : {"fred", "ecb"}) {
      if (std::find(names.begin(), names.end(), named) == names.end()) names.emplace_back(named);
    }
    for (const std::string& name : names) {
      auto opened = OpenRateSource(name, reader);
      if (auto* source = std::get_if<std::shared_ptr<const RateSource>>(&opened)) compare_sources.push_back(*source);
    }
    for (const auto& s : compare_sources) options.compare.push_back(s.get());
  }

  std::vector<std::string> files;
  RunResult run;
  for (const std::string& path : args.paths) CollectFiles(path, &files, &run.files);
  if (files.empty() && run.files.empty()) {
    std::cerr << "figcheck: error: no fact files (*.yaml) found in the given paths\n";
    return 2;
  }

  // figcheck never writes into its inputs: refuse a report path that is one of the fact files.
  for (const std::string& output : args.outputs) {
    for (const std::string& path : files) {
      std::error_code ec;
      if (fs::equivalent(output, path, ec)) {
        std::cerr << fmt::format("figcheck: error: -o {} is the input file {}: refusing to overwrite it\n", output, path);
        return 2;
      }
    }
  }

  for (const std::string& path : files) {
    FileResult result;
    result.path = path;
    std::string contents, error;
    if (!reader.Read(path, &contents, &error)) {
      result.diagnostics.push_back(Diagnostic{{path, 0, 0}, Severity::kError, error});
      run.files.push_back(std::move(result));
      continue;
    }
    LoadedFactFile loaded = LoadFactFile(path, contents);
    result.diagnostics = loaded.diagnostics;
    if (!loaded.file) {
      run.files.push_back(std::move(result));
      continue;
    }
    const FactFile& file = *loaded.file;
    // --rates on the command line wins; else the file's check.rates (paths relative to the
    // file); else the embedded default.
    std::vector<std::string> names = args.rates;
    if (names.empty()) {
      for (const std::string& n : file.check.rates) {
        names.push_back(IsNamedSource(n) || fs::path(n).is_absolute() ? n : (fs::path(path).parent_path() / n).string());
      }
    }
    RateSourceResult rates = sources.Open(names);
    if (auto* diags = std::get_if<Diagnostics>(&rates)) {
      result.article_id = file.article.id;
      result.title = file.article.title;
      result.diagnostics.insert(result.diagnostics.end(), diags->begin(), diags->end());
      run.files.push_back(std::move(result));
      continue;
    }
    FileResult checked = CheckFactFile(file, *std::get<std::shared_ptr<const RateSource>>(rates), options);
    checked.diagnostics = std::move(result.diagnostics);
    run.files.push_back(std::move(checked));
  }
  run.summary = Summarize(run.files);

  ReportOptions report_options;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    const bool to_stdout = i >= args.outputs.size();
    report_options.color = false;
    if (to_stdout && formats[i] == ReportFormat::kText) {
      report_options.color = args.color == "always" ||
                             (args.color == "auto" && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
    }
    std::ostringstream out;
    WriteReport(formats[i], run, report_options, out);
    if (to_stdout) {
      std::cout << out.str() << std::flush;
      if (!std::cout) {
        // A full disk or a closed pipe: the report is incomplete, so the run cannot pass.
        const int error = errno;
        std::cerr << fmt::format("figcheck: error: cannot write the report to standard output{}\n",
                                 error != 0 ? std::string(": ") + std::strerror(error) : std::string());
        return 2;
      }
    } else if (auto error = WriteFileAtomically(args.outputs[i], out.str())) {
      std::cerr << "figcheck: error: " << *error << "\n";
      return 2;
    }
  }
  return ExitStatus(run, args.strict);
}

}  // namespace

void AddCheckCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand("check", "Check the figures of fact files (files or folders of *.yaml)");
  cmd->add_option("paths", args->paths, "Fact files, or folders searched for *.yaml")->required();
  cmd->add_option("--rates", args->rates,
                  "Rate source: default, fred, ecb, or a rate file (FRED CSV, ECB CSV, long CSV, YAML); "
                  "repeat for several, first that answers wins");
  cmd->add_option("--format", args->formats, "Report format: text, json, junit, sarif, github, markdown, html; repeat "
                                             "with -o for several reports");
  cmd->add_option("-o,--output", args->outputs, "Write the report of the matching --format to FILE (atomically)");
  cmd->add_option("--color", args->color, "Colour in the text report: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--rate-tolerance", args->tolerance, "How far an implied rate may stray (default 0.5%, or the file's)");
  cmd->add_flag("--strict", args->strict, "Exit 1 on warnings too");
  cmd->add_flag("--compare-rates", args->compare_rates, "Show, per conversion, what each rate source gives");
  cmd->add_flag("--amount-rounding", args->amount_rounding,
                "Widen each amount to its stated unit (for sources that rounded before converting)");
  cmd->callback([args, exit_code] { *exit_code = RunCheck(*args); });
}

}  // namespace figcheck::cli
