#include "core/base/printable.h"

#include <string>

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(PrintableTest, ShowsControlCharactersAsEscapes) {
  EXPECT_EQ(Printable("nl\n::error file=evil.yaml"), "nl\\n::error file=evil.yaml");
  EXPECT_EQ(Printable("esc\x1b[2J\x1b]0;pwned\a.yaml"), "esc\\x1b[2J\\x1b]0;pwned\\x07.yaml");
  EXPECT_EQ(Printable("a\r\tb\x7f"), "a\\r b\\x7f");
}

TEST(PrintableTest, ShowsC1AndBidirectionalControlsAndBrokenBytes) {
  EXPECT_EQ(Printable("\xc2\x9b" "31m"), "\\u{009b}31m");      // 8-bit CSI
  EXPECT_EQ(Printable("abc\xe2\x80\xae" "fed"), "abc\\u{202e}fed");  // right-to-left override
  EXPECT_EQ(Printable("caf\xe9"), "caf\\xe9");
}

TEST(PrintableTest, KeepsKoreanAndSymbols) {
  EXPECT_EQ(Printable("한화 약 8조 9512억원 ≈ ₩"), "한화 약 8조 9512억원 ≈ ₩");
}

TEST(PrintableTest, ClipsTheMiddleOfALongText) {
  const std::string digits = "1" + std::string(9998, '5') + "9";
  const std::string shown = Printable(digits);
  EXPECT_LT(shown.size(), kMaxPrintableBytes + 40);
  EXPECT_TRUE(shown.starts_with("1555"));
  EXPECT_TRUE(shown.ends_with("5559"));
  EXPECT_NE(shown.find("\u2026[8500 bytes]\u2026"), std::string::npos) << shown.substr(900, 200);
}

TEST(PrintableTest, NeverSplitsACharacterWhenClipping) {
  std::string korean;
  for (int i = 0; i < 1000; ++i) korean += "억";
  const std::string shown = Printable(korean);
  EXPECT_EQ(shown.find("\\x"), std::string::npos);
}

}  // namespace
}  // namespace figcheck
