#include "core/extract/figure_scanner.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

std::vector<std::string> Texts(std::string_view sentence) {
  std::vector<std::string> out;
  for (const FigureMention& m : ScanFigures(sentence)) {
    const char* kind = m.kind == MentionKind::kMoney ? "money" : m.kind == MentionKind::kChange ? "change" : "bare";
    out.push_back(std::string(kind) + ":" + std::string(m.text));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(FigureScannerTest, KoreanFiguresKeepTheirQualifiersAndUnits) {
  EXPECT_EQ(Texts("기업 가치가 75억 달러(한화 약 8조 9512억원)로"),
            (Strings{"money:75억 달러", "money:한화 약 8조 9512억원"}));
  EXPECT_EQ(Texts("순이익이 51%나 증가한 8억1900만위안을"), (Strings{"change:51%", "money:8억1900만위안"}));
  EXPECT_EQ(Texts("1만엔(약 9만4000원), 500위안 이하(약8만 3000원), 17억달러(1조8천3백억여원)"),
            (Strings{"money:1만엔", "money:약 9만4000원", "money:500위안 이하", "money:약8만 3000원", "money:17억달러",
                     "money:1조8천3백억여원"}));
}

TEST(FigureScannerTest, EnglishFiguresWithSymbolsCodesAndScaleWords) {
  EXPECT_EQ(Texts("held nearly 220 trillion won (US$232.6 billion) and W1.2 trillion, or $1B"),
            (Strings{"money:nearly 220 trillion won", "money:US$232.6 billion", "money:W1.2 trillion", "money:$1B"}));
  EXPECT_EQ(Texts("Revenue rose 5.7 percent to KRW 49.8 trillion"),
            (Strings{"change:5.7 percent", "money:KRW 49.8 trillion"}));
}

TEST(FigureScannerTest, NumbersGluedToWordsAreNotFigures) {
  EXPECT_EQ(Texts("코로나19 사태로 2020년 G20 회의에 3명이 A380을 탔다"), Strings{});
  EXPECT_EQ(Texts("계약 5억원"), (Strings{"money:5억원"}));  // 약 inside 계약 is not 'about'
}

TEST(FigureScannerTest, ARangeIsOneMentionWithBothEndsCompleted) {
  const auto m = ScanFigures("이적료만 300만~400만달러(약 34억~45억원)로");
  ASSERT_EQ(m.size(), 2u);
  ASSERT_TRUE(m[0].range && m[1].range);
  EXPECT_EQ(m[0].range->low, "300만달러");
  EXPECT_EQ(m[0].range->high, "400만달러");
  EXPECT_EQ(m[1].range->low, "약 34억원");
  EXPECT_EQ(m[1].range->high, "약 45억원");
  const auto bare_low = ScanFigures("가격은 20~30만 달러");
  ASSERT_EQ(bare_low.size(), 1u);
  EXPECT_EQ(bare_low[0].range->low, "20만 달러");
}

TEST(FigureScannerTest, AConvertedFigureWithoutCurrencyIsABareNumber) {
  EXPECT_EQ(Texts("1억 달러(100억)가 든"), (Strings{"money:1억 달러", "bare:100억"}));
}

}  // namespace
}  // namespace figcheck
