// figcheck check PATH...: loads every fact file, checks it against the rate sources, and writes
// the reports. Exit status: 0 consistent, 1 some figure inconsistent or unchecked (or, with
// --strict, any warning), 2 bad input or usage.
//
// Files are checked on -j threads and reported in order as soon as each one and all before it
// are done (core/base/map_in_order.h), so the output is a one-thread run's, byte for byte, and
// memory does not grow with the number of files. --ndjson reads one JSON fact file per line
// and writes one JSON result per line (docs/SCALE.md).
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "core/base/date.h"
#include "core/base/file_reader.h"
#include "core/base/map_in_order.h"
#include "core/check/baseline.h"
#include "core/check/run.h"
#include "core/facts/loader.h"
#include "core/report/report.h"
#include "core/extract/draft_writer.h"
#include "core/report/report_stream.h"
#include "tools/figcheck/article_input.h"
#include "tools/figcheck/choices.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/help.h"
#include "tools/figcheck/fact_files.h"
#include "tools/figcheck/output.h"
#include "tools/figcheck/progress.h"
#include "tools/figcheck/settings.h"
#include "tools/figcheck/standard_streams.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

struct CheckArgs {
  std::vector<std::string> paths;
  std::vector<std::string> rates;
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  std::string color = "auto";
  std::string lang;  // --lang en|ko; empty: .figcheck.yaml's lang:, else en
  std::string tolerance;
  std::string rounding_limit;
  std::string error_limit;
  int rate_window = -1;  // -1: the file's check.rate_window, else the default
  bool strict = false;
  bool compare_rates = false;
  bool amount_rounding = false;
  int jobs = 0;  // 0: every core
  bool ndjson = false;
  bool allow_drafts = false;  // no unreviewed-draft findings
  std::string config;         // --config FILE instead of the nearest .figcheck.yaml
  std::string baseline;        // --baseline FILE: report only findings not recorded there
  std::string write_baseline;  // --write-baseline FILE: record this run's findings
  std::string published;   // an article's date (one-step check)
  std::string save_facts;  // write the one article's drafted fact file here
};

// Results held at once per thread: enough to keep every thread busy while the writer waits
// for a slow file, small enough that memory does not depend on the run.
constexpr std::size_t kWindowPerThread = 8;

// More threads than this only cost memory and start-up: no machine figcheck runs on checks
// faster with them, and thousands would exhaust the process's threads.
constexpr int kMaxThreads = 256;

// The threads to check on: -j (0 = every core), at most kMaxThreads (said on standard error when
// -j asked for more) and at most `work` items when that is known (0 = not known: NDJSON).
int Threads(int jobs, std::size_t work) {
  int threads = jobs;
  if (threads == 0) {
    const unsigned cores = std::thread::hardware_concurrency();
    threads = cores > 0 ? static_cast<int>(std::min<unsigned>(cores, kMaxThreads)) : 1;
  }
  if (threads > kMaxThreads) {
    SayLine(fmt::format("figcheck: note: -j {} is more than the {} threads figcheck starts; using {}", jobs,
                        kMaxThreads, kMaxThreads));
    threads = kMaxThreads;
  }
  if (work > 0 && static_cast<std::size_t>(threads) > work) threads = static_cast<int>(work);
  return std::max(threads, 1);
}

std::uint64_t FactCount(const FileResult& file) { return file.facts.size(); }

// Reads one line (without its '\n') into *line, keeping at most `limit` + 1 bytes of it: the
// rest of a longer line is read and dropped, so one endless line cannot fill memory (getline
// would). Returns false at the end of the input.
bool ReadBoundedLine(std::istream& in, std::size_t limit, std::string* line) {
  line->clear();
  std::streambuf* buffer = in.rdbuf();
  bool any = false;
  while (true) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (line->size() <= limit) line->push_back(static_cast<char>(c));
  }
}

// --ndjson: one JSON fact file per line of each input ("-" = standard input), one JSON result
// per line on standard output, flushed per record. Blank lines are skipped.
int RunNdjson(const CheckArgs& args, const RunOptions& options, const RateSourceCache& sources, Language language) {
  struct Record {
    std::string input;  // "-" or the NDJSON file
    long line = 0;
    std::string text;
  };
  std::vector<std::unique_ptr<std::ifstream>> files;
  Summary summary;
  const int threads = Threads(args.jobs, 0);
  bool write_failed = false;
  // unreviewed-draft is for fact files read from disk, never for standard input.
  RunOptions stdin_options = options;
  stdin_options.policy.report_drafts = false;
  for (const std::string& input : args.paths) {
    std::istream* in = &std::cin;
    if (input != "-") {
      files.push_back(std::make_unique<std::ifstream>(input, std::ios::binary));
      if (!*files.back()) {
        FileResult failed = UnreadableFile(input, "cannot open the NDJSON input");
        AddToSummary(failed, &summary);
        WriteJsonRecord(failed, 0, std::cout, language);
        std::cout.flush();
        continue;
      }
      in = files.back().get();
    }
    long line_number = 0;
    auto next = [&]() -> std::optional<Record> {
      std::string line;
      while (ReadBoundedLine(*in, kMaxFactFileBytes, &line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        // A line over the limit is kept (cut short) so it is reported, never skipped as blank.
        if (line.size() > kMaxFactFileBytes || line.find_first_not_of(" \t") != std::string::npos) {
          return Record{input, line_number, std::move(line)};
        }
      }
      return std::nullopt;
    };
    auto work = [&](Record& record) {
      FileResult result;
      if (record.text.size() > kMaxFactFileBytes) {
        result = UnreadableFile(record.input, fmt::format("line is longer than the limit of {} bytes",
                                                          kMaxFactFileBytes));
      } else {
        // The line is parsed as JSON; the loader's places are in the line (line 1, its column).
        result = CheckFactText(record.input, record.text, ".", record.input == "-" ? stdin_options : options, sources,
                               FactFileSyntax::kJson);
      }
      // Diagnostics keep their column in the line; facts and findings are placed by line.
      PlaceOnInputLine(&result, static_cast<int>(record.line));
      return std::make_pair(record.line, std::move(result));
    };
    auto emit = [&](std::pair<long, FileResult>&& done) {
      AddToSummary(done.second, &summary);
      WriteJsonRecord(done.second, done.first, std::cout, language);
      std::cout.flush();
      if (!std::cout && !write_failed) {
        // A result lost to a full disk or a closed pipe: said once, and the run cannot pass.
        const int error = errno;
        SayLine(fmt::format("figcheck: error: cannot write to standard output: {}",
                            error != 0 ? std::strerror(error) : "write error"));
        write_failed = true;
      }
    };
    MapInOrder(next, work, emit, threads, kWindowPerThread * static_cast<std::size_t>(threads));
  }
  if (write_failed) return 2;
  return ExitStatus(RunResult{{}, summary}, args.strict);
}

// What check reads, for the output clash guard: the fact files, articles and folders, and every --rates
// that names a file (default, fred, ecb are built in).
std::vector<NamedInput> CheckInputs(const CheckArgs& args) {
  std::vector<NamedInput> inputs;
  for (const std::string& path : args.paths) {
    std::error_code ec;
    const bool article = !IsFactFileName(path) && !fs::is_directory(path, ec);
    inputs.push_back({path, article ? "article" : "fact file", true});
  }
  for (const std::string& rates : args.rates) inputs.push_back({rates, "rate file", false});
  return inputs;
}

// --color auto: colour only on a terminal, and never with NO_COLOR (set and not empty, as
// no-color.org says) or TERM=dumb.
bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || no_color[0] == '\0') &&
         (term == nullptr || std::string_view(term) != "dumb");
}

int RunCheck(const CheckArgs& args) {
  // First, before anything is read or written (and before the other usage errors): no -o (or --save-facts) over an input or over another.
  std::vector<std::string> written = args.outputs;
  if (!args.save_facts.empty()) written.push_back(args.save_facts);
  if (!args.write_baseline.empty()) written.push_back(args.write_baseline);
  std::vector<NamedInput> inputs = CheckInputs(args);
  if (!args.baseline.empty()) inputs.push_back({args.baseline, "baseline", false});
  if (auto clash = FindOutputClash(inputs, written)) {
    SayLine("figcheck: error: " + *clash);
    return 2;
  }

  if (auto error = CheckRateNames(args.rates)) {
    SayLine("figcheck: error: --rates: " + *error);
    return 2;
  }
  CheckOptions options;
  // A fraction below 1 written as a percentage (0.5%) or a plain fraction (0.005).
  auto fraction = [](std::string_view flag, const std::string& text, std::optional<Decimal>* out) {
    if (text.empty()) return true;
    *out = ParseRateTolerance(text);
    if (!*out) SayLine(fmt::format("figcheck: error: {} '{}' is not a percentage like 0.5%", flag, text));
    return out->has_value();
  };
  std::optional<Decimal> rounding_limit;
  std::optional<Decimal> error_limit;
  if (!fraction("--rate-tolerance", args.tolerance, &options.rate_tolerance) ||
      !fraction("--rounding-limit", args.rounding_limit, &rounding_limit) ||
      !fraction("--error-limit", args.error_limit, &error_limit)) {
    return 2;
  }
  if (args.rate_window > 999) {
    SayLine("figcheck: error: --rate-window takes a number of business days from 0 to 999");
    return 2;
  }
  if (args.rate_window >= 0) options.rate_window = args.rate_window;

  // .figcheck.yaml (or --config): what the command line leaves unsaid. A fact file's own check:
  // still wins over it, file by file (CheckOptions: the thresholds are the defaults).
  SettingArgs setting_args{args.config, args.rates, options.rate_tolerance, options.rate_window, args.lang};
  const std::optional<Settings> settings = ResolveSettings(setting_args);
  if (!settings) return 2;
  options.thresholds.tolerance = settings->rate_tolerance.value;
  options.thresholds.rate_window = settings->rate_window.value;
  const Language language = LanguageFromName(settings->lang.value).value_or(Language::kEnglish);

  // Pair each --format with an -o in order; an -o without one takes its extension's format;
  // neither: .figcheck.yaml's format, else text.
  auto chosen = ChooseReports(args.formats, args.outputs,
                              ReportFormatFromName(settings->format.value).value_or(ReportFormat::kText));
  if (auto* error = std::get_if<std::string>(&chosen)) {
    SayLine("figcheck: error: " + *error);
    return 2;
  }
  std::vector<ReportFormat> formats;
  std::vector<std::string> outputs;  // the files, in the order of `formats`; standard output last
  for (const ReportChoice& c : std::get<std::vector<ReportChoice>>(chosen)) {
    if (c.path != "-") {
      formats.push_back(c.format);
      outputs.push_back(c.path);
    }
  }
  for (const ReportChoice& c : std::get<std::vector<ReportChoice>>(chosen)) {
    if (c.path == "-") formats.push_back(c.format);
  }
  if (rounding_limit) options.thresholds.rounding_limit = *rounding_limit;
  if (error_limit) options.thresholds.error_limit = *error_limit;
  if (args.jobs < 0) {
    SayLine("figcheck: error: -j takes a number of threads (1 or more; 0 = every core)");
    return 2;
  }
  RunOptions run_options;
  run_options.check = options;
  run_options.rates = args.rates;
  if (!settings->rates.from_command_line()) run_options.default_rates = settings->rates.value;
  run_options.policy = settings->policy;
  run_options.check.amount_rounding = args.amount_rounding;
  // A fact still marked draft: by extract is an error in a fact file read from disk (standard
  // input and the one-step check of an article never report it: see the work below).
  run_options.policy.report_drafts = !args.allow_drafts;
  run_options.check.collect_series = std::find(formats.begin(), formats.end(), ReportFormat::kHtml) != formats.end();

  // Opened once per process and shared read-only by every thread.
  DiskFileReader reader;
  RateSourceCache sources(reader);
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
    for (const auto& s : compare_sources) run_options.check.compare.push_back(s.get());
  }

  if (args.ndjson) {
    if (!args.formats.empty() || !args.outputs.empty()) {
      SayLine("figcheck: error: --ndjson writes one JSON result per line; it takes no --format or -o");
      return 2;
    }
    if (!args.baseline.empty() || !args.write_baseline.empty()) {
      SayLine("figcheck: error: --ndjson takes no --baseline or --write-baseline");
      return 2;
    }
    return RunNdjson(args, run_options, sources, language);
  }

  ArticleCheckOptions article_options;
  article_options.run = run_options;
  if (!args.published.empty()) {
    article_options.published = Date::Parse(args.published);
    if (!article_options.published) {
      SayLine(fmt::format("figcheck: error: --published '{}' is not a date (YYYY-MM-DD)", args.published));
      return 2;
    }
  }

  // --baseline: the findings already known are dropped (and counted); --write-baseline records
  // every finding this run reports (before the baseline drops any).
  std::optional<Baseline> baseline;
  if (!args.baseline.empty()) {
    std::string text, error;
    if (!DiskFileReader(kMaxFactFileBytes * 8, "a baseline").Read(args.baseline, &text, &error)) {
      SayLine(fmt::format("figcheck: error: --baseline {}: {}", args.baseline, error));
      return 2;
    }
    auto parsed = Baseline::Parse(args.baseline, text);
    if (auto* message = std::get_if<std::string>(&parsed)) {
      SayLine("figcheck: error: " + *message);
      return 2;
    }
    baseline = std::move(std::get<Baseline>(parsed));
  }
  std::optional<BaselineWriter> baseline_writer;
  if (!args.write_baseline.empty()) baseline_writer.emplace();

  FactFileSurvey survey = SurveyFactFiles(args.paths);
  if (survey.files == 0 && survey.failures.empty()) {
    SayLine("figcheck: error: no fact files (*.yaml) found in the given paths");
    return 2;
  }

  // One stream per report, written as the run goes: standard output directly, a file into a
  // temporary file beside it, renamed over it at the end (a reader never sees half a report).
  std::vector<std::unique_ptr<ReportFile>> files;
  std::vector<std::unique_ptr<ReportStream>> streams;
  bool stdout_is_terminal = false;
  bool text_on_stdout = false;     // text or compact: input errors are on standard output already
  bool compact_on_stdout = false;  // its summary goes to standard error
  for (std::size_t i = 0; i < formats.size(); ++i) {
    const bool to_stdout = i >= outputs.size();
    if (to_stdout && (formats[i] == ReportFormat::kText || formats[i] == ReportFormat::kCompact)) text_on_stdout = true;
    if (to_stdout && formats[i] == ReportFormat::kCompact) compact_on_stdout = true;
    ReportOptions report_options;
    report_options.tool_version = std::string(Version());
    report_options.language = language;
    if (to_stdout && formats[i] == ReportFormat::kText) report_options.color = UseColor(args.color);
    if (to_stdout) stdout_is_terminal = isatty(STDOUT_FILENO) == 1;
    files.push_back(to_stdout ? nullptr : std::make_unique<ReportFile>(outputs[i]));
    streams.push_back(MakeReportStream(formats[i], report_options, to_stdout ? std::cout : files.back()->stream()));
  }

  Summary summary;
  std::size_t files_done = 0;
  std::uint64_t facts_done = 0;
  ProgressBar progress(survey.files + survey.failures.size());
  auto emit = [&](FileResult&& file) {
    if (stdout_is_terminal) progress.Clear();
    if (baseline_writer) baseline_writer->Add(file);
    if (baseline) baseline->Apply(&file);
    // Bad input is always said on standard error, unless the text or compact report on standard
    // output says it already.
    if (!text_on_stdout) {
      for (const Diagnostic& d : file.diagnostics) SayLine("figcheck: " + d.ToString());
    }
    for (auto& stream : streams) stream->Add(file);
    AddToSummary(file, &summary);
    ++files_done;
    facts_done += FactCount(file);
    progress.Update(files_done, facts_done);
  };
  for (FileResult& failure : survey.failures) emit(std::move(failure));

  // Standard input ("-") is read once, whatever it holds: an article or a fact file.
  // At most the input limit (an endless pipe stops there): an error for "-", like a file's.
  std::string standard_input;
  std::optional<std::string> standard_input_error;
  if (std::find(args.paths.begin(), args.paths.end(), "-") != args.paths.end()) {
    standard_input_error = ReadStandardInput(kMaxInputFileBytes, &standard_input);
  }
  // Standard input is never held to review: it is what `extract -` just wrote, like the one-step
  // check of an article (docs/CHECKS.md, unreviewed-draft).
  ArticleCheckOptions stdin_options = article_options;
  stdin_options.run.policy.report_drafts = false;
  CheckedArticles articles;
  FactFileWalker walker(args.paths);
  // A fact file over its limit is refused at the limit, not after reading 64 MiB of it.
  const DiskFileReader fact_reader(kMaxFactFileBytes, "a fact file");
  auto work = [&](WalkedFile& file) {
    const std::string& path = file.path;
    if (!file.passed_over.empty()) return UnreadableFile(path, file.passed_over);
    std::string contents, error;
    // A fact file is refused at its own limit; an article (.txt, .md, .html) at the input limit.
    const FileReader& file_reader = IsFactFileName(path) ? static_cast<const FileReader&>(fact_reader) : reader;
    if (path == "-") {
      if (standard_input_error) return UnreadableFile(path, *standard_input_error);
      return CheckInput(path, standard_input, std::string(), stdin_options, sources, &articles);
    } else if (!file_reader.Read(path, &contents, &error)) {
      return UnreadableFile(path, error);
    }
    return CheckInput(path, contents, std::filesystem::path(path).parent_path().string(), article_options, sources,
                      &articles);
  };
  const int threads = Threads(args.jobs, survey.files);
  // .figcheck.yaml's ignore: paths not checked (standard input is never one).
  auto next = [&] {
    std::optional<WalkedFile> file = walker.Next();
    while (file && settings->config && file->path != "-" && IsIgnoredPath(*settings->config, file->path)) {
      file = walker.Next();
    }
    return file;
  };
  MapInOrder(next, work, emit, threads, kWindowPerThread * static_cast<std::size_t>(threads));
  progress.Clear();

  // Every report that can be written is written, even when another one cannot.
  bool write_failed = false;
  if (!args.save_facts.empty()) {
    if (auto only = articles.Only()) {
      ArticleDraft draft = only->second;
      // The fact file names its article relative to itself (docs/FACT-FILES.md).
      std::error_code ec;
      const fs::path out_dir = fs::absolute(args.save_facts, ec).parent_path();
      const fs::path relative = fs::absolute(only->first, ec).lexically_relative(out_dir);
      draft.text = only->first == "-" || ec || relative.empty() ? std::string() : relative.generic_string();
      if (auto error = WriteOutputFile(args.save_facts, WriteDraftYaml(draft))) {
        SayLine("figcheck: error: " + *error);
        write_failed = true;
      }
    } else {
      SayLine(fmt::format("figcheck: error: --save-facts writes the facts of one article; this run checked {}",
                          articles.count()));
      write_failed = true;
    }
  }
  if (baseline_writer) {
    if (auto error = WriteOutputFile(args.write_baseline, baseline_writer->Text())) {
      SayLine("figcheck: error: " + *error);
      write_failed = true;
    }
  }
  for (std::size_t i = 0; i < formats.size(); ++i) {
    streams[i]->Finish(summary);
    if (!files[i]) {
      std::cout << std::flush;
      if (!std::cout) {
        // A full disk or a closed pipe: the report is incomplete, so the run cannot pass.
        const int error = errno;
        SayLine(fmt::format("figcheck: error: cannot write the report to standard output{}",
                            error != 0 ? std::string(": ") + std::strerror(error) : std::string()));
        return 2;
      }
    } else if (auto error = files[i]->Commit()) {
      SayLine("figcheck: error: " + *error);
      write_failed = true;
    }
  }
  // --format compact keeps standard output to finding lines; the summary is said here.
  if (compact_on_stdout) SayLine("figcheck: " + PlainSummary(summary, language));
  return write_failed ? 2 : ExitStatus(RunResult{{}, summary}, args.strict);
}

}  // namespace

void AddCheckCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand("check", "Check the figures of fact files (files or folders of *.yaml)");
  cmd->add_option("paths", args->paths,
                  "Fact files, folders searched for *.yaml, or articles (.txt, .md, .html; - for standard input) "
                  "extracted and checked in one step")
      ->required();
  cmd->add_option("--published", args->published,
                  "An article's publication date YYYY-MM-DD (wins over a date in its text; fact files keep theirs)");
  cmd->add_option("--save-facts", args->save_facts,
                  "Write the fact file drafted from the one article checked (what `figcheck extract` writes)");
  cmd->add_option("--rates", args->rates,
                  "Rate source: default (fred, then ecb), fred, ecb, or a rate file (FRED CSV, ECB CSV, long CSV, "
                  "YAML); repeat for several, first that answers wins");
  cmd->add_option("--format", args->formats,
                  "Report format: text (default), json, junit, sarif, github, markdown, html, compact (one "
                  "'file:line:col: severity code message' line per finding; the summary on standard error); the "
                  "i-th --format goes to the i-th -o, one more to standard output");
  cmd->add_option("-o,--output", args->outputs,
                  "Write a report to FILE (atomically); without its --format, the extension says which: .sarif "
                  ".json .xml (junit) .md .html .txt, none = text");
  cmd->add_option("--color", args->color,
                  "Colour in the text report: auto (only on a terminal, and not with NO_COLOR or TERM=dumb), "
                  "always, never")
      ->check(OneOf({"auto", "always", "never"}));
  cmd->add_option("--lang", args->lang,
                  "Language of the findings, the summary and the report's words: en (default) or ko (Korean); "
                  "codes, severities and JSON/SARIF field names never change")
      ->check(OneOf({"en", "ko"}));
  cmd->add_option("--rate-tolerance", args->tolerance,
                  "How far an implied rate may stray: 1.5% or 0.015 (default 1%, or the file's)");
  cmd->add_option("--rate-window", args->rate_window,
                  "Business days before the publication day whose rates also count (default 5, or the file's)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--rounding-limit", args->rounding_limit,
                  "How far a loosely stated figure may miss and be only a note: 3% or 0.03 (default 3%)");
  cmd->add_option("--error-limit", args->error_limit,
                  "How far off a converted figure is an error: 4.5% or 0.045 (default 4.5%)");
  cmd->add_flag("--strict", args->strict, "Exit 1 on warnings too");
  cmd->add_option("--config", args->config,
                  "Settings from FILE instead of the nearest .figcheck.yaml in the current folder or above "
                  "(docs/CONFIG.md; `figcheck config` shows what applies)");
  cmd->add_option("--baseline", args->baseline,
                  "Report only the findings not recorded in FILE (written by --write-baseline); the exit status "
                  "follows what remains, the summary counts the rest as suppressed");
  cmd->add_option("--write-baseline", args->write_baseline,
                  "Record every finding of this run in FILE, a baseline for --baseline (written atomically)");
  cmd->add_flag("--allow-drafts", args->allow_drafts,
                "Check facts still marked draft: by figcheck extract without the unreviewed-draft error (by "
                "default each is an error in a fact file read from disk)");
  cmd->add_flag("--compare-rates", args->compare_rates, "Show, per conversion, what each rate source gives");
  cmd->add_flag("--amount-rounding", args->amount_rounding,
                "Widen each amount to its stated unit (for sources that rounded before converting)");
  cmd->add_option("-j,--jobs", args->jobs,
                  "Check on N threads (default: every core; -j 1 is one thread; at most 256, and no more than "
                  "there are files)");
  cmd->add_flag("--ndjson", args->ndjson,
                "Read one JSON fact file per line from each PATH (- = standard input); write one JSON result per "
                "line, flushed per record");
  cmd->callback([args, exit_code] { *exit_code = RunCheck(*args); });
}

}  // namespace figcheck::cli
