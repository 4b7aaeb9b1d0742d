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

TEST(ArticleTextTest, CodePointOffsetsCountCharactersNotBytes) {
  EXPECT_EQ(CodePointOffset("가나a", 7), 3u);
  EXPECT_EQ(CodePointOffset("가나a", 3), 1u);
}

}  // namespace
}  // namespace figcheck
