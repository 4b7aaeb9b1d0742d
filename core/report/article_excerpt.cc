#include "core/report/article_excerpt.h"

#include <fmt/format.h>

#include "core/base/utf8.h"

namespace figcheck {
namespace {

// Longest stretch of the sentence shown on either side of the figure, in code points.
constexpr std::size_t kContext = 60;

std::string Inert(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else if (u < 0x20 || u == 0x7f) out += '?';
    else out.push_back(c);
  }
  return out;
}

}  // namespace

const FigureSpan* FigureOfFinding(const FactResult& fact, const Finding& finding) {
  if (fact.spans.empty()) return nullptr;
  for (const FigureSpan& s : fact.spans) {
    if (s.location == finding.location && s.length > 0) return &s;
  }
  return &fact.spans.front();
}

std::string ArticleExcerpt(const FactResult& fact, const Finding& finding, std::string_view indent,
                           std::string_view mark, std::string_view reset) {
  const FigureSpan* span = FigureOfFinding(fact, finding);
  if (span == nullptr) return {};
  // Cut the sentence into before / figure / after by code points.
  std::string before, figure, after;
  std::size_t n = 0;
  Utf8Reader reader(fact.quote);
  std::size_t pos = 0;
  while (!reader.done()) {
    reader.Next();
    const std::size_t next = reader.position();
    const std::string_view piece = std::string_view(fact.quote).substr(pos, next - pos);
    if (n < span->in_quote) before += piece;
    else if (n < span->in_quote + span->length) figure += piece;
    else after += piece;
    pos = next;
    ++n;
  }
  // Long sentences keep kContext code points on each side of the figure.
  const std::size_t before_cp = static_cast<std::size_t>(CodePointColumn(before, before.size()));
  if (before_cp > kContext) {
    std::size_t skip = before_cp - kContext, at = 0;
    for (Utf8Reader r(before); !r.done() && skip > 0; --skip) {
      r.Next();
      at = r.position();
    }
    before = "\u2026" + before.substr(at);
  }
  const std::size_t after_cp = static_cast<std::size_t>(CodePointColumn(after, after.size()));
  if (after_cp > kContext) {
    std::size_t keep = kContext, at = 0;
    for (Utf8Reader r(after); !r.done() && keep > 0; --keep) {
      r.Next();
      at = r.position();
    }
    after = after.substr(0, at) + "\u2026";
  }
  before = Inert(before);
  figure = Inert(figure);
  after = Inert(after);
  std::string out = fmt::format("{}| {}{}{}\n", indent, before, figure, after);
  const int width = DisplayWidth(figure);
  out += fmt::format("{}| {}{}{}{}\n", indent, std::string(static_cast<std::size_t>(DisplayWidth(before)), ' '), mark,
                     std::string(static_cast<std::size_t>(width > 0 ? width : 1), '^'), reset);
  // A correction only for a figure that is wrong (a note's recomputed figure is no correction).
  if (finding.severity != Severity::kNote && !finding.recomputed.empty() && finding.recomputed != finding.stated) {
    out += fmt::format("{}= corrected: {}\n", indent, Inert(finding.recomputed));
  }
  return out;
}

}  // namespace figcheck
