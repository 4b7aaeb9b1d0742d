#include "core/rates/rate_table.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/base/utf8.h"

namespace figcheck {

struct RateTable::Leg {
  const StoredSeries* series = nullptr;
  bool inverted = false;  // the series stores the opposite direction

  std::string Label() const { return fmt::format("{}/{}", series->base->code, series->quote->code); }
};

namespace {

bool SameCurrency(const Currency& a, const Currency& b) { return a.code == b.code; }

std::string JoinSources(const std::string& a, const std::string& b) {
  return a == b ? a : a + " + " + b;
}

}  // namespace

std::size_t RateTable::size() const {
  std::size_t total = 0;
  for (const auto& s : series_) total += s.rates.size();
  return total;
}

std::optional<RateTable::Leg> RateTable::FindLeg(const Currency& base, const Currency& quote) const {
  for (const auto& s : series_) {
    if (SameCurrency(*s.base, base) && SameCurrency(*s.quote, quote)) return Leg{&s, false};
  }
  for (const auto& s : series_) {
    if (SameCurrency(*s.base, quote) && SameCurrency(*s.quote, base)) return Leg{&s, true};
  }
  return std::nullopt;
}

const RateTable::StoredRate* RateTable::Lookup(const StoredSeries& series, const Date& date) const {
  // The last observation on or before `date`; never one after it.
  const auto it = std::upper_bound(series.rates.begin(), series.rates.end(), date,
                                   [](const Date& d, const StoredRate& r) { return d < r.date; });
  if (it == series.rates.begin()) return nullptr;
  const StoredRate& found = *std::prev(it);
  if (date.DaysSince(found.date) > kMaxStaleDays) return nullptr;
  return &found;
}

Decimal RateTable::Value(const StoredRate& rate) const {
  // The reader validated this text, so Parse cannot fail here.
  return Decimal::Parse(text_.substr(rate.offset, rate.length)).value_or(Decimal());
}

namespace {

Decimal Inverse(const Decimal& value) { return Decimal(1).DividedBy(value).value_or(Decimal()); }

}  // namespace

std::optional<RateObservation> RateTable::Find(const Currency& base, const Currency& quote,
                                               const Date& date) const {
  if (SameCurrency(base, quote)) {
    return RateObservation{Decimal(1), "identity", date, fmt::format("{}/{} = 1", base.code, quote.code)};
  }
  if (const auto leg = FindLeg(base, quote)) {
    if (const StoredRate* r = Lookup(*leg->series, date)) {
      const Decimal v = Value(*r);
      if (!leg->inverted) return RateObservation{v, sources_[r->source], r->date, leg->Label()};
      return RateObservation{Inverse(v), sources_[r->source], r->date, "1 / " + leg->Label()};
    }
  }
  // Crosses: the pivots first, then every other stored currency, each tried once.
  std::vector<const Currency*> pivots;
  for (std::string_view code : kPivotCurrencies) {
    if (const Currency* c = FindCurrencyByCode(code)) pivots.push_back(c);
  }
  for (const auto& s : series_) {
    for (const Currency* c : {s.base, s.quote}) {
      if (std::none_of(pivots.begin(), pivots.end(), [&](const Currency* p) { return SameCurrency(*p, *c); })) {
        pivots.push_back(c);
      }
    }
  }
  for (const Currency* pivot : pivots) {
    if (SameCurrency(*pivot, base) || SameCurrency(*pivot, quote)) continue;
    const auto first = FindLeg(base, *pivot);
    const auto second = FindLeg(*pivot, quote);
    if (!first || !second) continue;
    const StoredRate* r1 = Lookup(*first->series, date);
    const StoredRate* r2 = Lookup(*second->series, date);
    if (r1 == nullptr || r2 == nullptr) continue;
    const Decimal v1 = Value(*r1);
    const Decimal v2 = Value(*r2);
    const std::string via = fmt::format(" via {}", pivot->code);
    Decimal value;
    std::string path;
    if (!first->inverted && !second->inverted) {
      value = v1 * v2;
      path = first->Label() + " × " + second->Label() + via;
    } else if (first->inverted && !second->inverted) {
      value = v2.DividedBy(v1).value_or(Decimal());
      path = second->Label() + " ÷ " + first->Label() + via;
    } else if (!first->inverted && second->inverted) {
      value = v1.DividedBy(v2).value_or(Decimal());
      path = first->Label() + " ÷ " + second->Label() + via;
    } else {
      value = Inverse(v1 * v2);
      path = "1 / (" + first->Label() + " × " + second->Label() + ")" + via;
    }
    // Sources in the order the path names the legs.
    const bool swapped = first->inverted && !second->inverted;
    RateObservation out{std::move(value),
                        swapped ? JoinSources(sources_[r2->source], sources_[r1->source])
                                : JoinSources(sources_[r1->source], sources_[r2->source]),
                        std::min(r1->date, r2->date), std::move(path)};
    return out;
  }
  return std::nullopt;
}

std::vector<RateObservation> RateTable::Series(const Currency& base, const Currency& quote,
                                               const Date& from, const Date& to) const {
  std::vector<RateObservation> out;
  if (to < from) return out;
  const auto in_range = [&](const StoredSeries& s) {
    const auto lo = std::lower_bound(s.rates.begin(), s.rates.end(), from,
                                     [](const StoredRate& r, const Date& d) { return r.date < d; });
    const auto hi = std::upper_bound(s.rates.begin(), s.rates.end(), to,
                                     [](const Date& d, const StoredRate& r) { return d < r.date; });
    return std::pair(lo, hi);
  };
  if (SameCurrency(base, quote)) return out;
  if (const auto leg = FindLeg(base, quote)) {
    auto [lo, hi] = in_range(*leg->series);
    if (lo != hi) {
      for (auto it = lo; it != hi; ++it) {
        if (auto obs = Find(base, quote, it->date)) out.push_back(std::move(*obs));
      }
      return out;
    }
  }
  // A cross: the days of the first leg's series in range on which Find uses that very day for
  // both legs (the table stores both legs' observations of the day).
  for (std::string_view code : kPivotCurrencies) {
    const Currency* pivot = FindCurrencyByCode(code);
    if (pivot == nullptr || SameCurrency(*pivot, base) || SameCurrency(*pivot, quote)) continue;
    const auto first = FindLeg(base, *pivot);
    if (!first || !FindLeg(*pivot, quote)) continue;
    auto [lo, hi] = in_range(*first->series);
    for (auto it = lo; it != hi; ++it) {
      auto obs = Find(base, quote, it->date);
      if (obs && obs->observed_on == it->date) out.push_back(std::move(*obs));
    }
    if (!out.empty()) return out;
  }
  // Any other pivot: every day in range that the table has data for, keeping the days observed
  // on that very day.
  std::optional<Date> first_day;
  std::optional<Date> last_day;
  for (const auto& s : series_) {
    if (s.rates.empty()) continue;
    if (!first_day || s.rates.front().date < *first_day) first_day = s.rates.front().date;
    if (!last_day || *last_day < s.rates.back().date) last_day = s.rates.back().date;
  }
  if (!first_day) return out;
  const Date start = std::max(from, *first_day);
  const Date end = std::min(to, *last_day);
  for (Date d = start; d <= end; d = d.AddDays(1)) {
    auto obs = Find(base, quote, d);
    if (obs && obs->observed_on == d) out.push_back(std::move(*obs));
  }
  return out;
}

std::uint16_t RateTableBuilder::Source(std::string_view source) {
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    if (sources_[i] == source) return static_cast<std::uint16_t>(i);
  }
  sources_.emplace_back(source);
  return static_cast<std::uint16_t>(sources_.size() - 1);
}

std::size_t RateTableBuilder::Series(const Currency& base, const Currency& quote) {
  for (std::size_t i = 0; i < series_.size(); ++i) {
    if (SameCurrency(*series_[i].base, base) && SameCurrency(*series_[i].quote, quote)) return i;
  }
  series_.push_back(PendingSeries{&base, &quote, {}});
  return series_.size() - 1;
}

void RateTableBuilder::Add(std::size_t series, const Date& date, std::size_t offset, std::size_t length,
                           std::uint16_t source, int line, int column) {
  series_[series].rates.push_back(Pending{
      RateTable::StoredRate{date, static_cast<std::uint32_t>(offset), static_cast<std::uint16_t>(length), source},
      line, column});
}

std::shared_ptr<const RateTable> RateTableBuilder::Finish(std::string name,
                                                          std::shared_ptr<const std::string> owned,
                                                          std::string_view text,
                                                          Diagnostics* diagnostics) {
  auto table = std::shared_ptr<RateTable>(new RateTable());
  table->name_ = std::move(name);
  table->owned_text_ = std::move(owned);
  table->text_ = text;
  table->sources_ = std::move(sources_);
  for (auto& pending : series_) {
    auto& rates = pending.rates;
    // Publishers list days oldest first (FRED) or newest first (ECB); sorting either is cheap.
    if (!std::is_sorted(rates.begin(), rates.end(),
                        [](const Pending& a, const Pending& b) { return a.rate.date < b.rate.date; })) {
      std::stable_sort(rates.begin(), rates.end(),
                       [](const Pending& a, const Pending& b) { return a.rate.date < b.rate.date; });
    }
    RateTable::StoredSeries series{pending.base, pending.quote, {}};
    series.rates.reserve(rates.size());
    for (const Pending& p : rates) {
      if (!series.rates.empty() && series.rates.back().date == p.rate.date) {
        const auto& kept = series.rates.back();
        const std::string_view a = text.substr(kept.offset, kept.length);
        const std::string_view b = text.substr(p.rate.offset, p.rate.length);
        if (a != b && Decimal::Parse(a) != Decimal::Parse(b)) {
          // Find the line of the kept observation for the message.
          int kept_line = 0;
          for (const Pending& q : rates) {
            if (q.rate.date == kept.date && q.rate.offset == kept.offset) kept_line = q.line;
          }
          const std::size_t line_start = text.rfind('\n', p.rate.offset) + 1;  // npos + 1 == 0
          const int column =
              p.column > 0 ? p.column : CodePointColumn(text.substr(line_start), p.rate.offset - line_start) + 1;
          diagnostics->push_back(Diagnostic{
              SourceLocation{file_, p.line, column}, Severity::kError,
              fmt::format("duplicate date {} for {}/{}: rate '{}' here, '{}' on line {}", p.rate.date.ToString(),
                          pending.base->code, pending.quote->code, b, a, kept_line)});
        }
        continue;
      }
      series.rates.push_back(p.rate);
    }
    table->series_.push_back(std::move(series));
  }
  series_.clear();
  return table;
}

}  // namespace figcheck
