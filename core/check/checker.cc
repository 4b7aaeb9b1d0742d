#include "core/check/checker.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "core/money/written.h"

namespace figcheck {
namespace {

const Decimal kHundred(100);

// A rate or ratio for people: exact when short, else `scale` places (6 significant digits below
// 1) and an ellipsis.
std::string Show(const Decimal& d, int scale = 4) {
  if (!d.is_zero() && d.Abs() < Decimal(1)) scale = std::max(scale, 5 - d.MagnitudeExponent());
  return d.ToShortString(scale);
}

// A percentage difference: two places are enough to act on.
std::string ShowPercent(const Decimal& d) { return d.ToShortString(2); }

std::string ShowInterval(const Interval& i, int scale = 4) {
  return fmt::format("{}{}, {}{}", i.low && i.low_closed ? "[" : "(", i.low ? Show(*i.low, scale) : "0",
                     i.high ? Show(*i.high, scale) : "\u221e", i.high && i.high_closed ? "]" : ")");
}

std::string PairName(const Currency& base, const Currency& quote) { return fmt::format("{}/{}", base.code, quote.code); }

std::string DescribeRate(const RateObservation& r) {
  const bool derived = !r.path.empty() && r.path.find('/') != r.path.rfind('/');
  return fmt::format("{} ({}, {}{})", r.value.ToShortString(), r.source, r.observed_on.ToString(),
                     derived ? ", " + r.path : "");
}

// Significant digits a figure states: 8조 9512억 (unit 10^8) -> 5, 75억 -> 2.
int StatedDigits(const Amount& a) { return a.value.MagnitudeExponent() - a.unit.MagnitudeExponent() + 1; }

Interval Scale(const Interval& i, const Decimal& factor) {
  Interval out = i;
  if (out.low) out.low = *out.low * factor;
  if (out.high) out.high = *out.high * factor;
  return out;
}

Interval Band(const Decimal& center, const Decimal& fraction) {
  Interval band;
  band.low = center * (Decimal(1) - fraction);
  band.high = center * (Decimal(1) + fraction);
  band.low_closed = true;
  band.high_closed = true;
  return band;
}

// Quotient of two intervals of positive values: every s/a with s in `s`, a in `a`.
Interval DivideIntervals(const Interval& s, const Interval& a) {
  Interval out;
  if (s.low && a.high) {
    out.low = *s.low->DividedBy(*a.high);
    out.low_closed = s.low_closed && a.high_closed;
  } else if (s.low && !a.high) {
    out.low = Decimal(0);
    out.low_closed = false;
  }
  if (s.high && a.low && !a.low->is_zero()) {
    out.high = *s.high->DividedBy(*a.low);
    out.high_closed = s.high_closed && a.low_closed;
  }
  return out;
}

Interval Point(const Decimal& x) {
  Interval p;
  p.low = x;
  p.high = x;
  p.low_closed = p.high_closed = true;
  return p;
}

class FileChecker {
 public:
  FileChecker(const FactFile& file, const RateSource& rates, const CheckOptions& options)
      : file_(file), rates_(rates), options_(options),
        tolerance_(options.rate_tolerance.value_or(file.check.rate_tolerance)) {}

  FileResult Run() {
    FileResult result;
    result.path = file_.path;
    result.article_id = file_.article.id;
    result.title = file_.article.title;
    result.loaded = true;
    for (const Fact& fact : file_.facts) result.facts.push_back(CheckFact(fact));
    CheckMixedRates(&result);
    return result;
  }

 private:
  struct ImpliedRate {
    const Fact* fact;
    const Currency* base;
    const Currency* quote;
    Interval interval;
    Decimal point;
  };

  FactResult CheckFact(const Fact& fact) {
    FactResult r;
    r.id = fact.id;
    r.kind = fact.kind;
    r.location = fact.location;
    r.quote = fact.quote.value_or("");
    for (const auto* stated : {&fact.amount, &fact.converted, &fact.previous, &fact.current}) {
      if (stated->has_value()) r.figures.push_back((*stated)->text);
    }
    if (fact.change) r.figures.push_back(fact.change->text);
    switch (fact.kind) {
      case FactKind::kConversion: CheckConversion(fact, &r); break;
      case FactKind::kGrowth: CheckGrowth(fact, &r); break;
      case FactKind::kAmount: break;
    }
    r.status = FactStatus::kOk;
    for (const Finding& f : r.findings) {
      if (f.severity == Severity::kError) r.status = FactStatus::kError;
      else if (f.severity == Severity::kWarning && r.status == FactStatus::kOk) r.status = FactStatus::kWarning;
    }
    // Figures already flagged as wrong would only repeat themselves as mixed rates.
    if (r.conversion && r.status != FactStatus::kError && r.conversion->implied_rate.low && r.conversion->implied_rate.high) {
      implied_rates_.push_back(ImpliedRate{&fact, r.conversion->base, r.conversion->quote, r.conversion->implied_rate,
                                           *fact.converted->amount.value.DividedBy(fact.amount->amount.value)});
    }
    return r;
  }

  Finding MakeFinding(std::string_view code, const Fact& fact, const SourceLocation& at, std::string message) {
    Finding f;
    f.code = std::string(code);
    const FindingCode* known = FindFindingCode(code);
    f.severity = known ? known->severity : Severity::kError;
    f.fact_id = fact.id;
    f.location = at;
    f.message = std::move(message);
    return f;
  }

  // Days within options_.inference_days of `date` whose reference rate lies in `implied`,
  // nearest first (at most three).
  std::vector<RateObservation> DaysThatFit(const Currency& base, const Currency& quote, const Date& date,
                                           const Interval& implied) {
    std::vector<RateObservation> fits;
    // Band(r, t) = [r(1 - t), r(1 + t)] meets `implied` exactly when r lies in
    // [low / (1 + t), high / (1 - t)] (each end as open as implied's): two comparisons per day
    // instead of two products and four.
    std::optional<Interval> rates_that_fit;
    if (tolerance_.sign() >= 0 && tolerance_ < Decimal(1)) {
      rates_that_fit = implied;
      if (implied.low) rates_that_fit->low = *implied.low->DividedBy(Decimal(1) + tolerance_);
      if (implied.high) rates_that_fit->high = *implied.high->DividedBy(Decimal(1) - tolerance_);
    }
    for (const RateObservation& obs : rates_.Series(base, quote, date.AddDays(-options_.inference_days),
                                                    date.AddDays(options_.inference_days))) {
      if (rates_that_fit ? rates_that_fit->Contains(obs.value) : implied.Meets(Band(obs.value, tolerance_))) {
        fits.push_back(obs);
      }
    }
    std::stable_sort(fits.begin(), fits.end(), [&](const RateObservation& a, const RateObservation& b) {
      return std::abs(a.observed_on.DaysSince(date)) < std::abs(b.observed_on.DaysSince(date));
    });
    if (fits.size() > 3) fits.resize(3);
    return fits;
  }

  void CheckConversion(const Fact& fact, FactResult* result) {
    const StatedAmount& from = *fact.amount;
    const StatedAmount& to = *fact.converted;
    const Currency& base = *from.amount.currency;
    const Currency& quote = *to.amount.currency;
    const Date date = *RateDateOf(file_, fact);
    const std::string pair = PairName(base, quote);

    std::optional<RateObservation> reference;
    if (fact.rate) {
      reference = RateObservation{fact.rate->value, "stated in the article", date, pair};
    } else {
      reference = rates_.Find(base, quote, date);
    }
    const Interval amount_interval = options_.amount_rounding ? from.amount.Covers() : Point(from.amount.value);
    const Interval implied = DivideIntervals(to.amount.Covers(), amount_interval);
    const Decimal point = *to.amount.value.DividedBy(from.amount.value);

    ConversionDetail detail;
    detail.base = &base;
    detail.quote = &quote;
    detail.rate_date = date;
    detail.implied_rate = implied;
    detail.reference = reference;
    detail.tolerance = tolerance_;
    if (options_.collect_series) {
      detail.nearby = rates_.Series(base, quote, date.AddDays(-options_.series_days), date.AddDays(options_.series_days));
    }

    std::vector<std::string> details;
    details.push_back(fmt::format("'{}' covers {}, so it implies {} {} per {}{}", to.text,
                                  ShowInterval(to.amount.Covers(), 0), ShowInterval(implied), quote.code, base.code,
                                  options_.amount_rounding ? fmt::format(" (amount widened to {})", ShowInterval(amount_interval, 0)) : ""));
    for (const RateSource* other : options_.compare) {
      if (auto obs = other->Find(base, quote, date)) {
        details.push_back(fmt::format("{}: {} {} on {}: the figure {}", other->name(), pair, obs->value.ToShortString(),
                                      obs->observed_on.ToString(),
                                      implied.Meets(Band(obs->value, tolerance_)) ? "holds" : "does not hold"));
      } else {
        details.push_back(fmt::format("{}: no {} rate for {}", other->name(), pair, date.ToString()));
      }
    }

    if (!reference) {
      Finding f = MakeFinding(kMissingRate, fact, to.location,
                              fmt::format("No {} rate is known for {} or the {} days before it in the rate source "
                                          "'{}'; the conversion could not be checked.", pair, date.ToString(),
                                          kMaxStaleDays, rates_.name()));
      f.stated = to.text;
      f.pair = pair;
      f.details = std::move(details);
      result->findings.push_back(std::move(f));
      result->conversion = std::move(detail);
      return;
    }
    const Decimal& rate = reference->value;
    const Interval band = Band(rate, tolerance_);
    const Decimal exact = from.amount.value * rate;
    const std::string recomputed = WriteLike(exact, to.amount, to.text);
    result->recomputed = recomputed;
    details.push_back(fmt::format("reference {} {}, tolerance \u00b1{}% gives {}", pair, DescribeRate(*reference),
                                  (tolerance_ * kHundred).ToString(), ShowInterval(band)));
    details.push_back(fmt::format("{} \u00d7 {} = {} {}", from.amount.value.ToGroupedString(), rate.ToShortString(),
                                  exact.ToGroupedString(), quote.code));

    auto finish = [&](Finding f) {
      f.stated = to.text;
      f.recomputed = recomputed;
      f.rate = reference;
      f.pair = pair;
      f.details = details;
      result->findings.push_back(std::move(f));
    };

    if (implied.Meets(band)) {
      if (!band.Contains(point)) {
        finish(MakeFinding(kRoundingOnly, fact, to.location,
                           fmt::format("'{}' holds only because it is rounded: as printed it implies {} {} per {}, "
                                       "outside {}; its rounding interval {} reaches the reference rate {}.",
                                       to.text, Show(point, 2), quote.code, base.code, ShowInterval(band, 2),
                                       ShowInterval(implied, 2), rate.ToShortString())));
      }
      if (StatedDigits(to.amount) >= StatedDigits(from.amount) + 3) {
        finish(MakeFinding(kFalsePrecision, fact, to.location,
                           fmt::format("'{}' is stated to {} significant digits, but '{}' has only {}: the converted "
                                       "figure suggests a precision the amount does not have.",
                                       to.text, StatedDigits(to.amount), from.text, StatedDigits(from.amount))));
      }
      result->conversion = std::move(detail);
      return;
    }

    // Off by a power of ten: the figure fits the reference (within the deviation limit) once moved.
    const Interval wide = Band(rate, std::max(options_.deviation_limit, tolerance_));
    // Only the powers of ten next to the size of the miss can bring the figure back within 5%
    // (the bands are far narrower than a factor of ten), so only those are tried, smallest first.
    const int miss = point.DividedBy(rate)->MagnitudeExponent();
    for (int k = std::max(miss - 1, -16); k <= std::min(miss + 1, 16); ++k) {
      if (k == 0) continue;
      if (!Scale(implied, Decimal::Pow10(-k)).Meets(wide)) continue;
      const std::string size = k > 0 ? fmt::format("{} times too large", Decimal::Pow10(k).ToGroupedString())
                                     : fmt::format("{} times too small", Decimal::Pow10(-k).ToGroupedString());
      Finding f = MakeFinding(kUnitSlip, fact, to.location,
                              fmt::format("'{}' is {} for {} at {} {}: a unit slip ({}); it should read '{}'.", to.text,
                                          size, from.text, pair, Show(rate, 6), SlipName(k), recomputed));
      finish(std::move(f));
      result->conversion = std::move(detail);
      return;
    }

    const Decimal off = (*point.DividedBy(rate) - Decimal(1)) * kHundred;
    std::vector<RateObservation> fits;
    if (!fact.rate) fits = DaysThatFit(base, quote, date, implied);
    std::string matches;
    if (!fits.empty()) {
      matches = fmt::format(" It matches the published rate of {} ({}).", fits.front().observed_on.ToString(),
                            fits.front().value.ToShortString());
      for (std::size_t i = 1; i < fits.size(); ++i) {
        details.push_back(fmt::format("also fits the rate of {} ({})", fits[i].observed_on.ToString(), fits[i].value.ToShortString()));
      }
    }
    if (implied.Meets(wide)) {
      finish(MakeFinding(kRateDeviation, fact, to.location,
                         fmt::format("'{}' implies {} {} per {}, {}% off the reference rate {} of {}.{}", to.text,
                                     Show(point, 2), quote.code, base.code, ShowPercent(off), Show(rate, 6),
                                     reference->observed_on.ToString(), matches)));
    } else {
      finish(MakeFinding(kConversionMismatch, fact, to.location,
                         fmt::format("'{}' does not follow from {} at {} {} ({}): it should be about '{}' "
                                     "(the printed figure implies {}, {}% off).{}{}",
                                     to.text, from.text, pair, Show(rate, 6), reference->observed_on.ToString(),
                                     recomputed, Show(point, 4), ShowPercent(off), matches,
                                     LikelyCause(base, quote, date, implied, rate))));
    }
    result->conversion = std::move(detail);
  }

  static std::string SlipName(int k) {
    switch (k) {
      case 4: case -4: return "만 for 억, or 억 for 조";
      case 8: case -8: return "억 for 조 twice over, or 만 for 조";
      case 3: case -3: return "thousand for million, or million for billion";
      case 6: case -6: return "million for trillion";
      default: return fmt::format("a factor of 10^{}", k < 0 ? -k : k);
    }
  }

  // A likely explanation for a mismatch, as statcheck names a one-tailed test.
  std::string LikelyCause(const Currency& base, const Currency& quote, const Date& date,
                          const Interval& implied, const Decimal& rate) {
    // Tighter than the deviation limit: a cause is named only when it explains the figure well.
    const Decimal limit = std::max(tolerance_, Decimal::Fraction(1, 100));
    // The rate used upside down.
    if (implied.Meets(Band(*Decimal(1).DividedBy(rate), limit))) {
      return fmt::format(" Likely cause: the rate was inverted ({} per {} used as {} per {}).", base.code, quote.code,
                         quote.code, base.code);
    }
    // Another currency taken for this one (위안 for 달러, 엔 for 원...).
    for (std::string_view code : {"USD", "EUR", "JPY", "CNY", "GBP", "KRW"}) {
      const Currency* other = FindCurrencyByCode(code);
      if (other == &base || other == &quote) continue;
      if (auto obs = rates_.Find(*other, quote, date); obs && implied.Meets(Band(obs->value, limit))) {
        return fmt::format(" Likely cause: the amount was converted as if it were in {} ({}/{} {}).", other->code,
                           other->code, quote.code, obs->value.ToShortString());
      }
      if (auto obs = rates_.Find(base, *other, date); obs && implied.Meets(Band(obs->value, limit))) {
        return fmt::format(" Likely cause: the figure is in {}, not {} ({}/{} {}).", other->code, quote.code,
                           base.code, other->code, obs->value.ToShortString());
      }
    }
    return "";
  }

  void CheckGrowth(const Fact& fact, FactResult* result) {
    const StatedChange& g = *fact.change;
    const StatedAmount& current = *fact.current;
    const Interval stated = g.change.Covers();
    auto describe_value = [&](const Decimal& v) {
      switch (g.change.kind) {
        case ChangeKind::kPercent: return fmt::format("{}%", Show(v, 2));
        case ChangeKind::kPoints: return fmt::format("{} percentage points", Show(v, 2));
        case ChangeKind::kRatio: return fmt::format("{}x", Show(v, 3));
      }
      return Show(v);
    };
    if (!fact.previous) {
      ImpliedPrevious(fact, result);
      return;
    }
    const StatedAmount& previous = *fact.previous;
    const Decimal& p = previous.amount.value;
    const Decimal& c = current.amount.value;
    auto change_of = [&](const Decimal& pv, const Decimal& cv) -> Decimal {
      switch (g.change.kind) {
        case ChangeKind::kPercent: return (*cv.DividedBy(pv) - Decimal(1)) * kHundred;
        case ChangeKind::kPoints: return cv - pv;
        case ChangeKind::kRatio: return *cv.DividedBy(pv);
      }
      return Decimal(0);
    };
    const Decimal exact = change_of(p, c);
    // An unsigned "51%" states a size; the sign comes from 증가/감소 or rose/fell when given.
    const bool magnitude_only = g.change.sign == ChangeSign::kUnspecified && g.change.kind != ChangeKind::kRatio &&
                                g.change.value.sign() >= 0;
    const Decimal compared = magnitude_only ? exact.Abs() : exact;
    std::vector<std::string> details;
    details.push_back(fmt::format("'{}' covers {}", g.text, ShowInterval(stated, 4)));
    details.push_back(fmt::format("from {} to {}: {}", previous.text, current.text, describe_value(exact)));
    const std::string recomputed = describe_value(exact.RoundTo(g.change.unit * Decimal::Fraction(1, 10), RoundingMode::kHalfUp));
    result->recomputed = describe_value(exact);

    auto finish = [&](Finding f) {
      f.stated = g.text;
      f.recomputed = recomputed;
      f.details = details;
      result->findings.push_back(std::move(f));
    };
    const bool wrong_direction = (g.change.sign == ChangeSign::kIncrease && exact.sign() < 0) ||
                                 (g.change.sign == ChangeSign::kDecrease && exact.sign() > 0);
    if (wrong_direction) {
      finish(MakeFinding(kGrowthMismatch, fact, g.location,
                         fmt::format("'{}' says the figure {}, but from {} to {} it {} ({}).", g.text,
                                     g.change.sign == ChangeSign::kIncrease ? "rose" : "fell", previous.text,
                                     current.text, exact.sign() > 0 ? "rose" : "fell", describe_value(exact))));
      return;
    }
    if (stated.Contains(compared)) return;
    // Within the rounding of the two figures? The change is monotone in each, so the corners bound it.
    const Interval pc = previous.amount.Covers();
    const Interval cc = current.amount.Covers();
    if (pc.low && pc.high && cc.low && cc.high && pc.low->sign() > 0) {
      const Decimal lo = change_of(*pc.high, *cc.low);
      const Decimal hi = change_of(*pc.low, *cc.high);
      Interval range;
      range.low = magnitude_only && lo.sign() < 0 && hi.sign() < 0 ? hi.Abs() : lo;
      range.high = magnitude_only && lo.sign() < 0 && hi.sign() < 0 ? lo.Abs() : hi;
      range.low_closed = range.high_closed = true;
      if (range.Meets(stated)) {
        details.push_back(fmt::format("with both figures at their stated precision the change lies in {}", ShowInterval(range, 4)));
        finish(MakeFinding(kRoundingOnly, fact, g.location,
                           fmt::format("'{}' holds only because the figures are rounded: as printed they give {}.",
                                       g.text, describe_value(exact))));
        return;
      }
    }
    finish(MakeFinding(kGrowthMismatch, fact, g.location,
                       fmt::format("'{}' does not follow from {} to {}: that is {}.", g.text, previous.text,
                                   current.text, describe_value(exact))));
  }

  void ImpliedPrevious(const Fact& fact, FactResult* result) {
    const StatedChange& g = *fact.change;
    const StatedAmount& current = *fact.current;
    const Interval gi = g.change.Covers();
    const Interval ci = current.amount.Covers();
    if (!gi.low || !gi.high || !ci.low || !ci.high) return;
    // previous = current / (1 + g/100) (percent), current - g (points), current / g (ratio);
    // decreasing in g, increasing in current.
    auto previous_of = [&](const Decimal& cv, const Decimal& gv) -> std::optional<Decimal> {
      switch (g.change.kind) {
        case ChangeKind::kPercent: return cv.DividedBy(Decimal(1) + *gv.DividedBy(kHundred));
        case ChangeKind::kPoints: return cv - gv;
        case ChangeKind::kRatio: return cv.DividedBy(gv);
      }
      return std::nullopt;
    };
    auto low = previous_of(*ci.low, *gi.high);
    auto high = previous_of(*ci.high, *gi.low);
    if (!low || !high || low->sign() <= 0 || high->sign() <= 0) return;
    const Amount& style = current.amount;
    Amount finer = style;
    finer.unit = style.unit * Decimal::Fraction(1, 10);
    auto write = [&](const Decimal& v, RoundingMode mode) {
      const Decimal rounded = v.RoundTo(finer.unit, mode);
      return current.percentage ? rounded.ToString() + "%" : WriteLike(rounded, finer, current.text);
    };
    const std::string low_text = write(*low, RoundingMode::kFloor);
    const std::string high_text = write(*high, RoundingMode::kCeiling);
    Finding f = MakeFinding(kImpliedPrevious, fact, g.location,
                            fmt::format("'{}' to {} implies a previous figure between {} and {}; look it up to "
                                        "check the change.", g.text, current.text, low_text, high_text));
    f.stated = g.text;
    f.recomputed = fmt::format("{} .. {}", low_text, high_text);
    f.details.push_back(fmt::format("'{}' covers {}; '{}' covers {}", g.text, ShowInterval(gi, 4), current.text,
                                    ShowInterval(ci, 0)));
    result->findings.push_back(std::move(f));
  }

  // Conversions of one pair whose implied rates have no common value.
  void CheckMixedRates(FileResult* result) {
    std::vector<bool> done(implied_rates_.size(), false);
    for (std::size_t i = 0; i < implied_rates_.size(); ++i) {
      if (done[i]) continue;
      std::vector<const ImpliedRate*> group;
      for (std::size_t j = i; j < implied_rates_.size(); ++j) {
        if (implied_rates_[j].base == implied_rates_[i].base && implied_rates_[j].quote == implied_rates_[i].quote) {
          group.push_back(&implied_rates_[j]);
          done[j] = true;
        }
      }
      if (group.size() < 2) continue;
      // Empty intersection <=> the highest low end is above the lowest high end.
      const ImpliedRate* highest_low = group.front();
      const ImpliedRate* lowest_high = group.front();
      for (const ImpliedRate* r : group) {
        if (*r->interval.low > *highest_low->interval.low) highest_low = r;
        if (*r->interval.high < *lowest_high->interval.high) lowest_high = r;
      }
      if (lowest_high->interval.Meets(highest_low->interval)) continue;
      Finding f;
      f.code = std::string(kMixedRates);
      f.severity = Severity::kWarning;
      const StatedAmount& at = *lowest_high->fact->converted;
      f.location = at.location;
      f.pair = PairName(*group.front()->base, *group.front()->quote);
      f.message = fmt::format("The article's {} conversions use different rates: {} here ('{}'), {} there ('{}'); "
                              "they cannot all be true at once.", f.pair, Show(lowest_high->point, 2),
                              lowest_high->fact->id, Show(highest_low->point, 2), highest_low->fact->id);
      f.stated = fmt::format("{}; {}", at.text, highest_low->fact->converted->text);
      for (const ImpliedRate* r : group) {
        f.details.push_back(fmt::format("{} ({}): implies {}", r->fact->id, r->fact->converted->location.ToString(),
                                        ShowInterval(r->interval)));
      }
      result->findings.push_back(std::move(f));
    }
  }

  const FactFile& file_;
  const RateSource& rates_;
  const CheckOptions& options_;
  Decimal tolerance_;
  std::vector<ImpliedRate> implied_rates_;
};

}  // namespace

std::optional<Date> RateDateOf(const FactFile& file, const Fact& fact) {
  if (fact.rate_date) return fact.rate_date;
  if (file.check.rate_date) return file.check.rate_date;
  return file.article.published;
}

FileResult CheckFactFile(const FactFile& file, const RateSource& rates, const CheckOptions& options) {
  return FileChecker(file, rates, options).Run();
}

}  // namespace figcheck
