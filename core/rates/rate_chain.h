// RateChain: several rate sources asked in order; the first that answers wins
// (`--rates A --rates B`, `check.rates: [fred, ecb]`). Can also ask every source, for
// `--compare-rates`.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/rates/rate_source.h"

namespace figcheck {

// What one source of a chain says about a rate.
struct SourceAnswer {
  std::string source;                        // the source's name()
  std::optional<RateObservation> observation;  // nullopt when it has no rate
};

class RateChain final : public RateSource {
 public:
  // `sources` must not be empty and hold no null pointer.
  RateChain(std::string name, std::vector<std::shared_ptr<const RateSource>> sources);

  std::string name() const override { return name_; }
  // The first source's answer, in order; nullopt when none answers.
  std::optional<RateObservation> Find(const Currency& base, const Currency& quote,
                                      const Date& date) const override;
  // The observations Find would give on the days some source has data: each day from the
  // first source that answers Find for it.
  std::vector<RateObservation> Series(const Currency& base, const Currency& quote, const Date& from,
                                      const Date& to) const override;
  // Whether some source answers.
  bool Answers(const Currency& base, const Currency& quote, const Date& date) const override;
  // Series without the skipped days; a source is asked to derive only the days no earlier
  // source answers.
  std::vector<RateObservation> SeriesExcept(const Currency& base, const Currency& quote, const Date& from,
                                            const Date& to,
                                            const std::function<bool(const Date&)>& skip) const override;

  // Every source's answer for the day, in order (for --compare-rates).
  std::vector<SourceAnswer> FindEach(const Currency& base, const Currency& quote, const Date& date) const;

  const std::vector<std::shared_ptr<const RateSource>>& sources() const { return sources_; }

 private:
  std::string name_;
  std::vector<std::shared_ptr<const RateSource>> sources_;
};

}  // namespace figcheck
