// Rate sources: where an exchange rate for a day comes from.
//
// A rate is "units of `quote` per 1 unit of `base`" (USD/KRW 1192.98 = 1 USD buys 1192.98 KRW).
// A source answers for a day with the observation of that day, else the latest one within
// kMaxStaleDays before it, and never one from after it. Every answer carries its provenance:
// the source's name, the day observed, and how it was derived (direct, inverse, cross).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.h"
#include "core/money/currency.h"
#include "core/number/decimal.h"

namespace figcheck {

inline constexpr int kMaxStaleDays = 7;

struct RateObservation {
  Decimal value;           // quote per base, exact
  std::string source;      // "FRED H.10 DEXKOUS", "ECB reference rates", a file path
  Date observed_on;        // the day the value was published for
  std::string path;        // derivation: "USD/KRW", "1 / (KRW/USD)", "EUR/KRW / EUR/USD via EUR"
};

class RateSource {
 public:
  virtual ~RateSource() = default;

  // A short name for reports ("fred", "ecb", a file name).
  virtual std::string name() const = 0;

  // The rate of `base` in `quote` for `date`: the observation of that day, else the latest
  // within kMaxStaleDays before it. Derives inverses and crosses when the source can.
  // Returns nullopt when no observation qualifies.
  virtual std::optional<RateObservation> Find(const Currency& base, const Currency& quote,
                                              const Date& date) const = 0;

  // Every observation of `base` in `quote` from `from` to `to` inclusive, oldest first, each
  // derived the way Find would (no fallback days are invented: only days that have data).
  virtual std::vector<RateObservation> Series(const Currency& base, const Currency& quote,
                                              const Date& from, const Date& to) const = 0;

  // Whether Find answers for `date`; sources override it to skip deriving the rate.
  virtual bool Answers(const Currency& base, const Currency& quote, const Date& date) const {
    return Find(base, quote, date).has_value();
  }

  // Series without the observations of the days for which `skip` returns true. Sources override
  // it to drop those days before deriving their rates (a chain skips the days an earlier source
  // answers).
  virtual std::vector<RateObservation> SeriesExcept(const Currency& base, const Currency& quote,
                                                    const Date& from, const Date& to,
                                                    const std::function<bool(const Date&)>& skip) const {
    std::vector<RateObservation> out = Series(base, quote, from, to);
    std::erase_if(out, [&](const RateObservation& obs) { return skip(obs.observed_on); });
    return out;
  }
};

}  // namespace figcheck
