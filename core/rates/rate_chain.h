// RateChain: several rate sources asked in order; the first that answers wins
// (`--rates A --rates B`, `check.rates: [fred, ecb]`). Can also ask every source, for
// `--compare-rates`.
//
// A chain built with kOwnDayFirst (the default source with the user's rate cache behind the
// embedded tables) first looks for a source that observed the day itself: a day's own
// observation in any source beats a fallback to an earlier day in another, so the embedded
// table does not answer for a week past its end while a downloaded file has the day; among
// fallbacks, the latest day wins.
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
  enum class Order {
    kFirstAnswers,  // the first source with any answer (its day or a fallback) wins
    kOwnDayFirst,   // the first source that observed the day wins; else the latest fallback day
                    // (the first source with it)
  };

  // `sources` must not be empty and hold no null pointer.
  RateChain(std::string name, std::vector<std::shared_ptr<const RateSource>> sources,
            Order order = Order::kFirstAnswers);

  std::string name() const override { return name_; }
  // The first source's answer, in order (see Order); nullopt when none answers.
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
  Order order() const { return order_; }

 private:
  std::string name_;
  std::vector<std::shared_ptr<const RateSource>> sources_;
  Order order_;
};

}  // namespace figcheck
