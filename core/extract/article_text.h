// ArticleText: the body of an article as scraped from a web page, cut into sentences.
//
// Web pages bring clutter: share and print buttons ("기사 스크랩", "공유", "댓글", "클린뷰",
// "프린트", "-"), bylines with an e-mail address, copyright lines, and often the whole body
// twice. ArticleText keeps only body lines, drops a line whose text already appeared, and cuts
// what is left into sentences. Every sentence knows its byte offset in the original input, so a
// span points into the file exactly as it was read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.h"

namespace figcheck {

// One sentence of the body: `text` is input[begin, end) byte for byte.
struct Sentence {
  std::string_view text;
  std::size_t begin = 0;  // byte offset in the input
  std::size_t paragraph = 0;  // index of the body line it came from
};

struct ArticleText {
  std::string title;                 // first meaningful line, empty when there is none
  std::vector<std::string_view> body;  // body lines in order, repeats and clutter removed
  std::vector<Sentence> sentences;   // sentences of `body`
  std::optional<Date> published;     // a publication date printed in the page, if any
  std::size_t published_line = 0;    // the 1-based line it was read from
  std::string published_text;        // that line, as printed ("입력 2020.07.29 16:00")
  std::string language;              // "ko" or "en"
};

// Cleans `contents` (UTF-8; a BOM and CR LF line ends are fine). The views point into
// `contents`, which must outlive the result.
ArticleText ReadArticleText(std::string_view contents);

// True for a line that is page furniture, not article text: menu and share buttons, lone
// punctuation, bylines with an e-mail address, copyright notices.
bool IsClutterLine(std::string_view line);

// Pages copied flat put a whole article on one line that ends with its copyright notice
// ("... 기록했다.박선미 기자 psm82@<ⓒ세계를 보는 창 ... 무단전재 배포금지>"). A line longer than
// kLongLineBytes is prose, not furniture: this returns it without the sentences that carry a
// notice mark (those at its start, and everything from the first one after the prose on).
// A shorter line is returned unchanged, for IsClutterLine to judge as a whole.
inline constexpr std::size_t kLongLineBytes = 300;
std::string_view WithoutNotice(std::string_view line);

// "ko" when Hangul makes up a real part of the letters, else "en".
std::string DetectLanguage(std::string_view text);

// Cuts one body line into sentences (views into `line`). A sentence ends at '.', '!' or '?'
// (or their full-width forms) followed by a space or the end, except inside a number
// ("1,194.4") and after common abbreviations ("U.S.", "Mr.", "Corp.").
std::vector<std::string_view> SplitSentences(std::string_view line);

// A full date printed in `text`: "2020-07-29", "2020.07.29", "2020/7/29", "2020년 7월 29일",
// "2020年7月29日", "July 29, 2020", "29 July 2020". The first one wins; nullopt when there is
// none. Read with Howard Hinnant's date library, which also rejects days that do not exist.
std::optional<Date> FindDate(std::string_view text);

// Code points in text[0, byte_offset) (invalid bytes count one each).
std::size_t CodePointOffset(std::string_view text, std::size_t byte_offset);

}  // namespace figcheck
