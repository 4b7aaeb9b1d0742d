#include "core/report/escape.h"

#include <gtest/gtest.h>

namespace figcheck::report {
namespace {

TEST(EscapeTest, InvalidUtf8BecomesReplacementCharacters) {
  EXPECT_EQ(ValidUtf8("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(ValidUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");      // overlong '/'
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(ValidUtf8("원 ₩ 😀"), "원 ₩ 😀");
  EXPECT_EQ(ValidUtf8("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");      // truncated at the end
}

TEST(EscapeTest, XmlEscapesMarkupAndReplacesForbiddenControls) {
  EXPECT_EQ(XmlEscape("<a href=\"x\">'&'</a> ]]>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ]]&gt;");
  EXPECT_EQ(XmlEscape("a\x01" "b\x1b" "c\x7f"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\x7f");
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBE"), "\xEF\xBF\xBD");  // U+FFFE is not an XML character
  EXPECT_EQ(XmlEscape("l1\nl2\r\n\tx"), "l1\nl2&#13;\n\tx");
  EXPECT_EQ(XmlEscape("l1\nl2\r\n\tx", /*attribute=*/true), "l1&#10;l2&#13;&#10;&#9;x");
}

TEST(EscapeTest, GithubEscapesPercentAndLineBreaksAndPropertySeparators) {
  EXPECT_EQ(GithubMessageEscape("100% a:b,c\r\nd"), "100%25 a:b,c%0D%0Ad");
  EXPECT_EQ(GithubPropertyEscape("100% a:b,c\r\nd"), "100%25 a%3Ab%2Cc%0D%0Ad");
  EXPECT_EQ(GithubMessageEscape("::error::x"), "::error::x");  // inert: only a line start counts
  EXPECT_EQ(GithubMessageEscape("\x1b[31m"), "\xEF\xBF\xBD[31m");
}

TEST(EscapeTest, MarkdownCellStaysOneLiteralInlineRun) {
  EXPECT_EQ(MarkdownCellEscape("a|b `c` *d* _e_ [f](g) ~h~ $i$ \\"),
            "a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~h\\~ \\$i\\$ \\\\");
  EXPECT_EQ(MarkdownCellEscape("<script>&amp;"), "&lt;script&gt;&amp;amp;");
  EXPECT_EQ(MarkdownCellEscape("one\ntwo\r\nthree\rfour"), "one<br>two<br>three<br>four");
}

TEST(EscapeTest, PathToUriPercentEncodesAllButUnreservedAndSlash) {
  EXPECT_EQ(PathToUri("facts/a b#1%.yaml"), "facts/a%20b%231%25.yaml");
  EXPECT_EQ(PathToUri("facts/원.yaml"), "facts/%EC%9B%90.yaml");
}

TEST(EscapeTest, Fnv1a64MatchesTheReferenceVectors) {
  EXPECT_EQ(Fnv1a64Hex(""), "cbf29ce484222325");
  EXPECT_EQ(Fnv1a64Hex("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(Fnv1a64Hex("foobar"), "85944171f73967e8");
}

}  // namespace
}  // namespace figcheck::report
