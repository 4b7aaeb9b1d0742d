#include "core/money/written.h"

#include <gtest/gtest.h>

#include "core/money/parse.h"

namespace figcheck {
namespace {

Decimal D(std::string_view text) { return *Decimal::Parse(text); }
const Currency& C(std::string_view code) { return *FindCurrencyByCode(code); }

// `value` written the way `style_text` is written, parsed for its unit as the checker would.
std::string Like(std::string_view value, std::string_view style_text) {
  const auto style = ParseAmount(style_text);
  if (std::holds_alternative<ParseError>(style)) return "unreadable style: " + std::get<ParseError>(style).message;
  return WriteLike(D(value), std::get<Amount>(style), style_text);
}

TEST(WrittenTest, KoreanLeavesOutEmptyGroups) {
  EXPECT_EQ(WriteKorean(D("8947350000000"), C("KRW"), D("10000")), "8조 9473억 5000만원");
  EXPECT_EQ(WriteKorean(D("1000000000000"), C("KRW"), D("1")), "1조원");
  EXPECT_EQ(WriteKorean(D("1000050000"), C("KRW"), D("1")), "10억 5만원");
  EXPECT_EQ(WriteKorean(D("7500000000"), C("USD"), D("100000000")), "75억 달러");
  EXPECT_EQ(WriteKorean(D("1194.4"), C("KRW"), D("0.1")), "1194.4원");
  EXPECT_EQ(WriteKorean(D("0"), C("KRW"), D("1")), "0원");
}

TEST(WrittenTest, KoreanRoundsHalfUpAtTheUnit) {
  EXPECT_EQ(WriteKorean(D("8947350000000"), C("KRW"), D("100000000")), "8조 9474억원");
  EXPECT_EQ(WriteKorean(D("8947349999999"), C("KRW"), D("100000000")), "8조 9473억원");
}

TEST(WrittenTest, EnglishUsesAScaleWordWithinThreeDecimals) {
  EXPECT_EQ(WriteEnglish(D("8947350000000"), C("KRW"), D("10000000000")), "₩8.95 trillion");
  EXPECT_EQ(WriteEnglish(D("7500000000"), C("USD"), D("100000000")), "$7.5 billion");
  EXPECT_EQ(WriteEnglish(D("8947350000000"), C("KRW"), D("1")), "₩8,947,350,000,000");
  EXPECT_EQ(WriteEnglish(D("819000000"), C("CNY"), D("1000000")), "CNY 819 million");
  EXPECT_EQ(WriteEnglish(D("1250000"), C("EUR"), D("10000")), "€1.25 million");
  EXPECT_EQ(WriteEnglish(D("1194.4"), C("KRW"), D("0.1")), "₩1,194.4");
  EXPECT_EQ(WriteEnglish(D("3000000"), C("CHF"), D("1000000")), "CHF 3 million");
}

TEST(WrittenTest, EnglishRoundsHalfUpNotHalfEven) {
  // Half-even would give 8.94.
  EXPECT_EQ(WriteEnglish(D("8945000000000"), C("KRW"), D("10000000000")), "₩8.95 trillion");
}

TEST(WrittenTest, LikeKeepsTheArticlesQualifiersAndShape) {
  EXPECT_EQ(Like("8947300000000", "한화 약 8조 9512억원"), "한화 약 8조 9473억원");
  EXPECT_EQ(Like("8947350000000", "한화 약 8조 9512억원"), "한화 약 8조 9474억원");
  EXPECT_EQ(Like("819123456", "8억1900만위안"), "8억1912만위안");
  EXPECT_EQ(Like("13000000", "1천200만달러 상당"), "1천300만달러 상당");
  EXPECT_EQ(Like("120000000000", "1천억원"), "1천억원");
  EXPECT_EQ(Like("1260000000", "12.5억 달러"), "12.6억 달러");
  EXPECT_EQ(Like("232650000000", "미화 2,326억 달러"), "미화 2,327억 달러");
  EXPECT_EQ(Like("2000000000", "10여억원"), "20여억원");
  EXPECT_EQ(Like("1193.45", "1,194.4원"), "1,193.5원");
  EXPECT_EQ(Like("27340000", "27,350,000원"), "27,340,000원");
}

TEST(WrittenTest, LikeWritesEnglishFiguresWithTheirScaleWord) {
  EXPECT_EQ(Like("4400000000", "about $4 billion"), "about $4 billion");
  EXPECT_EQ(Like("4500000000", "about $4 billion"), "about $5 billion");
  EXPECT_EQ(Like("8200000000", "US$7.5bn"), "US$8.2bn");
  EXPECT_EQ(Like("8947350000000", "₩8.95T"), "₩8.95T");
  EXPECT_EQ(Like("8947350000000", "8.95 trillion won"), "8.95 trillion won");
  EXPECT_EQ(Like("5400000", "€1.2 million"), "€5.4 million");
}

TEST(WrittenTest, LikeWritesAUnitSlipInFull) {
  EXPECT_EQ(Like("8951200000000000", "8조 9512억원"), "8951조 2000억원");
  EXPECT_EQ(Like("8950000000000000", "₩8.95T"), "₩8950.00T");
}

}  // namespace
}  // namespace figcheck
