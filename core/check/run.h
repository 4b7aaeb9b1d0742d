// Checking one fact file's text end to end: load, open its rate sources, check. The one piece
// shared by `figcheck check` over folders, its NDJSON mode and the benchmarks.
//
// Thread-safe: a RateSourceCache may be shared by any number of threads, each calling
// CheckFactText at once; the sources it hands out are immutable.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/file_reader.h"
#include "core/check/checker.h"
#include "core/check/finding.h"
#include "core/check/policy.h"
#include "core/facts/loader.h"
#include "core/rates/rate_sources.h"

namespace figcheck {

// Opens each list of rate-source names once per process, however many files and threads ask
// for it (the embedded tables are parsed once anyway; rate files are read once here).
class RateSourceCache {
 public:
  explicit RateSourceCache(const FileReader& reader) : reader_(reader) {}
  RateSourceCache(const RateSourceCache&) = delete;
  RateSourceCache& operator=(const RateSourceCache&) = delete;

  // The chain for `names` (empty: the default), or the diagnostics of the files that failed.
  // Thread-safe; the first caller of a list opens it while later ones wait for it.
  RateSourceResult Open(const std::vector<std::string>& names) const;

 private:
  const FileReader& reader_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, RateSourceResult> cache_;
};

struct RunOptions {
  CheckOptions check;
  // --rates: wins over every file's check.rates when not empty.
  std::vector<std::string> rates;
  // .figcheck.yaml's rates: used when neither --rates nor the file's check.rates names any.
  std::vector<std::string> default_rates;
  // After checking: unreviewed-draft and the severities (core/check/policy.h).
  Policy policy;
};

// Loads `contents` (the fact file called `path`) and checks it against its rate sources:
// `options.rates`, else the file's check.rates (relative paths taken from `rates_base_dir`,
// normally the file's folder), else the default. Never throws for bad input: problems are
// diagnostics of the result (loaded == false when the file could not be loaded). `syntax`:
// YAML or JSON (FactFileSyntaxOf in core/facts/loader.h).
FileResult CheckFactText(const std::string& path, std::string_view contents, const std::string& rates_base_dir,
                         const RunOptions& options, const RateSourceCache& sources,
                         FactFileSyntax syntax = FactFileSyntax::kYaml);

// The result of a file that could not be read: one error at `path`.
FileResult UnreadableFile(const std::string& path, std::string message);

// For a fact file that was one line of a bigger input (NDJSON): every location in the file
// itself (not in a rate file it named) moves to `line`. A diagnostic keeps its column (the
// loader read the line itself, so the column is where in the line the problem is; a diagnostic
// without a place gets column 0); facts and findings are placed by line alone, column 0.
void PlaceOnInputLine(FileResult* result, int line);

}  // namespace figcheck
