#include "core/check/run.h"

#include <algorithm>
#include <filesystem>

#include "core/facts/loader.h"

namespace figcheck {
namespace {

bool IsNamedSource(std::string_view name) {
  return std::find(std::begin(kNamedRateSources), std::end(kNamedRateSources), name) != std::end(kNamedRateSources);
}

void Place(SourceLocation* location, const std::string& file, int line, bool keep_column = false) {
  if (location->file != file) return;
  if (!keep_column || location->line <= 0) location->column = 0;
  location->line = line;
}

}  // namespace

RateSourceResult RateSourceCache::Open(const std::vector<std::string>& names) const {
  std::string key;
  for (const std::string& n : names) key += n + '\n';
  // One lock for the whole open: opening is rare (once per distinct list), and holding the lock
  // makes sure a rate file is read once even when every thread asks for it at the same moment.
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  RateSourceResult result = OpenRateSources(names, reader_);
  cache_.emplace(key, result);
  return result;
}

FileResult CheckFactText(const std::string& path, std::string_view contents, const std::string& rates_base_dir,
                         const RunOptions& options, const RateSourceCache& sources, FactFileSyntax syntax) {
  namespace fs = std::filesystem;
  FileResult result;
  result.path = path;
  LoadedFactFile loaded = LoadFactFile(path, contents, syntax);
  result.diagnostics = std::move(loaded.diagnostics);
  if (!loaded.file) return result;
  const FactFile& file = *loaded.file;
  // --rates on the command line wins; else the file's check.rates (paths relative to the
  // file); else .figcheck.yaml's rates; else the embedded default.
  std::vector<std::string> names = options.rates;
  if (names.empty()) {
    for (const std::string& n : file.check.rates) {
      names.push_back(IsNamedSource(n) || fs::path(n).is_absolute() ? n : (fs::path(rates_base_dir) / n).string());
    }
    if (names.empty()) names = options.default_rates;
  }
  RateSourceResult rates = sources.Open(names);
  if (auto* diags = std::get_if<Diagnostics>(&rates)) {
    result.article_id = file.article.id;
    result.title = file.article.title;
    result.diagnostics.insert(result.diagnostics.end(), diags->begin(), diags->end());
    return result;
  }
  FileResult checked = CheckFactFile(file, *std::get<std::shared_ptr<const RateSource>>(rates), options.check);
  checked.diagnostics = std::move(result.diagnostics);
  ApplyPolicy(file, options.policy, &checked);
  return checked;
}

FileResult UnreadableFile(const std::string& path, std::string message) {
  FileResult result;
  result.path = path;
  result.diagnostics.push_back(Diagnostic{{path, 0, 0}, Severity::kError, std::move(message)});
  return result;
}

void PlaceOnInputLine(FileResult* result, int line) {
  const std::string& file = result->path;
  for (Diagnostic& d : result->diagnostics) Place(&d.location, file, line, true);
  for (FactResult& fact : result->facts) {
    Place(&fact.location, file, line);
    for (Finding& f : fact.findings) Place(&f.location, file, line);
  }
  for (Finding& f : result->findings) Place(&f.location, file, line);
}

}  // namespace figcheck
