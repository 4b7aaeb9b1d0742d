// MemoizedRates: a RateSource that remembers what another source answered, for the length of
// one fact file's check. An article states its conversions on one day and in few pairs, so the
// checker asks the same Find and Series questions fact after fact (the window, the chart's
// nearby days, the inference range); each is derived once and answered from memory after.
//
// Answers are the inner source's, unchanged (same observations, same provenance). Not shared
// between threads: each file's checker makes its own, and it lives no longer than that check,
// so memory stays bounded by what one file asks.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/rates/rate_source.h"

namespace figcheck {

class MemoizedRates final : public RateSource {
 public:
  // `inner` must outlive this object.
  explicit MemoizedRates(const RateSource& inner) : inner_(inner) {}

  std::string name() const override { return inner_.name(); }
  std::optional<RateObservation> Find(const Currency& base, const Currency& quote, const Date& date) const override;
  std::vector<RateObservation> Series(const Currency& base, const Currency& quote, const Date& from,
                                      const Date& to) const override;
  bool Answers(const Currency& base, const Currency& quote, const Date& date) const override {
    return Find(base, quote, date).has_value();
  }
  // Not memoized (`skip` is a function): passed to the inner source.
  std::vector<RateObservation> SeriesExcept(const Currency& base, const Currency& quote, const Date& from,
                                            const Date& to,
                                            const std::function<bool(const Date&)>& skip) const override {
    return inner_.SeriesExcept(base, quote, from, to, skip);
  }

 private:
  using Key = std::tuple<std::string_view, std::string_view, Date, Date>;
  const RateSource& inner_;
  mutable std::map<Key, std::optional<RateObservation>> found_;
  mutable std::map<Key, std::vector<RateObservation>> series_;
};

}  // namespace figcheck
