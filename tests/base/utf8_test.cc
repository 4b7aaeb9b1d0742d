#include "core/base/utf8.h"

#include <string>

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

TEST(Utf8Test, ReaderReadsEachMalformedByteAsOneReplacementCharacter) {
  std::u32string read;
  for (Utf8Reader reader("a\xc1\x81\xed\xa0\x80억"); !reader.done();) read += reader.Next();
  EXPECT_EQ(read, U"a\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD억");  // an overlong 'A', then a surrogate
  std::size_t start = 0;
  EXPECT_EQ(DecodeBefore("x\xc1\x81", 3, &start), U'\uFFFD');
  EXPECT_EQ(start, 2u);
}

TEST(Utf8Test, ColumnsCountCodePointsNotBytes) {
  EXPECT_EQ(CodePointColumn("75억 닭러", 6), 4);
  EXPECT_EQ(CodePointColumn("75억", 100), 3);
}

}  // namespace
}  // namespace figcheck
