#include "core/check/checker.h"

#include <algorithm>
#include <functional>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "core/money/written.h"
#include "core/rates/rate_memo.h"

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

// "USD/KRW 1198.15 (FRED H.10 DEXKOUS, 2020-07-28)" and, when `fit` names a detail.fit.* key,
// why this rate: a detail line.
Phrase RateDetail(const std::string& pair, const RateObservation& r, std::string_view fit = {}) {
  const bool derived = !r.path.empty() && r.path.find('/') != r.path.rfind('/');
  return MakePhrase("detail.rate")
      .Arg("pair", pair)
      .Arg("value", r.value.ToShortString())
      .Arg("source", RateSourcePhrase(r.source))
      .Arg("date", r.observed_on.ToString())
      .Arg("path", derived ? MakePhrase("detail.path").Arg("path", r.path) : Phrase{})
      .Arg("fit", fit.empty() ? Phrase{} : MakePhrase(fit));
}

// "7,500,000,000 \u00d7 1192.98 = 8,947,350,000,000 KRW".
Phrase ProductDetail(const Decimal& amount, const Decimal& rate, const Currency& quote) {
  return MakePhrase("detail.product")
      .Arg("amount", amount.ToGroupedString())
      .Arg("rate", rate.ToShortString())
      .Arg("product", (amount * rate).ToGroupedString())
      .Arg("quote", std::string(quote.code));
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

// A rate's relative distance from an interval of implied rates: 0 inside it, else how far the
// nearer end lies from `rate`, as a fraction of `rate` (0.02 = the figure is 2% off).
Decimal MissOf(const Interval& implied, const Decimal& rate) {
  if (implied.high && *implied.high <= rate && !(implied.high_closed && *implied.high == rate)) {
    return *(rate - *implied.high).DividedBy(rate);
  }
  if (implied.low && *implied.low >= rate && !(implied.low_closed && *implied.low == rate)) {
    return *(*implied.low - rate).DividedBy(rate);
  }
  return Decimal(0);
}

// Monday..Friday.
bool IsBusinessDay(const Date& day) { return day.iso_weekday_index() < 5; }

// The first day of a window ending on `date` that holds `business_days` business days before it.
Date WindowStart(const Date& date, int business_days) {
  Date day = date;
  for (int counted = 0; counted < business_days;) {
    day = day.AddDays(-1);
    if (IsBusinessDay(day)) ++counted;
  }
  return day;
}

// The reference rates a conversion is judged against: one day's (strict) or a window's.
// A conversion's detail lines, formatted only when a finding takes them: most facts hold and
// have no finding, and formatting their intervals, windows and products for nothing was most
// of the checker's string work. A line added lazily is made from the check's values when
// Make() runs (every finding is made before CheckConversion returns, so what the lines refer
// to is still there); a line from a helper is added made.
class DetailLines {
 public:
  void Add(Phrase line) { lines_.push_back([line = std::move(line)] { return line; }); }
  void AddLazy(std::function<Phrase()> make) { lines_.push_back(std::move(make)); }
  // Replaces the line `from_end` places before the end (1: the last one).
  void ReplaceLazy(std::size_t from_end, std::function<Phrase()> make) {
    lines_[lines_.size() - from_end] = std::move(make);
  }
  std::vector<Phrase> Make() const {
    std::vector<Phrase> out;
    out.reserve(lines_.size());
    for (const auto& make : lines_) out.push_back(make());
    return out;
  }

 private:
  std::vector<std::function<Phrase()>> lines_;
};

struct RateWindow {
  std::vector<RateObservation> rates;  // oldest first
  Date from;
  Date to;
  bool strict = true;

  const RateObservation& latest() const { return rates.back(); }
  Decimal Lowest() const {
    Decimal low = rates.front().value;
    for (const RateObservation& r : rates) low = std::min(low, r.value);
    return low;
  }
  Decimal Highest() const {
    Decimal high = rates.front().value;
    for (const RateObservation& r : rates) high = std::max(high, r.value);
    return high;
  }
  // (highest - lowest) / lowest: how much the rate itself moved in the window.
  Decimal Spread() const { return *(Highest() - Lowest()).DividedBy(Lowest()); }
  // The rate of the window nearest to `implied` (the latest of equals).
  const RateObservation& Nearest(const Interval& implied) const {
    const RateObservation* best = &rates.back();
    Decimal best_miss = MissOf(implied, best->value);
    for (auto it = rates.rbegin(); it != rates.rend(); ++it) {
      const Decimal miss = MissOf(implied, it->value);
      if (miss < best_miss) {
        best = &*it;
        best_miss = miss;
      }
    }
    return *best;
  }
};

}  // namespace

Decimal ReadingUnit(const Amount& figure) {
  if (figure.value.is_zero() || figure.unit.sign() <= 0) return figure.unit;
  const Decimal two_digits = Decimal::Pow10(figure.value.MagnitudeExponent() - 1);
  Decimal unit = figure.unit;
  while (true) {
    const Decimal coarser = unit * Decimal(10);
    if (coarser > two_digits || !figure.value.DividedBy(coarser)->is_integer()) break;
    unit = coarser;
  }
  return unit;
}

namespace {

// The values a converted figure covers, read at its ReadingUnit.
Interval ConvertedCovers(const Amount& figure) {
  Amount read = figure;
  read.unit = ReadingUnit(figure);
  Interval covers = read.Covers();
  // "약 40억원 이상" is at least about 40억: an approximate bound starts at the rounding edge
  // of its figure ([39.5억, ∞)), not at the figure itself.
  if (figure.approximate && figure.bound != Bound::kExact) {
    Amount rounded = read;
    rounded.bound = Bound::kExact;
    const Interval around = rounded.Covers();
    if (figure.bound == Bound::kAtLeast || figure.bound == Bound::kMoreThan) {
      covers.low = around.low;
      covers.low_closed = true;
    } else {
      covers.high = around.high;
      covers.high_closed = false;
    }
  }
  // A zero figure ("0.0 billion won") covers [0, u/2): amounts are never negative.
  if (covers.low && covers.low->sign() < 0) {
    covers.low = Decimal(0);
    covers.low_closed = true;
  }
  return covers;
}

// Significant digits a figure states at its reading unit: 1조1944억 -> 5, 약 3조 2000억 -> 2.
int ReadDigits(const Amount& a) {
  if (a.value.is_zero()) return 1;
  return a.value.MagnitudeExponent() - ReadingUnit(a).MagnitudeExponent() + 1;
}

class FileChecker {
 public:
  FileChecker(const FactFile& file, const RateSource& rates, const CheckOptions& options)
      : file_(file), memo_(rates), options_(options), limits_(options.thresholds),
        tolerance_(options.rate_tolerance.value_or(file.check.rate_tolerance.value_or(options.thresholds.tolerance))),
        window_days_(options.rate_window.value_or(file.check.rate_window.value_or(options.thresholds.rate_window))) {}

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
    Decimal spread;  // how much the reference rate moved within the fact's window
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
    std::optional<Decimal> spread;
    switch (fact.kind) {
      case FactKind::kConversion: spread = CheckConversion(fact, &r); break;
      case FactKind::kGrowth: CheckGrowth(fact, &r); break;
      case FactKind::kAmount: break;
    }
    r.status = FactStatus::kOk;
    for (const Finding& f : r.findings) {
      if (f.severity == Severity::kError) r.status = FactStatus::kError;
      else if (f.severity == Severity::kWarning && r.status == FactStatus::kOk) r.status = FactStatus::kWarning;
    }
    // Figures already flagged as wrong would only repeat themselves as mixed rates; an undated
    // figure has no rate to mix.
    if (spread && r.conversion && r.status != FactStatus::kError && r.conversion->implied_rate.low &&
        r.conversion->implied_rate.high && !fact.amount->amount.value.is_zero()) {
      implied_rates_.push_back(ImpliedRate{&fact, r.conversion->base, r.conversion->quote, r.conversion->implied_rate,
                                           *fact.converted->amount.value.DividedBy(fact.amount->amount.value),
                                           *spread});
    }
    return r;
  }

  Finding MakeFinding(std::string_view code, const Fact& fact, const SourceLocation& at, Phrase message) {
    Finding f;
    f.code = std::string(code);
    const FindingCode* known = FindFindingCode(code);
    f.severity = known ? known->severity : Severity::kError;
    f.fact_id = fact.id;
    f.location = at;
    f.message = std::move(message);
    return f;
  }

  // The day inference looks back from: the publication day, else the rate date.
  Date InferenceEnd(const Date& date) const { return file_.article.published.value_or(date); }

  // Days within options_.inference_days before `end` (and `end` itself) whose reference rate
  // makes `implied` hold, nearest first (at most three). Never a day after `end`: a newsroom
  // cannot have used a rate not yet published.
  std::vector<RateObservation> DaysThatFit(const Currency& base, const Currency& quote, const Date& end,
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
    std::vector<RateObservation> series = rates_.Series(base, quote, end.AddDays(-options_.inference_days), end);
    for (auto it = series.rbegin(); it != series.rend() && fits.size() < 3; ++it) {
      if (rates_that_fit ? rates_that_fit->Contains(it->value) : implied.Meets(Band(it->value, tolerance_))) {
        fits.push_back(*it);
      }
    }
    return fits;
  }

  // " It matches the published rate of 2020-05-28 (1239.28), 62 days before publication."
  Phrase MatchesEarlier(const Currency& base, const Currency& quote, const Date& date, const Interval& implied,
                        DetailLines* details) {
    const Date end = InferenceEnd(date);
    const std::vector<RateObservation> fits = DaysThatFit(base, quote, end, implied);
    if (fits.empty()) return Phrase{};
    auto back = [&](const RateObservation& obs) {
      const int days = end.DaysSince(obs.observed_on);
      const Phrase when = MakePhrase(file_.article.published ? "what.publication" : "what.rate-date");
      if (days == 0) return MakePhrase("back.same").Arg("what", when);
      return MakePhrase(days == 1 ? "back.day" : "back.days").Arg("days", std::to_string(days)).Arg("what", when);
    };
    for (std::size_t i = 1; i < fits.size(); ++i) {
      details->Add(MakePhrase("detail.also-fits")
                             .Arg("date", fits[i].observed_on.ToString())
                             .Arg("rate", fits[i].value.ToShortString())
                             .Arg("back", back(fits[i])));
    }
    return MakePhrase("earlier")
        .Arg("date", fits.front().observed_on.ToString())
        .Arg("rate", fits.front().value.ToShortString())
        .Arg("back", back(fits.front()));
  }

  // The rates a conversion dated `date` is judged against: that day's alone when the date was
  // given explicitly (or the article states the rate), else every business day of the window.
  RateWindow WindowFor(const Currency& base, const Currency& quote, const Date& date, bool strict) {
    RateWindow w;
    w.to = date;
    w.from = date;
    w.strict = strict || window_days_ == 0;
    if (!w.strict) {
      w.from = WindowStart(date, window_days_);
      w.rates = rates_.Series(base, quote, w.from, date);
    }
    if (w.rates.empty()) {
      // A day without its own rate (a holiday, a weekend): the latest within kMaxStaleDays.
      if (auto obs = rates_.Find(base, quote, date)) w.rates.push_back(*obs);
    }
    return w;
  }

  // Every rate of the pair in the whole table, for an undated conversion (cached per pair).
  const RateWindow& HistoryOf(const Currency& base, const Currency& quote) {
    const std::string key = PairName(base, quote);
    auto it = history_.find(key);
    if (it != history_.end()) return it->second;
    RateWindow w;
    w.from = *Date::FromYmd(1900, 1, 1);
    w.to = *Date::FromYmd(2199, 12, 31);
    w.strict = false;
    w.rates = rates_.Series(base, quote, w.from, w.to);
    if (!w.rates.empty()) {
      w.from = w.rates.front().observed_on;
      w.to = w.rates.back().observed_on;
    }
    return history_.emplace(key, std::move(w)).first->second;
  }

  // [lowest(1 - f), highest(1 + f)]: every rate the window allows, widened by `f`.
  static Interval WindowBand(const RateWindow& w, const Decimal& f) {
    Interval band;
    band.low = w.Lowest() * (Decimal(1) - f);
    band.high = w.Highest() * (Decimal(1) + f);
    band.low_closed = band.high_closed = true;
    return band;
  }

  // A window of several days, "1180.1\u20131192.5 (2020-07-21 to 2020-07-28, 6 days with a rate)", as a clause.
  static Phrase WindowPhrase(const RateWindow& w) {
    return MakePhrase("window.range")
        .Arg("low", Show(w.Lowest(), 4))
        .Arg("high", Show(w.Highest(), 4))
        .Arg("from", w.from.ToString())
        .Arg("to", w.to.ToString())
        .Arg("count", std::to_string(w.rates.size()));
  }

  // "10,000 times too small".
  static Phrase SizePhrase(int k) {
    if (k > 0) return MakePhrase("size.large").Arg("factor", Decimal::Pow10(k).ToGroupedString());
    return MakePhrase("size.small").Arg("factor", Decimal::Pow10(-k).ToGroupedString());
  }

  // The power of ten k that brings `implied` back within the error limit of the window's rates.
  std::optional<int> UnitSlip(const Interval& implied, const Decimal& point, const RateWindow& w) {
    // A bound ("40억원 이상") is not a value that can slip: only a bounded interval is scaled.
    if (point.is_zero() || !implied.low || !implied.high || implied.low->sign() <= 0) return std::nullopt;
    const Interval wide = WindowBand(w, std::max(limits_.error_limit, tolerance_));
    // Only the powers of ten next to the size of the miss can bring the figure back (the bands
    // are far narrower than a factor of ten), so only those are tried, smallest first.
    const int miss = point.DividedBy(w.Nearest(implied).value)->MagnitudeExponent();
    for (int k = std::max(miss - 1, -16); k <= std::min(miss + 1, 16); ++k) {
      if (k != 0 && Scale(implied, Decimal::Pow10(-k)).Meets(wide)) return k;
    }
    return std::nullopt;
  }

  // The figure with two neighbouring digits swapped, when that figure holds at a rate of the
  // window ("1조1494억" for "1조1944억").
  std::optional<Decimal> Transposed(const Amount& to, const Interval& amount_interval, const RateWindow& w) {
    const Decimal unit = ReadingUnit(to);
    const Decimal units = *to.value.DividedBy(unit);
    if (!units.is_integer() || units < Decimal(10)) return std::nullopt;
    const std::string digits = units.ToString();
    for (std::size_t i = 0; i + 1 < digits.size(); ++i) {
      if (digits[i] == digits[i + 1] || (i == 0 && digits[i + 1] == '0')) continue;
      std::string swapped = digits;
      std::swap(swapped[i], swapped[i + 1]);
      Amount candidate = to;
      candidate.value = *Decimal::Parse(swapped) * unit;
      candidate.unit = unit;
      const Interval implied = DivideIntervals(candidate.Covers(), amount_interval);
      for (const RateObservation& r : w.rates) {
        if (implied.Meets(Band(r.value, tolerance_))) return candidate.value;
      }
    }
    return std::nullopt;
  }

  // Returns the window's spread when the conversion was judged against dated rates (for
  // mixed-rates), nullopt otherwise.
  std::optional<Decimal> CheckConversion(const Fact& fact, FactResult* result) {
    const StatedAmount& from = *fact.amount;
    const StatedAmount& to = *fact.converted;
    const Currency& base = *from.amount.currency;
    const Currency& quote = *to.amount.currency;
    const std::optional<Date> dated = RateDateOf(file_, fact);
    const bool explicit_date = fact.rate_date || file_.check.rate_date;
    const std::string pair = PairName(base, quote);

    // 약 2억 달러 is about 2억: the amount's own rounding counts too.
    const bool widen_amount = options_.amount_rounding || from.amount.approximate;
    const Interval amount_interval = widen_amount ? from.amount.Covers() : Point(from.amount.value);
    const Interval converted_interval = ConvertedCovers(to.amount);
    const bool loose = to.amount.approximate || ReadDigits(to.amount) < limits_.precise_digits;

    ConversionDetail detail;
    detail.base = &base;
    detail.quote = &quote;
    detail.rate_date = dated.value_or(Date());
    detail.published = file_.article.published;
    detail.tolerance = tolerance_;

    DetailLines details;
    auto finish = [&](Finding f, const std::optional<RateObservation>& rate) {
      f.stated = to.text;
      f.recomputed = result->recomputed;
      f.rate = rate;
      f.pair = pair;
      f.details = details.Make();
      result->findings.push_back(std::move(f));
    };

    if (from.amount.value.is_zero()) {
      // Zero converts to zero at any rate.
      detail.implied_rate = Interval{};
      result->recomputed = WriteLike(Decimal(0), to.amount, to.text);
      result->conversion = std::move(detail);
      if (!converted_interval.Contains(Decimal(0))) {
        finish(MakeFinding(kConversionMismatch, fact, to.location,
                           MakePhrase("conversion-mismatch.zero").Arg("stated", to.text).Arg("amount", from.text)),
               std::nullopt);
      }
      return std::nullopt;
    }
    const Interval implied = DivideIntervals(converted_interval, amount_interval);
    // At the figure's printed precision (1조 5000억 to 1억, not to its reading unit): a cause is
    // named only when it reproduces the figure as printed, not merely its rounding.
    auto printed_implied = [&] { return DivideIntervals(to.amount.Covers(), amount_interval); };
    const Decimal point = *to.amount.value.DividedBy(from.amount.value);
    detail.implied_rate = implied;
    if (options_.collect_series && dated) {
      detail.nearby = rates_.Series(base, quote, dated->AddDays(-options_.series_days),
                                    dated->AddDays(options_.series_days));
    }
    details.AddLazy([&] {
      return MakePhrase("detail.read-to")
          .Arg("stated", to.text)
          .Arg("unit", ReadingUnit(to.amount).ToGroupedString())
          .Arg("interval", ShowInterval(converted_interval, 0))
          .Arg("loose", loose ? MakePhrase("detail.loose") : Phrase{})
          .Arg("implied", ShowInterval(implied))
          .Arg("quote", std::string(quote.code))
          .Arg("base", std::string(base.code));
    });
    if (widen_amount) {
      details.AddLazy([&] {
        return MakePhrase("detail.taken-as").Arg("amount", from.text).Arg("interval", ShowInterval(amount_interval, 0));
      });
    }

    if (&base == &quote) {
      SameCurrency(fact, from, to, implied, dated, explicit_date, result, &details);
      result->conversion = std::move(detail);
      return std::nullopt;
    }

    if (dated && !fact.rate) {
      for (const RateSource* other : options_.compare) {
        if (auto obs = other->Find(base, quote, *dated)) {
          details.Add(MakePhrase("detail.compare")
                                .Arg("source", other->name())
                                .Arg("pair", pair)
                                .Arg("rate", obs->value.ToShortString())
                                .Arg("date", obs->observed_on.ToString())
                                .Arg("verdict", MakePhrase(implied.Meets(Band(obs->value, tolerance_))
                                                               ? "detail.compare.holds"
                                                               : "detail.compare.fails")));
        } else {
          details.Add(MakePhrase("detail.compare.none")
                                .Arg("source", other->name())
                                .Arg("pair", pair)
                                .Arg("date", dated->ToString()));
        }
      }
    }

    if (!dated && !fact.rate) {
      Undated(fact, from, to, implied, point, result, &details);
      result->conversion = std::move(detail);
      return std::nullopt;
    }

    RateWindow window;
    if (fact.rate) {
      window.rates.push_back(RateObservation{fact.rate->value, std::string(kStatedInArticle), dated.value_or(Date()), pair});
    } else {
      window = WindowFor(base, quote, *dated, explicit_date);
    }
    if (window.rates.empty()) {
      Finding f = MakeFinding(kMissingRate, fact, to.location,
                              MakePhrase("missing-rate")
                                  .Arg("pair", pair)
                                  .Arg("date", dated->ToString())
                                  .Arg("days", std::to_string(kMaxStaleDays))
                                  .Arg("source", rates_.name()));
      finish(std::move(f), std::nullopt);
      result->conversion = std::move(detail);
      return std::nullopt;
    }
    if (window.rates.size() > 1) {
      details.AddLazy([&] {
        return MakePhrase("detail.window")
            .Arg("to", window.to.ToString())
            .Arg("days", std::to_string(window_days_))
            .Arg("window", WindowPhrase(window));
      });
    }
    details.AddLazy([this] { return MakePhrase("detail.tolerance").Arg("percent", (tolerance_ * kHundred).ToString()); });

    // The latest rate of the window that makes the figure hold.
    const RateObservation* matched = nullptr;
    for (auto it = window.rates.rbegin(); it != window.rates.rend(); ++it) {
      if (implied.Meets(Band(it->value, tolerance_))) {
        matched = &*it;
        break;
      }
    }
    const RateObservation& reference = matched ? *matched : window.Nearest(implied);
    const Decimal& rate = reference.value;
    detail.reference = reference;
    const Decimal exact = from.amount.value * rate;
    result->recomputed = WriteLike(exact, to.amount, to.text);
    const std::string_view fit = matched ? (matched == &window.latest() ? "" : "detail.fit.day") : "detail.fit.nearest";
    details.AddLazy([&pair, &reference, fit] { return RateDetail(pair, reference, fit); });
    details.AddLazy([&from, &rate, &quote] { return ProductDetail(from.amount.value, rate, quote); });

    if (matched) {
      const Interval band = Band(rate, tolerance_);
      if (!loose && !band.Contains(point)) {
        finish(MakeFinding(kRoundingOnly, fact, to.location,
                           MakePhrase("holds-by-rounding.conversion")
                               .Arg("stated", to.text)
                               .Arg("point", Show(point, 2))
                               .Arg("quote", std::string(quote.code))
                               .Arg("base", std::string(base.code))
                               .Arg("band", ShowInterval(band, 2))
                               .Arg("implied", ShowInterval(implied, 2))
                               .Arg("rate", rate.ToShortString())
                               .Arg("date", reference.observed_on.ToString())),
               reference);
      }
      if (StatedDigits(to.amount) >= StatedDigits(from.amount) + 3 && !to.amount.approximate &&
          ReadDigits(to.amount) >= StatedDigits(from.amount) + 3) {
        finish(MakeFinding(kFalsePrecision, fact, to.location,
                           MakePhrase("false-precision")
                               .Arg("stated", to.text)
                               .Arg("digits", std::to_string(ReadDigits(to.amount)))
                               .Arg("amount", from.text)
                               .Arg("amount_digits", std::to_string(StatedDigits(from.amount)))),
               reference);
      }
      result->conversion = std::move(detail);
      return window.rates.size() > 1 ? window.Spread() : Decimal(0);
    }

    const Decimal miss = MissOf(implied, rate);
    const Decimal off = (*point.DividedBy(rate) - Decimal(1)) * kHundred;
    const Phrase where = window.rates.size() > 1
                             ? MakePhrase("where.window").Arg("window", WindowPhrase(window))
                             : MakePhrase("where.rate").Arg("rate", Show(rate, 6)).Arg("date", reference.observed_on.ToString());

    if (auto k = UnitSlip(implied, point, window)) {
      const RateObservation& near = window.Nearest(Scale(implied, Decimal::Pow10(-*k)));
      // Written at the digits the figure states (its reading unit): the slip moves that unit too.
      // A figure written in Korean groups keeps its smallest unit (1조1930억원 for 11조9300억원,
      // never 1조1929.8억원); English figures take decimals ($25.91 billion for $26.04 million).
      Amount style = to.amount;
      style.unit = ReadingUnit(to.amount) * Decimal::Pow10(-*k);
      if (HasHangul(to.text) && style.unit < to.amount.unit) style.unit = to.amount.unit;
      // The rate and product shown are the ones of the correction, not of the slipped figure.
      detail.reference = near;
      details.ReplaceLazy(2, [&pair, &near] { return RateDetail(pair, near, "detail.fit.slip"); });
      details.ReplaceLazy(1, [&from, &near, &quote] { return ProductDetail(from.amount.value, near.value, quote); });
      result->recomputed = WriteLike(from.amount.value * near.value, style, to.text);
      finish(MakeFinding(kUnitSlip, fact, to.location,
                         MakePhrase("unit-slip")
                             .Arg("stated", to.text)
                             .Arg("size", SizePhrase(*k))
                             .Arg("amount", from.text)
                             .Arg("pair", pair)
                             .Arg("rate", Show(near.value, 6))
                             .Arg("slip", SlipName(*k))
                             .Arg("right", result->recomputed)),
             near);
      result->conversion = std::move(detail);
      return std::nullopt;
    }

    const Phrase earlier = fact.rate ? Phrase{} : MatchesEarlier(base, quote, *dated, implied, &details);
    // Far: the figure misses every rate of the window beyond the tolerance even at the edge of
    // its rounding, and as printed it is the error limit or more away from the nearest of them.
    auto point_miss_at = [&](const Decimal& r) { return *(point - r).Abs().DividedBy(r); };
    Decimal point_miss = point_miss_at(window.rates.front().value);
    for (const RateObservation& r : window.rates) point_miss = std::min(point_miss, point_miss_at(r.value));
    details.Add(MakePhrase("detail.off-by")
                    .Arg("printed", ShowPercent(point_miss * kHundred))
                    .Arg("edge", ShowPercent(miss * kHundred))
                    .Arg("rate", rate.ToShortString())
                    .Arg("date", reference.observed_on.ToString()));
    // Two digits swapped: only for a figure farther off than rounding explains (a swap in the
    // last digits is indistinguishable from rounding).
    if (auto fixed = point_miss >= limits_.rounding_limit ? Transposed(to.amount, amount_interval, window)
                                                          : std::nullopt) {
      Amount style = to.amount;
      style.unit = ReadingUnit(to.amount);
      const std::string right = WriteLike(*fixed, style, to.text);
      finish(MakeFinding(kTransposedDigits, fact, to.location,
                         MakePhrase("transposed-digits")
                             .Arg("stated", to.text)
                             .Arg("where", where)
                             .Arg("miss", ShowPercent(miss * kHundred))
                             .Arg("right", right)),
             reference);
      result->conversion = std::move(detail);
      return std::nullopt;
    }

    if (miss >= limits_.error_limit || point_miss >= limits_.error_limit) {
      finish(MakeFinding(kConversionMismatch, fact, to.location,
                         MakePhrase("conversion-mismatch")
                             .Arg("stated", to.text)
                             .Arg("amount", from.text)
                             .Arg("where", where)
                             .Arg("miss", ShowPercent(miss * kHundred))
                             .Arg("point", Show(point, 4))
                             .Arg("quote", std::string(quote.code))
                             .Arg("base", std::string(base.code))
                             .Arg("rate", Show(rate, 6))
                             .Arg("right", result->recomputed)
                             .Arg("earlier", earlier)
                             .Arg("cause", dated ? LikelyCause(base, quote, *dated, printed_implied(), rate) : Phrase{})),
             reference);
    } else if (loose && miss <= limits_.rounding_limit) {
      finish(MakeFinding(kRoundedConversion, fact, to.location,
                         MakePhrase(window.rates.size() > 1 ? "rounded-conversion.window" : "rounded-conversion.day")
                             .Arg("stated", to.text)
                             .Arg("point", Show(point, 2))
                             .Arg("quote", std::string(quote.code))
                             .Arg("base", std::string(base.code))
                             .Arg("range", window.rates.size() > 1 ? fmt::format("{}\u2013{}", Show(window.Lowest(), 2),
                                                                                 Show(window.Highest(), 2))
                                                                   : Show(rate, 4))
                             .Arg("miss", ShowPercent(miss * kHundred))),
             reference);
    } else {
      finish(MakeFinding(kRateDeviation, fact, to.location,
                         MakePhrase("rate-deviation")
                             .Arg("stated", to.text)
                             .Arg("point", Show(point, 2))
                             .Arg("quote", std::string(quote.code))
                             .Arg("base", std::string(base.code))
                             .Arg("off", ShowPercent(off))
                             .Arg("rate", Show(rate, 6))
                             .Arg("date", reference.observed_on.ToString())
                             .Arg("where", where)
                             .Arg("miss", ShowPercent(miss * kHundred))
                             .Arg("earlier", earlier)),
             reference);
    }
    result->conversion = std::move(detail);
    return std::nullopt;
  }

  // A conversion without any date: is there any rate in the table's history that gives it?
  void Undated(const Fact& fact, const StatedAmount& from, const StatedAmount& to, const Interval& implied,
               const Decimal& point, FactResult* result, DetailLines* details) {
    const Currency& base = *from.amount.currency;
    const Currency& quote = *to.amount.currency;
    const std::string pair = PairName(base, quote);
    const RateWindow& history = HistoryOf(base, quote);
    auto finish = [&](Finding f) {
      f.stated = to.text;
      f.recomputed = result->recomputed;
      f.pair = pair;
      f.details = details->Make();
      result->findings.push_back(std::move(f));
    };
    if (history.rates.empty()) {
      finish(MakeFinding(kMissingRate, fact, to.location,
                         MakePhrase("missing-rate.undated").Arg("pair", pair).Arg("source", rates_.name())));
      return;
    }
    const Phrase span_phrase = MakePhrase("span")
                                   .Arg("low", Show(history.Lowest(), 4))
                                   .Arg("high", Show(history.Highest(), 4))
                                   .Arg("from", history.from.ToString())
                                   .Arg("to", history.to.ToString());
    details->Add(MakePhrase("detail.no-date").Arg("pair", pair).Arg("span", span_phrase));
    if (implied.Meets(WindowBand(history, tolerance_))) {
      finish(MakeFinding(kUndated, fact, to.location,
                         MakePhrase("undated")
                             .Arg("stated", to.text)
                             .Arg("point", Show(point, 4))
                             .Arg("quote", std::string(quote.code))
                             .Arg("base", std::string(base.code))
                             .Arg("pair", pair)
                             .Arg("span", span_phrase)));
      return;
    }
    if (auto k = UnitSlip(implied, point, history)) {
      finish(MakeFinding(kUnitSlip, fact, to.location,
                         MakePhrase("unit-slip.undated")
                             .Arg("stated", to.text)
                             .Arg("size", SizePhrase(*k))
                             .Arg("amount", from.text)
                             .Arg("pair", pair)
                             .Arg("span", span_phrase)
                             .Arg("slip", SlipName(*k))));
      return;
    }
    finish(MakeFinding(kConversionMismatch, fact, to.location,
                       MakePhrase("conversion-mismatch.undated")
                           .Arg("stated", to.text)
                           .Arg("amount", from.text)
                           .Arg("pair", pair)
                           .Arg("span", span_phrase)
                           .Arg("point", Show(point, 4))
                           .Arg("quote", std::string(quote.code))
                           .Arg("base", std::string(base.code))));
  }

  // A converted figure in the amount's own currency (5200만 달러(약 680억 달러)): name the
  // currency the arithmetic says was meant.
  void SameCurrency(const Fact& fact, const StatedAmount& from, const StatedAmount& to, const Interval& implied,
                    const std::optional<Date>& dated, bool explicit_date, FactResult* result,
                    DetailLines* details) {
    const Currency& base = *from.amount.currency;
    const Currency* likely = nullptr;
    Decimal best_miss(1);
    std::optional<RateObservation> best_rate;
    for (std::string_view code : {"KRW", "USD", "EUR", "JPY", "CNY", "GBP"}) {
      const Currency* other = FindCurrencyByCode(code);
      if (other == nullptr || other == &base) continue;
      const RateWindow w = dated ? WindowFor(base, *other, *dated, explicit_date) : HistoryOf(base, *other);
      if (w.rates.empty()) continue;
      const RateObservation& near = w.Nearest(implied);
      const Decimal miss = MissOf(implied, near.value);
      if (miss <= limits_.rounding_limit && (likely == nullptr || miss < best_miss)) {
        likely = other;
        best_miss = miss;
        best_rate = near;
      }
    }
    Phrase cause;
    if (likely) {
      details->Add(MakePhrase("detail.read-as")
                             .Arg("likely", std::string(likely->code))
                             .Arg("base", std::string(base.code))
                             .Arg("rate", best_rate->value.ToShortString())
                             .Arg("date", best_rate->observed_on.ToString())
                             .Arg("miss", ShowPercent(best_miss * kHundred)));
      cause = MakePhrase("same-currency.likely")
                  .Arg("korean", std::string(likely->korean))
                  .Arg("likely", std::string(likely->code))
                  .Arg("base", std::string(base.code))
                  .Arg("rate", best_rate->value.ToShortString())
                  .Arg("date", best_rate->observed_on.ToString())
                  .Arg("miss", ShowPercent(best_miss * kHundred));
    }
    Finding f = MakeFinding(kSameCurrency, fact, to.location,
                            MakePhrase("same-currency")
                                .Arg("stated", to.text)
                                .Arg("amount", from.text)
                                .Arg("code", std::string(base.code))
                                .Arg("cause", cause));
    f.stated = to.text;
    f.recomputed = result->recomputed;
    f.rate = best_rate;
    f.pair = PairName(base, *to.amount.currency);
    f.details = details->Make();
    result->findings.push_back(std::move(f));
  }

  static Phrase SlipName(int k) {
    switch (k) {
      case 4: case -4: return MakePhrase("slip.4");
      case 8: case -8: return MakePhrase("slip.8");
      case 3: case -3: return MakePhrase("slip.3");
      case 6: case -6: return MakePhrase("slip.6");
      default: return MakePhrase("slip.other").Arg("k", std::to_string(k < 0 ? -k : k));
    }
  }

  // A likely explanation for a mismatch, as statcheck names a one-tailed test.
  Phrase LikelyCause(const Currency& base, const Currency& quote, const Date& date,
                     const Interval& implied, const Decimal& rate) {
    // A cause is named only when it reproduces the printed figure within the tolerance; a bound
    // ("4억원 이하") reproduces too much to name one.
    if (!implied.low || !implied.high || implied.low->sign() <= 0) return Phrase{};
    const Decimal& limit = tolerance_;
    // The rate used upside down.
    if (implied.Meets(Band(*Decimal(1).DividedBy(rate), limit))) {
      return MakePhrase("cause.inverted").Arg("base", std::string(base.code)).Arg("quote", std::string(quote.code));
    }
    // Another currency taken for this one (위안 for 달러, 엔 for 원...).
    for (std::string_view code : {"USD", "EUR", "JPY", "CNY", "GBP", "KRW"}) {
      const Currency* other = FindCurrencyByCode(code);
      if (other == &base || other == &quote) continue;
      if (auto obs = rates_.Find(*other, quote, date); obs && implied.Meets(Band(obs->value, limit))) {
        return MakePhrase("cause.amount-currency")
            .Arg("other", std::string(other->code))
            .Arg("quote", std::string(quote.code))
            .Arg("rate", obs->value.ToShortString());
      }
      if (auto obs = rates_.Find(base, *other, date); obs && implied.Meets(Band(obs->value, limit))) {
        return MakePhrase("cause.figure-currency")
            .Arg("other", std::string(other->code))
            .Arg("quote", std::string(quote.code))
            .Arg("base", std::string(base.code))
            .Arg("rate", obs->value.ToShortString());
      }
    }
    return Phrase{};
  }

  void CheckGrowth(const Fact& fact, FactResult* result) {
    StatedChange g = *fact.change;
    // An unsigned "51%" next to 감소/fell in the sentence is a decrease.
    if (g.change.sign == ChangeSign::kUnspecified && g.change.kind != ChangeKind::kRatio &&
        g.change.value.sign() > 0 && fact.quote && DecreaseNextTo(*fact.quote, g.text)) {
      g.change.sign = ChangeSign::kDecrease;
      g.change.value = -g.change.value;
    }
    const StatedAmount& current = *fact.current;
    const Interval stated = g.change.Covers();
    auto value_phrase = [&](const Decimal& v) {
      switch (g.change.kind) {
        case ChangeKind::kPercent: return MakePhrase("value.percent").Arg("value", Show(v, 2));
        case ChangeKind::kPoints: return MakePhrase("value.points").Arg("value", Show(v, 2));
        case ChangeKind::kRatio: return MakePhrase("value.ratio").Arg("value", Show(v, 3));
      }
      return Verbatim(Show(v));
    };
    if (!fact.previous) {
      ImpliedPrevious(fact, result);
      return;
    }
    const StatedAmount& previous = *fact.previous;
    const Decimal& p = previous.amount.value;
    const Decimal& c = current.amount.value;
    if (p.is_zero() && g.change.kind != ChangeKind::kPoints) {
      Finding f = MakeFinding(kGrowthMismatch, fact, g.location,
                              MakePhrase("growth-mismatch.zero")
                                  .Arg("stated", g.text)
                                  .Arg("previous", previous.text)
                                  .Arg("what", MakePhrase(g.change.kind == ChangeKind::kRatio ? "growth.ratio"
                                                                                              : "growth.percentage")));
      f.stated = g.text;
      result->findings.push_back(std::move(f));
      return;
    }
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
    // "51.11%", "0.9 percentage points", "1.5x": the English of value_phrase (the recomputed fields).
    auto describe_value = [&](const Decimal& v) { return Render(value_phrase(v), Language::kEnglish); };
    std::vector<Phrase> details;
    details.push_back(MakePhrase("detail.covers").Arg("stated", g.text).Arg("interval", ShowInterval(stated, 4)));
    details.push_back(MakePhrase("detail.change")
                          .Arg("previous", previous.text)
                          .Arg("current", current.text)
                          .Arg("value", value_phrase(exact)));
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
      // A wrong direction is a stated rise that fell, or a stated fall that rose.
      finish(MakeFinding(kGrowthMismatch, fact, g.location,
                         MakePhrase(g.change.sign == ChangeSign::kIncrease ? "growth-mismatch.said-rose"
                                                                          : "growth-mismatch.said-fell")
                             .Arg("stated", g.text)
                             .Arg("previous", previous.text)
                             .Arg("current", current.text)
                             .Arg("value", value_phrase(exact))));
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
        details.push_back(MakePhrase("detail.change-range").Arg("range", ShowInterval(range, 4)));
        finish(MakeFinding(kRoundingOnly, fact, g.location,
                           MakePhrase("holds-by-rounding.growth").Arg("stated", g.text).Arg("value", value_phrase(exact))));
        return;
      }
    }
    finish(MakeFinding(kGrowthMismatch, fact, g.location,
                       MakePhrase("growth-mismatch")
                           .Arg("stated", g.text)
                           .Arg("previous", previous.text)
                           .Arg("current", current.text)
                           .Arg("value", value_phrase(exact))));
  }

  // Whether a word for a decrease (감소, 줄, 하락, fell, down, ...) stands right before or after
  // `change` in `quote`.
  static bool DecreaseNextTo(std::string_view quote, std::string_view change) {
    const std::size_t at = quote.find(change);
    if (change.empty() || at == std::string_view::npos) return false;
    // A few words either way: "51%나 감소한", "fell by 51%", "a 51% drop".
    const std::size_t before_from = at >= 24 ? at - 24 : 0;
    const std::string_view before = quote.substr(before_from, at - before_from);
    const std::string_view after = quote.substr(at + change.size(), 24);
    for (std::string_view word : {"감소", "줄", "하락", "떨어", "급감", "축소", "후퇴", "뒷걸음"}) {
      if (after.find(word) != std::string_view::npos) return true;
    }
    std::string lower_before(before), lower_after(after);
    for (std::string* t : {&lower_before, &lower_after}) {
      for (char& ch : *t) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    for (std::string_view word : {"fell", "fall", "down", "declin", "decreas", "drop", "lower", "shrank", "slump",
                                  "plung", "sank", "cut"}) {
      if (lower_before.find(word) != std::string::npos) return true;
    }
    for (std::string_view word : {"drop", "declin", "decreas", "fall", "lower", "down", "less", "plunge", "slump"}) {
      if (lower_after.find(word) != std::string::npos) return true;
    }
    return false;
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
                            MakePhrase("implied-previous")
                                .Arg("stated", g.text)
                                .Arg("current", current.text)
                                .Arg("low", low_text)
                                .Arg("high", high_text));
    f.stated = g.text;
    f.recomputed = fmt::format("{} .. {}", low_text, high_text);
    f.details.push_back(MakePhrase("detail.covers-both")
                            .Arg("stated", g.text)
                            .Arg("interval", ShowInterval(gi, 4))
                            .Arg("current", current.text)
                            .Arg("current_interval", ShowInterval(ci, 0)));
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
      // How far apart: the gap between the two intervals, as a fraction of the lower one's end.
      const Decimal gap = *(*highest_low->interval.low - *lowest_high->interval.high).DividedBy(*lowest_high->interval.high);
      Decimal allowed = tolerance_;
      for (const ImpliedRate* r : group) allowed = std::max(allowed, r->spread);
      const Decimal apart = *(highest_low->point - lowest_high->point).Abs().DividedBy(lowest_high->point) * kHundred;
      Finding f;
      f.code = std::string(kMixedRates);
      f.severity = gap > allowed ? Severity::kWarning : Severity::kNote;
      const StatedAmount& at = *lowest_high->fact->converted;
      f.location = at.location;
      f.pair = PairName(*group.front()->base, *group.front()->quote);
      f.message = MakePhrase(gap > allowed ? "mixed-rates.apart" : "mixed-rates.close")
                      .Arg("pair", f.pair)
                      .Arg("here", Show(lowest_high->point, 2))
                      .Arg("here_id", lowest_high->fact->id)
                      .Arg("there", Show(highest_low->point, 2))
                      .Arg("there_id", highest_low->fact->id)
                      .Arg("apart", ShowPercent(apart))
                      .Arg("allowed", ShowPercent(allowed * kHundred));
      f.stated = fmt::format("{}; {}", at.text, highest_low->fact->converted->text);
      for (const ImpliedRate* r : group) {
        f.details.push_back(MakePhrase("detail.implies")
                                .Arg("id", r->fact->id)
                                .Arg("place", r->fact->converted->location.ToString())
                                .Arg("interval", ShowInterval(r->interval)));
      }
      result->findings.push_back(std::move(f));
    }
  }

  const FactFile& file_;
  // The run's rates, each question asked once per file (a file's facts share a day and pairs).
  MemoizedRates memo_;
  const RateSource& rates_ = memo_;
  const CheckOptions& options_;
  const Thresholds& limits_;
  Decimal tolerance_;
  int window_days_;
  std::vector<ImpliedRate> implied_rates_;
  std::map<std::string, RateWindow> history_;
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
