#include "core/money/utf8.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(Utf8Test, DecodesHangulAndRejectsMalformedBytes) {
  const auto eok = DecodeUtf8("억", 0);
  ASSERT_TRUE(eok);
  EXPECT_EQ(eok->code_point, U'억');
  EXPECT_EQ(eok->length, 3u);
  EXPECT_FALSE(DecodeUtf8("\xc0\xaf", 0));          // overlong
  EXPECT_FALSE(DecodeUtf8("\xed\xa0\x80", 0));      // surrogate
  EXPECT_FALSE(DecodeUtf8("\xf4\x90\x80\x80", 0));  // above U+10FFFF
  EXPECT_FALSE(DecodeUtf8("\xe2\x82", 0));          // cut short
  EXPECT_EQ(FindInvalidUtf8("75억\xff"), 5u);
  EXPECT_FALSE(FindInvalidUtf8("한화 약 8조 9512억원"));
}

TEST(Utf8Test, HangulIsTwoColumnsWideInATerminal) {
  EXPECT_EQ(DisplayWidth("75억 닭러"), 9);
  EXPECT_EQ(DisplayWidth("$7.5 billion"), 12);
  EXPECT_EQ(DisplayWidth("₩8.95T"), 6);
  EXPECT_EQ(DisplayWidth("500억円"), 7);
}

}  // namespace
}  // namespace figcheck
