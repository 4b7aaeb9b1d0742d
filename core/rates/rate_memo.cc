#include "core/rates/rate_memo.h"

namespace figcheck {

// Currency codes are views of the static currency table: they outlive every memo.
std::optional<RateObservation> MemoizedRates::Find(const Currency& base, const Currency& quote,
                                                   const Date& date) const {
  const Key key{base.code, quote.code, date, date};
  auto it = found_.find(key);
  if (it == found_.end()) it = found_.emplace(key, inner_.Find(base, quote, date)).first;
  return it->second;
}

std::vector<RateObservation> MemoizedRates::Series(const Currency& base, const Currency& quote, const Date& from,
                                                   const Date& to) const {
  const Key key{base.code, quote.code, from, to};
  auto it = series_.find(key);
  if (it == series_.end()) it = series_.emplace(key, inner_.Series(base, quote, from, to)).first;
  return it->second;
}

}  // namespace figcheck
