#include "core/rates/rate_chain.h"

#include <algorithm>
#include <set>

namespace figcheck {

RateChain::RateChain(std::string name, std::vector<std::shared_ptr<const RateSource>> sources, Order order)
    : name_(std::move(name)), sources_(std::move(sources)), order_(order) {}

std::optional<RateObservation> RateChain::Find(const Currency& base, const Currency& quote,
                                               const Date& date) const {
  std::optional<RateObservation> fallback;
  for (const auto& source : sources_) {
    auto found = source->Find(base, quote, date);
    if (!found) continue;
    if (order_ == Order::kFirstAnswers || found->observed_on == date) return found;
    // Of the fallbacks, the latest day; the earlier source on a tie.
    if (!fallback || fallback->observed_on < found->observed_on) fallback = std::move(found);
  }
  return fallback;
}

std::vector<RateObservation> RateChain::Series(const Currency& base, const Currency& quote,
                                               const Date& from, const Date& to) const {
  return SeriesExcept(base, quote, from, to, [](const Date&) { return false; });
}

bool RateChain::Answers(const Currency& base, const Currency& quote, const Date& date) const {
  return std::any_of(sources_.begin(), sources_.end(),
                     [&](const auto& source) { return source->Answers(base, quote, date); });
}

std::vector<RateObservation> RateChain::SeriesExcept(const Currency& base, const Currency& quote,
                                                     const Date& from, const Date& to,
                                                     const std::function<bool(const Date&)>& skip) const {
  std::vector<RateObservation> out;
  if (order_ == Order::kOwnDayFirst) {
    // Series hold only observations of their own days: each day goes to the first source that
    // observed it.
    std::set<Date> taken;
    for (const auto& source : sources_) {
      const auto skip_taken = [&](const Date& day) { return skip(day) || taken.count(day) > 0; };
      std::vector<RateObservation> mine = source->SeriesExcept(base, quote, from, to, skip_taken);
      for (auto& obs : mine) {
        taken.insert(obs.observed_on);
        out.push_back(std::move(obs));
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RateObservation& a, const RateObservation& b) { return a.observed_on < b.observed_on; });
    return out;
  }
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    // The day belongs to this source only if no earlier source answers for it.
    const auto earlier_or_skipped = [&](const Date& day) {
      return skip(day) || std::any_of(sources_.begin(), sources_.begin() + static_cast<std::ptrdiff_t>(i),
                                      [&](const auto& s) { return s->Answers(base, quote, day); });
    };
    for (auto& obs : sources_[i]->SeriesExcept(base, quote, from, to, earlier_or_skipped)) out.push_back(std::move(obs));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RateObservation& a, const RateObservation& b) { return a.observed_on < b.observed_on; });
  return out;
}

std::vector<SourceAnswer> RateChain::FindEach(const Currency& base, const Currency& quote,
                                              const Date& date) const {
  std::vector<SourceAnswer> out;
  out.reserve(sources_.size());
  for (const auto& source : sources_) out.push_back(SourceAnswer{source->name(), source->Find(base, quote, date)});
  return out;
}

}  // namespace figcheck
