#include "core/rates/rate_sources.h"

#include <stdexcept>

#include <fmt/format.h>

#include "core/rates/rate_file.h"

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

// An embedded table that is parsed on its first lookup, so a run that FRED answers alone never
// pays for parsing the (six times larger) ECB table.
class LazyEmbeddedSource final : public RateSource {
 public:
  LazyEmbeddedSource(std::string name, std::shared_ptr<const RateTable> (*table)())
      : name_(std::move(name)), table_(table) {}
  std::string name() const override { return name_; }
  std::optional<RateObservation> Find(const Currency& base, const Currency& quote, const Date& date) const override {
    return table_()->Find(base, quote, date);
  }
  std::vector<RateObservation> Series(const Currency& base, const Currency& quote, const Date& from,
                                      const Date& to) const override {
    return table_()->Series(base, quote, from, to);
  }
  bool Answers(const Currency& base, const Currency& quote, const Date& date) const override {
    return table_()->Answers(base, quote, date);
  }
  std::vector<RateObservation> SeriesExcept(const Currency& base, const Currency& quote, const Date& from,
                                            const Date& to,
                                            const std::function<bool(const Date&)>& skip) const override {
    return table_()->SeriesExcept(base, quote, from, to, skip);
  }

 private:
  std::string name_;
  std::shared_ptr<const RateTable> (*table_)();
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
                     std::make_shared<const LazyEmbeddedSource>("fred", &FredRateTable),
                     std::make_shared<const LazyEmbeddedSource>("ecb", &EcbRateTable)});
  return chain;
}

RateSourceResult OpenRateSource(std::string_view name_or_path, const FileReader& reader) {
  if (name_or_path == "default") return DefaultRateSource();
  if (name_or_path == "fred") return std::make_shared<const LazyEmbeddedSource>("fred", &FredRateTable);
  if (name_or_path == "ecb") return std::make_shared<const LazyEmbeddedSource>("ecb", &EcbRateTable);
  const std::string path(name_or_path);
  std::string contents;
  std::string error;
  if (!reader.Read(path, &contents, &error)) {
    return Diagnostics{Diagnostic{SourceLocation{path, 0, 0}, Severity::kError,
                                  fmt::format("cannot read rate file: {}", error)}};
  }
  auto result = ReadRateFile(path, contents);
  if (auto* diagnostics = std::get_if<Diagnostics>(&result)) return std::move(*diagnostics);
  return std::shared_ptr<const RateSource>(std::get<std::shared_ptr<const RateTable>>(std::move(result)));
}

RateSourceResult OpenRateSources(const std::vector<std::string>& names, const FileReader& reader) {
  if (names.empty()) return DefaultRateSource();
  std::vector<std::shared_ptr<const RateSource>> sources;
  Diagnostics diagnostics;
  for (const std::string& name : names) {
    auto result = OpenRateSource(name, reader);
    if (auto* d = std::get_if<Diagnostics>(&result)) {
      diagnostics.insert(diagnostics.end(), d->begin(), d->end());
    } else {
      sources.push_back(std::get<std::shared_ptr<const RateSource>>(std::move(result)));
    }
  }
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
