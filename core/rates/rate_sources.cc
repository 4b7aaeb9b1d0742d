#include "core/rates/rate_sources.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "core/rates/rate_file.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck {

namespace {

std::shared_ptr<const RateTable> LoadEmbedded(std::string_view name, std::string_view contents) {
  auto result = ReadStaticRateFile(name, contents);
  if (auto* diagnostics = std::get_if<Diagnostics>(&result)) {
    // The embedded tables are tested; a failure here is a bug in the build, not bad input.
    throw std::logic_error(fmt::format("embedded rate table is invalid: {}", diagnostics->front().ToString()));
  }
  return std::get<std::shared_ptr<const RateTable>>(std::move(result));
}

// An embedded wide table read a few columns at a time (issue 16): a lookup of base/quote reads,
// on first use, the series that name base or quote -- every series Find, Series, Answers and
// SeriesExcept of the whole table could use for the pair (its direct or inverse leg, and both
// legs of each cross) -- and answers from a table of the series read so far. That table has
// every series of the header in the header's order (empty when unread), so its pivots, sources
// and answers for the pair are the whole table's; only the day range an exotic cross walks is
// bounded by the series read, outside of which no cross has a day anyway. Thread-safe: one mutex
// around reading and the table's replacement; lookups run on an immutable snapshot.
// The whole table (FredRateTable(), EcbRateTable(), read and checked at once) is what the tests
// check the embedded files with and what `figcheck rates` lists.
class ColumnwiseTable {
 public:
  ColumnwiseTable(std::string name, std::string_view text) : name_(std::move(name)), text_(text) {
    while (text_.substr(body_).starts_with("\xEF\xBB\xBF")) body_ += 3;
    snapshot_ = Read({});
    if (snapshot_ != nullptr) read_.assign(snapshot_->series().size(), false);
  }

  // Nullptr when the text is not a wide CSV table: read it whole then.
  std::shared_ptr<const RateTable> For(const Currency& base, const Currency& quote) const {
    std::lock_guard lock(mutex_);
    if (snapshot_ == nullptr) return nullptr;
    if (base.code == quote.code) return snapshot_;  // identity: no series
    if (!asked_.emplace(base.code, quote.code).second) return snapshot_;
    const auto& all = snapshot_->series();
    const auto joins = [](const RateTable::StoredSeries& s, std::string_view a, std::string_view b) {
      return (s.base->code == a && s.quote->code == b) || (s.base->code == b && s.quote->code == a);
    };
    const auto stored = [&](std::string_view a, std::string_view b) {
      return std::any_of(all.begin(), all.end(), [&](const auto& s) { return joins(s, a, b); });
    };
    // A series Find can use for base/quote: the pair either way, or one leg of a cross whose
    // other leg the table stores.
    const auto needs = [&](std::size_t i) {
      const auto& s = all[i];
      if (read_[i]) return false;
      if (joins(s, base.code, quote.code)) return true;
      for (const auto& [from, to] : {std::pair{base.code, quote.code}, std::pair{quote.code, base.code}}) {
        if (s.base->code != from && s.quote->code != from) continue;
        const std::string_view pivot = s.base->code == from ? s.quote->code : s.base->code;
        if (stored(pivot, to)) return true;
      }
      return false;
    };
    std::vector<bool> wanted(all.size(), false);
    bool missing = false;
    for (std::size_t i = 0; i < all.size(); ++i) {
      wanted[i] = needs(i);
      missing = missing || wanted[i];
    }
    if (!missing) return snapshot_;
    const auto more = Read(wanted);
    RateTableBuilder builder(name_);
    for (const std::string& source : more->sources()) builder.Source(source);
    for (std::size_t i = 0; i < all.size(); ++i) {
      const std::size_t series = builder.Series(*all[i].base, *all[i].quote);
      const auto& rates = wanted[i] ? more->series()[i].rates : all[i].rates;
      for (const RateTable::StoredRate& r : rates) {
        if (std::size_t{r.offset} + r.length > text_.size()) {
          throw std::logic_error(fmt::format("embedded rate table {} has a rate that is not plain decimal text", name_));
        }
        builder.Add(series, r.date, r.offset, r.length, r.source, 0, 1);
      }
      read_[i] = read_[i] || wanted[i];
    }
    Diagnostics diagnostics;
    auto table = builder.Finish(name_, nullptr, text_, &diagnostics);
    if (!diagnostics.empty()) {
      throw std::logic_error(fmt::format("embedded rate table is invalid: {}", diagnostics.front().ToString()));
    }
    snapshot_ = std::move(table);
    return snapshot_;
  }

 private:
  std::shared_ptr<const RateTable> Read(const std::vector<bool>& wanted) const {
    auto result = rates_internal::ReadWideCsvColumns(name_, text_, body_, wanted);
    if (!result) return nullptr;
    if (auto* diagnostics = std::get_if<Diagnostics>(&*result)) {
      // The embedded tables are tested; a failure here is a bug in the build, not bad input.
      throw std::logic_error(fmt::format("embedded rate table is invalid: {}", diagnostics->front().ToString()));
    }
    return std::get<std::shared_ptr<const RateTable>>(std::move(*result));
  }

  std::string name_;
  std::string_view text_;  // static storage
  std::size_t body_ = 0;   // after any byte order mark
  mutable std::mutex mutex_;
  mutable std::vector<bool> read_;                     // per series of the header
  mutable std::set<std::pair<std::string_view, std::string_view>> asked_;  // pairs whose series are read
  mutable std::shared_ptr<const RateTable> snapshot_;  // every series, those in read_ with their rates
};

const ColumnwiseTable& FredColumns() {
  static const ColumnwiseTable table("fred", EmbeddedFredRates());
  return table;
}

const ColumnwiseTable& EcbColumns() {
  static const ColumnwiseTable table("ecb", EmbeddedEcbRates());
  return table;
}

// An embedded table, read on first use: the columns a lookup needs (ColumnwiseTable), or the
// whole table for a listing. A run that FRED answers alone never reads the ECB table, and one that
// asks FRED for USD/KRW alone never reads FRED's other columns.
class LazyEmbeddedSource final : public RateSource {
 public:
  LazyEmbeddedSource(std::string name, std::shared_ptr<const RateTable> (*load)(), const ColumnwiseTable& (*columns)())
      : name_(std::move(name)), table_(load), columns_(columns) {}
  std::string name() const override { return name_; }
  std::shared_ptr<const RateTable> table() const { return table_(); }
  std::optional<RateObservation> Find(const Currency& base, const Currency& quote, const Date& date) const override {
    return For(base, quote)->Find(base, quote, date);
  }
  std::vector<RateObservation> Series(const Currency& base, const Currency& quote, const Date& from,
                                      const Date& to) const override {
    return For(base, quote)->Series(base, quote, from, to);
  }
  bool Answers(const Currency& base, const Currency& quote, const Date& date) const override {
    return For(base, quote)->Answers(base, quote, date);
  }
  std::vector<RateObservation> SeriesExcept(const Currency& base, const Currency& quote, const Date& from,
                                            const Date& to,
                                            const std::function<bool(const Date&)>& skip) const override {
    return For(base, quote)->SeriesExcept(base, quote, from, to, skip);
  }

 private:
  std::shared_ptr<const RateTable> For(const Currency& base, const Currency& quote) const {
    if (auto table = columns_().For(base, quote)) return table;
    return table_();
  }

  std::string name_;
  std::shared_ptr<const RateTable> (*table_)();
  const ColumnwiseTable& (*columns_)();
};

}  // namespace

std::shared_ptr<const RateTable> FredRateTable() {
  static const std::shared_ptr<const RateTable> table = LoadEmbedded("fred", EmbeddedFredRates());
  return table;
}

std::shared_ptr<const RateTable> EcbRateTable() {
  static const std::shared_ptr<const RateTable> table = LoadEmbedded("ecb", EmbeddedEcbRates());
  return table;
}

std::shared_ptr<const RateChain> DefaultRateSource() {
  static const std::shared_ptr<const RateChain> chain = std::make_shared<const RateChain>(
      "default", std::vector<std::shared_ptr<const RateSource>>{
                     std::make_shared<const LazyEmbeddedSource>("fred", &FredRateTable, &FredColumns),
                     std::make_shared<const LazyEmbeddedSource>("ecb", &EcbRateTable, &EcbColumns)});
  return chain;
}

std::string UserRateCacheFolder() {
  namespace fs = std::filesystem;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return (fs::path(xdg) / "figcheck" / "rates").string();
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return (fs::path(home) / ".cache" / "figcheck" / "rates").string();
  }
  return {};
}

std::vector<std::string> CachedRateFiles(const std::string& folder) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code error;
  if (folder.empty() || !fs::is_directory(folder, error)) return files;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with('.') || !entry.is_regular_file(error)) continue;
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

namespace {

// Opens each of `names` after `sources`; every diagnostic of every one that fails.
Diagnostics OpenEach(const std::vector<std::string>& names, const FileReader& reader,
                     std::vector<std::shared_ptr<const RateSource>>* sources) {
  Diagnostics diagnostics;
  for (const std::string& name : names) {
    auto result = OpenRateSource(name, reader);
    if (auto* d = std::get_if<Diagnostics>(&result)) {
      diagnostics.insert(diagnostics.end(), d->begin(), d->end());
    } else {
      sources->push_back(std::get<std::shared_ptr<const RateSource>>(std::move(result)));
    }
  }
  return diagnostics;
}

// The embedded tables, then the user's cache, a day's own observation first.
RateSourceResult OpenDefaultWithCache(const FileReader& reader) {
  const std::vector<std::string> cached = CachedRateFiles(UserRateCacheFolder());
  if (cached.empty()) return DefaultRateSource();
  std::vector<std::shared_ptr<const RateSource>> sources{DefaultRateSource()};
  Diagnostics diagnostics = OpenEach(cached, reader, &sources);
  if (!diagnostics.empty()) return diagnostics;
  return std::make_shared<const RateChain>("default", std::move(sources), RateChain::Order::kOwnDayFirst);
}

}  // namespace

RateSourceResult OpenRateSource(std::string_view name_or_path, const FileReader& reader) {
  if (name_or_path == "default") return OpenDefaultWithCache(reader);
  if (name_or_path == "fred") return std::make_shared<const LazyEmbeddedSource>("fred", &FredRateTable, &FredColumns);
  if (name_or_path == "ecb") return std::make_shared<const LazyEmbeddedSource>("ecb", &EcbRateTable, &EcbColumns);
  const std::string path(name_or_path);
  std::string contents;
  std::string error;
  if (!reader.Read(path, &contents, &error)) {
    return Diagnostics{Diagnostic{SourceLocation{path, 0, 0}, Severity::kError,
                                  fmt::format("cannot read rate file: {}", error)}};
  }
  auto result = ReadRateFile(path, contents, reader);
  if (auto* diagnostics = std::get_if<Diagnostics>(&result)) return std::move(*diagnostics);
  return std::shared_ptr<const RateSource>(std::get<std::shared_ptr<const RateTable>>(std::move(result)));
}

RateSourceResult OpenRateSources(const std::vector<std::string>& names, const FileReader& reader) {
  if (names.empty()) return OpenDefaultWithCache(reader);
  std::vector<std::shared_ptr<const RateSource>> sources;
  Diagnostics diagnostics = OpenEach(names, reader, &sources);
  if (!diagnostics.empty()) return diagnostics;
  if (sources.size() == 1) return sources.front();
  std::string name;
  for (const auto& s : sources) name += (name.empty() ? "" : ", ") + s->name();
  return std::make_shared<const RateChain>(name, std::move(sources));
}

}  // namespace figcheck

namespace figcheck {

std::string DescribeCoverage(const RateSource& source, const Currency& base, const Currency& quote) {
  std::vector<const RateSource*> parts;
  if (const auto* chain = dynamic_cast<const RateChain*>(&source)) {
    for (const auto& s : chain->sources()) parts.push_back(s.get());
  } else {
    parts.push_back(&source);
  }
  const Date first = *Date::FromYmd(1000, 1, 1);
  const Date last = *Date::FromYmd(9999, 12, 31);
  std::string out;
  for (const RateSource* part : parts) {
    const auto series = part->Series(base, quote, first, last);
    out += out.empty() ? "" : "; ";
    out += series.empty() ? fmt::format("{} has no {}/{}", part->name(), base.code, quote.code)
                          : fmt::format("{} covers {}/{} from {} to {}", part->name(), base.code, quote.code,
                                        series.front().observed_on.ToString(), series.back().observed_on.ToString());
  }
  return out;
}

}  // namespace figcheck

namespace figcheck {

std::vector<SourceCoverage> ListCoverage(const RateSource& source) {
  std::vector<SourceCoverage> out;
  if (const auto* chain = dynamic_cast<const RateChain*>(&source)) {
    for (const auto& s : chain->sources()) {
      auto inner = ListCoverage(*s);
      out.insert(out.end(), inner.begin(), inner.end());
    }
    return out;
  }
  std::shared_ptr<const RateTable> held;
  const RateTable* table = dynamic_cast<const RateTable*>(&source);
  if (const auto* lazy = dynamic_cast<const LazyEmbeddedSource*>(&source)) {
    held = lazy->table();
    table = held.get();
  }
  SourceCoverage coverage{source.name(), {}};
  if (table != nullptr) {
    for (const auto& s : table->series()) {
      if (s.rates.empty()) continue;
      coverage.series.push_back(SeriesCoverage{s.base, s.quote, s.rates.front().date, s.rates.back().date, s.rates.size()});
    }
  }
  out.push_back(std::move(coverage));
  return out;
}

std::string EmbeddedRatesCoverage() {
  std::string out;
  for (const auto& source : ListCoverage(*DefaultRateSource())) {
    // Pairs with the same range together, in the table's order.
    std::vector<std::pair<std::string, std::string>> groups;  // range, pairs
    for (const auto& s : source.series) {
      const std::string range = fmt::format("{}..{}", s.first.ToString(), s.last.ToString());
      const std::string pair = fmt::format("{}/{}", s.base->code, s.quote->code);
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == range; });
      if (it == groups.end()) {
        groups.emplace_back(range, pair);
      } else {
        it->second += ", " + pair;
      }
    }
    out += fmt::format("{}:", source.name);
    for (const auto& [range, pairs] : groups) out += fmt::format("\n  {} {}", pairs, range);
    out += "\n";
  }
  return out;
}

}  // namespace figcheck
