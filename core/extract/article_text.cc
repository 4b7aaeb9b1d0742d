#include "core/extract/article_text.h"

#include <algorithm>
#include <array>
#include <set>
#include <sstream>

#include <date/date.h>

#include "core/base/utf8.h"

namespace figcheck {
namespace {

// Buttons and menu entries that news sites print around the body.
constexpr std::array<std::string_view, 40> kMenuLines = {
    "-", "기사 스크랩", "스크랩", "공유", "공유하기", "댓글", "클린뷰", "프린트", "인쇄", "글자크기",
    "글씨크기", "좋아요", "싫어요", "페이스북", "트위터", "카카오톡", "카카오스토리", "url 복사",
    "기사 듣기", "북마크", "구독", "구독하기", "광고", "닫기", "본문 글씨 키우기", "share", "tweet",
    "print", "email", "comments", "comment", "advertisement", "subscribe", "sign in", "log in",
    "facebook", "twitter", "linkedin", "copy link", "read more",
};

// Phrases that mark a whole line as furniture wherever they appear in it.
constexpr std::array<std::string_view, 12> kClutterMarks = {
    "무단전재", "무단 전재", "재배포 금지", "ⓒ", "©", "Copyright", "copyright", "All rights reserved",
    "저작권자", "기사제보", "구독신청", "Sign up for",
};

// Words of a dateline ("입력 2020.07.29 16:00").
constexpr std::array<std::string_view, 10> kDatelineWords = {
    "입력", "수정", "등록", "승인", "발행", "기사입력", "Published", "Updated", "Posted", "Date",
};

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  // U+00A0 and U+3000 are the spaces web pages pad with.
  for (bool again = true; again;) {
    again = false;
    for (std::string_view sp : {std::string_view("\xc2\xa0"), std::string_view("\xe3\x80\x80")}) {
      if (s.starts_with(sp)) { s.remove_prefix(sp.size()); again = true; }
      if (s.ends_with(sp)) { s.remove_suffix(sp.size()); again = true; }
    }
    while (!s.empty() && IsAsciiSpace(s.front())) { s.remove_prefix(1); again = true; }
    while (!s.empty() && IsAsciiSpace(s.back())) { s.remove_suffix(1); again = true; }
  }
  return s;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The line's text with runs of white space made one space: two copies of a paragraph that
// differ only in spacing are the same paragraph.
std::string Normalized(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : line) {
    if (IsAsciiSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool HasEmail(std::string_view line) {
  const std::size_t at = line.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  const std::size_t dot = line.find('.', at);
  return dot != std::string_view::npos && dot > at + 1;
}

bool IsDateline(std::string_view line) {
  if (!FindDate(line)) return false;
  if (line.size() <= 40) return true;
  return std::any_of(kDatelineWords.begin(), kDatelineWords.end(),
                     [&](std::string_view w) { return line.starts_with(w); });
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

constexpr std::array<std::string_view, 12> kMonthNames = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

// True when an English month name (or its abbreviation) starts at lower[i].
bool MonthAt(std::string_view lower, std::size_t i) {
  return std::any_of(kMonthNames.begin(), kMonthNames.end(),
                     [&](std::string_view m) { return lower.substr(i).starts_with(m); });
}

// A calendar day read by Howard Hinnant's date library with `format` at the start of `text`
// ("%Y-%m-%d", "%B %d, %Y", "%Y年%m月%d日" ...); nullopt unless it reads a day that exists.
std::optional<Date> ParseDateAt(std::string_view text, const char* format) {
  std::istringstream in{std::string(text.substr(0, 40))};
  date::year_month_day ymd{};
  in >> date::parse(format, ymd);
  if (in.fail() || !ymd.ok()) return std::nullopt;
  // The day must end there: "2020.07.29" but not "2020.07.299".
  if (!in.eof() && IsDigit(static_cast<char>(in.peek()))) return std::nullopt;
  const int year = static_cast<int>(ymd.year());
  if (year < 1900 || year > 2999) return std::nullopt;
  return Date::FromYmd(year, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// The day of a dateline without a year, "SEOUL, July 29 (Yonhap)": month and day.
std::optional<date::month_day> DatelineDay(std::string_view line) {
  const std::size_t agency = line.find("(Yonhap)");
  const std::size_t comma = line.find(", ");
  if (agency == std::string_view::npos || comma == std::string_view::npos || comma > agency) return std::nullopt;
  std::istringstream in{std::string(line.substr(comma + 2, agency - comma - 2))};
  date::month_day md{};
  in >> date::parse("%B %d", md);
  if (in.fail() || !md.ok()) return std::nullopt;
  return md;
}

// "Fri, 04/03/2009 - 08:05" on a page whose dateline is "SEOUL, April 3 (Yonhap)": a numeric
// date printed anywhere in `text` whose month and day are the dateline's gives the year (so
// whether the page writes month or day first does not matter). nullopt when no date agrees.
std::optional<Date> DateAgreeingWith(std::string_view text, date::month_day md) {
  static constexpr const char* kFormats[] = {"%m/%d/%Y", "%d/%m/%Y", "%m-%d-%Y", "%d.%m.%Y", "%d-%m-%Y",
                                             "%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d"};
  auto digits = [&](std::size_t i) {
    std::size_t n = 0;
    while (i + n < text.size() && IsDigit(text[i + n])) ++n;
    return n;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    // Only three numbers joined by '/', '-' or '.' are tried: "04/03/2009", "2009-04-03".
    const std::size_t a = digits(i);
    if (i + a >= text.size() || (text[i + a] != '/' && text[i + a] != '-' && text[i + a] != '.')) continue;
    const std::size_t b = digits(i + a + 1);
    if (b == 0 || i + a + 1 + b >= text.size() || text[i + a + 1 + b] != text[i + a]) continue;
    const std::size_t c = digits(i + a + b + 2);
    if (!((a <= 2 && b <= 2 && c == 4) || (a == 4 && b <= 2 && c <= 2 && c > 0))) continue;
    for (const char* format : kFormats) {
      const auto date = ParseDateAt(text.substr(i), format);
      if (!date) continue;
      const auto ymd = date->ymd();
      if (static_cast<unsigned>(ymd.month()) == static_cast<unsigned>(md.month()) &&
          static_cast<unsigned>(ymd.day()) == static_cast<unsigned>(md.day())) {
        return date;
      }
    }
  }
  return std::nullopt;
}

// A line that stops mid-sentence: it ends with a Latin letter, a digit, a comma, an apostrophe
// or a hyphen (not a full stop, colon, quote or bracket).
bool EndsMidSentence(std::string_view line) {
  const char c = line.back();
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == ',' || c == '\'' || c == '-';
}

// A line that goes on a sentence: it starts with a small Latin letter or a digit.
bool StartsMidSentence(std::string_view line) {
  const char c = line.front();
  return (c >= 'a' && c <= 'z') || IsDigit(c);
}

}  // namespace

namespace {

bool HasClutterMark(std::string_view text) {
  return std::any_of(kClutterMarks.begin(), kClutterMarks.end(),
                     [&](std::string_view mark) { return text.find(mark) != std::string_view::npos; });
}

}  // namespace

std::string_view WithoutNotice(std::string_view raw) {
  std::string_view line = Trim(raw);
  if (line.size() <= kLongLineBytes || !HasClutterMark(line)) return line;
  const std::vector<std::string_view> sentences = SplitSentences(line);
  std::size_t first = 0;
  while (first < sentences.size() && HasClutterMark(sentences[first])) ++first;
  if (first == sentences.size()) return line.substr(0, 0);
  std::size_t last = first;
  while (last < sentences.size() && !HasClutterMark(sentences[last])) ++last;
  const std::string_view from = sentences[first];
  const std::size_t begin = static_cast<std::size_t>(from.data() - line.data());
  std::size_t end = static_cast<std::size_t>(sentences[last - 1].data() + sentences[last - 1].size() - line.data());
  if (last < sentences.size()) {
    // The notice glued to the sentence before it, with no space after the full stop
    // ("…3911억위안을 기록했다.박선미 기자 psm82@<ⓒ…"): that sentence is prose up to its last
    // full stop (not one between digits) before the mark.
    const std::string_view glued = sentences[last];
    std::size_t mark = glued.size();
    for (std::string_view m : kClutterMarks) mark = std::min(mark, glued.find(m));
    for (std::size_t i = mark; i-- > 0;) {
      const bool stop = glued[i] == '.' || glued[i] == '!' || glued[i] == '?';
      if (stop && i > 0 && !(IsDigit(glued[i - 1]) && i + 1 < glued.size() && IsDigit(glued[i + 1]))) {
        end = static_cast<std::size_t>(glued.data() + i + 1 - line.data());
        break;
      }
    }
  }
  return line.substr(begin, end - begin);
}

bool IsClutterLine(std::string_view raw) {
  const std::string_view line = Trim(raw);
  if (line.empty()) return true;
  // A line without a single letter or digit ("-", "|", "·") is a separator.
  bool has_word = false;
  for (Utf8Reader r(line); !r.done();) {
    const char32_t c = r.Next();
    if (IsHangulSyllable(c) || IsLatinLetter(c) || (c >= '0' && c <= '9') || IsHan(c)) has_word = true;
  }
  if (!has_word) return true;
  const std::string lower = LowerAscii(line);
  for (std::string_view menu : kMenuLines) {
    if (lower == menu) return true;
  }
  for (std::string_view mark : kClutterMarks) {
    if (line.find(mark) != std::string_view::npos) return true;
  }
  // A byline: short, with an e-mail address ("강경주 한경닷컴 기자 qurasoha@hankyung.com").
  if (HasEmail(line) && CodePointOffset(line, line.size()) <= 60) return true;
  if (IsDateline(line)) return true;
  return false;
}

std::string DetectLanguage(std::string_view text) {
  std::size_t hangul = 0;
  std::size_t latin = 0;
  for (Utf8Reader r(text); !r.done();) {
    const char32_t c = r.Next();
    if (IsHangulSyllable(c)) ++hangul;
    else if (IsLatinLetter(c)) ++latin;
  }
  // Korean articles quote Latin names; a Hangul share of a fifth of the letters is Korean.
  return hangul * 5 >= hangul + latin && hangul > 0 ? "ko" : "en";
}

std::optional<Date> FindDate(std::string_view text) {
  // Formats tried where a year (four digits and a separator) or a month name starts.
  static constexpr const char* kYearFirst[] = {"%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d", "%Y. %m. %d",
                                               "%Y년 %m월 %d일", "%Y年%m月%d日"};
  static constexpr const char* kMonthFirst[] = {"%B %d, %Y", "%b. %d, %Y", "%B %d %Y"};
  const std::string lower = LowerAscii(text);
  for (std::size_t start = 0; start < text.size(); ++start) {
    if (start > 0 && (IsDigit(text[start - 1]) || (lower[start - 1] >= 'a' && lower[start - 1] <= 'z'))) continue;
    if (IsDigit(text[start])) {
      std::size_t end = start;
      while (end < text.size() && IsDigit(text[end])) ++end;
      const std::string_view rest = text.substr(end);
      if (end - start == 4 && (rest.starts_with("-") || rest.starts_with(".") || rest.starts_with("/") ||
                               rest.starts_with("년") || rest.starts_with("年"))) {
        for (const char* format : kYearFirst) {
          const auto date = ParseDateAt(text.substr(start), format);
          // A day must end there: "2020.07.29" but not "2020.07.299".
          if (date) return date;
        }
      } else if (end - start <= 2 && rest.starts_with(" ")) {
        if (const auto date = ParseDateAt(text.substr(start), "%d %B %Y")) return date;  // 29 July 2020
      }
    } else if (lower[start] >= 'a' && lower[start] <= 'z' && MonthAt(lower, start)) {
      for (const char* format : kMonthFirst) {
        if (const auto date = ParseDateAt(text.substr(start), format)) return date;
      }
    }
  }
  return std::nullopt;
}

std::size_t CodePointOffset(std::string_view text, std::size_t byte_offset) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::vector<std::string_view> SplitSentences(std::string_view line) {
  // Words after which a period does not end a sentence.
  static const std::set<std::string, std::less<>> kAbbreviations = {
      "U.S", "U.K", "U.N", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd",
      "No", "vs", "Gov", "Sen", "Rep", "Gen", "Prof", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
      "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "St", "Mt", "U.S.A", "S", "a.m", "p.m",
      "pct", "bln", "mln", "tln",  // wire copy: "down 39.2 pct. to 774 bln won"
  };
  std::vector<std::string_view> out;
  std::size_t start = 0;
  int depth = 0;  // inside parentheses a period does not end the sentence
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    std::size_t end_len = 0;
    if (c == '.' || c == '!' || c == '?') end_len = 1;
    else if (line.substr(i).starts_with("。") || line.substr(i).starts_with("！") || line.substr(i).starts_with("？"))
      end_len = 3;
    if (end_len == 0 || depth > 0) continue;
    std::size_t j = i + end_len;
    // Closing quotes and brackets belong to the sentence they close.
    while (j < line.size() && (line[j] == '"' || line[j] == '\'' || line[j] == ')')) ++j;
    for (std::string_view q : {std::string_view("”"), std::string_view("’")}) {
      if (line.substr(j).starts_with(q)) j += q.size();
    }
    if (j < line.size() && !IsAsciiSpace(line[j])) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && !IsAsciiSpace(line[w - 1])) --w;
      const std::string_view word = line.substr(w, i - w);
      if (kAbbreviations.contains(word)) continue;
      if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') continue;  // an initial: "John F. Kennedy"
    }
    const std::string_view sentence = Trim(line.substr(start, j - start));
    if (!sentence.empty()) out.push_back(sentence);
    start = j;
    i = j - 1;
  }
  const std::string_view rest = Trim(line.substr(start));
  if (!rest.empty()) out.push_back(rest);
  return out;
}

ArticleText ReadArticleText(std::string_view contents) {
  ArticleText article;
  std::set<std::string, std::less<>> seen;
  std::size_t pos = contents.starts_with("\xef\xbb\xbf") ? 3 : 0;
  std::size_t line_number = 0;
  std::optional<date::month_day> dateline_day;
  std::size_t dateline_line = 0;
  std::string dateline_text;
  while (pos < contents.size()) {
    std::size_t eol = contents.find('\n', pos);
    if (eol == std::string_view::npos) eol = contents.size();
    const std::string_view raw = contents.substr(pos, eol - pos);
    pos = eol + 1;
    const std::string_view whole = Trim(raw);
    std::string_view line = WithoutNotice(whole);
    ++line_number;
    if (IsClutterLine(line)) {
      if (!article.published && !whole.empty() && IsDateline(whole)) {
        article.published = FindDate(whole);
        article.published_line = line_number;
        article.published_text = std::string(whole);
      }
      continue;
    }
    if (!dateline_day && line.size() <= 400) {
      if ((dateline_day = DatelineDay(line))) {
        dateline_line = line_number;
        dateline_text = std::string(line.substr(0, line.find("(Yonhap)") + 8));
      }
    }
    // Wire copy wrapped at a fixed width ("…the firms'" / "combined net profit amounted to 331
    // billion won (US$248 million) last year, down" / "93.6 percent from a year earlier. …",
    // tests/articles/en-2009-yonhap-public-firms-2008-earnings): a long line that stops in the
    // middle of a sentence goes on in the next line when that starts with a small letter or a
    // digit. The joined line is one stretch of the input, line break included.
    if (!article.title.empty()) {
      while (line.size() >= 60 && EndsMidSentence(line) && pos < contents.size()) {
        std::size_t next_eol = contents.find('\n', pos);
        if (next_eol == std::string_view::npos) next_eol = contents.size();
        const std::string_view next = Trim(contents.substr(pos, next_eol - pos));
        if (next.empty() || !StartsMidSentence(next) || IsClutterLine(next)) break;
        line = contents.substr(static_cast<std::size_t>(line.data() - contents.data()),
                               static_cast<std::size_t>(next.data() + next.size() - line.data()));
        pos = next_eol + 1;
        ++line_number;
      }
    }
    if (!seen.insert(Normalized(line)).second) continue;
    // The title is the first line; it is searched like the body, since headlines carry figures.
    if (article.title.empty()) article.title = std::string(line);
    const std::size_t paragraph = article.body.size();
    article.body.push_back(line);
    for (std::string_view s : SplitSentences(line)) {
      article.sentences.push_back(Sentence{s, static_cast<std::size_t>(s.data() - contents.data()), paragraph});
    }
  }
  // "SEOUL, July 29 (Yonhap)" names no year: it dates the article only with a year printed
  // elsewhere on the page (a copyright line "(c) 2020 Yonhap").
  if (!article.published && dateline_day) {
    const std::size_t copyright = contents.find("(c) ");
    const std::size_t year_at = copyright == std::string_view::npos ? contents.find("Copyright ") : copyright + 4;
    std::size_t y = year_at;
    while (y != std::string_view::npos && y < contents.size() && !IsDigit(contents[y]) && y < year_at + 24) ++y;
    if (y != std::string_view::npos && y + 4 <= contents.size() && IsDigit(contents[y])) {
      const int year = std::stoi(std::string(contents.substr(y, 4)));
      if (const auto date = Date::FromYmd(year, static_cast<unsigned>(dateline_day->month()),
                                          static_cast<unsigned>(dateline_day->day()))) {
        article.published = date;
        article.published_line = dateline_line;
        article.published_text = dateline_text + " (year from the copyright line)";
      }
    }
  }
  // Else the year of a numeric date on the page with the dateline's month and day; with none,
  // the article stays undated (a year printed in the body is no publication year).
  if (!article.published && dateline_day) {
    if (const auto date = DateAgreeingWith(contents, *dateline_day)) {
      article.published = date;
      article.published_line = dateline_line;
      article.published_text = dateline_text + " (year from a date on the page with the same month and day)";
    }
  }
  article.language = DetectLanguage(contents);
  return article;
}

}  // namespace figcheck
