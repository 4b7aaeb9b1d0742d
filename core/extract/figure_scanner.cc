#include "core/extract/figure_scanner.h"

#include <array>
#include <span>

#include "core/base/utf8.h"
#include "core/money/parse.h"

namespace figcheck {
namespace {

bool DigitAt(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
bool At(std::string_view s, std::size_t i, std::string_view lit) { return i <= s.size() && s.substr(i).starts_with(lit); }

bool LatinAt(std::string_view s, std::size_t i) {
  return i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'));
}

bool HangulAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  std::size_t length = 0;
  return IsHangulSyllable(DecodeAt(s, i, &length));
}

bool HangulBefore(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  std::size_t start = 0;
  return IsHangulSyllable(DecodeBefore(s, i, &start));
}

// digits, then ",ddd" groups, then ".digits".
std::size_t ReadDigits(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (DigitAt(s, j)) ++j;
  if (j == i) return i;
  while (j + 3 < s.size() + 0 && s[j] == ',' && DigitAt(s, j + 1) && DigitAt(s, j + 2) && DigitAt(s, j + 3) &&
         !DigitAt(s, j + 4)) {
    j += 4;
  }
  // The decimal point, or the middle dot older Korean print uses for it ("7·8억").
  const std::size_t point = j < s.size() && s[j] == '.' ? 1 : At(s, j, "\xC2\xB7") ? 2 : 0;
  if (point > 0 && DigitAt(s, j + point)) {
    j += point;
    while (DigitAt(s, j)) ++j;
  }
  return j;
}

struct Unit {
  std::string_view text;
  int rank;  // the power of ten
};
constexpr std::array kSmallUnits = {Unit{"천", 3}, Unit{"백", 2}, Unit{"십", 1}};
constexpr std::array kBigUnits = {Unit{"경", 16}, Unit{"조", 12}, Unit{"억", 8}, Unit{"만", 4}};

const Unit* UnitAt(std::string_view s, std::size_t i, bool big) {
  const auto& units = big ? std::span<const Unit>(kBigUnits) : std::span<const Unit>(kSmallUnits);
  for (const Unit& u : units) {
    if (At(s, i, u.text)) return &u;
  }
  return nullptr;
}

// Scale words of English figures. Single letters must touch the number ("$7.5B").
struct Scale {
  std::string_view text;
  bool letter;
};
constexpr std::array kScales = {
    Scale{"trillion", false}, Scale{"billion", false}, Scale{"million", false}, Scale{"thousand", false},
    Scale{"Trillion", false}, Scale{"Billion", false}, Scale{"Million", false}, Scale{"bln", false},
    Scale{"mln", false}, Scale{"bn", false}, Scale{"mn", false}, Scale{"tn", false}, Scale{"B", true},
    Scale{"T", true}, Scale{"M", true}, Scale{"K", true}, Scale{"b", true}, Scale{"m", true}, Scale{"k", true},
};

struct NumberRead {
  std::size_t end = 0;
  bool has_unit = false;        // a Korean unit or an English scale word
  std::string_view last_unit;   // "만", " billion": what a range's low end may borrow
  bool single_part = false;     // digits followed by one unit ("400만", "4 billion")
};

NumberRead ReadNumber(std::string_view s, std::size_t i) {
  NumberRead r;
  std::size_t j = ReadDigits(s, i);
  r.end = j;
  int last_big = 100;
  int parts = 0;
  for (;;) {
    std::size_t k = j;
    const std::size_t unit_start = k;
    bool consumed = false;
    bool big_consumed = false;
    if (At(s, k, "여") && (UnitAt(s, k + 3, false) || UnitAt(s, k + 3, true))) k += 3;
    if (At(s, k, "여 ") && UnitAt(s, k + 4, true)) k += 4;  // "23억8000여 만원"
    // "400 억 달러", "4 조 6000 억원": digits, a space, their unit.
    if (k > i && DigitAt(s, k - 1) && k < s.size() && s[k] == ' ' && UnitAt(s, k + 1, true)) ++k;
    // 1천200만, 8천3백억: small units, each maybe followed by more digits.
    while (const Unit* u = UnitAt(s, k, false)) {
      k += u->text.size();
      consumed = true;
      if (!DigitAt(s, k)) break;
      k = ReadDigits(s, k);
    }
    // "2조억원" is malformed, but it is a figure: read it whole and let the parser refuse it.
    // "24억2천억": a unit out of order after 천/백/십 is a typo, read whole for the parser to refuse.
    while (const Unit* u = UnitAt(s, k, true)) {
      if (u->rank >= last_big && !(consumed && !big_consumed && last_big < 100)) break;
      k += u->text.size();
      last_big = u->rank;
      consumed = big_consumed = true;
    }
    if (!consumed) break;
    ++parts;
    r.has_unit = true;
    r.last_unit = s.substr(unit_start, k - unit_start);
    j = k;
    r.end = j;
    if (!big_consumed) break;
    // 8조 9512억, 1억2천만, 1만2000
    std::size_t d = j;
    if (d < s.size() && s[d] == ' ' && DigitAt(s, d + 1)) ++d;
    if (!DigitAt(s, d) || (d > 0 && d == j && false)) break;
    const std::size_t e = ReadDigits(s, d);
    std::size_t after = e;
    if (At(s, after, "여")) after += 3;
    if (after < s.size() && s[after] == ' ' && UnitAt(s, after + 1, true)) ++after;  // "4 조 6000 억원"
    const Unit* next_small = UnitAt(s, after, false);
    const Unit* next_big = UnitAt(s, after, true);
    const bool unit_follows = next_small || (next_big && next_big->rank < last_big);
    if (d == j && !unit_follows) {
      j = e;  // 1만2000: trailing digits below the last unit
      r.end = j;
      ++parts;
      break;
    }
    if (!unit_follows) {
      // "약 3만 3000원": the digits below the last unit, then the currency.
      CurrencyAlias ignored;
      std::size_t len = 0;
      if (d != j && e - d <= 4 && (len = MatchCurrencyAliasPrefix(s.substr(e), &ignored)) > 0 && HangulAt(s, e)) {
        j = e;
        r.end = j;
        ++parts;
      }
      break;
    }
    j = e;
  }
  if (!r.has_unit) {
    std::size_t k = j;
    for (const Scale& sc : kScales) {
      std::size_t at = k;
      // "7.5 billion", and the compound adjective "14-trillion-won", "$11-billion".
      if (!sc.letter && at < s.size() && (s[at] == ' ' || (s[at] == '-' && LatinAt(s, at + 1)))) ++at;
      if (!At(s, at, sc.text) || LatinAt(s, at + sc.text.size())) continue;
      r.has_unit = true;
      r.last_unit = s.substr(k, at + sc.text.size() - k);
      r.end = at + sc.text.size();
      parts = 1;
      // "3 billion 200 million": a second, smaller whole number with its scale word.
      if (!sc.letter && At(s, r.end, " ") && DigitAt(s, r.end + 1)) {
        const std::size_t e = ReadDigits(s, r.end + 1);
        for (const Scale& next : kScales) {
          if (next.letter || !At(s, e, " ") || !At(s, e + 1, next.text) || LatinAt(s, e + 1 + next.text.size())) {
            continue;
          }
          r.end = e + 1 + next.text.size();
          r.last_unit = s.substr(e, r.end - e);
          parts = 2;
          break;
        }
      }
      break;
    }
  }
  r.single_part = parts == 1;
  return r;
}

// Currency words that are also ordinary words after a bare number ("3동", "2불"): they count
// only after a Korean unit or scale word.
constexpr std::array<std::string_view, 7> kWeakSuffixes = {"동", "불", "랜드", "리라", "바트", "리얄", "프랑"};

// The currency written right after a number: "달러", " 달러", "원", " won", " yuan".
std::size_t MatchSuffixCurrency(std::string_view s, std::size_t i, bool has_unit, CurrencyAlias* alias) {
  std::size_t k = i;
  if (k < s.size() && (s[k] == ' ' || (s[k] == '-' && has_unit && LatinAt(s, k + 1)))) ++k;
  CurrencyAlias a;
  const std::size_t len = MatchCurrencyAliasPrefix(s.substr(k), &a);
  if (len == 0) return 0;
  const std::string_view word = s.substr(k, len);
  std::size_t first_len = 0;
  const char32_t first = DecodeAt(word, 0, &first_len);
  bool ok = false;
  if (IsHangulSyllable(first) || IsHan(first)) {
    ok = true;
    for (std::string_view weak : kWeakSuffixes) {
      if (word == weak && !has_unit) ok = false;
    }
  } else if (IsLatinLetter(first)) {
    ok = len >= 3;  // won, yuan, dollars, KRW; not "W" or "R" after a number
  }
  if (!ok) return 0;
  *alias = a;
  return k + len - i;
}

// The currency written right before a number: "$", "US$", "₩", "W", "€", "RMB ", "KRW ".
std::size_t MatchPrefixCurrency(std::string_view s, std::size_t number_begin, CurrencyAlias* alias) {
  for (std::size_t gap : {std::size_t{0}, std::size_t{1}}) {
    if (number_begin < gap || (gap == 1 && s[number_begin - 1] != ' ')) continue;
    const std::size_t end = number_begin - gap;
    CurrencyAlias a;
    const std::size_t len = MatchCurrencyAliasSuffix(s.substr(0, end), &a);
    if (len == 0) continue;
    const std::string_view word = s.substr(end - len, len);
    bool has_lower = false;
    bool has_hangul = false;
    for (Utf8Reader r(word); !r.done();) {
      const char32_t c = r.Next();
      if (c >= 'a' && c <= 'z') has_lower = true;
      if (IsHangulSyllable(c)) has_hangul = true;
    }
    if (has_lower || has_hangul || word == "R") continue;
    const std::size_t start = end - len;
    if (start > 0 && (LatinAt(s, start - 1) || DigitAt(s, start - 1))) continue;
    *alias = a;
    return number_begin - start;
  }
  return 0;
}

constexpr std::array<std::string_view, 8> kKoreanQualifiers = {"한화", "원화", "미화", "약", "대략", "최소", "최대", "총"};
constexpr std::array<std::string_view, 13> kEnglishQualifiers = {
    "more than", "less than", "at least", "about", "around", "approximately", "roughly", "some",
    "nearly", "almost", "over", "under", "an estimated",
};
// Only the qualifiers the amount parser reads become part of a figure's text.
bool ParserReads(std::string_view q) { return q != "대략" && q != "최소" && q != "최대" && q != "총" && q != "an estimated"; }

// Start of the qualifier words right before `start` ("한화 약 ", "about ").
std::size_t QualifierStart(std::string_view s, std::size_t start) {
  std::size_t begin = start;
  for (int round = 0; round < 2; ++round) {
    std::size_t end = begin;
    if (end > 0 && s[end - 1] == ' ') --end;
    bool found = false;
    auto try_word = [&](std::string_view w, bool korean) {
      if (found || end < w.size()) return;
      const std::size_t ws = end - w.size();
      std::string_view got = s.substr(ws, w.size());
      const bool match = got == w || (!korean && got.size() == w.size() && got[0] == w[0] - 'a' + 'A' &&
                                      got.substr(1) == w.substr(1));
      if (!match) return;
      if (korean ? HangulBefore(s, ws) : (ws > 0 && (LatinAt(s, ws - 1) || DigitAt(s, ws - 1)))) return;
      if (!ParserReads(w)) return;
      begin = ws;
      found = true;
    };
    for (std::string_view w : kKoreanQualifiers) try_word(w, true);
    for (std::string_view w : kEnglishQualifiers) try_word(w, false);
    if (!found) break;
  }
  return begin;
}

constexpr std::array<std::string_view, 4> kKoreanBounds = {"이상", "이하", "미만", "초과"};
constexpr std::array<std::string_view, 3> kKoreanApprox = {"가량", "안팎", "여"};

// End of bound words right after a figure ("3억 달러 이상", "10억원가량").
std::size_t PostQualifierEnd(std::string_view s, std::size_t end) {
  std::size_t k = end;
  if (k < s.size() && s[k] == ' ') ++k;
  for (std::string_view w : kKoreanBounds) {
    if (At(s, k, w)) return k + w.size();
  }
  for (std::string_view w : kKoreanApprox) {
    if (At(s, end, w) && !(w == "여" && HangulAt(s, end + w.size()))) return end + w.size();
    if (w != "여" && At(s, k, w)) return k + w.size();
  }
  return end;
}

// Endings that make a number a change: "%p" before "%".
struct ChangeSuffix {
  std::string_view text;
};
constexpr std::array kChangeSuffixes = {
    ChangeSuffix{"%포인트"}, ChangeSuffix{"% 포인트"}, ChangeSuffix{"%p"}, ChangeSuffix{"%P"},
    ChangeSuffix{" percentage points"}, ChangeSuffix{" percentage point"}, ChangeSuffix{"%"},
    ChangeSuffix{"퍼센트"}, ChangeSuffix{" percent"}, ChangeSuffix{" per cent"}, ChangeSuffix{" pct"},
    ChangeSuffix{"배"},
    ChangeSuffix{"-fold"},
};

bool IsRangeDash(std::string_view s, std::size_t i, std::size_t* len) {
  for (std::string_view d : {std::string_view("~"), std::string_view("∼"), std::string_view("～"),
                             std::string_view("–"), std::string_view("-")}) {
    if (At(s, i, d)) {
      *len = d.size();
      return true;
    }
  }
  return false;
}

// Native Korean numerals before 배: "두 배", "세 배" (not 한 배, a boat).
constexpr std::array<std::string_view, 9> kKoreanNumerals = {"다섯", "여섯", "일곱", "여덟", "아홉", "두", "세", "네", "열"};

// A figure written in words at s[i]: a Korean ratio ("두 배") or an English amount in words
// ("five hundred fifty point two billion won"). Appends it to `out` and returns where it ends,
// or 0 when there is none.
std::size_t WordFigureAt(std::string_view s, std::size_t i, std::vector<FigureMention>* out) {
  if (HangulBefore(s, i) || (i > 0 && LatinAt(s, i - 1))) return 0;
  for (std::string_view numeral : kKoreanNumerals) {
    if (!At(s, i, numeral)) continue;
    std::size_t k = i + numeral.size();
    if (At(s, k, " ")) ++k;
    if (!At(s, k, "배") || (HangulAt(s, k + 3) && !At(s, k + 3, "로") && !At(s, k + 3, "나") && !At(s, k + 3, "가"))) {
      return 0;
    }
    FigureMention m;
    m.kind = MentionKind::kChange;
    m.begin = m.number_begin = i;
    m.end = k + 3;
    m.number = m.text = s.substr(i, m.end - i);
    out->push_back(m);
    return m.end;
  }
  if (!LatinAt(s, i)) return 0;
  const auto spelled = ReadSpelledNumber(s.substr(i));
  if (!spelled) return 0;
  std::size_t k = i + spelled->length;
  bool scaled = false;
  for (const Scale& sc : kScales) {
    if (!sc.letter && At(s, k, " ") && At(s, k + 1, sc.text) && !LatinAt(s, k + 1 + sc.text.size())) {
      k += 1 + sc.text.size();
      scaled = true;
      break;
    }
  }
  CurrencyAlias alias;
  const std::size_t suffix = MatchSuffixCurrency(s, k, scaled, &alias);
  if (suffix == 0 || !scaled) return 0;
  FigureMention m;
  m.kind = MentionKind::kMoney;
  m.number_begin = i;
  m.begin = QualifierStart(s, i);
  m.end = k + suffix;
  m.number = s.substr(i, k - i);
  m.qualifier = s.substr(m.begin, i - m.begin);
  m.text = s.substr(m.begin, m.end - m.begin);
  m.currency = alias.currency;
  m.ambiguous_currency = alias.match == AliasMatch::kAmbiguous;
  out->push_back(m);
  return m.end;
}

}  // namespace

std::vector<FigureMention> ScanFigures(std::string_view s) {
  std::vector<FigureMention> out;
  std::size_t i = 0;
  while (i < s.size()) {
    // Figures in words: "두 배" (a ratio), "five hundred fifty point two billion won".
    if (const std::size_t words = WordFigureAt(s, i, &out); words > 0) {
      i = words;
      continue;
    }
    // A number that starts with a Korean unit: "백만달러", "약 천3백만 원" (money only).
    const bool unit_first = !DigitAt(s, i) && (At(s, i, "천") || At(s, i, "백")) && !HangulBefore(s, i);
    if (unit_first) {
      const NumberRead num = ReadNumber(s, i);
      CurrencyAlias alias;
      const std::size_t suffix = num.has_unit ? MatchSuffixCurrency(s, num.end, true, &alias) : 0;
      if (suffix == 0) {
        i += 3;
        continue;
      }
      FigureMention m;
      m.kind = MentionKind::kMoney;
      m.number_begin = i;
      m.begin = QualifierStart(s, i);
      m.end = PostQualifierEnd(s, num.end + suffix);
      m.number = s.substr(i, num.end - i);
      m.qualifier = s.substr(m.begin, i - m.begin);
      m.text = s.substr(m.begin, m.end - m.begin);
      m.currency = alias.currency;
      m.ambiguous_currency = alias.match == AliasMatch::kAmbiguous;
      out.push_back(m);
      i = m.end;
      continue;
    }
    if (!DigitAt(s, i) || (i > 0 && (DigitAt(s, i - 1) || s[i - 1] == '.' || s[i - 1] == ','))) {
      ++i;
      continue;
    }
    if (i >= 2 && At(s, i - 2, "\xC2\xB7") && DigitAt(s, i - 3)) {  // the fraction of "7·8억"
      ++i;
      continue;
    }
    const NumberRead num = ReadNumber(s, i);
    FigureMention m;
    m.number_begin = i;
    std::size_t end = num.end;

    // A change: 51%, +51.1%, 3.1%p, 2배.
    bool is_change = false;
    if (!num.has_unit) {
      for (const ChangeSuffix& cs : kChangeSuffixes) {
        if (At(s, end, cs.text) && !(cs.text == "배" && HangulAt(s, end + cs.text.size()) &&
                                     !At(s, end + cs.text.size(), "나") && !At(s, end + cs.text.size(), "로") &&
                                     !At(s, end + cs.text.size(), "가") && !At(s, end + cs.text.size(), "에") &&
                                     !At(s, end + cs.text.size(), "의"))) {
          end += cs.text.size();
          is_change = true;
          break;
        }
      }
    }
    if (is_change) {
      std::size_t begin = i;
      if (begin > 0 && (s[begin - 1] == '+' || s[begin - 1] == '-')) --begin;
      m.kind = MentionKind::kChange;
      m.begin = begin;
      m.number_begin = begin;
      m.end = end;
      m.number = s.substr(begin, end - begin);
      m.text = m.number;
      out.push_back(m);
      i = end;
      continue;
    }

    CurrencyAlias alias;
    std::size_t prefix_len = 0;
    if (i > 0 && LatinAt(s, i - 1)) {
      prefix_len = MatchPrefixCurrency(s, i, &alias);
      if (prefix_len == 0) {  // G20, A380: part of a word
        i = num.end;
        continue;
      }
    } else {
      prefix_len = MatchPrefixCurrency(s, i, &alias);
    }
    std::size_t suffix_len = 0;
    if (prefix_len == 0) suffix_len = MatchSuffixCurrency(s, num.end, num.has_unit, &alias);
    if (suffix_len > 0) {
      // "1482만7310달러55센트": the cents belong to the figure.
      const std::size_t c = num.end + suffix_len;
      const std::size_t d = ReadDigits(s, c);
      if (d > c && d - c <= 2 && At(s, d, "센트")) suffix_len = d + std::string_view("센트").size() - num.end;
    }
    // "1조8천3백억여원": 여 (a little over) between the number and the currency.
    if (prefix_len == 0 && suffix_len == 0 && num.has_unit && At(s, num.end, "여")) {
      const std::size_t after = MatchSuffixCurrency(s, num.end + 3, true, &alias);
      if (after > 0) suffix_len = after + 3;
    }
    m.number = s.substr(i, num.end - i);
    // "제1원전", "제2위안": a number glued to the word before it is part of that word.
    if (suffix_len > 0 && !num.has_unit && HangulBefore(s, i) && !(i >= 3 && At(s, i - 3, "약"))) {
      i = num.end;
      continue;
    }
    if (prefix_len == 0 && suffix_len == 0) {
      // A bare number counts only when nothing glues it to a word ("2019년", "3명").
      if (HangulAt(s, num.end) || LatinAt(s, num.end) ||
          (HangulBefore(s, i) && !(i >= 3 && At(s, i - 3, "약")))) {  // 코로나19
        i = num.end;
        continue;
      }
      m.kind = MentionKind::kBareNumber;
      m.begin = QualifierStart(s, i);
      m.end = num.end;
    } else {
      m.kind = MentionKind::kMoney;
      const std::size_t core_begin = i - prefix_len;
      m.begin = QualifierStart(s, core_begin);
      m.end = PostQualifierEnd(s, num.end + suffix_len);
      m.currency = alias.currency;
      m.ambiguous_currency = alias.match == AliasMatch::kAmbiguous;
    }
    m.qualifier = s.substr(m.begin, (m.kind == MentionKind::kMoney ? i - prefix_len : i) - m.begin);
    m.text = s.substr(m.begin, m.end - m.begin);

    // A range with the currency before the low end: "JPY 18-22 billion", "$160-200 million".
    if (m.kind == MentionKind::kBareNumber && m.begin == i && !out.empty()) {
      FigureMention& low = out.back();
      std::size_t dash = 0;
      const bool prefixed = low.kind == MentionKind::kMoney && !low.range && low.number_begin > low.begin &&
                            low.end == low.number_begin + low.number.size();
      if (prefixed && IsRangeDash(s, low.end, &dash) && low.end + dash == i) {
        const std::string prefix(s.substr(low.begin, low.number_begin - low.begin));
        const NumberRead low_num = ReadNumber(s, low.number_begin);
        std::string low_text(low.text);
        if (!low_num.has_unit && num.single_part) low_text += std::string(num.last_unit);
        m.kind = MentionKind::kMoney;
        m.currency = low.currency;
        m.ambiguous_currency = low.ambiguous_currency;
        m.range = RangeEnds{std::move(low_text), prefix + std::string(m.text)};
        m.begin = low.begin;
        m.number_begin = low.number_begin;
        m.qualifier = low.qualifier;
        m.text = s.substr(m.begin, m.end - m.begin);
        out.pop_back();
        out.push_back(m);
        i = m.end;
        continue;
      }
    }
    // A range: "300만~400만달러", "약 34억~45억원". The bare low end joins the figure after it.
    if (m.kind == MentionKind::kMoney && prefix_len == 0 && m.begin == i && !out.empty()) {
      FigureMention& low = out.back();
      std::size_t dash = 0;
      std::size_t k = low.end;
      if (k < s.size() && s[k] == ' ') ++k;
      const bool low_money = low.kind == MentionKind::kMoney && !low.range && low.currency == m.currency &&
                             !m.ambiguous_currency;
      if ((low.kind == MentionKind::kBareNumber || low_money) && IsRangeDash(s, k, &dash)) {
        k += dash;
        if (k < s.size() && s[k] == ' ') ++k;
        if (k == i) {
          std::string low_text(low.text);
          if (!low_money) {
            const NumberRead low_num = ReadNumber(s, low.number_begin);
            low_text = std::string(low.qualifier) + std::string(low.number);
            if (!low_num.has_unit && num.single_part) low_text += std::string(num.last_unit);
            low_text += std::string(s.substr(num.end, m.end - num.end));
          }
          m.range = RangeEnds{std::move(low_text), std::string(low.qualifier) + std::string(m.text)};
          m.begin = low.begin;
          m.qualifier = low.qualifier;
          m.text = s.substr(m.begin, m.end - m.begin);
          out.pop_back();
        }
      }
    }
    out.push_back(m);
    i = m.end > i ? m.end : i + 1;
  }
  return out;
}

}  // namespace figcheck
