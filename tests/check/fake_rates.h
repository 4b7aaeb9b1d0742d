// A RateSource for tests: a handful of observations, looked up with the 7-day rule.
#pragma once

#include <map>
#include <string>
#include <tuple>

#include "core/rates/rate_source.h"

namespace figcheck::testing {

class FakeRates : public RateSource {
 public:
  FakeRates& Add(std::string_view base, std::string_view quote, std::string_view date, std::string_view rate) {
    rates_[{std::string(base), std::string(quote)}][*Date::Parse(date)] = *Decimal::Parse(rate);
    return *this;
  }
  std::string name() const override { return "fake"; }
  std::optional<RateObservation> Find(const Currency& base, const Currency& quote, const Date& date) const override {
    auto series = rates_.find({std::string(base.code), std::string(quote.code)});
    if (series == rates_.end()) return std::nullopt;
    auto it = series->second.upper_bound(date);
    if (it == series->second.begin()) return std::nullopt;
    --it;
    if (date.DaysSince(it->first) > kMaxStaleDays) return std::nullopt;
    return RateObservation{it->second, "fake", it->first, std::string(base.code) + "/" + std::string(quote.code)};
  }
  std::vector<RateObservation> Series(const Currency& base, const Currency& quote, const Date& from,
                                      const Date& to) const override {
    std::vector<RateObservation> out;
    auto series = rates_.find({std::string(base.code), std::string(quote.code)});
    if (series == rates_.end()) return out;
    for (const auto& [day, value] : series->second) {
      if (day >= from && day <= to) out.push_back(RateObservation{value, "fake", day, ""});
    }
    return out;
  }

 private:
  std::map<std::pair<std::string, std::string>, std::map<Date, Decimal>> rates_;
};

}  // namespace figcheck::testing
