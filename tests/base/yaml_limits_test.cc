#include "core/base/yaml_limits.h"

#include <string>

#include <gtest/gtest.h>

#include "core/facts/loader.h"
#include "core/rates/rate_file.h"

namespace figcheck {
namespace {

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string Errors(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

std::string FactErrors(std::string_view text) { return Errors(LoadFactFile("f.yaml", text).diagnostics); }

std::string RateErrors(std::string_view text) {
  const auto result = ReadRateFile("r.yaml", text);
  const auto* diagnostics = std::get_if<Diagnostics>(&result);
  return diagnostics ? Errors(*diagnostics) : "loaded";
}

TEST(YamlLimitsTest, FlowNestingIsStoppedAtTheFirstBracketTooDeep) {
  const std::string text = "article: " + Repeat("[", 100000) + Repeat("]", 100000) + "\n";
  EXPECT_EQ(FindExcessNesting(text), 9u + 63u);
  EXPECT_EQ(FactErrors(text), "f.yaml:1:73: error: nesting deeper than 64 levels\n");
  EXPECT_EQ(RateErrors("rates: " + Repeat("[", 100000)), "r.yaml:1:71: error: nesting deeper than 64 levels\n");
}

TEST(YamlLimitsTest, BlockNestingCountsIndentationSteps) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  EXPECT_EQ(FactErrors(text), "f.yaml:65:65: error: nesting deeper than 64 levels\n");
}

TEST(YamlLimitsTest, CompactSequencesOnOneLineNest) {
  // "- - - x" is three sequences deep on one line; the old scan counted it as one level.
  EXPECT_EQ(FactErrors(Repeat("- ", 100000) + "x\n"), "f.yaml:1:127: error: nesting deeper than 64 levels\n");
}

TEST(YamlLimitsTest, QuotesInsidePlainScalarsDoNotHideBrackets) {
  // A quote in the middle of a plain scalar is text, not the start of a quoted scalar; the old
  // scan skipped the rest of the line and left yaml-cpp to fail with "bad file".
  const std::string deep = Repeat("[", 100000) + Repeat("]", 100000);
  EXPECT_EQ(FactErrors("article: [a\", " + deep + "]\n"), "f.yaml:1:77: error: nesting deeper than 64 levels\n");
  EXPECT_EQ(FactErrors("article: [a 'b, " + deep + "]\n"), "f.yaml:1:79: error: nesting deeper than 64 levels\n");
  EXPECT_EQ(RateErrors("rates: [a\", " + deep + "]\n"), "r.yaml:1:75: error: nesting deeper than 64 levels\n");
}

TEST(YamlLimitsTest, BracketsInsideQuotedScalarsAreText) {
  const std::string brackets = Repeat("[", 200);
  EXPECT_EQ(FindExcessNesting("quote: \"" + brackets + "\"\n"), std::nullopt);
  EXPECT_EQ(FindExcessNesting("quote: '" + brackets + "'\n"), std::nullopt);
  EXPECT_EQ(FindExcessNesting("- \"" + brackets + "\"\n"), std::nullopt);
  EXPECT_EQ(FindExcessNesting("quote: a [b # " + brackets + "\n"), std::nullopt);
}

TEST(YamlLimitsTest, NestingYamlCppStopsItselfGetsTheSameMessage) {
  // Brackets spread over lines inside a quoted scalar are counted (the scan errs on refusing);
  // yaml-cpp's own 500-level guard is reported with our message, not "bad file".
  std::string text = "a: [\n";
  for (int i = 0; i < 600; ++i) text += "[\n";
  EXPECT_EQ(FactErrors(text), "f.yaml:64:1: error: nesting deeper than 64 levels\n");
}

TEST(YamlLimitsTest, BillionLaughsFailsFast) {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 12; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  EXPECT_EQ(FactErrors(text), "f.yaml:1:31: error: more than 200000 YAML nodes (alias expansion?)\n");
  EXPECT_EQ(RateErrors(text), "r.yaml:1:31: error: more than 200000 YAML nodes (alias expansion?)\n");
}

TEST(YamlLimitsTest, RateFilesHaveASizeLimit) {
  const auto result = ReadRateFile("big.csv", std::string(kMaxRateFileBytes + 1, '1'));
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(result));
  EXPECT_EQ(Errors(std::get<Diagnostics>(result)),
            "big.csv:1:1: error: file is 67108865 bytes; the limit for a rate file is 67108864 bytes\n");
}

TEST(FindExtraDocumentTest, OneDocumentWithOrWithoutMarkersIsFine) {
  EXPECT_EQ(FindExtraDocument("a: 1\n"), std::nullopt);
  EXPECT_EQ(FindExtraDocument("%YAML 1.2\n# note\n---\na: 1\n...\n# end\n\n"), std::nullopt);
  EXPECT_EQ(FindExtraDocument("\xEF\xBB\xBF--- {a: 1}\n"), std::nullopt);
  // Not markers: inside a line, indented, or followed by other text.
  EXPECT_EQ(FindExtraDocument("a: |\n  ---\nb: x --- y\nc: ---x\n"), std::nullopt);
}

TEST(FindExtraDocumentTest, FindsASecondDocumentAndTextAfterTheEnd) {
  auto extra = FindExtraDocument("a: 1\n---\nb: 2\n");
  ASSERT_TRUE(extra.has_value());
  EXPECT_EQ(extra->offset, 5u);
  EXPECT_TRUE(extra->message.starts_with("a second YAML document ('---')"));
  extra = FindExtraDocument("---\na: 1\n--- \r\n");
  ASSERT_TRUE(extra.has_value());
  EXPECT_EQ(extra->offset, 9u);
  extra = FindExtraDocument("a: 1\n...\nb: 2\n");
  ASSERT_TRUE(extra.has_value());
  EXPECT_EQ(extra->offset, 9u);
  EXPECT_TRUE(extra->message.starts_with("text after the document end marker '...'"));
  extra = FindExtraDocument("a: 1\n...\n---\nb: 2\n");
  ASSERT_TRUE(extra.has_value());
  EXPECT_EQ(extra->offset, 9u);
}

}  // namespace
}  // namespace figcheck
