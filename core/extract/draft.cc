#include "core/extract/draft.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

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
    GrowthVerb{"뛴", false}, GrowthVerb{"확대", false}, GrowthVerb{"올라", false}, GrowthVerb{"오른", false},
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
};

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
    for (const GrowthVerb& v : kKoreanVerbs) {
      if (At(s, k, v.word)) {
        cue.found = true;
        cue.decrease = v.decrease;
        std::size_t e = k + v.word.size();
        // The rest of the verb word: "증가한", "증가했다", "늘어난".
        while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '.') ++e;
        cue.after = e;
        return cue;
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

struct Builder {
  std::string_view s;
  std::string_view language;
  std::vector<FigureMention> m;
  std::vector<bool> used;
  std::vector<DraftFact> facts;
  std::vector<UnreadFigure>* unread;

  DraftFact NewFact(FactKind kind) const {
    DraftFact f;
    f.kind = kind;
    f.quote = std::string(s);
    f.span_begin = 0;
    f.span_end = CodePointOffset(s, s.size());
    return f;
  }

  void Unread(const FigureMention& x, std::string reason) {
    if (unread) unread->push_back(UnreadFigure{std::string(x.text), std::move(reason), 0, CodePointOffset(s, s.size())});
  }

  // Writes a money mention as an amount fact (two for a range).
  void AddAmount(const FigureMention& x, std::string draft = {}) {
    if (x.ambiguous_currency) {
      Unread(x, "'¥' may be yen or yuan; write the fact with the currency the article means");
      return;
    }
    if (x.range) {
      for (const std::string* end : {&x.range->low, &x.range->high}) {
        DraftFact f = NewFact(FactKind::kAmount);
        f.amount = *end;
        f.draft = draft.empty() ? "one end of the range '" + std::string(x.text) + "', completed from the other end"
                                : draft;
        facts.push_back(std::move(f));
      }
      return;
    }
    DraftFact f = NewFact(FactKind::kAmount);
    f.amount = std::string(x.text);
    f.draft = std::move(draft);
    facts.push_back(std::move(f));
  }

  // The converted figure of the money mention `i`: an index and whether its currency is implied.
  std::optional<std::pair<std::size_t, bool>> ConversionPartner(std::size_t i) const {
    const FigureMention& a = m[i];
    const std::size_t k = SkipSpaces(s, a.end);
    if (k < s.size() && s[k] == '(') {
      const std::size_t close = MatchingParen(s, k);
      if (close == std::string_view::npos) return std::nullopt;
      for (std::size_t j = i + 1; j < m.size() && m[j].begin < close; ++j) {
        // Words before the figure are fine ("당시 약 2700억원"), but not a long aside.
        const std::string_view lead = s.substr(k + 1, m[j].begin - k - 1);
        if (lead.size() > 30 || lead.find_first_of("0123456789") != std::string_view::npos || m[j].end > close) {
          return std::nullopt;
        }
        if (m[j].kind == MentionKind::kMoney) {
          if (SameCurrency(a, m[j])) return std::nullopt;
          return std::make_pair(j, false);
        }
        if (m[j].kind == MentionKind::kBareNumber) {
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
    // "W1.2 trillion, or $1 billion", "3 trillion won, or about $2.4 billion"
    for (std::string_view link : {std::string_view(", or "), std::string_view(" or "),
                                  std::string_view(", which works out to "), std::string_view(", equivalent to "),
                                  std::string_view(", or the equivalent of ")}) {
      if (!At(s, a.end, link)) continue;
      const std::size_t b = a.end + link.size();
      if (i + 1 < m.size() && m[i + 1].begin == b && m[i + 1].kind == MentionKind::kMoney && !SameCurrency(a, m[i + 1])) {
        return std::make_pair(i + 1, false);
      }
    }
    return std::nullopt;
  }

  void Conversions() {
    for (std::size_t i = 0; i < m.size(); ++i) {
      if (m[i].kind != MentionKind::kMoney || used[i]) continue;
      const auto partner = ConversionPartner(i);
      if (!partner) continue;
      const auto [j, implied] = *partner;
      const FigureMention& a = m[i];
      const FigureMention& b = m[j];
      if (a.ambiguous_currency || b.ambiguous_currency) continue;  // written as amounts, unread
      used[i] = used[j] = true;
      if (implied) {
        if (language != "ko" || (a.currency && a.currency->code == "KRW") || a.range) {
          AddAmount(a);
          Unread(b, "converted figure with no currency written");
          continue;
        }
        DraftFact f = NewFact(FactKind::kConversion);
        f.amount = std::string(a.text);
        f.converted = std::string(b.text) + "원";
        f.draft = "the article printed '" + std::string(b.text) +
                  "' with no currency; 원 (KRW) is assumed for a Korean article";
        facts.push_back(std::move(f));
        continue;
      }
      if (a.range && b.range) {
        for (int end = 0; end < 2; ++end) {
          DraftFact f = NewFact(FactKind::kConversion);
          f.amount = end == 0 ? a.range->low : a.range->high;
          f.converted = end == 0 ? b.range->low : b.range->high;
          f.draft = std::string(end == 0 ? "low" : "high") + " end of the range '" + std::string(a.text) + "(" +
                    std::string(b.text) + ")', figures completed from the other end";
          facts.push_back(std::move(f));
        }
        continue;
      }
      if (a.range || b.range) {
        const std::string why = "part of a range converted as a whole; pair the figures by hand";
        AddAmount(a, why);
        AddAmount(b, why);
        continue;
      }
      DraftFact f = NewFact(FactKind::kConversion);
      f.amount = std::string(a.text);
      f.converted = std::string(b.text);
      facts.push_back(std::move(f));
    }
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

  void Growth() {
    for (std::size_t c = 0; c < m.size(); ++c) {
      if (m[c].kind != MentionKind::kChange) continue;
      const GrowthCue cue = FindGrowthCue(s, m[c], language);
      if (!cue.found) continue;
      std::size_t current = std::string_view::npos;
      std::size_t previous = std::string_view::npos;
      if (language == "ko") {
        current = MoneyAfter(cue.after, 24);
        if (current == std::string_view::npos) {
          // "매출이 3조원으로 12% 증가했다"
          for (std::size_t j = c; j-- > 0;) {
            if (m[j].kind != MentionKind::kMoney) continue;
            if (m[j].begin > 0 && s[m[j].begin - 1] == '(') continue;
            const std::size_t e = EndWithParens(s, m[j].end);
            if ((At(s, e, "으로") || At(s, e, "로")) && m[c].begin - e <= 40) current = j;
            break;
          }
        }
        if (current != std::string_view::npos) {
          // "2조원에서 3조원으로"
          for (std::size_t j = 0; j < current; ++j) {
            if (m[j].kind != MentionKind::kMoney || (m[j].begin > 0 && s[m[j].begin - 1] == '(')) continue;
            const std::size_t e = EndWithParens(s, m[j].end);
            if (At(s, e, "에서") && m[current].begin - e <= 20) previous = j;
          }
        }
      } else {
        // "rose 12% to $3 billion", "a 12% increase to $3 billion"
        std::size_t k = SkipSpaces(s, cue.after);
        // "increased 42 percent from a year earlier to 3.9 trillion won"
        for (std::string_view period : {"from a year earlier ", "from a year ago ", "from the previous year ",
                                        "from last year ", "year-on-year ", "on-year ", "on year ", "year on year "}) {
          if (At(s, k, period)) k += period.size();
        }
        if (At(s, k, "to ")) current = MoneyAfter(k + 3, 0);
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
          const std::size_t verb_begin = ws == std::string_view::npos ? 0 : ws;
          std::size_t at = verb_begin;
          if (at > 0 && s[at - 1] == ',') --at;
          current = MoneyBefore(at, 0);
        }
        if (current != std::string_view::npos && previous == std::string_view::npos) {
          const std::size_t e = SkipSpaces(s, EndWithParens(s, m[current].end));
          if (At(s, e, "from ")) previous = MoneyAfter(e + 5, 0);
        }
      }
      if (current == std::string_view::npos) continue;
      if (m[current].range || m[current].ambiguous_currency) continue;
      DraftFact f = NewFact(FactKind::kGrowth);
      f.current = std::string(m[current].text);
      f.change = std::string(m[c].text);
      if (cue.decrease && !f.change.starts_with("-")) {
        f.change = language == "ko" ? f.change + " 감소" : "fell " + f.change;
      }
      used[current] = true;
      if (previous != std::string_view::npos && !m[previous].range) {
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

// The byte where a fact's first figure sits in its sentence, to name it by what is near.
std::size_t FigureAt(const DraftFact& f) {
  for (const std::string* t : {&f.amount, &f.previous, &f.current}) {
    if (t->empty()) continue;
    const std::size_t p = f.quote.find(*t);
    if (p != std::string::npos) return p;
  }
  const std::string& first = !f.amount.empty() ? f.amount : f.current;
  // A completed range end: look for its number.
  const std::size_t digits = first.find_first_of("0123456789");
  if (digits != std::string::npos) {
    const std::size_t p = f.quote.find(first.substr(digits, 2));
    if (p != std::string::npos) return p;
  }
  return 0;
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

std::vector<DraftFact> ExtractSentenceFacts(std::string_view sentence, std::string_view language,
                                            std::vector<UnreadFigure>* unread) {
  Builder b{sentence, language, ScanFigures(sentence), {}, {}, unread};
  b.used.assign(b.m.size(), false);
  b.Conversions();
  b.Growth();
  for (std::size_t i = 0; i < b.m.size(); ++i) {
    if (b.m[i].kind != MentionKind::kMoney || b.used[i]) continue;
    // "90엔대", "1조원대": a level, not a figure.
    if (b.m[i].end < sentence.size() && sentence.substr(b.m[i].end).starts_with("대")) {
      b.Unread(b.m[i], "a level ('" + std::string(b.m[i].text) + "대'), not a stated figure");
      continue;
    }
    b.AddAmount(b.m[i]);
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
      unread->push_back(UnreadFigure{FormatFigures(f), "figcheck cannot read " + problem, f.span_begin, f.span_end});
    }
  }
  b.facts = std::move(readable);
  // Facts in the order their first figure appears.
  std::stable_sort(b.facts.begin(), b.facts.end(),
                   [](const DraftFact& x, const DraftFact& y) { return FigureAt(x) < FigureAt(y); });
  return std::move(b.facts);
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
  draft.language = text.language;
  draft.text = options.text_path ? *options.text_path : std::string(name);

  Glossary glossary;
  for (std::string_view line : text.body) CollectGlosses(line, &glossary);
  const KnownNames known = CollectKnownNames(text.body, glossary);

  std::set<std::string> seen;
  std::set<std::string> ids;
  // Code points before each sentence, counted on from the previous one: counting from the start
  // of the text for every sentence made a long article quadratic (a 500 KB line took 2 s).
  std::size_t counted_bytes = 0, counted_code_points = 0;
  std::map<std::string, int> next_number;  // the next "-N" to try per id (trying from 2 each time was quadratic)
  std::vector<Sentence> sentences;
  for (const Sentence& whole : text.sentences) {
    for (Sentence& piece : Pieces(whole)) sentences.push_back(piece);
  }
  for (const Sentence& sentence : sentences) {
    if (sentence.begin < counted_bytes) counted_bytes = counted_code_points = 0;
    counted_code_points += CodePointOffset(contents.substr(counted_bytes), sentence.begin - counted_bytes);
    counted_bytes = sentence.begin;
    const std::size_t base = counted_code_points;
    std::vector<UnreadFigure> unread;
    std::vector<DraftFact> facts = ExtractSentenceFacts(sentence.text, draft.language, &unread);
    for (UnreadFigure& u : unread) {
      u.span_begin += base;
      u.span_end += base;
      draft.unread.push_back(std::move(u));
    }
    // "메그비와 이투는 각각 40억 달러(약 5조원)와 24억 달러(약 3조원)": one subject per fact.
    std::vector<std::string> listed;
    if (!facts.empty()) listed = RespectivelySubjects(sentence.text, FigureAt(facts.front()), draft.language);
    if (listed.size() != facts.size()) listed.clear();
    for (std::size_t k = 0; k < facts.size(); ++k) {
      DraftFact& f = facts[k];
      if (!seen.insert(FactKey(f)).second) continue;
      f.span_begin += base;
      f.span_end += base;
      const std::size_t at = FigureAt(f);
      const std::string subject = Slug(listed.empty() ? SubjectBefore(sentence.text, at, draft.language, known) : listed[k],
                                       glossary);
      const std::string topic = TopicNear(sentence.text, at);
      std::string id = subject.empty() ? topic : topic.empty() ? subject : subject + "-" + topic;
      if (id.empty()) id = "fact-" + std::to_string(draft.facts.size() + 1);
      std::string unique = id;
      if (ids.contains(unique)) {
        int& n = next_number.try_emplace(id, 2).first->second;
        do unique = id + "-" + std::to_string(n++);
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
