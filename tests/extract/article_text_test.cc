#include "core/extract/article_text.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(ArticleTextTest, MenuButtonsBylinesAndSeparatorsAreClutter) {
  for (const char* line : {"-", "기사 스크랩", "공유", "댓글", "클린뷰", "프린트", "  |  ",
                           "강경주 한경닷컴 기자 qurasoha@hankyung.com", "ⓒ 한경닷컴, 무단전재 및 재배포 금지",
                           "Share", "입력 2020.07.29 16:00"}) {
    EXPECT_TRUE(IsClutterLine(line)) << line;
  }
  EXPECT_FALSE(IsClutterLine("메그비의 매출은 올해 회복됐다."));
  EXPECT_FALSE(IsClutterLine("Revenue rose 5.7 percent to 49.8 trillion won."));
}

// tests/articles/ko-2011-hankyung-china-ocean-resources-vessels/article.txt: the whole story on
// one line that ends with the copyright notice. The line is prose; only the notice goes.
TEST(ArticleTextTest, ALongLineOfProseEndingWithACopyrightNoticeKeepsItsProse) {
  const std::string text =
      "중국원양자원은 자회사인 복건성 연강현 원양어업유한공사가 생산량 증가와 시장점유율 확대를 위해 1399억9400만원을 투자하기로 결정했다고 12일 공시했다. 이는 자기자본 대비 54.72%에 해당하는 규모이며 선박 30척을 제조하는 이번 투자로 자회사의 선박 수가 2배로 늘어 생산량이 대폭 확대될 것이라고 중국원양자원은 내다봤다. 선박당 건축 비용은 2600만위안(47억원)로 예상되고 총 투자규모는 7억8000만위안(1400억원) 이다. 중국원양자원 측은 \"투자자금의 40%는 현재 진행중인 원양어업기지 대금의 결산에 따른 정산반납금(3억 RMB)으로 조달할 예정\"이며 \"나머지 대금은 회사 운영자금이나 대주주 대여금으로 조달할 것\"이라고 밝혔다. 인터넷뉴스팀 한국경제TV 주요뉴스 ㆍ야상 점퍼 대참사, 유행해서 샀더니 `깜놀`大폭소 ㆍ현대그룹 \"제4이통사 참여 완전철회\" ㆍ취업준비생 `가짜 가격표` 몰래 실험하다 업무방해로... ㆍ[포토]현아 \"찢현아\" 등극!! 차파오 찢어 현승 구해.. ㆍ[포토]애플, \"특허 괴물\"과 손잡고 특허권 양도 왜?. . ⓒ 한국경제TV, 무단 전재 및 재배포 금지 인터넷뉴스팀\n";
  EXPECT_FALSE(IsClutterLine(WithoutNotice(text)));
  const ArticleText article = ReadArticleText(text);
  ASSERT_EQ(article.body.size(), 1u);
  EXPECT_TRUE(article.body[0].starts_with("중국원양자원은 자회사인"));
  EXPECT_TRUE(article.body[0].ends_with("특허권 양도 왜?. ."));
  EXPECT_EQ(article.body[0].find("ⓒ"), std::string_view::npos);
  bool found = false;
  for (const Sentence& s : article.sentences) {
    found = found || s.text.find("7억8000만위안(1400억원)") != std::string_view::npos;
    EXPECT_EQ(text.substr(s.begin, s.text.size()), s.text);
  }
  EXPECT_TRUE(found);
}

TEST(ArticleTextTest, NoticeSentencesAreCutFromALongLineAndAShortNoticeLineIsStillClutter) {
  // A short line is judged whole, as before.
  EXPECT_EQ(WithoutNotice("  ⓒ 한경닷컴, 무단전재 및 재배포 금지 "), "ⓒ 한경닷컴, 무단전재 및 재배포 금지");
  EXPECT_TRUE(IsClutterLine(WithoutNotice("ⓒ 한경닷컴, 무단전재 및 재배포 금지")));
  // A long line: the notice at its start and everything from the notice after the prose go.
  const std::string prose(320, 'a');
  const std::string line = "Copyright 2020 Yonhap. " + prose + ". Second sentence. (c) Copyright tail. After.";
  EXPECT_EQ(WithoutNotice(line), prose + ". Second sentence.");
  // A long line that is nothing but notices is empty, hence clutter.
  const std::string notices = "Copyright " + std::string(320, 'x') + ". All rights reserved.";
  EXPECT_TRUE(WithoutNotice(notices).empty());
  EXPECT_TRUE(IsClutterLine(WithoutNotice(notices)));
}

// tests/articles/ko-2011-asiae-huawei-top-private-firm/article.txt, line 3: the notice is glued
// to the last sentence with no space after its full stop; the sentence stays, up to that stop.
TEST(ArticleTextTest, ANoticeGluedToTheLastSentenceCutsAtItsFullStop) {
  const std::string line =
      "[아시아경제 박선미 기자]중국 통신장비 업체 화웨이(華爲)가 지난해 매출액 기준 중국 500대 민영기업 순위 1위에 올랐다.중국 관영 언론 신화통신은 26일 선전시에 본사를 둔 화웨이가 지난해 매출액 1852억위안(약 289억달러·31조3500억원)을 거둬 500대 민영기업 순위 1위에 올랐다고 보도했다.장쑤성 소재 철강회사 샤강그룹과 가전제품 유통 체인 쑤닝전기가 각각 매출액 1786억위안과 1562억위안으로 2, 3위에 올랐다. 4위는 세계 3대 PC 업체로 우뚝 선 레노보(1467억위안)가 차지했다. 중국 500대 민영기업의 지난해 매출 평균은 140억위안을 기록했고, 전체 매출액 규모는 6조9849억위안으로 2009년 보다 47.5% 늘었다. 500대 기업 총 순이익은 전년 동기대비 79.5% 늘어난 3911억위안을 기록했다.박선미 기자 psm82@<ⓒ세계를 보는 창 경제를 보는 눈, 아시아경제(www.asiae.co.kr) 무단전재 배포금지>";
  const std::string_view kept = WithoutNotice(line);
  EXPECT_TRUE(kept.starts_with("[아시아경제 박선미 기자]"));
  EXPECT_TRUE(kept.ends_with("500대 기업 총 순이익은 전년 동기대비 79.5% 늘어난 3911억위안을 기록했다."));
}

// tests/articles/en-2009-yonhap-public-firms-2008-earnings/article.txt, lines 9-13: wire copy
// wrapped at 80 columns. A long line stopping mid-sentence goes on in the next line when that
// starts with a small letter or a digit; a headline and a line ending with a full stop do not.
TEST(ArticleTextTest, WireCopyWrappedAtAFixedWidthIsJoinedIntoItsSentences) {
  const std::string text =
      "Public firms' 2008 earnings plunge on economic downturn\n"
      "According to the report by the Ministry of Strategy and Finance, the firms'\n"
      "combined net profit amounted to 331 billion won (US$248 million) last year, down\n"
      "93.6 percent from a year earlier. Their combined sales, however, jumped 22.5\n"
      "percent from a year earlier to 95.2 trillion won.\n"
      "The profit plunge was attributed to the global economic slowdown and worsening\n"
      "financial instability.\n";
  const ArticleText article = ReadArticleText(text);
  ASSERT_EQ(article.body.size(), 3u);
  EXPECT_EQ(article.title, "Public firms' 2008 earnings plunge on economic downturn");
  EXPECT_TRUE(article.body[1].starts_with("According to"));
  EXPECT_TRUE(article.body[1].ends_with("to 95.2 trillion won."));
  EXPECT_TRUE(article.body[2].ends_with("financial instability."));
  ASSERT_EQ(article.sentences.size(), 4u);
  EXPECT_EQ(article.sentences[2].text,
            "Their combined sales, however, jumped 22.5\npercent from a year earlier to 95.2 trillion won.");
  for (const Sentence& s : article.sentences) EXPECT_EQ(text.substr(s.begin, s.text.size()), s.text);
  // Korean lines and short lines are never joined.
  EXPECT_EQ(ReadArticleText("제목\n매출은 3조원\n2024년에는 늘었다.\nShort line\nand more\n").body.size(), 5u);
}

TEST(ArticleTextTest, RepeatedParagraphsAreReadOnce) {
  const std::string text = "제목\n-\n공유\n첫 문단이다.\n둘째 문단이다.\n첫 문단이다.\n둘째  문단이다.\n";
  const ArticleText article = ReadArticleText(text);
  EXPECT_EQ(article.title, "제목");
  ASSERT_EQ(article.body.size(), 3u);  // the title, then each paragraph once
  EXPECT_EQ(article.body[1], "첫 문단이다.");
  EXPECT_EQ(article.body[2], "둘째 문단이다.");
}

TEST(ArticleTextTest, SentencesPointIntoTheInputByteForByte) {
  const std::string text = "\xef\xbb\xbfTitle\r\nFirst one. Second one!\r\n";
  const ArticleText article = ReadArticleText(text);
  ASSERT_EQ(article.sentences.size(), 3u);
  for (const Sentence& s : article.sentences) EXPECT_EQ(text.substr(s.begin, s.text.size()), s.text);
  EXPECT_EQ(article.sentences[2].text, "Second one!");
}

TEST(ArticleTextTest, SentencesDoNotEndInsideNumbersAbbreviationsOrParentheses) {
  const auto s = SplitSentences(
      "U.S. officials paid $1.5 billion (about 1.8 trillion won. maybe) to Mr. Kim. 메그비는 회사다. 끝");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "U.S. officials paid $1.5 billion (about 1.8 trillion won. maybe) to Mr. Kim.");
  EXPECT_EQ(s[1], "메그비는 회사다.");
  EXPECT_EQ(s[2], "끝");
}

TEST(ArticleTextTest, LanguageIsKoreanWhenHangulIsARealShareOfTheLetters) {
  EXPECT_EQ(DetectLanguage("음성 인식 기업 아이플라이텍(iFlytek)은 MIT 테크놀로지 리뷰에 올랐다"), "ko");
  EXPECT_EQ(DetectLanguage("Samsung said profit rose 12 percent to 6.7 trillion won"), "en");
}

TEST(ArticleTextTest, FindsPrintedDatesInTheCommonShapes) {
  EXPECT_EQ(FindDate("입력 2020.07.29 16:00")->ToString(), "2020-07-29");
  EXPECT_EQ(FindDate("2020년 7월 29일 보도")->ToString(), "2020-07-29");
  EXPECT_EQ(FindDate("Published July 29, 2020 8:36 pm")->ToString(), "2020-07-29");
  EXPECT_EQ(FindDate("Updated 29 July 2020")->ToString(), "2020-07-29");
  EXPECT_EQ(FindDate("posted 2020/7/29")->ToString(), "2020-07-29");
  EXPECT_FALSE(FindDate("2017년 7월 차세대 계획"));
  EXPECT_FALSE(FindDate("2020.02.30"));
}

TEST(ArticleTextTest, ADatelineGivesThePublicationDateAndIsNotBody) {
  const ArticleText article = ReadArticleText("제목\n입력 2020.07.29 16:00\n본문이다.\n");
  ASSERT_TRUE(article.published);
  EXPECT_EQ(article.published->ToString(), "2020-07-29");
  ASSERT_EQ(article.body.size(), 2u);
}

// tests/articles/en-2009-yonhap-public-firms-2008-earnings/article.txt: the dateline names no
// year; the page's "Fri, 04/03/2009 - 08:05" has the same month and day and gives it.
TEST(ArticleTextTest, AYonhapDatelineTakesItsYearFromADateOnThePageThatAgrees) {
  const ArticleText article = ReadArticleText(
      "ID :\n53598\nFri, 04/03/2009 - 08:05\nAuther :\nPublic firms' 2008 earnings plunge on economic downturn\n"
      "SEOUL, April 3 (Yonhap) -- South Korea's 24 major public companies saw their combined net profit plunge over "
      "90 percent last year.\n");
  ASSERT_TRUE(article.published);
  EXPECT_EQ(article.published->ToString(), "2009-04-03");
  EXPECT_EQ(article.published_line, 6u);
  // tests/articles/en-2020-yonhap-poongsan-q2/article.txt: no other date on the page; a year in
  // the body ("in 2019") is no publication year, so the article stays undated.
  const ArticleText undated = ReadArticleText(
      "Poongsan Q2 net income up 119.8 pct\nSEOUL, July 30 (Yonhap) -- Poongsan Corp. on Thursday reported its "
      "second-quarter net income of 8.1 billion won (US$ 6.7 million), up 119.8 percent from a year earlier, "
      "against 2019.\n");
  EXPECT_FALSE(undated.published);
  // A date whose day differs from the dateline's gives nothing.
  EXPECT_FALSE(ReadArticleText("Fri, 04/04/2009 - 08:05\nSEOUL, April 3 (Yonhap) -- Text.\n").published);
}

TEST(ArticleTextTest, CodePointOffsetsCountCharactersNotBytes) {
  EXPECT_EQ(CodePointOffset("가나a", 7), 3u);
  EXPECT_EQ(CodePointOffset("가나a", 3), 1u);
}

}  // namespace
}  // namespace figcheck
