#include "core/facts/loader.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace figcheck {
namespace {

std::string Errors(const LoadedFactFile& loaded) {
  std::string out;
  for (const Diagnostic& d : loaded.diagnostics) out += d.ToString() + "\n";
  return out;
}

constexpr std::string_view kHeader =
    "article:\n"
    "  id: a1\n"
    "  published: 2020-07-29\n"
    "facts:\n";

TEST(LoaderTest, ReadsConversionGrowthAndAmountFacts) {
  const std::string text = std::string(kHeader) +
                           "  - id: sensetime-valuation\n"
                           "    amount: 75억 달러\n"
                           "    converted: 한화 약 8조 9512억원\n"
                           "  - id: iflytek-net-profit\n"
                           "    previous: 5억4200만위안\n"
                           "    current: 8억1900만위안\n"
                           "    change: 51%\n"
                           "  - id: target\n"
                           "    amount: {value: \"150000000000\", currency: USD}\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  const FactFile& file = *loaded.file;
  EXPECT_EQ(file.article.id, "a1");
  EXPECT_EQ(file.article.published->ToString(), "2020-07-29");
  ASSERT_EQ(file.facts.size(), 3u);
  EXPECT_EQ(file.facts[0].kind, FactKind::kConversion);
  EXPECT_EQ(file.facts[0].converted->amount.value.ToString(), "8951200000000");
  EXPECT_EQ(file.facts[0].converted->location.ToString(), "a.yaml:7:16");
  EXPECT_EQ(file.facts[0].location.ToString(), "a.yaml:5:5");
  EXPECT_EQ(file.facts[1].kind, FactKind::kGrowth);
  EXPECT_EQ(file.facts[1].change->change.value.ToString(), "51");
  EXPECT_EQ(file.facts[2].kind, FactKind::kAmount);
  EXPECT_EQ(file.facts[2].amount->amount.value.ToString(), "150000000000");
  EXPECT_EQ(file.facts[2].amount->amount.unit.ToString(), "1");
  EXPECT_FALSE(file.check.rate_tolerance.has_value());  // the checker's default applies
}

TEST(LoaderTest, ReadsTheCheckBlock) {
  const std::string text =
      "article: {id: a1, published: 2020-07-29}\n"
      "check:\n"
      "  rate_date: 2020-07-28\n"
      "  rate_tolerance: 1.5%\n"
      "  rates: [fred, rates/mine.csv]\n"
      "facts: []\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  EXPECT_EQ(loaded.file->check.rate_date->ToString(), "2020-07-28");
  EXPECT_EQ(loaded.file->check.rate_tolerance->ToString(), "0.015");
  EXPECT_EQ(loaded.file->check.rates, (std::vector<std::string>{"fred", "rates/mine.csv"}));
}

TEST(LoaderTest, InvalidYamlNamesLineAndColumn) {
  EXPECT_EQ(Errors(LoadFactFile("bad.yaml", "article:\n  id: [a, b\nfacts: []\n")),
            "bad.yaml:3:6: error: invalid YAML: end of sequence flow not found\n");
}

TEST(LoaderTest, UnknownKeySuggestsTheKeyItMeant) {
  const std::string text = std::string(kHeader) +
                           "  - id: x\n"
                           "    amount: 75억 달러\n"
                           "    convrted: 8조원\n";
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", text)),
            "a.yaml:7:5: error: unknown fact key 'convrted' (did you mean 'converted'?)\n");
}

TEST(LoaderTest, MissingRequiredKeysAreErrors) {
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "facts: []\n")), "a.yaml:1:1: error: missing required key 'article'\n");
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "article: {title: t, published: 2020-07-29}\nfacts: []\n")),
            "a.yaml:1:10: error: missing required key 'id' in article\n");
  const std::string text = std::string(kHeader) + "  - id: x\n    previous: 5억원\n    change: 51%\n";
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", text)), "a.yaml:5:5: error: growth fact 'x' is missing required key 'current'\n");
}

TEST(LoaderTest, DuplicateIdsAndDuplicateKeysAreErrors) {
  const std::string text = std::string(kHeader) +
                           "  - id: x\n    amount: 1억원\n"
                           "  - id: x\n    amount: 2억원\n    amount: 3억원\n";
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", text)),
            "a.yaml:7:5: error: duplicate fact id 'x'\n"
            "a.yaml:9:5: error: duplicate key 'amount'\n");
}

TEST(LoaderTest, UnreadableAmountPointsIntoTheFigure) {
  const std::string text = std::string(kHeader) + "  - id: x\n    amount: 75억 닭러\n    converted: 8조원\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  ASSERT_EQ(loaded.diagnostics.size(), 1u) << Errors(loaded);
  EXPECT_EQ(loaded.diagnostics[0].location.ToString(), "a.yaml:6:17");
  EXPECT_NE(loaded.diagnostics[0].message.find("닭러"), std::string::npos);
}

TEST(LoaderTest, DatesThatAreNotDaysAreErrors) {
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "article:\n  id: a\n  published: 2020-02-30\nfacts: []\n")),
            "a.yaml:3:14: error: 'published' is not a date (YYYY-MM-DD): '2020-02-30'\n");
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "article:\n  id: a\n  published: July 29\nfacts: []\n")),
            "a.yaml:3:14: error: 'published' is not a date (YYYY-MM-DD): 'July 29'\n");
}

TEST(LoaderTest, AnUndatedConversionLoads) {
  // `published` is optional: an undated conversion is checked for plausibility (docs/CHECKS.md),
  // never an input error.
  const std::string text = "article: {id: a}\nfacts:\n  - id: x\n    amount: 1억 달러\n    converted: 1200억원\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  EXPECT_EQ(Errors(loaded), "");
  ASSERT_TRUE(loaded.file);
  EXPECT_EQ(loaded.file->facts.size(), 1u);
}

TEST(LoaderTest, HostileInputFailsFastWithAClearError) {
  std::string deep = "article: {id: a}\nfacts: ";
  for (int i = 0; i < 10000; ++i) deep += "[";
  EXPECT_EQ(Errors(LoadFactFile("deep.yaml", deep)), "deep.yaml:2:71: error: nesting deeper than 64 levels\n");
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    laughs += fmt::format("{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n", c, c, fmt::arg("p", static_cast<char>(c - 1)));
  }
  const LoadedFactFile loaded = LoadFactFile("laughs.yaml", laughs);
  ASSERT_EQ(loaded.diagnostics.size(), 1u);
  EXPECT_NE(loaded.diagnostics[0].message.find("alias expansion"), std::string::npos);
  EXPECT_EQ(Errors(LoadFactFile("utf8.yaml", "article: {id: \xff}\n")), "utf8.yaml:1:15: error: invalid UTF-8\n");
  EXPECT_EQ(Errors(LoadFactFile("empty.yaml", "")), "empty.yaml:1:1: error: empty fact file: expected 'article' and 'facts'\n");
}

TEST(LoaderTest, AcceptsABomAndCrlf) {
  const LoadedFactFile loaded =
      LoadFactFile("a.yaml", "\xEF\xBB\xBF" "article:\r\n  id: a\r\n  published: 2020-07-29\r\nfacts:\r\n  - id: x\r\n    amount: 1억원\r\n");
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  EXPECT_EQ(loaded.file->facts[0].amount->location.ToString(), "a.yaml:6:13");
}

}  // namespace
}  // namespace figcheck
