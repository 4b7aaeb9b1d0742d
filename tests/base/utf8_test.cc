#include "core/base/utf8.h"

#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace figcheck {
namespace {

// FindInvalidUtf8 as DecodeUtf8 reads it, one code point at a time.
std::optional<std::size_t> FirstInvalidByDecoding(std::string_view text) {
  for (std::size_t offset = 0; offset < text.size();) {
    const auto decoded = DecodeUtf8(text, offset);
    if (!decoded) return offset;
    offset += decoded->length;
  }
  return std::nullopt;
}

// The word-at-a-time paths (eight bytes at once) agree with a byte-by-byte reading at every
// offset, across word boundaries, for ASCII, Hangul, 4-byte code points and broken bytes.
TEST(Utf8Test, WordAtATimePathsAgreeWithTheBytes) {
  const std::string texts[] = {
      "observation_date,DEXKOUS,DEXCHUS,DEXUSEU\n2020-07-28,1194.40,7.0029,1.1720\n",
      "2020-07-28 한화 약 8조 9512억원 (75억 달러) 😀 ok, 1,194.40 KRW per USD",
      "abcdefg\xff" "hijklmnop",
      "abcdefghijklmno\xe6\x97",
      "exactly sixteen!",
      "",
      "\xf0\x9f\x98\x80\xf0\x9f\x98\x80" "abcdefgh\xed\xa0\x80",
  };
  for (const std::string& text : texts) {
    int count = 0;
    for (std::size_t i = 0; i <= text.size() + 2; ++i) {
      EXPECT_EQ(CodePointColumn(text, i), count) << text << " at " << i;
      if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
    }
    for (std::size_t from = 0; from <= text.size(); ++from) {  // every alignment
      const std::string_view tail = std::string_view(text).substr(from);
      EXPECT_EQ(FindInvalidUtf8(tail), FirstInvalidByDecoding(tail)) << text << " from " << from;
    }
  }
}

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
