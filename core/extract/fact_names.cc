#include "core/extract/fact_names.h"

#include <algorithm>
#include <array>
#include <set>

#include "core/base/utf8.h"

namespace figcheck {
namespace {

constexpr std::array<std::string_view, 19> kInitials = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
                                                        "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
constexpr std::array<std::string_view, 21> kMedials = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
                                                       "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
constexpr std::array<std::string_view, 28> kFinals = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
                                                      "l", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

void AppendUtf8(std::string* out, char32_t c) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Words of the sentence before byte `at`, nearest last, as (begin, end) byte pairs.
std::vector<std::pair<std::size_t, std::size_t>> WordsBefore(std::string_view s, std::size_t at) {
  std::vector<std::pair<std::size_t, std::size_t>> words;
  std::size_t i = 0;
  while (i < at) {
    while (i < at && IsSpace(s[i])) ++i;
    const std::size_t b = i;
    while (i < at && !IsSpace(s[i])) ++i;
    if (i > b) words.emplace_back(b, i);
  }
  return words;
}

// Words that carry a marker but are not names.
const std::set<std::string, std::less<>>& KoreanStopStems() {
  static const std::set<std::string, std::less<>> kStems = {
      "이들", "이", "그", "그녀", "두", "세", "회사", "기업", "정부", "당시", "올해", "지난해", "이번", "현재",
      "이는", "이것", "것", "측", "관계자", "전체", "업계", "국내", "해외", "우리", "저", "나", "내년", "작년",
      "당국", "경찰", "법원", "이후", "앞서", "또한", "특히", "한편", "그러나", "하지만", "이날", "최근",
      "가치", "기업가치", "매출", "매출액", "순이익", "영업이익", "이익", "수익", "규모", "가격", "비용", "금액",
      "예산", "이적료", "벌금", "상금", "총액", "피해액", "시장", "투자", "자산", "부채", "판매", "수출", "수입",
      "연봉", "요금", "기본요금", "정도", "액수", "절반", "대부분", "일부", "모두", "각각", "또",
  };
  return kStems;
}

const std::set<std::string, std::less<>>& EnglishStopWords() {
  static const std::set<std::string, std::less<>> kWords = {
      "The", "A", "An", "In", "On", "At", "It", "Its", "This", "That", "These", "Those", "He", "She", "They",
      "But", "And", "Or", "If", "As", "For", "With", "By", "From", "Of", "To", "After", "Before", "Since",
      "While", "When", "According", "Last", "This", "Next", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "I", "We", "You", "His",
      "Her", "Their", "Our", "There", "Here", "Some", "Under", "Over", "About",
  };
  return kWords;
}

// Korean particles that mark a topic, subject or possessor, longest first.
constexpr std::array<std::string_view, 6> kMarkers = {"에서는", "은", "는", "도", "의", "측은"};

bool IsCapitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

std::string StripPossessive(std::string_view w) {
  for (std::string_view p : {std::string_view("'s"), std::string_view("´s"), std::string_view("’s"),
                             std::string_view("'"), std::string_view(","), std::string_view(":")}) {
    if (w.ends_with(p)) w.remove_suffix(p.size());
  }
  while (!w.empty() && (w.front() == '"' || w.front() == '(' || w.front() == '\'')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == '"' || w.back() == ')' || w.back() == '\'' || w.back() == '.')) w.remove_suffix(1);
  return std::string(w);
}

// The stem of a Korean word with a marker, or empty: "센스타임은" -> "센스타임".
std::string KoreanStem(std::string_view word, bool allow_subject_marker) {
  // Drop a trailing gloss or bracket: "아이플라이텍(iFlytek)은" -> "아이플라이텍은".
  std::string w;
  int depth = 0;
  for (char c : word) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (depth == 0 && c != '\'' && c != '"' && c != ',') w += c;
  }
  std::string_view v = w;
  for (std::string_view m : kMarkers) {
    if (v.ends_with(m) && v.size() > m.size()) return std::string(v.substr(0, v.size() - m.size()));
  }
  if (allow_subject_marker) {
    for (std::string_view m : {std::string_view("이"), std::string_view("가")}) {
      if (v.ends_with(m) && v.size() > m.size()) return std::string(v.substr(0, v.size() - m.size()));
    }
  }
  return {};
}

bool UsableKoreanStem(std::string_view stem) {
  if (stem.empty() || KoreanStopStems().contains(stem)) return false;
  for (char c : stem) {
    if (c >= '0' && c <= '9') return false;
  }
  // Verb forms and adverbs ending a clause are not names.
  for (std::string_view end : {"에", "에서", "하고", "했고", "지만", "으로", "에서", "까지", "부터", "에게", "하며", "이며", "라고", "다고"}) {
    if (stem.ends_with(end)) return false;
  }
  return true;
}

struct Topic {
  std::string_view word;
  std::string_view slug;
};
// Longer words before the words they contain (순이익 before 이익).
constexpr std::array kTopics = {
    Topic{"기업 가치", "valuation"}, Topic{"기업가치", "valuation"}, Topic{"시가총액", "market-cap"},
    Topic{"순이익", "net-profit"}, Topic{"영업이익", "operating-profit"}, Topic{"매출", "revenue"},
    Topic{"이적료", "transfer-fee"}, Topic{"포상금", "reward"}, Topic{"상금", "prize"}, Topic{"벌금", "fine"},
    Topic{"손해배상", "damages"}, Topic{"배상", "damages"}, Topic{"피해액", "damage"}, Topic{"예산", "budget"},
    Topic{"투자", "investment"}, Topic{"인수", "acquisition"}, Topic{"연봉", "salary"}, Topic{"요금", "fare"},
    Topic{"가격", "price"}, Topic{"비용", "cost"}, Topic{"수익", "earnings"}, Topic{"이익", "profit"},
    Topic{"가치", "valuation"}, Topic{"기금", "fund"}, Topic{"펀드", "fund"}, Topic{"수출", "exports"},
    Topic{"수입", "imports"}, Topic{"적자", "deficit"}, Topic{"흑자", "surplus"}, Topic{"부채", "debt"},
    Topic{"대출", "loan"}, Topic{"자산", "assets"}, Topic{"기부", "donation"}, Topic{"보상", "compensation"},
    Topic{"지원", "aid"}, Topic{"세금", "tax"}, Topic{"판매", "sales"}, Topic{"규모", "size"},
    Topic{"valuation", "valuation"}, Topic{"valued", "valuation"}, Topic{"net profit", "net-profit"},
    Topic{"net income", "net-profit"}, Topic{"operating profit", "operating-profit"}, Topic{"revenue", "revenue"},
    Topic{"sales", "sales"}, Topic{"profit", "profit"}, Topic{"fine", "fine"}, Topic{"investment", "investment"},
    Topic{"invest", "investment"}, Topic{"budget", "budget"}, Topic{"price", "price"}, Topic{"cost", "cost"},
    Topic{"loan", "loan"}, Topic{"debt", "debt"}, Topic{"deficit", "deficit"}, Topic{"surplus", "surplus"},
    Topic{"exports", "exports"}, Topic{"imports", "imports"}, Topic{"damages", "damages"},
    Topic{"salary", "salary"}, Topic{"aid", "aid"}, Topic{"deal", "deal"}, Topic{"acquisition", "acquisition"},
    Topic{"market value", "market-cap"}, Topic{"fund", "fund"}, Topic{"assets", "assets"},
};

}  // namespace

void CollectGlosses(std::string_view text, Glossary* glossary) {
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view latin = text.substr(open + 1, close - open - 1);
    if (latin.empty() || latin.size() > 40 ||
        !std::all_of(latin.begin(), latin.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '&' || c == '-';
        }) ||
        !((latin[0] >= 'A' && latin[0] <= 'Z') || (latin[0] >= 'a' && latin[0] <= 'z'))) {
      continue;
    }
    std::size_t b = open;
    while (b > 0) {
      std::size_t start = 0;
      if (!IsHangulSyllable(DecodeBefore(text, b, &start))) break;
      b = start;
    }
    if (b == open) continue;
    glossary->emplace(std::string(text.substr(b, open - b)), std::string(latin));
  }
}

std::string Romanize(std::string_view text) {
  std::string out;
  for (Utf8Reader r(text); !r.done();) {
    const char32_t c = r.Next();
    if (IsHangulSyllable(c)) {
      const unsigned index = static_cast<unsigned>(c - 0xAC00);
      out += kInitials[index / (21 * 28)];
      out += kMedials[(index / 28) % 21];
      out += kFinals[index % 28];
    } else {
      AppendUtf8(&out, c);
    }
  }
  return out;
}

std::string Slug(std::string_view text, const Glossary& glossary) {
  std::string out;
  bool dash = false;
  auto put = [&](char c) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += c;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    // A glossed Korean name becomes its Latin form.
    std::size_t hangul_end = i;
    while (hangul_end < text.size()) {
      std::size_t len = 0;
      if (!IsHangulSyllable(DecodeAt(text, hangul_end, &len))) break;
      hangul_end += len;
    }
    if (hangul_end > i) {
      const auto g = glossary.find(text.substr(i, hangul_end - i));
      const std::string latin = g != glossary.end() ? g->second : Romanize(text.substr(i, hangul_end - i));
      for (char c : latin) {
        if (c >= 'A' && c <= 'Z') put(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(c);
        else dash = true;
      }
      i = hangul_end;
      continue;
    }
    std::size_t len = 0;
    const char32_t c = DecodeAt(text, i, &len);
    i += len;
    if (c >= 'A' && c <= 'Z') put(static_cast<char>(c - 'A' + 'a'));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(static_cast<char>(c));
    else dash = true;
  }
  if (out.size() > 40) {
    const std::size_t cut = out.rfind('-', 40);
    out.resize(cut == std::string::npos || cut == 0 ? 40 : cut);
  }
  return out;
}

KnownNames CollectKnownNames(const std::vector<std::string_view>& body, const Glossary& glossary) {
  KnownNames known;
  for (const auto& [korean, latin] : glossary) known.insert(korean);
  std::set<std::string, std::less<>> stems;
  for (std::string_view line : body) {
    for (const auto& [b, e] : WordsBefore(line, line.size())) {
      const std::string stem = KoreanStem(line.substr(b, e - b), true);
      if (UsableKoreanStem(stem)) stems.insert(stem);
    }
  }
  // A stem the article writes at least twice, with a marker at least once, is a name it uses.
  for (const std::string& stem : stems) {
    int n = 0;
    for (std::string_view line : body) {
      for (std::size_t p = line.find(stem); p != std::string_view::npos && n < 2; p = line.find(stem, p + 1)) ++n;
    }
    if (n >= 2) known.insert(stem);
  }
  return known;
}

std::string SubjectBefore(std::string_view s, std::size_t at, std::string_view language, const KnownNames& known) {
  const auto words = WordsBefore(s, at);
  if (language == "ko") {
    auto word = [&](std::size_t k) { return s.substr(words[k].first, words[k].second - words[k].first); };
    // The nearest known name as topic ("센스타임은", "아이플라이텍도", "센스타임 역시", "메그비의").
    for (std::size_t k = words.size(); k-- > 0;) {
      if ((word(k) == "역시" || word(k) == "측은") && k > 0 && known.contains(word(k - 1))) return std::string(word(k - 1));
      const std::string stem = KoreanStem(word(k), false);
      if (!stem.empty() && known.contains(stem)) return stem;
    }
    // The nearest known name in any form.
    for (std::size_t k = words.size(); k-- > 0;) {
      const std::string_view w = word(k);
      if (known.contains(w)) return std::string(w);
      const std::string stem = KoreanStem(w, true);
      if (!stem.empty() && known.contains(stem)) return stem;
      const std::size_t paren = w.find('(');
      if (paren != std::string_view::npos && known.contains(w.substr(0, paren))) return std::string(w.substr(0, paren));
    }
    std::string subject_marked;  // nearest stem with 이/가, used when no topic marker is found
    for (std::size_t k = words.size(); k-- > 0;) {
      const std::string_view w = s.substr(words[k].first, words[k].second - words[k].first);
      // "센스타임 역시"
      if ((w == "역시" || w == "측은" || w == "측도") && k > 0) {
        const std::string_view prev = s.substr(words[k - 1].first, words[k - 1].second - words[k - 1].first);
        if (UsableKoreanStem(prev)) return std::string(prev);
      }
      const std::string stem = KoreanStem(w, false);
      if (UsableKoreanStem(stem)) return stem;
      if (subject_marked.empty()) {
        const std::string s2 = KoreanStem(w, true);
        if (UsableKoreanStem(s2)) subject_marked = s2;
      }
    }
    return subject_marked;
  }
  // English: the nearest run of capitalised words that is not a stop word.
  for (std::size_t k = words.size(); k-- > 0;) {
    const std::string w = StripPossessive(s.substr(words[k].first, words[k].second - words[k].first));
    if (!IsCapitalized(w) || EnglishStopWords().contains(w) || (k == 0 && w.size() < 3)) continue;
    std::string name = w;
    for (std::size_t j = k; j-- > 0;) {
      const std::string p = StripPossessive(s.substr(words[j].first, words[j].second - words[j].first));
      if (!IsCapitalized(p) || EnglishStopWords().contains(p)) break;
      name = p + " " + name;
    }
    return name;
  }
  return {};
}

std::vector<std::string> RespectivelySubjects(std::string_view s, std::size_t first_figure, std::string_view language) {
  std::vector<std::string> names;
  if (language == "ko") {
    const std::size_t each = s.find("각각");
    if (each == std::string_view::npos || each > first_figure) return names;
    const auto words = WordsBefore(s, each);
    if (words.empty()) return names;
    std::size_t k = words.size() - 1;
    std::string last = KoreanStem(s.substr(words[k].first, words[k].second - words[k].first), true);
    if (last.empty()) return names;
    names.push_back(last);
    while (k-- > 0) {
      std::string_view w = s.substr(words[k].first, words[k].second - words[k].first);
      if (w.ends_with("와") || w.ends_with("과")) w.remove_suffix(3);
      else if (w.ends_with(",")) w.remove_suffix(1);
      else break;
      names.emplace_back(w);
    }
    std::reverse(names.begin(), names.end());
    return names;
  }
  if (s.find("respectively") == std::string_view::npos) return names;
  // "Megvii and Yitu were valued at ...": capitalised names before the first figure.
  const auto words = WordsBefore(s, first_figure);
  for (const auto& [b, e] : words) {
    const std::string w = StripPossessive(s.substr(b, e - b));
    if (IsCapitalized(w) && !EnglishStopWords().contains(w)) names.push_back(w);
  }
  return names;
}

std::string TopicNear(std::string_view s, std::size_t at) {
  std::size_t best_distance = std::string_view::npos;
  std::string_view best;
  for (const Topic& t : kTopics) {
    const bool latin = IsLatinLetter(static_cast<unsigned char>(t.word[0]));
    for (std::size_t p = s.find(t.word); p != std::string_view::npos; p = s.find(t.word, p + 1)) {
      if (latin) {
        // Whole words only: "aid" is not in "said".
        const std::size_t e = p + t.word.size();
        if (p > 0 && IsLatinLetter(static_cast<unsigned char>(s[p - 1]))) continue;
        if (e < s.size() && IsLatinLetter(static_cast<unsigned char>(s[e])) && s[e] != 's') continue;
      }
      // Measured from the word's end, so 순이익 wins over the 이익 inside it; words after the
      // figure count a little less than words before it.
      const std::size_t word_end = p + t.word.size();
      const std::size_t distance = word_end <= at ? at - word_end : p >= at ? (p - at) * 2 : 0;
      if (distance < best_distance) {
        best_distance = distance;
        best = t.slug;
      }
    }
  }
  return std::string(best);
}

}  // namespace figcheck
