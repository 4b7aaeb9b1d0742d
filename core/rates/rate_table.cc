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

struct RateTable::Cross {
  const Currency* pivot = nullptr;
  Leg first;   // base/pivot
  Leg second;  // pivot/quote

  // The derivation as observations name it, and the day it is observed on.
  std::string Path() const {
    const std::string via = fmt::format(" via {}", pivot->code);
    if (!first.inverted && !second.inverted) return first.Label() + " × " + second.Label() + via;
    if (first.inverted && !second.inverted) return second.Label() + " ÷ " + first.Label() + via;
    if (!first.inverted && second.inverted) return first.Label() + " ÷ " + second.Label() + via;
    return "1 / (" + first.Label() + " × " + second.Label() + ")" + via;
  }
};

// Lookup for days that never decrease from one call to the next: the position only moves
// forward, and the last rate parsed is kept, so a walk over a range reads each rate once.
struct RateTable::Cursor {
  Cursor(const RateTable* t, const Leg& l) : table(t), leg(l) {}

  const RateTable* table;
  Leg leg;
  std::size_t next = 0;  // the first observation after the last day asked for
  bool started = false;
  const StoredRate* parsed = nullptr;
  Decimal value;

  const StoredRate* At(const Date& date) {
    const auto& rates = leg.series->rates;
    if (!started) {
      next = static_cast<std::size_t>(
          std::upper_bound(rates.begin(), rates.end(), date,
                           [](const Date& d, const StoredRate& r) { return d < r.date; }) - rates.begin());
      started = true;
    }
    while (next < rates.size() && rates[next].date <= date) ++next;
    if (next == 0) return nullptr;
    const StoredRate& found = rates[next - 1];
    if (date.DaysSince(found.date) > kMaxStaleDays) return nullptr;
    return &found;
  }

  const Decimal& ValueOf(const StoredRate& rate) {
    if (parsed != &rate) {
      value = table->Value(rate);
      parsed = &rate;
    }
    return value;
  }
};

namespace {

// By code (a Currency may be a copy), compared inline: this runs for every series of a table on
// every lookup, and a call to memcmp for three letters was a tenth of a check's time (issue 16).
bool SameCurrency(const Currency& a, const Currency& b) {
  if (&a == &b) return true;
  const std::string_view x = a.code;
  const std::string_view y = b.code;
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

std::string JoinSources(const std::string& a, const std::string& b) {
  return a == b ? a : a + " + " + b;
}

Decimal Inverse(const Decimal& value) { return Decimal(1).DividedBy(value).value_or(Decimal()); }

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

template <typename Visit>
bool RateTable::ForEachCross(const Currency& base, const Currency& quote, Visit visit) const {
  for (const Currency* pivot : pivots_) {
    if (SameCurrency(*pivot, base) || SameCurrency(*pivot, quote)) continue;
    const auto first = FindLeg(base, *pivot);
    if (!first) continue;
    const auto second = FindLeg(*pivot, quote);
    if (!second) continue;
    if (visit(Cross{pivot, *first, *second})) return true;
  }
  return false;
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

RateObservation RateTable::Observe(const Leg& leg, const StoredRate& rate, const Decimal& value) const {
  if (!leg.inverted) return RateObservation{value, sources_[rate.source], rate.date, leg.Label()};
  return RateObservation{Inverse(value), sources_[rate.source], rate.date, "1 / " + leg.Label()};
}

RateObservation RateTable::Observe(const Cross& cross, const std::string& path, const StoredRate& r1,
                                   const Decimal& v1, const StoredRate& r2, const Decimal& v2) const {
  Decimal value;
  if (!cross.first.inverted && !cross.second.inverted) {
    value = v1 * v2;
  } else if (cross.first.inverted && !cross.second.inverted) {
    value = v2.DividedBy(v1).value_or(Decimal());
  } else if (!cross.first.inverted && cross.second.inverted) {
    value = v1.DividedBy(v2).value_or(Decimal());
  } else {
    value = Inverse(v1 * v2);
  }
  // Sources in the order the path names the legs.
  const bool swapped = cross.first.inverted && !cross.second.inverted;
  return RateObservation{std::move(value),
                         swapped ? JoinSources(sources_[r2.source], sources_[r1.source])
                                 : JoinSources(sources_[r1.source], sources_[r2.source]),
                         std::min(r1.date, r2.date), path};
}

std::optional<RateObservation> RateTable::Find(const Currency& base, const Currency& quote,
                                               const Date& date) const {
  if (SameCurrency(base, quote)) {
    return RateObservation{Decimal(1), "identity", date, fmt::format("{}/{} = 1", base.code, quote.code)};
  }
  if (const auto leg = FindLeg(base, quote)) {
    if (const StoredRate* r = Lookup(*leg->series, date)) return Observe(*leg, *r, Value(*r));
  }
  std::optional<RateObservation> out;
  ForEachCross(base, quote, [&](const Cross& cross) {
    const StoredRate* r1 = Lookup(*cross.first.series, date);
    const StoredRate* r2 = Lookup(*cross.second.series, date);
    if (r1 == nullptr || r2 == nullptr) return false;
    out = Observe(cross, cross.Path(), *r1, Value(*r1), *r2, Value(*r2));
    return true;
  });
  return out;
}

bool RateTable::Answers(const Currency& base, const Currency& quote, const Date& date) const {
  if (SameCurrency(base, quote)) return true;
  if (const auto leg = FindLeg(base, quote)) {
    if (Lookup(*leg->series, date) != nullptr) return true;
  }
  return ForEachCross(base, quote, [&](const Cross& cross) {
    return Lookup(*cross.first.series, date) != nullptr && Lookup(*cross.second.series, date) != nullptr;
  });
}

std::vector<RateObservation> RateTable::Series(const Currency& base, const Currency& quote,
                                               const Date& from, const Date& to) const {
  return SeriesExcept(base, quote, from, to, [](const Date&) { return false; });
}

std::vector<RateObservation> RateTable::SeriesExcept(const Currency& base, const Currency& quote,
                                                     const Date& from, const Date& to,
                                                     const std::function<bool(const Date&)>& skip) const {
  std::vector<RateObservation> out;
  if (to < from || SameCurrency(base, quote)) return out;
  const auto in_range = [&](const StoredSeries& s) {
    const auto lo = std::lower_bound(s.rates.begin(), s.rates.end(), from,
                                     [](const StoredRate& r, const Date& d) { return r.date < d; });
    const auto hi = std::upper_bound(s.rates.begin(), s.rates.end(), to,
                                     [](const Date& d, const StoredRate& r) { return d < r.date; });
    return std::pair(lo, hi);
  };
  const auto direct = FindLeg(base, quote);
  if (direct) {
    auto [lo, hi] = in_range(*direct->series);
    if (lo != hi) {
      for (auto it = lo; it != hi; ++it) {
        if (!skip(it->date)) out.push_back(Observe(*direct, *it, Value(*it)));
      }
      return out;
    }
  }

  // A cross: every day, Find's answer is the direct leg's if it has one within kMaxStaleDays
  // (then observed on an earlier day, outside the range), else the first cross whose two legs
  // both have one. Only answers observed on the day itself are kept. The days are walked in
  // order, so each leg is a cursor that only moves forward.
  std::optional<Cursor> direct_cursor;
  if (direct) direct_cursor = Cursor(this, *direct);
  std::vector<Cross> crosses;
  ForEachCross(base, quote, [&](const Cross& cross) {
    crosses.push_back(cross);
    return false;
  });
  std::vector<Cursor> firsts;
  std::vector<Cursor> seconds;
  std::vector<std::optional<std::string>> paths(crosses.size());
  for (const Cross& cross : crosses) {
    firsts.push_back(Cursor(this, cross.first));
    seconds.push_back(Cursor(this, cross.second));
  }
  bool answered = false;  // some day kept, skipped or not
  const auto answer_on = [&](const Date& day) {
    if (direct_cursor && direct_cursor->At(day) != nullptr) return;  // observed before the range
    for (std::size_t i = 0; i < crosses.size(); ++i) {
      const StoredRate* r1 = firsts[i].At(day);
      const StoredRate* r2 = seconds[i].At(day);
      if (r1 == nullptr || r2 == nullptr) continue;
      if (std::min(r1->date, r2->date) != day) return;
      answered = true;
      if (skip(day)) return;
      if (!paths[i]) paths[i] = crosses[i].Path();
      out.push_back(Observe(crosses[i], *paths[i], *r1, firsts[i].ValueOf(*r1), *r2, seconds[i].ValueOf(*r2)));
      return;
    }
  };
  const auto restart = [&] {
    if (direct_cursor) direct_cursor = Cursor(this, *direct);
    for (std::size_t i = 0; i < crosses.size(); ++i) {
      firsts[i] = Cursor(this, crosses[i].first);
      seconds[i] = Cursor(this, crosses[i].second);
    }
  };

  // The days of the first leg through USD, then EUR, in range.
  for (std::string_view code : kPivotCurrencies) {
    const auto cross = std::find_if(crosses.begin(), crosses.end(),
                                    [&](const Cross& c) { return c.pivot->code == code; });
    if (cross == crosses.end()) continue;
    restart();
    auto [lo, hi] = in_range(*cross->first.series);
    for (auto it = lo; it != hi; ++it) answer_on(it->date);
    if (answered) return out;
  }
  // Any other pivot: every day in range that the table has data for.
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
  restart();
  for (Date d = start; d <= end; d = d.AddDays(1)) answer_on(d);
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

namespace {

// Half a unit of the last decimal the rate text shows: 1198.15 -> 0.005 (it may stand for
// anything that rounds to it).
Decimal HalfLastDigit(std::string_view text) {
  const std::size_t dot = text.find('.');
  const int decimals = dot == std::string_view::npos ? 0 : static_cast<int>(std::min<std::size_t>(text.size() - dot - 1, 30));
  return Decimal::Pow10(-decimals - 1) * Decimal(5);
}

}  // namespace

void RateTableBuilder::ReportContradictoryDirections(const RateTable& table,
                                                     const std::vector<std::vector<const Pending*>>& kept,
                                                     std::string_view text, Diagnostics* diagnostics) const {
  const auto& all = table.series_;
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      if (!SameCurrency(*all[i].base, *all[j].quote) || !SameCurrency(*all[i].quote, *all[j].base)) continue;
      // Both series are sorted by date: walk them together.
      const auto& a = all[i].rates;
      const auto& b = all[j].rates;
      for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
        if (a[x].date < b[y].date) { ++x; continue; }
        if (b[y].date < a[x].date) { ++y; continue; }
        const std::string_view ta = text.substr(a[x].offset, a[x].length);
        const std::string_view tb = text.substr(b[y].offset, b[y].length);
        const auto va = Decimal::Parse(ta);
        const auto vb = Decimal::Parse(tb);
        if (va && vb) {
          const Decimal ha = HalfLastDigit(ta), hb = HalfLastDigit(tb);
          // Some value each text rounds from must be the other's inverse: the intervals
          // [a - ha, a + ha] and [1 / (b + hb), 1 / (b - hb)] meet.
          const bool agree = (*va - ha) * (*vb - hb) <= Decimal(1) && Decimal(1) <= (*va + ha) * (*vb + hb);
          if (!agree) {
            const Pending& first = *kept[i][x];
            const Pending& second = *kept[j][y];
            const Pending& later = first.line > second.line ? first : second;
            const Pending& earlier = first.line > second.line ? second : first;
            const bool later_is_a = &later == &first;
            const std::size_t line_start = text.rfind('\n', later.rate.offset) + 1;  // npos + 1 == 0
            const int column = later.column > 0
                                   ? later.column
                                   : CodePointColumn(text.substr(line_start), later.rate.offset - line_start) + 1;
            const auto& ls = later_is_a ? all[i] : all[j];
            const auto& es = later_is_a ? all[j] : all[i];
            const std::string_view lt = later_is_a ? ta : tb, et = later_is_a ? tb : ta;
            diagnostics->push_back(Diagnostic{
                SourceLocation{file_, later.line, column}, Severity::kError,
                fmt::format("{}/{} {} here and {}/{} {} on line {} contradict each other on {}: one should be "
                            "the inverse of the other (1 / {} = {})",
                            ls.base->code, ls.quote->code, lt, es.base->code, es.quote->code, et, earlier.line,
                            a[x].date.ToString(), et,
                            (Decimal(1).DividedBy(*Decimal::Parse(et))).value_or(Decimal()).ToShortString(8))});
          }
        }
        ++x;
        ++y;
      }
    }
  }
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
  std::vector<std::vector<const Pending*>> stored(series_.size());  // each stored rate's line, for messages
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
      stored[table->series_.size()].push_back(&p);
    }
    table->series_.push_back(std::move(series));
  }
  ReportContradictoryDirections(*table, stored, text, diagnostics);
  series_.clear();
  for (std::string_view code : kPivotCurrencies) {
    if (const Currency* c = FindCurrencyByCode(code)) table->pivots_.push_back(c);
  }
  for (const auto& s : table->series_) {
    for (const Currency* c : {s.base, s.quote}) {
      if (std::none_of(table->pivots_.begin(), table->pivots_.end(),
                       [&](const Currency* p) { return SameCurrency(*p, *c); })) {
        table->pivots_.push_back(c);
      }
    }
  }
  return table;
}

}  // namespace figcheck
