// --format text: what a journalist reads in a terminal. One line per fact (status, file:line,
// id, figures), then each finding: one sentence, the stated and recomputed figures, the rate
// used with source and day, and the bounds the check used.
#include <fmt/format.h>

#include "core/base/printable.h"
#include "core/report/article_excerpt.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"

namespace figcheck {
namespace {

struct Palette {
  std::string_view red, yellow, green, cyan, dim, bold, reset;
};

Palette MakePalette(bool color) {
  if (!color) return {};
  return {"\x1b[31m", "\x1b[33m", "\x1b[32m", "\x1b[36m", "\x1b[2m", "\x1b[1m", "\x1b[0m"};
}

std::string_view SeverityColor(const Palette& p, Severity s) {
  return s == Severity::kError ? p.red : s == Severity::kWarning ? p.yellow : p.cyan;
}

std::string_view StatusColor(const Palette& p, FactStatus s) {
  return s == FactStatus::kError ? p.red : s == FactStatus::kWarning ? p.yellow : p.green;
}

// The severity and the code stay as they are in every language (grep, CI); the sentence and the
// report's own words follow --lang.
void WriteFinding(const Finding& f, const Palette& p, Language language, std::ostream& out) {
  out << fmt::format("    {}{}{}[{}] {}: {}\n", SeverityColor(p, f.severity), SeverityName(f.severity), p.reset, f.code,
                     f.location.ToString(), Printable(Message(f, language)));
  if (!f.stated.empty() || !f.recomputed.empty()) {
    out << "      " << Render(MakePhrase("report.stated").Arg("figure", Printable(f.stated)), language);
    if (!f.recomputed.empty()) {
      out << "   " << Render(MakePhrase("report.recomputed").Arg("figure", Printable(f.recomputed)), language);
    }
    out << '\n';
  }
  if (f.rate) {
    out << "      "
        << Render(MakePhrase("report.rate")
                      .Arg("pair", f.pair)
                      .Arg("rate", f.rate->value.ToShortString())
                      .Arg("source", RateSourcePhrase(Printable(f.rate->source)))
                      .Arg("date", f.rate->observed_on.ToString())
                      .Arg("via", f.rate->path.empty() || f.rate->path == f.pair ? "" : ", " + Printable(f.rate->path)),
                  language)
        << '\n';
  }
  for (const std::string& d : Details(f, language)) {
    out << fmt::format("      {}\u00b7 {}{}\n", p.dim, Printable(d), p.reset);
  }
}

std::string ShowFigures(const FactResult& fact) {
  std::string out;
  const std::string_view arrow = fact.kind == FactKind::kConversion ? " \u2192 " : ", ";
  for (std::size_t i = 0; i < fact.figures.size(); ++i) {
    if (i) out += arrow;
    out += Printable(fact.figures[i]);
  }
  return out;
}

}  // namespace

void TextReportStream::Add(const FileResult& file) {
  const Palette p = MakePalette(options_.color);
  const Language language = options_.language;
  std::ostream& out = out_;
  out << fmt::format("{}{}{}", p.bold, Printable(file.path), p.reset);
  if (!file.article_id.empty()) out << fmt::format(": {}", Printable(file.article_id));
  if (!file.title.empty()) out << fmt::format(" \u2014 {}", Printable(file.title));
  out << '\n';
  for (const Diagnostic& d : file.diagnostics) {
    out << fmt::format("  {}{}{}: {}: {}\n", SeverityColor(p, d.severity), SeverityName(d.severity), p.reset,
                       d.location.ToString(), Printable(d.message));
  }
  if (!file.loaded) {
    out << "  " << Render("report.not-checked", language) << "\n\n";
    return;
  }
  for (const FactResult& fact : file.facts) {
    out << fmt::format("  {}{:<7}{} {}:{}  {} ({}): {}\n", StatusColor(p, fact.status),
                       Render(fmt::format("status.{}", FactStatusName(fact.status)), language), p.reset,
                       Printable(file.path), fact.location.line, Printable(fact.id),
                       Render(fmt::format("kind.{}", FactKindName(fact.kind)), language), ShowFigures(fact));
    if (fact.conversion && fact.conversion->reference && fact.findings.empty()) {
      const ConversionDetail& c = *fact.conversion;
      const Phrase checked =
          MakePhrase("report.checked-against")
              .Arg("pair", fmt::format("{}/{}", c.base->code, c.quote->code))
              .Arg("rate", c.reference->value.ToShortString())
              .Arg("source", Printable(c.reference->source))
              .Arg("date", c.reference->observed_on.ToString())
              .Arg("implied", c.implied_rate.low && c.implied_rate.high
                                  ? fmt::format("[{}, {})", c.implied_rate.low->ToFixed(4, RoundingMode::kHalfEven),
                                                c.implied_rate.high->ToFixed(4, RoundingMode::kHalfEven))
                                  : c.implied_rate.ToString())
              .Arg("tolerance", (c.tolerance * Decimal(100)).ToString());
      out << "    " << Render(checked, language) << '\n';
    }
    if (fact.kind == FactKind::kGrowth && fact.findings.empty() && !fact.recomputed.empty()) {
      out << "    " << Render(MakePhrase("report.recomputed-growth").Arg("figure", Printable(fact.recomputed)), language)
          << '\n';
    }
    for (const Finding& f : fact.findings) {
      WriteFinding(f, p, language, out);
      out << ArticleExcerpt(fact, f, "      ", SeverityColor(p, f.severity), p.reset);
    }
  }
  if (!file.findings.empty()) {
    out << "  " << Render("report.article", language) << '\n';
    for (const Finding& f : file.findings) {
      WriteFinding(f, p, language, out);
      // An article's finding about several figures: the sentence of the one it is placed at.
      for (const FactResult& fact : file.facts) {
        const FigureSpan* span = FigureOfFinding(fact, f);
        if (span != nullptr && span->location == f.location) {
          out << ArticleExcerpt(fact, f, "      ", SeverityColor(p, f.severity), p.reset);
          break;
        }
      }
    }
  }
  out << '\n';
}

void TextReportStream::Finish(const Summary& s) {
  const Palette p = MakePalette(options_.color);
  std::ostream& out = out_;
  const Language language = options_.language;
  out << fmt::format("{}{}{} {}; {}", p.bold, Render("report.summary", language), p.reset, PlainSummary(s, language),
                     PlainFactSummary(s, language));
  out << '\n';
}

void WriteTextReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  TextReportStream stream(options, out);
  for (const FileResult& file : run.files) stream.Add(file);
  stream.Finish(run.summary);
}

}  // namespace figcheck
