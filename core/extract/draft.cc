#include "core/extract/draft.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "core/base/utf8.h"
#include "core/extract/article_text.h"
#include "core/extract/fact_names.h"
#include "core/extract/figure_scanner.h"
#include "core/money/parse.h"

namespace figcheck {
namespace {

bool At(std::string_view s, std::size_t i, std::string_view lit) { return i <= s.size() && s.substr(i).starts_with(lit); }

std::size_t SkipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// The ')' that closes the '(' at `open`, or npos.
std::size_t MatchingParen(std::string_view s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// The end of a figure including a converted figure in parentheses right after it.
std::size_t EndWithParens(std::string_view s, std::size_t end) {
  std::size_t k = SkipSpaces(s, end);
  if (k < s.size() && s[k] == '(') {
    const std::size_t close = MatchingParen(s, k);
    if (close != std::string_view::npos) return close + 1;
  }
  return end;
}

struct GrowthVerb {
  std::string_view word;
  bool decrease;
};
// Korean verbs after a change: "51% 증가한", "12% 늘어난", "3.2% 감소했다".
constexpr std::array kKoreanVerbs = {
    GrowthVerb{"증가", false}, GrowthVerb{"늘어", false}, GrowthVerb{"늘었", false}, GrowthVerb{"늘린", false},
    GrowthVerb{"상승", false}, GrowthVerb{"급증", false}, GrowthVerb{"성장", false}, GrowthVerb{"뛰었", false},
    GrowthVerb{"뛴", false}, GrowthVerb{"확대", false}, GrowthVerb{"많", false}, GrowthVerb{"올라", false}, GrowthVerb{"오른", false},
    GrowthVerb{"올랐", false}, GrowthVerb{"증대", false}, GrowthVerb{"신장", false}, GrowthVerb{"급등", false},
    GrowthVerb{"감소", true}, GrowthVerb{"줄어", true}, GrowthVerb{"줄었", true}, GrowthVerb{"줄어든", true},
    GrowthVerb{"하락", true}, GrowthVerb{"급감", true}, GrowthVerb{"축소", true}, GrowthVerb{"떨어", true},
    GrowthVerb{"내린", true}, GrowthVerb{"내려", true}, GrowthVerb{"급락", true}, GrowthVerb{"감액", true},
};
// Words between a Korean change and its verb: "51%나 증가", "12% 가량 늘어".
constexpr std::array<std::string_view, 9> kKoreanLinks = {"이나", "나", "가량", "정도", "씩", "가", "이", "로", "나 "};

// English verbs before a change: "rose 12%", "fell by 3.2%", "up 5%".
constexpr std::array kEnglishVerbs = {
    GrowthVerb{"rose", false}, GrowthVerb{"rises", false}, GrowthVerb{"risen", false}, GrowthVerb{"rise", false},
    GrowthVerb{"increased", false}, GrowthVerb{"increases", false}, GrowthVerb{"up", false},
    GrowthVerb{"grew", false}, GrowthVerb{"grown", false}, GrowthVerb{"jumped", false}, GrowthVerb{"climbed", false},
    GrowthVerb{"surged", false}, GrowthVerb{"gained", false}, GrowthVerb{"soared", false},
    GrowthVerb{"advanced", false}, GrowthVerb{"expanded", false},
    GrowthVerb{"fell", true}, GrowthVerb{"fallen", true}, GrowthVerb{"falls", true}, GrowthVerb{"dropped", true},
    GrowthVerb{"declined", true}, GrowthVerb{"decreased", true}, GrowthVerb{"down", true}, GrowthVerb{"slid", true},
    GrowthVerb{"slipped", true}, GrowthVerb{"plunged", true}, GrowthVerb{"tumbled", true}, GrowthVerb{"sank", true},
    GrowthVerb{"shrank", true}, GrowthVerb{"lost", true},
    // "its net profit plummeted 99 percent on-year" (tests/articles/en-2022-yonhap-naver-q1-net).
    GrowthVerb{"plummeted", true}, GrowthVerb{"slumped", true}, GrowthVerb{"skyrocketed", false},
    // "is expected to jump 80.73 percent on-year to 13.4 trillion won" (tests/articles/en-2017-
    // koreaherald-listed-firms-q1-forecast), "…, decreasing by 87.7 percent year on year"
    // (tests/articles/en-2022-steelorbis-china-steel-profits-jan-aug).
    GrowthVerb{"jump", false}, GrowthVerb{"grow", false}, GrowthVerb{"climb", false}, GrowthVerb{"surge", false},
    GrowthVerb{"increase", false}, GrowthVerb{"soar", false}, GrowthVerb{"fall", true}, GrowthVerb{"drop", true},
    GrowthVerb{"decline", true}, GrowthVerb{"decrease", true}, GrowthVerb{"plunge", true},
    GrowthVerb{"rising", false}, GrowthVerb{"increasing", false}, GrowthVerb{"growing", false},
    GrowthVerb{"jumping", false}, GrowthVerb{"falling", true}, GrowthVerb{"decreasing", true},
    GrowthVerb{"declining", true}, GrowthVerb{"dropping", true},
};
// English nouns after a change: "a 12% increase in revenue to $3 billion".
constexpr std::array kEnglishNouns = {
    GrowthVerb{" increase", false}, GrowthVerb{" rise", false}, GrowthVerb{" gain", false},
    GrowthVerb{" jump", false}, GrowthVerb{" growth", false}, GrowthVerb{" surge", false},
    GrowthVerb{" decrease", true}, GrowthVerb{" decline", true}, GrowthVerb{" drop", true}, GrowthVerb{" fall", true},
};

struct GrowthCue {
  bool found = false;
  bool decrease = false;
  std::size_t after = 0;  // where the verb ends (Korean) or the change ends (English)
  // Korean: the verb ends its clause ("증가했다", "늘었으며", "증가했고"), so a figure after it
  // belongs to the next clause, not to this change ("늘어난 150억 달러" does not end it).
  bool clause_ends = false;
  // "약 5배 수준이다": a ratio that is a change only next to the figure it was measured from.
  bool needs_previous = false;
};

// Endings of a Korean verb word that close its clause.
bool EndsClause(std::string_view tail) {
  for (std::string_view e : {"다", "며", "지만", "는데", "으나", "\"", "”", "’", "'"}) {
    if (tail.find(e) != std::string_view::npos) return true;
  }
  return tail.ends_with("고");
}

GrowthCue FindGrowthCue(std::string_view s, const FigureMention& c, std::string_view language) {
  GrowthCue cue;
  if (language == "ko") {
    // "17.0%(9억8000만 달러)나 줄어": the change in money, in parentheses, sits between.
    std::size_t k = EndWithParens(s, c.end);
    for (int round = 0; round < 2; ++round) {
      bool moved = false;
      for (std::string_view link : kKoreanLinks) {
        if (At(s, k, link)) {
          k += link.size();
          moved = true;
          break;
        }
      }
      if (!moved) break;
    }
    k = SkipSpaces(s, k);
    // Words between the change and its verb: "각각 전년 동기 대비 65%, 71% 크게 늘었다"
    // (tests/articles/ko-2024-asiatoday-kospi-q3-cumulative), "전년 대비 1% 수준 감소한"
    // (tests/articles/ko-2024-etoday-japan-firms-strong-yen-outlook).
    for (std::string_view adverb : {"크게 ", "소폭 ", "대폭 ", "수준 "}) {
      if (At(s, k, adverb)) {
        k = SkipSpaces(s, k + adverb.size());
        break;
      }
    }
    for (const GrowthVerb& v : kKoreanVerbs) {
      if (At(s, k, v.word)) {
        cue.found = true;
        cue.decrease = v.decrease;
        std::size_t e = k + v.word.size();
        // The rest of the verb word: "증가한", "증가했다", "늘어난".
        while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '.') ++e;
        cue.after = e;
        cue.clause_ends = EndsClause(s.substr(k + v.word.size(), e - k - v.word.size()));
        return cue;
      }
    }
    // "301억6700만엔(약 2732억원)으로 전년 동월(62억8500만엔) 대비 약 5배 수준이다"
    // (tests/articles/ko-2023-newsway-yen-sales-banks): a ratio "N배" with "수준", "에 달",
    // "에 이르" is a change, but only where the figure it was measured from is printed.
    if (c.text.ends_with("배")) {
      for (std::string_view w : {"수준", "에 달", "에 이르"}) {
        if (At(s, k, w)) {
          cue.found = cue.needs_previous = cue.clause_ends = true;
          cue.after = k + w.size();
          return cue;
        }
      }
    }
    return cue;
  }
  // English: the word before the change (skipping "by").
  std::size_t b = c.begin;
  while (b > 0 && s[b - 1] == ' ') --b;
  std::size_t ws = b;
  while (ws > 0 && s[ws - 1] != ' ') --ws;
  std::string_view word = s.substr(ws, b - ws);
  if (word == "by" || word == "about" || word == "nearly" || word == "some" || word == "almost") {
    std::size_t b2 = ws;
    while (b2 > 0 && s[b2 - 1] == ' ') --b2;
    std::size_t ws2 = b2;
    while (ws2 > 0 && s[ws2 - 1] != ' ') --ws2;
    word = s.substr(ws2, b2 - ws2);
  }
  while (!word.empty() && word.back() == ',') word.remove_suffix(1);
  for (const GrowthVerb& v : kEnglishVerbs) {
    if (word == v.word) {
      cue.found = true;
      cue.decrease = v.decrease;
      cue.after = c.end;
      return cue;
    }
  }
  for (const GrowthVerb& v : kEnglishNouns) {
    if (At(s, c.end, v.word)) {
      cue.found = true;
      cue.decrease = v.decrease;
      cue.after = c.end + v.word.size();
      return cue;
    }
  }
  return cue;
}

bool SameCurrency(const FigureMention& a, const FigureMention& b) {
  return a.currency != nullptr && a.currency == b.currency;
}

// Words that say the figure after them is the one before converted: "…1조 2000억엔, 우리 돈으로
// 약 12조8천억 원", "3억 위안, 한화로 약 540억원", "€2.3bn, or about $2.5bn".
constexpr std::array<std::string_view, 20> kConversionLinks = {
    ", 우리 돈으로 ", ", 우리돈으로 ", ", 한화로 ", ", 원화로 ", ", 원화로는 ", ", 한화로는 ", " 우리 돈으로 ",
    ", 우리나라 돈으로 ", ", 한국 돈으로 ", ", 우리 돈 ", ", 우리 돈으로는 ", ", 원화 ", "(우리 돈 ",
    ", or ", " or ", ", which works out to ", ", equivalent to ", ", or the equivalent of ", ", equal to ", ", ",
};
// A sentence that opens with these converts the last figure of the sentence before:
// "…2억 달러를 들였다. 한화로 약 2600억원이다."
constexpr std::array<std::string_view, 8> kSplitConversionOpeners = {
    "한화로 ", "우리 돈으로 ", "우리돈으로 ", "원화로 ", "한화로는 ", "원화로는 ", "이는 한화로 ", "이는 우리 돈으로 ",
};
// Qualifiers that mark a figure as a conversion of the one before it.
bool ConversionQualifier(std::string_view q) {
  return q.find("약") != std::string_view::npos || q.find("한화") != std::string_view::npos ||
         q.find("원화") != std::string_view::npos || q.find("미화") != std::string_view::npos ||
         q.find("about") != std::string_view::npos || q.find("roughly") != std::string_view::npos ||
         q.find("approximately") != std::string_view::npos || q.find("around") != std::string_view::npos ||
         q.find("some") != std::string_view::npos || q.find("nearly") != std::string_view::npos;
}

// Words that mark a figure as the earlier one a change is measured from.
constexpr std::array<std::string_view, 9> kPreviousAfter = {"보다", "대비", " 대비", "에서", "과 비교", "와 비교",
                                                            "에 비해", "이었던", "였던"};
constexpr std::array<std::string_view, 14> kPreviousBefore = {
    "지난해", "작년", "전년", "전년도", "같은 기간", "동기", "전분기", "전월", "from ", "a year earlier", "last year",
    "compared with ", "compared to ", "year-earlier ",
};

// Connectors inside a list of figures: "40억 달러와 24억 달러", "$2.5 billion and $1.7 billion".
bool ListConnector(std::string_view gap) {
  for (std::string_view c : {"와 ", "과 ", " and ", ", ", ",", "·", " 및 ", ", and "}) {
    if (gap == c) return true;
  }
  return false;
}

struct Builder {
  std::string_view s;               // the sentence, after the sentence before it when prior_end > 0
  std::size_t sentence_begin = 0;   // where this sentence starts in `s`
  std::string_view language;
  std::vector<FigureMention> m;
  std::vector<bool> used;
  std::vector<bool> converted;      // the converted figure of a conversion
  std::vector<DraftFact> facts;
  std::vector<UnreadFigure>* unread;
  bool split_conversion = false;    // a conversion took its amount from the sentence before

  bool InPrior(std::size_t i) const { return m[i].begin < sentence_begin; }

  DraftFact NewFact(FactKind kind, std::size_t figure, bool uses_prior = false) const {
    DraftFact f;
    f.kind = kind;
    const std::size_t from = uses_prior ? 0 : sentence_begin;
    f.quote = std::string(s.substr(from));
    f.span_begin = CodePointOffset(s, from);
    f.span_end = CodePointOffset(s, s.size());
    f.figure_at = m[figure].begin - from;
    f.uses_prior = uses_prior;
    return f;
  }

  void Unread(const FigureMention& x, std::string reason) {
    if (unread) {
      unread->push_back(UnreadFigure{std::string(x.text), std::move(reason), CodePointOffset(s, sentence_begin),
                                     CodePointOffset(s, s.size()), x.begin - sentence_begin});
    }
  }

  // Writes a money mention as an amount fact (two for a range).
  void AddAmount(std::size_t i, std::string draft = {}) {
    const FigureMention& x = m[i];
    if (x.ambiguous_currency) {
      Unread(x, "'¥' may be yen or yuan; write the fact with the currency the article means");
      return;
    }
    if (x.range) {
      for (const std::string* end : {&x.range->low, &x.range->high}) {
        DraftFact f = NewFact(FactKind::kAmount, i);
        f.amount = *end;
        f.draft = draft.empty() ? "one end of the range '" + std::string(x.text) + "', completed from the other end"
                                : draft;
        facts.push_back(std::move(f));
      }
      return;
    }
    DraftFact f = NewFact(FactKind::kAmount, i);
    f.amount = std::string(x.text);
    f.draft = std::move(draft);
    facts.push_back(std::move(f));
  }

  // True when the text between two figures holds nothing but a short run of words: no digits,
  // no clause break.
  static bool QuietGap(std::string_view gap, std::size_t max) {
    return gap.size() <= max && gap.find_first_of("0123456789,.;:()\"") == std::string_view::npos;
  }

  // The partner inside the parentheses that open at `k`: an index and whether its currency is
  // implied. `strict` (the bracket is not right after the figure) asks for a figure that
  // starts the bracket.
  std::optional<std::pair<std::size_t, bool>> PartnerInParens(std::size_t i, std::size_t k, bool strict) const {
    const FigureMention& a = m[i];
    const std::size_t close = MatchingParen(s, k);
    if (close == std::string_view::npos) return std::nullopt;
    for (std::size_t j = i + 1; j < m.size() && m[j].begin < close; ++j) {
      if (m[j].begin < k) return std::nullopt;  // another figure between the figure and the bracket
      // Words before the figure are fine ("당시 약 2700억원"), but not a long aside.
      const std::string_view lead = s.substr(k + 1, m[j].begin - k - 1);
      if (lead.size() > (strict ? 0u : 30u) || lead.find_first_of("0123456789") != std::string_view::npos ||
          m[j].end > close) {
        return std::nullopt;
      }
      if (m[j].kind == MentionKind::kMoney) {
        // The same currency is a conversion only when the bracket says so ("5200만 달러(약
        // 680억 달러)": the checker reports it), not "5억원(전년 4억원)".
        if (SameCurrency(a, m[j]) && !(lead.empty() && ConversionQualifier(m[j].qualifier))) return std::nullopt;
        return std::make_pair(j, false);
      }
      if (m[j].kind == MentionKind::kBareNumber && !strict) {
        // "1억 달러(100억)": implied only when nothing else in the parentheses is money.
        for (std::size_t n = j + 1; n < m.size() && m[n].begin < close; ++n) {
          if (m[n].kind == MentionKind::kMoney) return std::nullopt;
        }
        return std::make_pair(j, true);
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The converted figure of the money mention `i`: an index and whether its currency is implied.
  std::optional<std::pair<std::size_t, bool>> ConversionPartner(std::size_t i) const {
    const FigureMention& a = m[i];
    const std::size_t k = SkipSpaces(s, a.end);
    if (k < s.size() && s[k] == '(') return PartnerInParens(i, k, false);
    // "2억 달러를 투자했다(약 2600억원)": the bracket after the verb or noun the figure belongs to.
    const std::size_t open = s.find('(', a.end);
    if (open != std::string_view::npos && QuietGap(s.substr(a.end, open - a.end), 30) &&
        (i + 1 >= m.size() || m[i + 1].begin > open)) {
      if (auto p = PartnerInParens(i, open, true); p && !p->second && m[p->first].currency != a.currency) return p;
    }
    if (i + 1 >= m.size() || m[i + 1].kind != MentionKind::kMoney || SameCurrency(a, m[i + 1])) return std::nullopt;
    const FigureMention& b = m[i + 1];
    const std::string_view gap = s.substr(a.end, b.begin - a.end);
    for (std::string_view link : kConversionLinks) {
      if (gap != link) continue;
      if (link == ", " || link == " or ") {
        // A bare comma links only a marked figure ("100만엔, 약 천3백만 원") or won after a
        // foreign currency in a Korean article ("약 500억엔, 6천540억 원").
        const bool marked = ConversionQualifier(b.qualifier);
        const bool won = language == "ko" && b.currency && b.currency->code == "KRW" && a.currency &&
                         a.currency->code != "KRW";
        if (!marked && !(link == ", " && won)) return std::nullopt;
        // "40억 달러, 24억 달러": a list, not a conversion (same currency is excluded above);
        // a figure followed by another list item is a list too.
        if (i + 2 < m.size() && m[i + 2].kind == MentionKind::kMoney &&
            s.substr(b.end, m[i + 2].begin - b.end) == ", ") {
          return std::nullopt;
        }
      }
      return std::make_pair(i + 1, false);
    }
    return std::nullopt;
  }

  void AddConversion(std::size_t i, std::size_t j, bool uses_prior = false) {
    const FigureMention& a = m[i];
    const FigureMention& b = m[j];
    used[i] = used[j] = true;
    converted[j] = true;
    if (a.range && b.range) {
      for (int end = 0; end < 2; ++end) {
        DraftFact f = NewFact(FactKind::kConversion, i, uses_prior);
        f.amount = end == 0 ? a.range->low : a.range->high;
        f.converted = end == 0 ? b.range->low : b.range->high;
        f.draft = std::string(end == 0 ? "low" : "high") + " end of the range '" + std::string(a.text) + "' (" +
                  std::string(b.text) + "), figures completed from the other end";
        facts.push_back(std::move(f));
      }
      return;
    }
    if (a.range || b.range) {
      const std::string why = "part of a range converted as a whole; pair the figures by hand";
      AddAmount(i, why);
      AddAmount(j, why);
      return;
    }
    DraftFact f = NewFact(FactKind::kConversion, i, uses_prior);
    f.amount = std::string(a.text);
    f.converted = std::string(b.text);
    if (uses_prior) f.draft = "the converted figure is in the next sentence; check that they belong together";
    facts.push_back(std::move(f));
  }

  // "3 trillion won and 2 trillion won ($2.5 billion and $1.7 billion), respectively",
  // "각각 40억 달러와 24억 달러(약 5조원과 3조원)": a list of figures converted by a list in brackets.
  bool ListConversion(std::size_t i) {
    std::size_t n = 1;
    while (i + n < m.size() && m[i + n].kind == MentionKind::kMoney && SameCurrency(m[i], m[i + n]) && !used[i + n] &&
           ListConnector(s.substr(m[i + n - 1].end, m[i + n].begin - m[i + n - 1].end))) {
      ++n;
    }
    if (n < 2) return false;
    const std::size_t k = SkipSpaces(s, m[i + n - 1].end);
    if (k >= s.size() || s[k] != '(') return false;
    const std::size_t close = MatchingParen(s, k);
    if (close == std::string_view::npos) return false;
    const std::size_t first = i + n;
    if (first + n > m.size() || m[first].begin > k + 1 + 8) return false;
    for (std::size_t t = 0; t < n; ++t) {
      const FigureMention& b = m[first + t];
      if (b.kind != MentionKind::kMoney || b.end > close || SameCurrency(m[i], b) || b.ambiguous_currency) return false;
      if (t > 0 && (!SameCurrency(m[first], b) ||
                    !ListConnector(s.substr(m[first + t - 1].end, b.begin - m[first + t - 1].end)))) {
        return false;
      }
    }
    if (first + n < m.size() && m[first + n].begin < close) return false;
    for (std::size_t t = 0; t < n; ++t) AddConversion(i + t, first + t);
    return true;
  }

  // The converted figures of the sentence before (its facts were drafted with it), so that
  // this sentence does not take one for a figure of its own.
  void MarkPriorConversions() {
    for (std::size_t i = 0; i < m.size() && InPrior(i); ++i) {
      if (m[i].kind != MentionKind::kMoney || converted[i]) continue;
      if (const auto partner = ConversionPartner(i); partner && InPrior(partner->first)) converted[partner->first] = true;
    }
  }

  void Conversions() {
    for (std::size_t i = 0; i < m.size(); ++i) {
      if (m[i].kind != MentionKind::kMoney || used[i] || InPrior(i)) continue;
      if (ListConversion(i)) continue;
      const auto partner = ConversionPartner(i);
      if (!partner) {
        // "(1850억달러, 220조원)": two figures in one bracket, one converting the other.
        const bool in_parens = m[i].begin > 0 && s[m[i].begin - 1] == '(';
        if (in_parens && i + 1 < m.size() && m[i + 1].kind == MentionKind::kMoney && !SameCurrency(m[i], m[i + 1]) &&
            ListConnector(s.substr(m[i].end, m[i + 1].begin - m[i].end)) && m[i + 1].end < s.size() &&
            s[m[i + 1].end] == ')' && !m[i].ambiguous_currency && !m[i + 1].ambiguous_currency) {
          AddConversion(i, i + 1);
        }
        continue;
      }
      const auto [j, implied] = *partner;
      const FigureMention& a = m[i];
      const FigureMention& b = m[j];
      if (a.ambiguous_currency || b.ambiguous_currency) continue;  // written as amounts, unread
      if (implied) {
        used[i] = used[j] = true;
        if (language != "ko" || (a.currency && a.currency->code == "KRW") || a.range) {
          AddAmount(i);
          Unread(b, "converted figure with no currency written");
          continue;
        }
        DraftFact f = NewFact(FactKind::kConversion, i);
        f.amount = std::string(a.text);
        f.converted = std::string(b.text) + "원";
        f.draft = "the article printed '" + std::string(b.text) +
                  "' with no currency; 원 (KRW) is assumed for a Korean article";
        facts.push_back(std::move(f));
        continue;
      }
      AddConversion(i, j);
      // "4조위안(775조원, 5860억달러)", "1852억위안(약 289억달러·31조3500억원)": more converted
      // figures in the same bracket, each another conversion of the first figure.
      const std::size_t close = b.begin > 0 && s[b.begin - 1] == '(' ? MatchingParen(s, b.begin - 1)
                                                                     : std::string_view::npos;
      for (std::size_t n = j + 1; close != std::string_view::npos && n < m.size() && m[n].end <= close; ++n) {
        if (m[n].kind != MentionKind::kMoney || used[n] || SameCurrency(a, m[n]) || m[n].ambiguous_currency ||
            !ListConnector(s.substr(m[n - 1].end, m[n].begin - m[n - 1].end))) {
          break;
        }
        AddConversion(i, n);
      }
    }
  }

  // "…2억 달러를 들였다. 한화로 약 2600억원이다.": the sentence converts the last figure of the
  // sentence before.
  void SplitConversion() {
    if (sentence_begin == 0) return;
    std::size_t first = m.size();
    for (std::size_t j = 0; j < m.size(); ++j) {
      if (!InPrior(j)) {
        first = j;
        break;
      }
    }
    if (first == 0 || first == m.size() || m[first].kind != MentionKind::kMoney || used[first]) return;
    const std::size_t a = first - 1;
    if (m[a].kind != MentionKind::kMoney || SameCurrency(m[a], m[first]) || m[a].ambiguous_currency ||
        m[first].ambiguous_currency || (m[a].begin > 0 && s[m[a].begin - 1] == '(')) {
      return;
    }
    // Nothing converts the earlier figure inside its own sentence.
    const std::size_t after = SkipSpaces(s, m[a].end);
    if (after < s.size() && s[after] == '(') return;
    const std::string_view opening = s.substr(sentence_begin, m[first].begin - sentence_begin);
    bool linked = false;
    for (std::string_view opener : kSplitConversionOpeners) {
      if (opening == opener || opening == std::string(opener) + "약 " ||
          (opening.starts_with(opener) && opening.size() <= opener.size() + 12)) {
        linked = true;
      }
    }
    if (!linked) return;
    AddConversion(a, first, /*uses_prior=*/true);
    split_conversion = true;
  }

  // The money mention closest after `from` with only a short, unbroken gap, or npos.
  std::size_t MoneyAfter(std::size_t from, std::size_t max_gap) const {
    for (std::size_t j = 0; j < m.size(); ++j) {
      if (m[j].kind != MentionKind::kMoney || m[j].begin < from) continue;
      const std::string_view gap = s.substr(from, m[j].begin - from);
      if (gap.size() > max_gap || gap.find(',') != std::string_view::npos || gap.find(". ") != std::string_view::npos) {
        return std::string_view::npos;
      }
      return j;
    }
    return std::string_view::npos;
  }

  // The money mention that ends (with its parentheses) right before `link` at `at`.
  std::size_t MoneyBefore(std::size_t at, std::size_t max_gap) const {
    std::size_t best = std::string_view::npos;
    for (std::size_t j = 0; j < m.size(); ++j) {
      if (m[j].kind != MentionKind::kMoney || m[j].end > at) continue;
      if (m[j].begin > 0 && s[m[j].begin - 1] == '(') continue;  // a converted figure
      const std::size_t e = EndWithParens(s, m[j].end);
      if (e <= at && at - e <= max_gap) best = j;
    }
    return best;
  }

  // The money mention (with its parentheses) before `at` with only a few plain words between,
  // or npos: "127.1 trillion won (US$98 billion) last year, up 99.6 percent".
  std::size_t MoneyBeforeQuietGap(std::size_t at, std::size_t max_gap) const {
    std::size_t best = std::string_view::npos;
    for (std::size_t j = 0; j < m.size(); ++j) {
      if (m[j].kind != MentionKind::kMoney || m[j].end > at) continue;
      if (m[j].begin > 0 && s[m[j].begin - 1] == '(') continue;  // a converted figure
      const std::size_t e = EndWithParens(s, m[j].end);
      if (e <= at && QuietGap(s.substr(e, at - e), max_gap)) best = j;
    }
    return best;
  }

  // Where the text after mention j goes on: past its own closing bracket when it sits alone in
  // brackets ("전년(20억 9000만달러)대비"), else past a converted figure in brackets.
  std::size_t AfterMention(std::size_t j) const {
    std::size_t e = m[j].end;
    if (e < s.size() && s[e] == ')') return e + 1;
    return EndWithParens(s, e);
  }

  // A figure in the same currency as `current` that the text marks as the earlier one
  // ("지난해 같은 기간(134억 달러)보다", "전년(20억 9000만달러)대비", "up from $410 million",
  // "a year earlier"), in this sentence; npos when there is none. The nearest one before the
  // change wins, then the first after it. A figure of the sentence before is not taken when the
  // change and its current figure are both in this sentence: on the 62 real articles of
  // tests/articles every such link was wrong (another subject's "compared with 33.6 trillion won
  // … last year", en-2017-koreaherald-listed-firms-q1-forecast; operating profit for sales,
  // en-2020-yonhap-woori-financial-q2; seven in all, none right), each then reported by the
  // check as a wrong growth figure. (A change in the sentence before with both figures here is
  // GrowthFromChangeBefore; "이는 …" after its figure is Growth.)
  std::size_t MarkedPrevious(std::size_t current, std::size_t change) const {
    constexpr std::size_t kNone = std::string_view::npos;
    std::size_t before_change = kNone, after_change = kNone;
    for (std::size_t j = 0; j < m.size(); ++j) {
      if (j == current || m[j].kind != MentionKind::kMoney || converted[j] || m[j].range || InPrior(j)) continue;
      if (!SameCurrency(m[j], m[current])) continue;
      const std::size_t e = AfterMention(j);
      bool marked = false;
      for (std::string_view w : kPreviousAfter) {
        if (At(s, e, w)) marked = true;
      }
      const std::size_t look = m[j].begin >= 24 ? m[j].begin - 24 : 0;
      const std::string_view before = s.substr(look, m[j].begin - look);
      for (std::string_view w : kPreviousBefore) {
        if (before.find(w) != std::string_view::npos) marked = true;
      }
      if (language == "en") {
        const std::size_t t = SkipSpaces(s, e);
        if (At(s, t, "a year earlier") || At(s, t, "a year ago") || At(s, t, "in the same period") ||
            At(s, t, "last year")) {
          marked = true;
        }
      }
      if (!marked) continue;
      if (j < change) {
        before_change = j;
      } else if (after_change == kNone) {
        after_change = j;
      }
    }
    return before_change != kNone ? before_change : after_change;
  }

  // "…net profit for 2018 soared 33.34 percent from a year earlier. Net profit came to 2.04
  // trillion won ($1.81 billion) in 2018, up from 1.51 trillion won a year earlier": the change
  // in the sentence before, the figures in this one. Only when both figures are here.
  void GrowthFromChangeBefore() {
    if (sentence_begin == 0) return;
    for (std::size_t c = 0; c < m.size() && InPrior(c); ++c) {
      if (m[c].kind != MentionKind::kChange) continue;
      const GrowthCue cue = FindGrowthCue(s, m[c], language);
      if (!cue.found) continue;
      // A money figure after the change in its own sentence took it already; so did one before
      // it ("…774 billion won (US$ 647.1 million), down 39.2 percent from a year earlier." must
      // not lend its change to the next sentence's "1.17 trillion won …, compared with 1.71
      // trillion won", tests/articles/en-2020-yonhap-woori-financial-q2; likewise "…(1조1686억원)
      // 보다 26.3% 증가했다" to the next sentence's figures, ko-2018-miraebiz-hanwha-2017-results).
      bool taken = false;
      for (std::size_t j = c + 1; j < m.size() && InPrior(j); ++j) taken = taken || m[j].kind != MentionKind::kBareNumber;
      for (std::size_t j = 0; j < c; ++j) taken = taken || m[j].kind == MentionKind::kMoney;
      if (taken) return;
      std::size_t current = std::string_view::npos;
      for (std::size_t j = c + 1; j < m.size(); ++j) {
        if (!InPrior(j) && m[j].kind == MentionKind::kMoney && !converted[j] && !m[j].range) {
          current = j;
          break;
        }
      }
      if (current == std::string_view::npos) return;
      const std::size_t previous = MarkedPrevious(current, c);
      if (previous == std::string_view::npos || InPrior(previous) || previous < current) return;
      DraftFact f = NewFact(FactKind::kGrowth, current, /*uses_prior=*/true);
      f.current = std::string(m[current].text);
      f.previous = std::string(m[previous].text);
      f.change = std::string(m[c].text);
      if (cue.decrease && !f.change.starts_with("-")) f.change = language == "ko" ? f.change + " 감소" : "fell " + f.change;
      used[current] = used[previous] = true;
      facts.push_back(std::move(f));
      return;
    }
  }

  // True when a change is mentioned in s[from, m[c].begin).
  bool ChangeBetween(std::size_t from, std::size_t c) const {
    for (std::size_t j = 0; j < c; ++j) {
      if (m[j].kind == MentionKind::kChange && m[j].begin >= from) return true;
    }
    return false;
  }

  // True when the words right after mention j mark it as an earlier figure ("…(1조1686억원)
  // 대비", "1억3천3백만달러(1천504억원)보다", "212억 달러에서").
  bool MarkedAsEarlier(std::size_t j) const {
    const std::size_t e = AfterMention(j);
    return std::any_of(kPreviousAfter.begin(), kPreviousAfter.end(), [&](std::string_view w) { return At(s, e, w); });
  }

  // A Korean respectively-list of changes, "각각 13.9%, 47% 증가", with as many figures before
  // it: "매출 3조9654억원, 영업이익 5884억원을 기록해 2016년(매출 3조4828억원, 영업이익 4003억원)
  // 대비 각각 13.9%, 47% 증가했다" (tests/articles/ko-2018-miraebiz-hanwha-2017-results) pairs the
  // n current figures with the n earlier ones in the bracket marked "대비"/"보다"; "영업이익
  // (27조5,978억원)과 순이익(20조3,218억원)은 각각 7.44%, 0.98% 증가" (tests/articles/ko-2019-
  // wowtv-listed-firms-2018-results) has the current figures only. The list ends in one verb,
  // which gives every change its direction.
  void RespectivelyGrowth() {
    if (language != "ko") return;
    for (std::size_t c = 0; c < m.size(); ++c) {
      if (m[c].kind != MentionKind::kChange || InPrior(c) || used[c]) continue;
      // "각각" before the list, with no figure between: "대비 각각 13.9%, 47%", "각각 전년 동기 대비 65%, 71%".
      std::size_t look = std::max(m[c].begin >= 40 ? m[c].begin - 40 : 0, sentence_begin);
      if (c > 0 && m[c - 1].end > look) look = m[c - 1].end;
      if (s.substr(look, m[c].begin - look).find("각각") == std::string_view::npos) continue;
      std::size_t n = 1;
      while (c + n < m.size() && m[c + n].kind == MentionKind::kChange &&
             ListConnector(s.substr(m[c + n - 1].end, m[c + n].begin - m[c + n - 1].end))) {
        ++n;
      }
      if (n < 2) continue;
      const GrowthCue cue = FindGrowthCue(s, m[c + n - 1], language);
      if (!cue.found || cue.needs_previous) continue;
      // The money figures of this sentence before the list, nearest last; not converted ones.
      std::vector<std::size_t> before;
      for (std::size_t j = 0; j < c; ++j) {
        if (m[j].kind != MentionKind::kMoney || InPrior(j) || converted[j]) continue;
        before.push_back(j);
      }
      // "영업이익은 155조6463억원, 순이익은 119조1222억원을 기록했다. 각각 전년 동기 대비 65%, 71%
      // 크게 늘었다." (tests/articles/ko-2024-asiatoday-kospi-q3-cumulative): a sentence that opens
      // with "각각" and has no figure of its own refers to the figures of the sentence before.
      bool from_prior = false;
      if (before.empty() && At(s, sentence_begin, "각각")) {
        for (std::size_t j = 0; j < c; ++j) {
          if (m[j].kind == MentionKind::kMoney && InPrior(j) && !converted[j] && !used[j]) before.push_back(j);
        }
        from_prior = true;
      }
      if (before.size() < n) continue;
      std::vector<std::size_t> currents(before.end() - static_cast<std::ptrdiff_t>(n), before.end());
      std::vector<std::size_t> previous;
      // The last n alone in one bracket marked as earlier ("2016년(매출 …, 영업이익 …) 대비"):
      // they are the previous figures, and the n before them the current ones.
      const std::size_t open = from_prior ? std::string_view::npos : s.rfind('(', m[currents.front()].begin);
      const std::size_t close = open == std::string_view::npos ? open : MatchingParen(s, open);
      if (close != std::string_view::npos && close >= m[currents.back()].end && close < m[c].begin &&
          (before.size() == n || m[before[before.size() - n - 1]].end <= open)) {
        bool marked = false;
        for (std::string_view w : kPreviousAfter) marked = marked || At(s, close + 1, w);
        if (marked) {
          if (before.size() < 2 * n) continue;
          previous = currents;
          currents.assign(before.end() - static_cast<std::ptrdiff_t>(2 * n), before.end() - static_cast<std::ptrdiff_t>(n));
        }
      }
      bool fits = true;
      for (std::size_t t = 0; t < n; ++t) {
        const FigureMention& cur = m[currents[t]];
        if (cur.range || cur.ambiguous_currency || cur.currency == nullptr || MarkedAsEarlier(currents[t])) fits = false;
        if (!previous.empty() && (m[previous[t]].range || !SameCurrency(m[previous[t]], cur))) fits = false;
      }
      if (!fits) continue;
      for (std::size_t t = 0; t < n; ++t) {
        DraftFact f = NewFact(FactKind::kGrowth, currents[t], from_prior);
        f.current = std::string(m[currents[t]].text);
        f.change = std::string(m[c + t].text);
        if (cue.decrease && !f.change.starts_with("-")) f.change += " 감소";
        used[currents[t]] = used[c + t] = true;
        if (!previous.empty()) {
          f.previous = std::string(m[previous[t]].text);
          used[previous[t]] = true;
        } else {
          f.draft = "no previous figure in the article: add `previous` from a source (the check reports the range "
                    "the change implies for it)";
        }
        facts.push_back(std::move(f));
      }
      c += n - 1;
    }
  }

  // The text between two changes of an English list: ", ", " and ", ", and ", each maybe followed
  // by one growth word ("down 27.9 percent, down 11.5 percent and up 4.7 percent").
  static bool ChangeListGap(std::string_view gap) {
    for (std::string_view c : {", and ", " and ", ", "}) {
      if (!gap.starts_with(c)) continue;
      std::string_view rest = gap.substr(c.size());
      if (rest.empty()) return true;
      if (!rest.ends_with(" ")) return false;
      rest.remove_suffix(1);
      return rest.find_first_of(" 0123456789,.;:()") == std::string_view::npos && rest.size() <= 12;
    }
    return false;
  }

  // "recorded gross profits of RMB 47.95 billion ($6.8 billion), RMB 114.6 billion ($16.2
  // billion) and RMB 38.57 billion ($5.5 billion), down 27.9 percent, down 11.5 percent and up 4.7
  // percent year on year, respectively" (tests/articles/en-2022-steelorbis-china-steel-profits-
  // jan-aug): n figures in a list, then n changes in a list, closed by "respectively"; each
  // change takes its growth word, each figure its change in order. No previous figures.
  void EnglishRespectivelyGrowth() {
    if (language != "en") return;
    for (std::size_t c = 0; c < m.size(); ++c) {
      if (m[c].kind != MentionKind::kChange || InPrior(c) || used[c]) continue;
      std::size_t n = 1;
      while (c + n < m.size() && m[c + n].kind == MentionKind::kChange &&
             ChangeListGap(s.substr(m[c + n - 1].end, m[c + n].begin - m[c + n - 1].end))) {
        ++n;
      }
      if (n < 2) continue;
      const std::size_t last_end = m[c + n - 1].end;
      const std::string_view tail = s.substr(last_end, std::min<std::size_t>(40, s.size() - last_end));
      const std::size_t resp = tail.find("respectively");
      if (resp == std::string_view::npos || tail.substr(0, resp).find_first_of("0123456789;:(") != std::string_view::npos) {
        continue;
      }
      std::vector<GrowthCue> cues;
      for (std::size_t t = 0; t < n; ++t) cues.push_back(FindGrowthCue(s, m[c + t], language));
      if (!cues.front().found) continue;
      // The figures: the last n money mentions before the list (converted ones aside), joined by
      // list connectors, the last one followed by ", " and the first change's words.
      std::vector<std::size_t> before;
      for (std::size_t j = 0; j < c; ++j) {
        if (m[j].kind == MentionKind::kMoney && !InPrior(j) && !converted[j]) before.push_back(j);
      }
      if (before.size() < n) continue;
      const std::vector<std::size_t> figures(before.end() - static_cast<std::ptrdiff_t>(n), before.end());
      bool fits = true;
      for (std::size_t t = 0; t + 1 < n && fits; ++t) {
        const std::size_t e = EndWithParens(s, m[figures[t]].end);
        fits = e <= m[figures[t + 1]].begin && ListConnector(s.substr(e, m[figures[t + 1]].begin - e));
      }
      const std::size_t e = EndWithParens(s, m[figures.back()].end);
      fits = fits && e <= m[c].begin && s.substr(e, m[c].begin - e).starts_with(", ") &&
             QuietGap(s.substr(e + 2, m[c].begin - e - 2), 16);
      for (std::size_t f = 0; f < n && fits; ++f) fits = !m[figures[f]].range && !m[figures[f]].ambiguous_currency;
      if (!fits) continue;
      for (std::size_t t = 0; t < n; ++t) {
        // "down 27.9 percent, 11.5 percent": a change without its own word takes the one before.
        const GrowthCue& cue = cues[t].found ? cues[t] : cues[t > 0 ? t - 1 : 0];
        DraftFact f = NewFact(FactKind::kGrowth, figures[t]);
        f.current = std::string(m[figures[t]].text);
        f.change = std::string(m[c + t].text);
        if (cue.decrease && !f.change.starts_with("-")) f.change = "fell " + f.change;
        f.draft = "no previous figure in the article: add `previous` from a source (the check reports the range "
                  "the change implies for it)";
        used[figures[t]] = used[c + t] = true;
        facts.push_back(std::move(f));
      }
      c += n - 1;
    }
  }

  // Korean "X을 기록해 전년(Y) 대비 N% 증가": the figure the text marks as the earlier one, right
  // before the change, and the figure of the same currency before it; npos when there is none.
  std::pair<std::size_t, std::size_t> CurrentBeforePrevious(std::size_t change) const {
    constexpr std::size_t kNone = std::string_view::npos;
    for (std::size_t p = change; p-- > 0;) {
      if (m[p].kind != MentionKind::kMoney || InPrior(p)) continue;
      if (converted[p]) continue;
      const std::size_t e = AfterMention(p);
      bool marked = false;
      for (std::string_view w : kPreviousAfter) {
        if (At(s, e, w)) marked = true;
      }
      if (!marked || m[change].begin - e > 40) return {kNone, kNone};
      for (std::size_t j = p; j-- > 0;) {
        if (m[j].kind != MentionKind::kMoney || InPrior(j) || converted[j] || m[j].range) continue;
        // "6억3천1백만달러(7천137억원)로 2013년도 1억3천3백만달러(1천504억원)보다 … 2010년의
        // 2천8백만달러(317억원)와 비교하면 22.5배나 늘어났다" (tests/articles/ko-2015-cop25-china-
        // investment-in-korea): a figure that is itself an earlier one is not the current one.
        if (MarkedAsEarlier(j)) continue;
        if (!SameCurrency(m[j], m[p])) return {kNone, kNone};
        return {j, p};
      }
      return {kNone, kNone};
    }
    return {kNone, kNone};
  }

  void Growth() {
    RespectivelyGrowth();
    EnglishRespectivelyGrowth();
    for (std::size_t c = 0; c < m.size(); ++c) {
      if (m[c].kind != MentionKind::kChange || InPrior(c) || used[c]) continue;
      const GrowthCue cue = FindGrowthCue(s, m[c], language);
      if (!cue.found) continue;
      std::size_t current = std::string_view::npos;
      std::size_t previous = std::string_view::npos;
      if (language == "ko") {
        // "…보다 66.8% 늘었으며 같은기간 매출은 15조1801억원에서…": a figure after a verb that
        // ends its clause is the next clause's (tests/articles/ko-2018-miraebiz-hanwha-2017-results).
        if (!cue.clause_ends) current = MoneyAfter(cue.after, 24);
        if (current == std::string_view::npos) {
          // "매출이 3조원으로 12% 증가했다", "22억 8000만달러로 전년(20억 9000만달러)대비 9.5% 증가"
          for (std::size_t j = c; j-- > 0;) {
            if (m[j].kind != MentionKind::kMoney || InPrior(j)) continue;
            if (m[j].begin > 0 && s[m[j].begin - 1] == '(') continue;
            const std::size_t e = EndWithParens(s, m[j].end);
            if ((At(s, e, "으로") || At(s, e, "로")) && m[c].begin - e <= 90) {
              current = j;
              break;
            }
          }
        }
        if (current != std::string_view::npos) {
          // "2조원에서 3조원으로"
          for (std::size_t j = 0; j < current; ++j) {
            if (m[j].kind != MentionKind::kMoney || (m[j].begin > 0 && s[m[j].begin - 1] == '(')) continue;
            const std::size_t e = EndWithParens(s, m[j].end);
            if (At(s, e, "에서") && m[current].begin - e <= 20) previous = j;
          }
        } else if (const auto pair = CurrentBeforePrevious(c); pair.first != std::string_view::npos) {
          // "영업이익이 2조1300억원을 기록해 전년 동기(1조1686억원) 대비 26.3% 증가했다"
          current = pair.first;
          previous = pair.second;
        } else if (sentence_begin > 0 && (At(s, sentence_begin, "이는 ") || At(s, sentence_begin, "이 ")) &&
                   m[c].begin - sentence_begin <= 60 && !ChangeBetween(sentence_begin, c)) {
          // Only a change right after "이는": not "이는 자기자본 대비 54.72%에 해당하는 규모이며 … 선박 수가
          // 2배로 늘어" (tests/articles/ko-2011-hankyung-china-ocean-resources-vessels).
          // "…151억 달러(약 17조3650억 원)로 집계됐다. 이는 지난해 같은 기간보다 72.8% 증가한 수치다."
          for (std::size_t j = c; j-- > 0;) {
            if (m[j].kind == MentionKind::kMoney && InPrior(j) && !converted[j]) {
              current = j;
              break;
            }
          }
        }
      } else {
        // "rose 12% to $3 billion", "a 12% increase to $3 billion"
        std::size_t k = SkipSpaces(s, cue.after);
        // Wire headlines: "Poongsan Q2 net profit up 119.8 pct. to 8.1 bln won"
        // (tests/articles/en-2020-yonhap-poongsan-q2).
        if (m[c].text.ends_with("pct") && At(s, k, ". ")) k = SkipSpaces(s, k + 1);
        // "increased 42 percent from a year earlier to 3.9 trillion won"
        for (std::string_view period : {"from a year earlier ", "from a year ago ", "from the previous year ",
                                        "from last year ", "year-on-year ", "on-year ", "on year ", "year on year ",
                                        "on-quarter ", "quarter-on-quarter ", "from the previous quarter "}) {
          if (At(s, k, period)) k += period.size();
        }
        // "decreased 23.4 percent in the second quarter of the year from three months earlier to
        // 36.9 trillion won" (tests/articles/en-2021-koreaherald-listed-firms-h1): a few plain words
        // (no figure, no punctuation) before "to".
        if (!At(s, k, "to ") && !At(s, k, "from ")) {
          const std::size_t to = s.find(" to ", k);
          if (to != std::string_view::npos && QuietGap(s.substr(k, to - k), 64)) k = to + 1;
        }
        if (At(s, k, "to ")) {
          // "rose 12% to $3 billion", "jumped 8% to reach $3 billion", "to stand at"
          std::size_t t = k + 3;
          for (std::string_view verb : {"reach ", "hit ", "total ", "stand at ", "come to ", "hit a record "}) {
            if (At(s, t, verb)) {
              t += verb.size();
              break;
            }
          }
          current = MoneyAfter(t, 0);
        }
        if (current == std::string_view::npos && At(s, k, "from ")) {
          // "rose 12% from $2.7 billion to $3 billion"
          previous = MoneyAfter(k + 5, 0);
          if (previous != std::string_view::npos) {
            const std::size_t t = SkipSpaces(s, EndWithParens(s, m[previous].end));
            if (At(s, t, "to ")) current = MoneyAfter(t + 3, 0);
            if (current == std::string_view::npos) previous = std::string_view::npos;
          }
        }
        if (current == std::string_view::npos) {
          // "$3 billion, up 12%"
          std::size_t b = m[c].begin;
          while (b > 0 && s[b - 1] == ' ') --b;
          const std::size_t ws = s.rfind(' ', b > 0 ? b - 1 : 0);
          std::size_t verb_begin = ws == std::string_view::npos ? 0 : ws;
          // "…, decreasing by 87.7 percent": the verb is the word before "by".
          if (s.substr(verb_begin, b - verb_begin) == " by" && verb_begin > 0) {
            const std::size_t ws2 = s.rfind(' ', verb_begin - 1);
            verb_begin = ws2 == std::string_view::npos ? 0 : ws2;
          }
          std::size_t at = verb_begin;
          const bool comma = at > 0 && s[at - 1] == ',';
          if (comma) --at;
          current = MoneyBefore(at, 0);
          // "reported 746 trillion won ($562.2 billion) in revenue between January and June, up 19
          // percent" (tests/articles/en-2022-koreaherald-kospi-h1-results): a few words without
          // figures or punctuation may sit between the figure and the comma.
          if (current == std::string_view::npos && comma) current = MoneyBeforeQuietGap(at, 48);
          if (current != std::string_view::npos && InPrior(current)) current = std::string_view::npos;
        }
        if (current == std::string_view::npos && At(s, k, "from ")) {
          // "totaled 85.13 trillion won ($72.34 billion) ..., up 245.5 percent from 26.4 trillion won a year earlier"
          const std::size_t p = MoneyAfter(k + 5, 0);
          if (p != std::string_view::npos) {
            for (std::size_t j = c; j-- > 0;) {
              if (m[j].kind == MentionKind::kMoney && !InPrior(j) && !converted[j] && !m[j].range &&
                  SameCurrency(m[j], m[p]) && !(m[j].begin > 0 && s[m[j].begin - 1] == '(')) {
                current = j;
                previous = p;
                break;
              }
            }
          }
        }
        if (current != std::string_view::npos && previous == std::string_view::npos) {
          std::size_t e = SkipSpaces(s, EndWithParens(s, m[current].end));
          // "$500 million, up from $410 million"
          for (std::string_view w : {", up ", ", down ", " up ", " down "}) {
            if (At(s, e - (e > 0 && s[e - 1] == ' ' ? 1 : 0), w)) e = e - (s[e - 1] == ' ' ? 1 : 0) + w.size();
          }
          if (At(s, e, "from ")) previous = MoneyAfter(e + 5, 0);
        }
      }
      if (current == std::string_view::npos) continue;
      if (m[current].range || m[current].ambiguous_currency) continue;
      if (previous == std::string_view::npos) previous = MarkedPrevious(current, c);
      if (previous != std::string_view::npos && (m[previous].range || !SameCurrency(m[previous], m[current]))) {
        previous = std::string_view::npos;
      }
      if (cue.needs_previous && previous == std::string_view::npos) continue;
      const bool uses_prior = InPrior(current) || (previous != std::string_view::npos && InPrior(previous));
      DraftFact f = NewFact(FactKind::kGrowth, previous != std::string_view::npos && previous < current ? previous : current,
                            uses_prior);
      f.current = std::string(m[current].text);
      f.change = std::string(m[c].text);
      if (cue.decrease && !f.change.starts_with("-")) {
        f.change = language == "ko" ? f.change + " 감소" : "fell " + f.change;
      }
      used[current] = true;
      if (previous != std::string_view::npos) {
        f.previous = std::string(m[previous].text);
        used[previous] = true;
      } else {
        f.draft = "no previous figure in the article: add `previous` from a source (the check reports the range "
                  "the change implies for it)";
      }
      facts.push_back(std::move(f));
    }
  }
};

// Figure texts joined: facts with the same kind and texts in one sentence are one fact.
std::string FactKey(const DraftFact& f) {
  return std::string(DraftKindName(f.kind)) + "\x1f" + f.amount + "\x1f" + f.converted + "\x1f" + f.previous +
         "\x1f" + f.current + "\x1f" + f.change + "\x1f" + f.quote;
}

// "75억 달러 => 한화 약 8조 9512억원", "8억1900만위안 @ 51%": a fact's figures on one line.
std::string FormatFigures(const DraftFact& f) {
  switch (f.kind) {
    case FactKind::kConversion: return f.amount + " => " + f.converted;
    case FactKind::kGrowth: return (f.previous.empty() ? "" : f.previous + " -> ") + f.current + " @ " + f.change;
    case FactKind::kAmount: return f.amount;
  }
  return f.amount;
}

// A sentence longer than this (a 5,000-item list, a page of repeated conversions with no full
// stop) is read in pieces of at most this many bytes: each fact quotes its piece, not the whole
// sentence, and the work per piece is bounded, so extraction stays linear in the input.
constexpr std::size_t kMaxSentenceBytes = 1024;

// `sentence` cut into pieces of at most kMaxSentenceBytes, each after ", " or "; " (else after
// a space, else at a character boundary) in its second half, so no figure of an ordinary list
// is cut in two. A sentence within the limit is its own one piece.
std::vector<Sentence> Pieces(const Sentence& sentence) {
  std::vector<Sentence> pieces;
  std::string_view rest = sentence.text;
  std::size_t begin = sentence.begin;
  while (rest.size() > kMaxSentenceBytes) {
    const std::string_view window = rest.substr(0, kMaxSentenceBytes);
    std::size_t cut = std::string_view::npos;
    for (std::string_view separator : {", ", "; ", " "}) {
      const std::size_t at = window.rfind(separator);
      if (at != std::string_view::npos && at + separator.size() >= kMaxSentenceBytes / 2) {
        cut = at + separator.size();
        break;
      }
    }
    if (cut == std::string_view::npos) {
      cut = kMaxSentenceBytes;
      while (cut > 1 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;
    }
    pieces.push_back(Sentence{rest.substr(0, cut), begin, sentence.paragraph});
    rest.remove_prefix(cut);
    begin += cut;
  }
  pieces.push_back(Sentence{rest, begin, sentence.paragraph});
  return pieces;
}

}  // namespace

std::string_view DraftKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kConversion: return "conversion";
    case FactKind::kGrowth: return "growth";
    case FactKind::kAmount: return "amount";
  }
  return "amount";
}

namespace {

// The facts of the sentence text[sentence_begin, end); text[0, sentence_begin) is the sentence
// before it (empty for none), which a growth figure or a split conversion may draw on.
std::vector<DraftFact> ExtractFacts(std::string_view text, std::size_t sentence_begin, std::string_view language,
                                    std::vector<UnreadFigure>* unread, bool* split_conversion) {
  Builder b{text, sentence_begin, language, ScanFigures(text), {}, {}, {}, unread};
  b.used.assign(b.m.size(), false);
  b.converted.assign(b.m.size(), false);
  b.MarkPriorConversions();
  b.SplitConversion();
  b.Conversions();
  b.Growth();
  b.GrowthFromChangeBefore();
  if (split_conversion) *split_conversion = b.split_conversion;
  for (std::size_t i = 0; i < b.m.size(); ++i) {
    if (b.m[i].kind != MentionKind::kMoney || b.used[i] || b.InPrior(i)) continue;
    // "90엔대", "1조원대": a level, not a figure.
    if (b.m[i].end < text.size() && text.substr(b.m[i].end).starts_with("대")) {
      b.Unread(b.m[i], "a level ('" + std::string(b.m[i].text) + "대'), not a stated figure");
      continue;
    }
    b.AddAmount(i);
  }
  // A fact whose figure the parser cannot read would make the whole file fail to load: it is
  // listed as unread instead, with the parser's reason.
  std::vector<DraftFact> readable;
  for (DraftFact& f : b.facts) {
    std::string problem;
    for (const std::string* t : {&f.amount, &f.converted, &f.previous, &f.current}) {
      if (t->empty() || !problem.empty()) continue;
      const auto parsed = ParseAmount(*t);
      if (const auto* e = std::get_if<ParseError>(&parsed)) problem = "'" + *t + "': " + e->message;
    }
    if (!f.change.empty() && problem.empty()) {
      const auto parsed = ParseChange(f.change);
      if (const auto* e = std::get_if<ParseError>(&parsed)) problem = "'" + f.change + "': " + e->message;
    }
    if (problem.empty()) {
      readable.push_back(std::move(f));
    } else if (unread) {
      const std::size_t quote_begin = f.uses_prior ? 0 : sentence_begin;
      unread->push_back(UnreadFigure{FormatFigures(f), "figcheck cannot read " + problem, f.span_begin, f.span_end,
                                     quote_begin + f.figure_at - sentence_begin});
    }
  }
  b.facts = std::move(readable);
  // Facts in the order their first figure appears.
  std::stable_sort(b.facts.begin(), b.facts.end(), [&](const DraftFact& x, const DraftFact& y) {
    return (x.uses_prior ? 0 : sentence_begin) + x.figure_at < (y.uses_prior ? 0 : sentence_begin) + y.figure_at;
  });
  return std::move(b.facts);
}

// Code-point offsets where each line of `contents` starts, in one pass.
std::vector<std::size_t> LineStartCodePoints(std::string_view contents) {
  std::vector<std::size_t> starts{0};
  std::size_t points = 0;
  for (const char c : contents) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++points;
    if (c == '\n') starts.push_back(points);
  }
  return starts;
}

}  // namespace

std::vector<DraftFact> ExtractSentenceFacts(std::string_view sentence, std::string_view language,
                                            std::vector<UnreadFigure>* unread) {
  const std::string folded = FoldWidth(sentence);
  std::vector<DraftFact> facts = ExtractFacts(folded, 0, language, unread, nullptr);
  if (folded != sentence) {
    for (DraftFact& f : facts) f.quote = std::string(sentence);
  }
  return facts;
}

std::string ArticleIdFromName(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  for (std::string_view ext : {".txt", ".text", ".html", ".htm", ".md"}) {
    if (name.ends_with(ext)) {
      name.remove_suffix(ext.size());
      break;
    }
  }
  for (std::string_view lang : {".ko", ".en"}) {
    if (name.ends_with(lang)) name.remove_suffix(lang.size());
  }
  const std::string id = Slug(name, Glossary{});
  return id.empty() ? "article" : id;
}

ArticleDraft ExtractDraft(std::string_view name, std::string_view contents, const ExtractOptions& options) {
  const ArticleText text = ReadArticleText(contents);
  ArticleDraft draft;
  draft.id = ArticleIdFromName(name);
  draft.title = text.title;
  draft.published = options.published ? options.published : text.published;
  if (options.published) {
    draft.published_from = "--published";
  } else if (text.published) {
    draft.published_from = "line " + std::to_string(text.published_line) + ": " + text.published_text;
  }
  draft.language = text.language;
  draft.text = options.text_path ? *options.text_path : std::string(name);

  Glossary glossary;
  for (std::string_view line : text.body) CollectGlosses(line, &glossary);
  const KnownNames known = CollectKnownNames(text.body, glossary);

  std::set<std::string> seen;
  std::set<std::string> ids;
  const std::vector<std::size_t> line_code_points = LineStartCodePoints(contents);
  // Code points before each sentence, counted on from the previous one: counting from the start
  // of the text for every sentence made a long article quadratic (a 500 KB line took 2 s).
  std::vector<std::size_t> bases;
  bases.reserve(text.sentences.size());  // at least; pieces add more
  std::size_t counted_bytes = 0, counted_code_points = 0;
  std::map<std::string, int> next_number;  // the next "-N" to try per id (trying from 2 each time was quadratic)
  std::vector<Sentence> sentences;
  for (const Sentence& whole : text.sentences) {
    for (Sentence& piece : Pieces(whole)) sentences.push_back(piece);
  }
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    const Sentence& sentence = sentences[n];
    if (sentence.begin < counted_bytes) counted_bytes = counted_code_points = 0;
    counted_code_points += CodePointOffset(contents.substr(counted_bytes), sentence.begin - counted_bytes);
    counted_bytes = sentence.begin;
    bases.push_back(counted_code_points);
    // The sentence before it, in the same paragraph or the line right before (nothing but white
    // space between them), read together with it.
    bool has_prior = false;
    if (n > 0 && sentences[n - 1].begin < sentence.begin) {
      const Sentence& before = sentences[n - 1];
      const std::size_t end = before.begin + before.text.size();
      const std::string_view gap = contents.substr(end, sentence.begin - end);
      has_prior = gap.find_first_not_of(" \t\r\n") == std::string_view::npos && gap.size() <= 8;
    }
    const std::size_t from = has_prior ? sentences[n - 1].begin : sentence.begin;
    const std::string_view original = contents.substr(from, sentence.begin + sentence.text.size() - from);
    std::string folded = FoldWidth(original);
    // A sentence of wrapped wire copy holds line breaks ("jumped 22.5\npercent"): the scanner
    // reads them as spaces, one byte for one, so offsets still point into the input.
    std::replace_if(folded.begin(), folded.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    const std::size_t sentence_begin = has_prior ? FoldWidth(contents.substr(from, sentence.begin - from)).size() : 0;
    const std::size_t base = has_prior ? bases[n - 1] : bases[n];
    // Line and column (1-based, code points) of the byte `at` of `folded`.
    auto place = [&](std::size_t at) {
      const std::size_t point = base + CodePointOffset(folded, at);
      const auto line = std::upper_bound(line_code_points.begin(), line_code_points.end(), point) - 1;
      return std::make_pair(static_cast<std::size_t>(line - line_code_points.begin()) + 1, point - *line + 1);
    };
    std::vector<UnreadFigure> unread;
    bool split = false;
    std::vector<DraftFact> facts = ExtractFacts(folded, sentence_begin, draft.language, &unread, &split);
    const std::string_view folded_sentence = std::string_view(folded).substr(sentence_begin);
    for (UnreadFigure& u : unread) {
      u.span_begin += base;
      u.span_end += base;
      std::tie(u.line, u.column) = place(sentence_begin + u.figure_at);
      draft.unread.push_back(std::move(u));
    }
    {
      // A figure drafted as an amount with the sentence before is now the amount of a
      // conversion (split) or the current figure of a growth fact ("각각 …" in this sentence).
      for (const DraftFact& f : facts) {
        const bool growth_in_prior = f.kind == FactKind::kGrowth && f.figure_at < sentence_begin;
        if (!f.uses_prior || !((f.kind == FactKind::kConversion && split) || growth_in_prior)) continue;
        const std::string& figure = f.kind == FactKind::kConversion ? f.amount : f.current;
        const std::string prior_quote(sentences[n - 1].text);
        for (auto it = draft.facts.begin(); it != draft.facts.end(); ++it) {
          if (it->kind == FactKind::kAmount && it->amount == figure && it->quote == prior_quote) {
            seen.erase(FactKey(*it));
            ids.erase(it->id);
            draft.facts.erase(it);
            break;
          }
        }
      }
    }
    // "메그비와 이투는 각각 40억 달러(약 5조원)와 24억 달러(약 3조원)": one subject per fact.
    std::vector<std::string> listed;
    if (!facts.empty() && !facts.front().uses_prior) {
      listed = RespectivelySubjects(folded_sentence, facts.front().figure_at, draft.language);
    }
    if (listed.size() != facts.size()) listed.clear();
    for (std::size_t k = 0; k < facts.size(); ++k) {
      DraftFact& f = facts[k];
      const std::string_view folded_quote = f.uses_prior ? std::string_view(folded) : folded_sentence;
      f.quote = std::string(f.uses_prior ? original : sentence.text);
      if (!seen.insert(FactKey(f)).second) continue;
      f.span_begin += base;
      f.span_end += base;
      std::tie(f.line, f.column) = place((f.uses_prior ? 0 : sentence_begin) + f.figure_at);
      const std::size_t at = f.figure_at;
      const std::string subject =
          Slug(listed.empty() ? SubjectBefore(folded_quote, at, draft.language, known) : listed[k], glossary);
      const std::string topic = TopicNear(folded_quote, at);
      std::string id = subject.empty() ? topic : topic.empty() ? subject : subject + "-" + topic;
      if (id.empty()) id = "fact-" + std::to_string(draft.facts.size() + 1);
      std::string unique = id;
      if (ids.contains(unique)) {
        int& next = next_number.try_emplace(id, 2).first->second;
        do unique = id + "-" + std::to_string(next++);
        while (ids.contains(unique));
      }
      ids.insert(unique);
      f.id = std::move(unique);
      draft.facts.push_back(std::move(f));
    }
  }
  return draft;
}

}  // namespace figcheck
