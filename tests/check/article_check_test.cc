// The one-step check of an article: the same verdicts as extract + check, every place in the
// article, HTML read with its markup blanked.
#include "core/check/article_check.h"

#include <string>

#include <gtest/gtest.h>

#include "core/base/file_reader.h"
#include "core/base/utf8.h"
#include "core/extract/html_text.h"
#include "tests/cli_runner.h"

namespace figcheck {
namespace {

std::string Seed() {
  return ReadWholeFile(std::string(FIGCHECK_SOURCE_DIR) + "/facts/articles/hankyung-china-ai-sanctions.ko.txt");
}

ArticleCheck CheckSeed(const std::string& text, const std::string& name = "seed.txt") {
  static const DiskFileReader reader;
  static const RateSourceCache sources(reader);
  ArticleCheckOptions options;
  options.published = Date::Parse("2020-07-29");
  return CheckArticleText(name, text, options, sources);
}

// The text of `article` at line:column, `length` code points long.
std::string TextAt(const std::string& article, const SourceLocation& at, std::size_t length) {
  std::size_t pos = 0;
  for (int line = 1; line < at.line; ++line) pos = article.find('\n', pos) + 1;
  Utf8Reader reader(std::string_view(article).substr(pos));
  for (int c = 1; c < at.column; ++c) reader.Next();
  const std::size_t begin = pos + reader.position();
  for (std::size_t c = 0; c < length; ++c) reader.Next();
  return article.substr(begin, pos + reader.position() - begin);
}

TEST(ArticleCheckTest, EveryFigureIsPlacedWhereTheArticlePrintsIt) {
  const std::string seed = Seed();
  const ArticleCheck checked = CheckSeed(seed);
  ASSERT_TRUE(checked.result.loaded);
  ASSERT_EQ(checked.result.facts.size(), 6u);
  for (const FactResult& fact : checked.result.facts) {
    ASSERT_FALSE(fact.spans.empty()) << fact.id;
    EXPECT_EQ(fact.location, fact.spans.front().location) << fact.id;
    for (const FigureSpan& span : fact.spans) {
      EXPECT_EQ(span.location.file, "seed.txt");
      EXPECT_EQ(TextAt(seed, span.location, span.length), span.text) << fact.id;
    }
  }
  // 75억 달러(한화 약 8조 9512억원) is on line 18 of the seed (the first copy of the body).
  const FactResult& valuation = checked.result.facts[0];
  EXPECT_EQ(valuation.spans[1].text, "한화 약 8조 9512억원");
  EXPECT_EQ(valuation.spans[1].location.line, 18);
  EXPECT_TRUE(valuation.findings.empty());  // 약 8조 9512억원 is a rounded figure that holds
  // 10억 달러(1조1944억원): five digits from a two-digit amount, a false-precision note placed on
  // the converted figure as the article prints it.
  const FactResult& fundraising = checked.result.facts[3];
  ASSERT_GE(fundraising.spans.size(), 2u);
  EXPECT_EQ(fundraising.spans[1].text, "1조1944억원");
  ASSERT_EQ(fundraising.findings.size(), 1u);
  EXPECT_EQ(fundraising.findings[0].code, "false-precision");
  EXPECT_EQ(fundraising.findings[0].location, fundraising.spans[1].location);
}

TEST(ArticleCheckTest, MixedRatesPointIntoTheArticleAndItsDetailsToo) {
  const ArticleCheck checked = CheckSeed(Seed());
  ASSERT_EQ(checked.result.findings.size(), 1u);
  const Finding& mixed = checked.result.findings[0];
  EXPECT_EQ(mixed.code, "mixed-rates");
  EXPECT_EQ(mixed.location, checked.result.facts[0].spans[1].location);
  const std::vector<std::string> details = Details(mixed);
  ASSERT_EQ(details.size(), 4u);
  EXPECT_EQ(details[0].substr(0, details[0].find(':', 35)),
            "senseutaim-valuation (seed.txt:18:" + std::to_string(checked.result.facts[0].spans[1].location.column) + ")");
  for (const std::string& d : details) EXPECT_EQ(d.find(".yaml"), std::string::npos) << d;
  // The place is a value of the detail: the Korean line names the article too.
  EXPECT_NE(Render(mixed.details[0], Language::kKorean).find("(seed.txt:18:"), std::string::npos)
      << Render(mixed.details[0], Language::kKorean);
}

TEST(ArticleCheckTest, ATenfoldSlipIsAnErrorWithTheCorrectedFigure) {
  std::string text = Seed();
  for (std::size_t at = text.find("1조1944억원"); at != std::string::npos; at = text.find("1조1944억원", at)) {
    text.replace(at, std::string("1조1944억원").size(), "11조9440억원");  // both copies of the body
  }
  const ArticleCheck checked = CheckSeed(text);
  const FactResult* investment = nullptr;
  for (const FactResult& f : checked.result.facts) {
    if (f.id == "senseutaim-investment") investment = &f;
  }
  ASSERT_NE(investment, nullptr);
  EXPECT_EQ(investment->status, FactStatus::kError);
  ASSERT_FALSE(investment->findings.empty());
  EXPECT_EQ(investment->findings[0].code, "unit-slip");
  EXPECT_EQ(investment->findings[0].location, investment->spans[1].location);
  EXPECT_FALSE(investment->findings[0].recomputed.empty());
}

TEST(ArticleCheckTest, DraftFactsAreCheckedNeverReportedAsUnreviewed) {
  const ArticleCheck checked = CheckSeed(Seed());
  bool asked_for_a_person = false;
  for (const DraftFact& f : checked.draft.facts) asked_for_a_person |= !f.draft.empty();
  EXPECT_TRUE(asked_for_a_person);  // the saved draft keeps the reason (iflytek's previous figure)
  for (const FactResult& fact : checked.result.facts) {
    for (const Finding& f : fact.findings) EXPECT_NE(f.code, "unreviewed-draft");
  }
}

TEST(ArticleCheckTest, HtmlIsReadWithItsMarkupBlankedAndPlacesInTheFile) {
  const std::string html =
      "<!doctype html>\n<html><head><title>t</title><style>p{color:red}</style></head><body>\n"
      "<p>센스타임의 기업가치는 <b>75억 달러</b>(약 8조&nbsp;9512억원)로 평가된다.</p>\n</body></html>\n";
  const ArticleCheck checked = CheckSeed(html, "page.html");
  ASSERT_EQ(checked.result.facts.size(), 1u);
  const FactResult& fact = checked.result.facts[0];
  ASSERT_EQ(fact.spans.size(), 2u);
  EXPECT_EQ(fact.spans[0].text, "75억 달러");
  EXPECT_EQ(fact.spans[0].location.line, 3);
  EXPECT_EQ(TextAt(html, fact.spans[0].location, fact.spans[0].length), "75억 달러");
}

TEST(HtmlTextTest, MarkupIsDroppedAndEveryByteKnowsWhereItCameFrom) {
  const std::string html = "<p>a &amp; b</p><script>var x = '<p>';</script>\n<!-- c -->d&#8361;1";
  const HtmlText page = HtmlToText(html);
  EXPECT_EQ(page.text, "a & b\n\nd\u20a91");
  ASSERT_EQ(page.source.size(), page.text.size() + 1);
  EXPECT_EQ(page.source[0], 3u);                      // 'a'
  EXPECT_EQ(page.source[2], 5u);                      // '&' of &amp;
  EXPECT_EQ(html[page.source[page.text.find('d')]], 'd');
  EXPECT_EQ(html.substr(page.source[page.text.size() - 1]), "1");
  EXPECT_TRUE(LooksLikeHtml("\n  <!DOCTYPE html><p>x"));
  EXPECT_FALSE(LooksLikeHtml("센스타임 <b> 75억"));
}

TEST(ArticleCheckTest, FactFilesAreToldFromArticles) {
  const std::string facts = ReadWholeFile(std::string(FIGCHECK_SOURCE_DIR) + "/facts/hankyung-2020-china-ai-sanctions.yaml");
  EXPECT_TRUE(LoadsAsFactFile("x", facts));
  EXPECT_FALSE(LoadsAsFactFile("x", Seed()));
  EXPECT_FALSE(LoadsAsFactFile("x", "facts: this is prose: with colons"));
}

}  // namespace
}  // namespace figcheck
