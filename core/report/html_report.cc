// One self-contained HTML page: inline CSS, no script, a Content-Security-Policy that forbids
// every fetch, so it opens offline and as a CI artifact. A card per fact; for each conversion
// with a ConversionDetail an inline SVG chart (see RateChart below).
//
// All pixel arithmetic is exact (Decimal) and printed with ToFixed(2): no binary floating
// point anywhere, so the page is byte-for-byte reproducible.
#include <algorithm>
#include <initializer_list>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/money/written.h"
#include "core/report/escape.h"
#include "core/report/finding_lines.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"
#include "core/report/spool.h"

namespace figcheck {
namespace {

std::string H(std::string_view text) { return report::XmlEscape(text); }

// A word or sentence of the catalogue (core/check/messages.h) with its arguments.
std::string T(Language language, std::string_view key,
              std::initializer_list<std::pair<std::string_view, std::string>> args = {}) {
  Phrase phrase = MakePhrase(key);
  for (const auto& [name, text] : args) phrase.Arg(std::string(name), text);
  return Render(phrase, language);
}
std::string A(std::string_view text) { return report::XmlEscape(text, /*attribute=*/true); }

constexpr std::string_view kStyle = R"css(
:root { --ok: #1a7f37; --warning: #9a6700; --error: #cf222e; --note: #0969da; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", sans-serif;
       margin: 0 auto; max-width: 980px; padding: 24px; color: #1f2328; background: #f6f8fa; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 4px; word-break: break-all; }
.summary { color: var(--muted); margin: 0 0 8px; }
.article { color: var(--muted); margin: 0 0 12px; }
.fact { background: #fff; border: 1px solid #d0d7de; border-left: 6px solid var(--ok); border-radius: 6px;
        padding: 12px 16px; margin: 12px 0; }
.fact.warning { border-left-color: var(--warning); }
.fact.error { border-left-color: var(--error); }
.fact header { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.fact h3 { font-size: 16px; margin: 0; word-break: break-all; }
.badge { font-size: 12px; font-weight: 600; color: #fff; border-radius: 10px; padding: 1px 8px; background: var(--ok); }
.badge.warning { background: var(--warning); } .badge.error { background: var(--error); }
.badge.note { background: var(--note); }
.meta { color: var(--muted); font-size: 13px; }
blockquote { margin: 8px 0; padding: 4px 12px; border-left: 3px solid #d0d7de; white-space: pre-wrap; }
ul.figures { margin: 4px 0; padding-left: 20px; white-space: pre-wrap; }
ul.findings { list-style: none; padding: 0; margin: 8px 0; }
ul.findings > li { margin: 6px 0; padding: 6px 10px; border-radius: 4px; background: #f6f8fa; }
ul.findings ul { margin: 4px 0 0; padding-left: 20px; color: var(--muted); font-size: 14px; white-space: pre-wrap; }
code { font-size: 13px; }
.rate { font-size: 14px; margin: 6px 0; }
.inputerrors { background: #ffebe9; border: 1px solid #ff818266; border-radius: 6px; padding: 8px 16px; white-space: pre-wrap; }
figure { margin: 8px 0 0; }
figcaption { color: var(--muted); font-size: 13px; }
svg.chart { width: 100%; max-width: 640px; height: auto; background: #fff; }
svg.chart text { font: 11px system-ui, sans-serif; fill: #57606a; }
svg.chart .axis { stroke: #57606a; stroke-width: 1; }
svg.chart .grid { stroke: #d8dee4; stroke-width: 1; }
svg.chart .tolerance { fill: #0969da; fill-opacity: 0.12; }
svg.chart .reference { stroke: #0969da; stroke-width: 1; stroke-dasharray: 4 3; }
svg.chart .implied { fill: #cf222e; fill-opacity: 0.22; stroke: #cf222e; stroke-width: 1; }
svg.chart .series { fill: none; stroke: #1f2328; stroke-width: 1.5; }
svg.chart .point { fill: #1f2328; }
svg.chart .used { fill: #0969da; stroke: #fff; stroke-width: 1.5; }
svg.chart .ratedate { stroke: #9a6700; stroke-width: 1; stroke-dasharray: 2 3; }
svg.chart .published { stroke: #57606a; stroke-width: 1; stroke-dasharray: 6 3; }
svg.chart .implied.ok { fill: #1a7f37; stroke: #1a7f37; }
svg.chart .implied.warning { fill: #9a6700; stroke: #9a6700; }
table.summary { border-collapse: collapse; background: #fff; margin: 8px 0 16px; min-width: 60%; }
table.summary th, table.summary td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.summary td.bad { color: var(--error); font-weight: 700; }
.fix { font-size: 16px; margin: 6px 0; }
.fix .should { font-weight: 700; }
mark.figure { background: #ffd7d5; padding: 0 2px; }
)css";

Decimal D(int n) { return Decimal(n); }
std::string Px(const Decimal& value) { return value.ToFixed(2, RoundingMode::kHalfEven); }
Decimal Quotient(const Decimal& a, const Decimal& b) { return b.is_zero() ? Decimal() : *a.DividedBy(b); }
Decimal Clamp(const Decimal& v, const Decimal& lo, const Decimal& hi) { return std::min(std::max(v, lo), hi); }

// The reference-rate chart of one conversion.
//
// x: days, from the earliest to the latest of the series, the observation used and the rate
// date (a week either side when they are all one day). y: rates, over the series and the
// tolerance band, widened to the implied interval when that stays within twice their span,
// padded by a twentieth and rounded out to the tick step (1, 2 or 5 × 10^k, about five ticks).
// The implied interval is a shaded band, clipped to the plot (open ends run to its edge);
// when it lies wholly off the plot, a marker at that edge says so.
class RateChart {
 public:
  static constexpr int kWidth = 640, kHeight = 286, kLeft = 76, kRight = 16, kTop = 40, kBottom = 66;

  // `status` colours the implied band (ok and notes green: "ok by rounding" is no error).
  RateChart(const ConversionDetail& c, FactStatus status, Language language)
      : c_(c), status_(status), language_(language), first_(c.rate_date), last_(c.rate_date) {}

  // Empty when there is nothing to draw (no series and no reference rate), or when the rates the
  // figure allows lie far off the reference (a unit slip): on one scale with the series, the
  // band would flatten it, and a mark off the chart says less than the finding's sentence.
  std::string Svg() {
    if (!Domain()) return "";
    const Interval& implied = c_.implied_rate;
    if ((implied.low && *implied.low > hi_) || (implied.high && *implied.high < lo_)) return "";
    std::ostringstream s;
    const std::string pair = PairName();
    s << "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << kWidth << " " << kHeight
      << "\" role=\"img\" aria-label=\"" << A(Title(pair)) << "\">\n";
    s << "<title>" << H(Title(pair)) << "</title>\n";
    YAxis(s);
    XAxis(s);
    Bands(s);
    Series(s);
    Legend(s);
    s << "</svg>\n";
    return s.str();
  }

 private:
  std::string Title(const std::string& pair) const {
    return T(language_, "html.chart.title", {{"pair", pair}, {"date", c_.rate_date.ToString()}});
  }

  std::string PairName() const {
    return fmt::format("{}/{}", c_.base ? c_.base->code : "?", c_.quote ? c_.quote->code : "?");
  }

  bool Domain() {
    std::vector<Decimal> values;
    std::vector<Date> dates = {c_.rate_date};
    // The publication day is marked when it is near the rate date (a stated rate_date months
    // before publication would squeeze the series into a sliver).
    if (c_.published && std::abs(c_.published->DaysSince(c_.rate_date)) <= 31) dates.push_back(*c_.published);
    for (const auto& o : c_.nearby) {
      values.push_back(o.value);
      dates.push_back(o.observed_on);
    }
    if (c_.reference) {
      values.push_back(c_.reference->value);
      values.push_back(c_.reference->value * (D(1) - c_.tolerance));
      values.push_back(c_.reference->value * (D(1) + c_.tolerance));
      dates.push_back(c_.reference->observed_on);
    }
    if (values.empty()) return false;
    first_ = *std::min_element(dates.begin(), dates.end());
    last_ = *std::max_element(dates.begin(), dates.end());
    if (first_ == last_) {
      first_ = first_.AddDays(-7);
      last_ = last_.AddDays(7);
    }
    Decimal lo = *std::min_element(values.begin(), values.end());
    Decimal hi = *std::max_element(values.begin(), values.end());
    Decimal span = hi - lo;
    if (span.is_zero()) span = lo.is_zero() ? D(1) : lo.Abs() * Decimal::Fraction(1, 100);
    const Decimal reach_lo = lo - span * D(2), reach_hi = hi + span * D(2);
    for (const auto& end : {c_.implied_rate.low, c_.implied_rate.high}) {
      if (end && *end >= reach_lo && *end <= reach_hi) {
        lo = std::min(lo, *end);
        hi = std::max(hi, *end);
      }
    }
    span = hi - lo;
    if (span.is_zero()) span = lo.is_zero() ? D(1) : lo.Abs() * Decimal::Fraction(1, 100);
    lo -= span * Decimal::Fraction(1, 20);
    hi += span * Decimal::Fraction(1, 20);
    step_ = NiceStep(Quotient(hi - lo, D(5)));
    lo_ = Quotient(lo, step_).RoundTo(D(1), RoundingMode::kFloor) * step_;
    hi_ = Quotient(hi, step_).RoundTo(D(1), RoundingMode::kCeiling) * step_;
    return true;
  }

  static Decimal NiceStep(const Decimal& raw) {
    const Decimal power = Decimal::Pow10(raw.MagnitudeExponent());
    for (const int m : {1, 2, 5}) {
      if (power * D(m) >= raw) return power * D(m);
    }
    return power * D(10);
  }

  Decimal PlotLeft() const { return D(kLeft); }
  Decimal PlotRight() const { return D(kWidth - kRight); }
  Decimal PlotTop() const { return D(kTop); }
  Decimal PlotBottom() const { return D(kHeight - kBottom); }

  Decimal X(const Date& date) const {
    return PlotLeft() + Quotient(D(date.DaysSince(first_)) * (PlotRight() - PlotLeft()), D(last_.DaysSince(first_)));
  }
  Decimal Y(const Decimal& value) const {
    return PlotTop() + Quotient((hi_ - value) * (PlotBottom() - PlotTop()), hi_ - lo_);
  }
  Decimal ClampedY(const Decimal& value) const { return Clamp(Y(value), PlotTop(), PlotBottom()); }

  void YAxis(std::ostream& s) const {
    for (Decimal tick = lo_; tick <= hi_; tick += step_) {
      const std::string y = Px(Y(tick));
      s << "<line class=\"grid\" x1=\"" << Px(PlotLeft()) << "\" y1=\"" << y << "\" x2=\"" << Px(PlotRight())
        << "\" y2=\"" << y << "\"/>";
      s << "<text x=\"" << Px(PlotLeft() - D(6)) << "\" y=\"" << Px(Y(tick) + D(4)) << "\" text-anchor=\"end\">"
        << H(tick.ToString()) << "</text>\n";
    }
    s << "<line class=\"axis\" x1=\"" << Px(PlotLeft()) << "\" y1=\"" << Px(PlotTop()) << "\" x2=\""
      << Px(PlotLeft()) << "\" y2=\"" << Px(PlotBottom()) << "\"/>\n";
    s << "<text x=\"" << Px(PlotLeft()) << "\" y=\"" << Px(PlotTop() - D(10)) << "\" text-anchor=\"middle\">"
      << H(T(language_, "html.chart.unit", {{"quote", std::string(c_.quote ? c_.quote->code : "?")}, {"base", std::string(c_.base ? c_.base->code : "?")}}))
      << "</text>\n";
  }

  void XAxis(std::ostream& s) const {
    s << "<line class=\"axis\" x1=\"" << Px(PlotLeft()) << "\" y1=\"" << Px(PlotBottom()) << "\" x2=\""
      << Px(PlotRight()) << "\" y2=\"" << Px(PlotBottom()) << "\"/>\n";
    // Weekly ticks through the rate date, so the rate date is always one.
    const int days = last_.DaysSince(first_);
    const int every = days > 70 ? 28 : days > 35 ? 14 : 7;
    Date tick = c_.rate_date;
    while (tick.AddDays(-every) >= first_) tick = tick.AddDays(-every);
    for (; tick <= last_; tick = tick.AddDays(every)) {
      const std::string x = Px(X(tick));
      s << "<line class=\"axis\" x1=\"" << x << "\" y1=\"" << Px(PlotBottom()) << "\" x2=\"" << x << "\" y2=\""
        << Px(PlotBottom() + D(4)) << "\"/>";
      // A label at either end is anchored inside the chart, so it is never cut off.
      const std::string_view anchor = X(tick) > PlotRight() - D(32) ? "end" : X(tick) < PlotLeft() + D(32) ? "start" : "middle";
      s << "<text x=\"" << x << "\" y=\"" << Px(PlotBottom() + D(16)) << "\" text-anchor=\"" << anchor << "\">"
        << H(tick.ToString()) << "</text>\n";
    }
    // The rate date (the day the rate was looked up for) and the publication day: one mark
    // when they are the same day; else each its own, the publication day's label a row higher,
    // each label reaching away from the other line, so labels and lines never cross.
    const bool same_day = c_.published && *c_.published == c_.rate_date;
    const bool both = c_.published && !same_day && *c_.published >= first_ && *c_.published <= last_;
    const bool published_later = both && *c_.published > c_.rate_date;
    DayMark(s, "ratedate", c_.rate_date, PlotTop() - D(10),
            T(language_, same_day ? "html.chart.published-rate-date" : "html.chart.rate-date",
              {{"date", c_.rate_date.ToString()}}),
            both ? (published_later ? Reach::kLeft : Reach::kRight) : Reach::kBoth);
    if (both) {
      DayMark(s, "published", *c_.published, PlotTop() - D(26), T(language_, "html.chart.published", {{"date", c_.published->ToString()}}),
              published_later ? Reach::kRight : Reach::kLeft);
    }
  }

  // Which way a day's label reaches from its line.
  enum class Reach { kLeft, kRight, kBoth };

  // A dashed vertical line at `day` up to its label above the plot; the label stays inside the
  // chart (near an edge it reaches inwards whatever `reach` asks).
  void DayMark(std::ostream& s, std::string_view css_class, const Date& day, const Decimal& label_y,
               const std::string& label, Reach reach) const {
    const Decimal x_day = X(day);
    const std::string x = Px(x_day);
    s << "<line class=\"" << css_class << "\" x1=\"" << x << "\" y1=\"" << Px(label_y + D(4)) << "\" x2=\"" << x
      << "\" y2=\"" << Px(PlotBottom()) << "\"/>";
    if (x_day > PlotRight() - D(130)) reach = Reach::kLeft;
    if (x_day < PlotLeft() + D(130)) reach = Reach::kRight;
    const std::string_view anchor = reach == Reach::kLeft ? "end" : reach == Reach::kRight ? "start" : "middle";
    const Decimal gap = reach == Reach::kLeft ? D(-3) : reach == Reach::kRight ? D(3) : D(0);
    s << "<text x=\"" << Px(x_day + gap) << "\" y=\"" << Px(label_y) << "\" text-anchor=\"" << anchor << "\">"
      << H(label) << "</text>\n";
  }

  void Band(std::ostream& s, std::string_view css_class, const Decimal& top_y, const Decimal& bottom_y,
            const std::string& title) const {
    s << "<rect class=\"" << css_class << "\" x=\"" << Px(PlotLeft()) << "\" y=\"" << Px(top_y) << "\" width=\""
      << Px(PlotRight() - PlotLeft()) << "\" height=\"" << Px(bottom_y - top_y) << "\"><title>" << H(title)
      << "</title></rect>\n";
  }

  void Bands(std::ostream& s) const {
    if (c_.reference) {
      const Decimal r = c_.reference->value;
      Band(s, "tolerance", ClampedY(r * (D(1) + c_.tolerance)), ClampedY(r * (D(1) - c_.tolerance)),
           T(language_, "html.chart.tolerance-band",
             {{"percent", (c_.tolerance * D(100)).ToString()}, {"low", (r * (D(1) - c_.tolerance)).ToString()},
              {"high", (r * (D(1) + c_.tolerance)).ToString()}}));
      const std::string y = Px(Y(r));
      s << "<line class=\"reference\" x1=\"" << Px(PlotLeft()) << "\" y1=\"" << y << "\" x2=\"" << Px(PlotRight())
        << "\" y2=\"" << y << "\"/>\n";
    }
    const Interval& implied = c_.implied_rate;
    const std::string title = T(language_, "html.chart.implies", {{"interval", implied.ToString()}});
    const Decimal top_y = implied.high ? ClampedY(*implied.high) : PlotTop();
    const Decimal bottom_y = implied.low ? ClampedY(*implied.low) : PlotBottom();
    // A band narrower than a pixel still shows: at least 2 units tall, centred.
    Decimal height = bottom_y - top_y;
    Decimal y = top_y;
    if (height < D(2)) {
      y = top_y - Quotient(D(2) - height, D(2));
      height = D(2);
    }
    Band(s, fmt::format("implied {}", FactStatusName(status_)), y, y + height, title);
  }

  void Series(std::ostream& s) const {
    if (!c_.nearby.empty()) {
      s << "<polyline class=\"series\" points=\"";
      for (std::size_t i = 0; i < c_.nearby.size(); ++i) {
        s << (i ? " " : "") << Px(X(c_.nearby[i].observed_on)) << "," << Px(ClampedY(c_.nearby[i].value));
      }
      s << "\"/>\n";
      for (const auto& o : c_.nearby) {
        s << "<circle class=\"point\" cx=\"" << Px(X(o.observed_on)) << "\" cy=\"" << Px(ClampedY(o.value))
          << "\" r=\"2\"><title>" << H(o.observed_on.ToString() + ": " + o.value.ToString()) << "</title></circle>\n";
      }
    }
    if (c_.reference) {
      const auto& r = *c_.reference;
      s << "<circle class=\"used\" cx=\"" << Px(X(r.observed_on)) << "\" cy=\"" << Px(ClampedY(r.value))
        << "\" r=\"4.5\"><title>"
        << H(T(language_, "html.chart.used",
               {{"rate", r.value.ToString()}, {"source", r.source}, {"date", r.observed_on.ToString()}}))
        << "</title></circle>\n";
    }
  }

  void Legend(std::ostream& s) const {
    const Decimal y = PlotBottom() + D(40);
    Decimal x = PlotLeft();
    auto item = [&](std::string_view swatch, const std::string& label, int advance) {
      s << swatch_svg(swatch, x, y) << "<text x=\"" << Px(x + D(22)) << "\" y=\"" << Px(y + D(4)) << "\">" << H(label)
        << "</text>\n";
      x += D(advance);
    };
    item("series",
         c_.reference ? T(language_, "html.chart.reference-source", {{"source", c_.reference->source}})
                      : T(language_, "html.chart.reference"),
         230);
    if (c_.reference) {
      item("tolerance", T(language_, "html.chart.tolerance", {{"percent", (c_.tolerance * D(100)).ToString()}}), 120);
    }
    item(fmt::format("implied {}", FactStatusName(status_)), T(language_, "html.chart.allows"), 200);
  }

  static std::string swatch_svg(std::string_view kind, const Decimal& x, const Decimal& y) {
    if (kind == "series") {
      return fmt::format("<line class=\"series\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", Px(x), Px(y),
                         Px(x + D(16)), Px(y));
    }
    return fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"16\" height=\"10\"/>", kind, Px(x),
                       Px(y - D(5)));
  }

  const ConversionDetail& c_;
  FactStatus status_;
  Language language_;
  Date first_, last_;
  Decimal lo_, hi_, step_;
};

// "3 errors", "오류 3건".
std::string Count(long long n, std::string_view noun, Language language) {
  return Render(CountPhrase(noun, n), language);
}

// "1193.4866" -> "1,193.49" at `decimals` places (half-even), with thousands separators.
std::string Grouped(const Decimal& value, int decimals) {
  const std::string text = value.ToFixed(decimals, RoundingMode::kHalfEven);
  const std::size_t start = !text.empty() && text[0] == '-' ? 1 : 0;
  std::size_t point = text.find('.');
  if (point == std::string::npos) point = text.size();
  std::string out = text.substr(0, start);
  for (std::size_t i = start; i < point; ++i) {
    if (i > start && (point - i) % 3 == 0) out += ',';
    out += text[i];
  }
  out += text.substr(point);
  return out;
}

int RateDecimals(const Decimal& value) {
  if (value >= Decimal(100)) return 2;
  if (value >= Decimal(1)) return 4;
  return 6;
}

// A rate as an article writes it: "1,192.98원/달러" in Korean, "1,192.98 KRW per USD" otherwise.
std::string RateText(const Decimal& value, const ConversionDetail& c, bool korean) {
  const std::string number = Grouped(value, RateDecimals(value));
  if (korean && c.base && c.quote && !c.base->korean.empty() && !c.quote->korean.empty()) {
    return fmt::format("{}{}/{}", number, c.quote->korean, c.base->korean);
  }
  return fmt::format("{} {} per {}", number, c.quote ? c.quote->code : "?", c.base ? c.base->code : "?");
}

// The rates a printed figure allows, the article's way: "1,193.49–1,193.50원/달러".
std::string IntervalText(const Interval& i, const ConversionDetail& c, bool korean, Language language) {
  if (!i.low && !i.high) return T(language, "html.any-rate");
  if (!i.low) return T(language, "html.below", {{"rate", RateText(*i.high, c, korean)}});
  if (!i.high) return T(language, "html.above", {{"rate", RateText(*i.low, c, korean)}});
  const std::string high = RateText(*i.high, c, korean);
  const int decimals = RateDecimals(*i.low);
  return fmt::format("{}\u2013{}", Grouped(*i.low, decimals), high);
}


// The quote with the stated figure marked, escaped.
std::string MarkedQuote(std::string_view quote, std::string_view figure) {
  const std::size_t at = figure.empty() ? std::string_view::npos : quote.find(figure);
  if (at == std::string_view::npos) return H(quote);
  return H(quote.substr(0, at)) + "<mark class=\"figure\">" + H(figure) + "</mark>" +
         H(quote.substr(at + figure.size()));
}

int Rank(Severity s) { return s == Severity::kError ? 0 : s == Severity::kWarning ? 1 : 2; }

// Past this many charts a report draws no more (each is some 10 KB of SVG): a report of a big
// archive stays a page a browser opens.
constexpr int kHtmlCharts = 200;
// Articles whose figures all hold are shown (folded) up to this many; the rest are counted.
constexpr int kHtmlHoldingArticlesShown = 100;

// What the cards share while a report is written: its language and the charts left to draw.
struct CardContext {
  Language language = Language::kEnglish;
  int charts_left = kHtmlCharts;
};

// A conversion's rate, the rates its figure allows, and the chart where it helps.
void WriteConversion(const FactResult& fact, bool korean, CardContext& ctx, std::ostream& out) {
  const Language language = ctx.language;
  const ConversionDetail& c = *fact.conversion;
  out << "<p class=\"rate\">";
  if (c.reference) {
    out << H(T(language, "html.rate",
               {{"rate", RateText(c.reference->value, c, korean)}, {"source", c.reference->source},
                {"date", c.reference->observed_on.ToString()}}));
  } else {
    out << H(T(language, "html.no-rate",
               {{"pair", fmt::format("{}/{}", c.base ? c.base->code : "?", c.quote ? c.quote->code : "?")},
                {"date", c.rate_date.ToString()}}));
  }
  out << H(T(language, "html.allows", {{"interval", IntervalText(c.implied_rate, c, korean, language)}})) << "</p>\n";
  if (ctx.charts_left <= 0) {
    out << "<p class=\"meta\">" << H(T(language, "html.chart-left-out", {{"n", std::to_string(kHtmlCharts)}}))
        << "</p>\n";
    return;
  }
  const std::string svg = RateChart(c, fact.status, language).Svg();
  if (!svg.empty()) {
    --ctx.charts_left;
    out << "<figure>\n" << svg << "<figcaption>" << H(T(language, "html.caption", {{"date", c.rate_date.ToString()}}))
        << "</figcaption></figure>\n";
  }
}

// Facts with no finding, after the cards: a short card each (a conversion keeps its chart).
void WriteFactsThatHold(const FileResult& file, CardContext& ctx, std::ostream& out) {
  std::vector<const FactResult*> holding;
  for (const FactResult& fact : file.facts) {
    if (fact.findings.empty()) holding.push_back(&fact);
  }
  if (holding.empty()) return;
  out << "<h3>" << H(T(ctx.language, "html.hold")) << "</h3>\n";
  for (const FactResult* fact : holding) {
    std::string figures;
    for (std::size_t i = 0; i < fact->figures.size(); ++i) {
      figures += (i ? (fact->kind == FactKind::kConversion ? " \u2192 " : ", ") : "") + fact->figures[i];
    }
    out << "<article class=\"fact ok\">\n<header><span class=\"badge ok\">" << H(T(ctx.language, "page.status.ok"))
        << "</span> <h3>" << H(figures) << "</h3> <span class=\"meta\">" << H(fact->id) << " \u00b7 "
        << H(fact->location.ToString()) << "</span></header>\n";
    if (fact->conversion) WriteConversion(*fact, HasHangul(fact->quote), ctx, out);
    out << "</article>\n";
  }
}

// One card per finding: what is wrong, in the sentence, what it should read, the rate with its
// day and source, the rates the figure allows, and the chart where it helps.
void WriteFindingCard(const FactResult* fact, const Finding& finding, CardContext& ctx, std::ostream& out) {
  const Language language = ctx.language;
  const std::string_view severity = SeverityName(finding.severity);
  const bool korean = HasHangul(fact ? fact->quote : finding.stated);
  out << "<article class=\"fact " << (finding.severity == Severity::kNote ? "ok" : severity)
      << "\">\n<header><span class=\"badge " << severity << "\">" << H(T(language, "page.status." + std::string(severity)))
      << "</span> <h3>" << H(finding.code) << " \u00b7 " << H(fact ? fact->id : T(language, "html.the-article"))
      << "</h3>";
  if (finding.location.line > 0) out << " <span class=\"meta\">" << H(finding.location.ToString()) << "</span>";
  out << "</header>\n";
  if (fact && !fact->quote.empty()) out << "<blockquote>" << MarkedQuote(fact->quote, finding.stated) << "</blockquote>\n";
  out << "<p>" << H(Message(finding, language)) << "</p>\n";
  if (finding.severity != Severity::kNote && !finding.recomputed.empty() && finding.recomputed != finding.stated) {
    out << "<p class=\"fix\">" << H(T(language, "html.printed")) << " <b>" << H(finding.stated) << "</b> \u2192 "
        << H(T(language, "html.should-read")) << " <span class=\"should\">" << H(finding.recomputed) << "</span></p>\n";
  }
  if (fact && fact->conversion) {
    WriteConversion(*fact, korean, ctx, out);
  } else if (finding.rate) {
    out << "<p class=\"rate\">" << H(report::DescribeRate(*finding.rate, finding.pair)) << "</p>\n";
  }
  out << "</article>\n";
}

// One article's section: its input errors, a card per finding (errors first, then warnings,
// then notes; in the article's order within each), then the figures that hold.
void WriteSection(const FileResult& file, CardContext& ctx, std::ostream& out) {
  out << "<section>\n<h2>" << H(file.path) << "</h2>\n";
  if (!file.article_id.empty() || !file.title.empty()) {
    out << "<p class=\"article\">" << H(file.title) << (file.title.empty() ? "" : " · ") << "<code>"
        << H(file.article_id) << "</code></p>\n";
  }
  if (!file.loaded || !file.diagnostics.empty()) {
    out << "<div class=\"inputerrors\"><strong>" << H(T(ctx.language, "html.input-errors")) << "</strong>";
    if (!file.loaded) out << H(T(ctx.language, "html.not-checked"));
    out << "\n";
    for (const auto& diagnostic : file.diagnostics) out << H(diagnostic.ToString()) << "\n";
    out << "</div>\n";
  }
  std::vector<std::pair<const FactResult*, const Finding*>> cards;
  for (const auto& fact : file.facts) {
    for (const auto& f : fact.findings) cards.emplace_back(&fact, &f);
  }
  for (const auto& f : file.findings) cards.emplace_back(nullptr, &f);
  std::stable_sort(cards.begin(), cards.end(),
                   [](const auto& a, const auto& b) { return Rank(a.second->severity) < Rank(b.second->severity); });
  for (const auto& [fact, finding] : cards) WriteFindingCard(fact, *finding, ctx, out);
  WriteFactsThatHold(file, ctx, out);
  out << "</section>\n";
}

// The page, streamed: the summary and its table come first but need the whole run, so the
// table rows and the sections are spooled as each article comes (core/report/spool.h) and the
// page is put together at Finish. Articles with anything to read (a finding of any severity, an
// input error) come first, in order; articles whose figures all hold follow, folded, up to
// kHtmlHoldingArticlesShown, the rest counted. Memory stays flat; a report of 100,000 articles
// stays a page a browser opens.
class HtmlReportStream final : public ReportStream {
 public:
  HtmlReportStream(const ReportOptions& options, std::ostream& out) : options_(options), out_(out) {
    ctx_.language = options.language;
  }

  void Add(const FileResult& file) override {
    int errors = 0, warnings = 0;
    bool any = !file.loaded || !file.diagnostics.empty() || !file.findings.empty();
    auto count = [&](const Finding& f) {
      errors += f.severity == Severity::kError ? 1 : 0;
      warnings += f.severity == Severity::kWarning ? 1 : 0;
    };
    for (const auto& fact : file.facts) {
      for (const auto& f : fact.findings) count(f);
      any = any || !fact.findings.empty();
    }
    for (const auto& f : file.findings) count(f);
    errors += static_cast<int>(file.diagnostics.size());
    if (any) ++problem_articles_;
    if (!any) {
      ++holding_;
      if (holding_ > kHtmlHoldingArticlesShown) {
        holding_facts_left_out_ += static_cast<long long>(file.facts.size());
        return;
      }
    }
    std::ostream& rows = any ? problem_rows_.out() : holding_rows_.out();
    rows << "<tr><td>" << H(file.title.empty() ? file.path : file.title) << "<br><span class=\"meta\">"
         << H(file.path) << "</span></td><td class=\"n\">" << file.facts.size() << "</td><td class=\"n"
         << (errors ? " bad" : "") << "\">" << errors << "</td><td class=\"n\">" << warnings << "</td></tr>\n";
    WriteSection(file, ctx_, any ? problems_.out() : holding_sections_.out());
  }

  void Finish(const Summary& sum) override {
    const Language language = options_.language;
    const std::string title = T(language, "html.title");
    out_ << "<!DOCTYPE html>\n<html lang=\"" << A(T(language, "page.lang")) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"figcheck "
         << A(options_.tool_version) << "\">\n<title>" << H(title) << "</title>\n<style>" << kStyle
         << "</style>\n</head>\n<body>\n";
    out_ << "<h1>" << H(title) << "</h1>\n<p class=\"summary\">"
         << H(T(language, "html.summary",
                {{"files", Count(sum.files, "file", language)},
                 {"facts", Count(sum.facts, "fact", language)},
                 {"ok", std::to_string(sum.facts_ok)},
                 {"warnings", std::to_string(sum.facts_warning)},
                 {"errors", std::to_string(sum.facts_error)},
                 {"finding_errors", Count(sum.findings_error, "error", language)},
                 {"finding_warnings", Count(sum.findings_warning, "warning", language)},
                 {"finding_notes", Count(sum.findings_note, "note", language)},
                 {"input_errors", Count(sum.input_errors, "input-error", language)}}))
         << "</p>\n";
    // The table an editor reads first: per article, what was checked and what to fix.
    out_ << "<table class=\"summary\">\n<thead><tr><th>" << H(T(language, "html.th.article")) << "</th><th>"
         << H(T(language, "html.th.figures")) << "</th><th>" << H(T(language, "html.th.errors")) << "</th><th>"
         << H(T(language, "html.th.warnings")) << "</th></tr></thead>\n<tbody>\n";
    problem_rows_.MoveTo(out_);
    holding_rows_.MoveTo(out_);
    const long long left_out = holding_ - std::min<long long>(holding_, kHtmlHoldingArticlesShown);
    if (left_out > 0) {
      out_ << "<tr><td>" << H(T(language, "html.more-ok-rows", {{"n", std::to_string(left_out)}}))
           << "</td><td class=\"n\">" << holding_facts_left_out_ << "</td><td class=\"n\">0</td><td class=\"n\">0</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n";
    problems_.MoveTo(out_);
    if (holding_ > 0) {
      // Folded only when there is something else to read first.
      const bool fold = problem_articles_ > 0;
      if (fold) {
        out_ << "<details>\n<summary>" << H(T(language, "html.all-hold", {{"n", std::to_string(holding_)}}))
             << "</summary>\n";
      }
      holding_sections_.MoveTo(out_);
      if (left_out > 0) {
        out_ << "<p class=\"meta\">" << H(T(language, "html.all-hold-left-out", {{"n", std::to_string(left_out)}}))
             << "</p>\n";
      }
      if (fold) out_ << "</details>\n";
    }
    out_ << "</body>\n</html>\n";
  }

 private:
  ReportOptions options_;
  std::ostream& out_;
  CardContext ctx_;
  report::Spool problem_rows_, holding_rows_, problems_, holding_sections_;
  long long holding_ = 0, holding_facts_left_out_ = 0, problem_articles_ = 0;
};

}  // namespace

std::unique_ptr<ReportStream> MakeHtmlReportStream(const ReportOptions& options, std::ostream& out) {
  return std::make_unique<HtmlReportStream>(options, out);
}

void WriteHtmlReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  WriteWholeRun(*MakeHtmlReportStream(options, out), run);
}

}  // namespace figcheck
