#include "core/extract/draft.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "core/extract/corpus.h"
#include "tests/extract/facts_notation.h"
#include "core/extract/draft_writer.h"
#include "core/facts/loader.h"

namespace figcheck {
namespace {

TEST(DraftTest, KoreanConversionInParentheses) {
  EXPECT_EQ(Facts("기업 가치가 75억 달러(한화 약 8조 9512억원)로 평가받는", "ko"),
            (Strings{"conversion: 75억 달러 => 한화 약 8조 9512억원"}));
  EXPECT_EQ(Facts("국민연금의 규모는 약 220조원(미화 2,326억 달러)에 이르며", "ko"),
            (Strings{"conversion: 약 220조원 => 미화 2,326억 달러"}));
}

TEST(DraftTest, EnglishConversionInParenthesesAndApposition) {
  EXPECT_EQ(Facts("It won a 3 trillion won ($2.4 billion) order.", "en"),
            (Strings{"conversion: 3 trillion won => $2.4 billion"}));
  EXPECT_EQ(Facts("The fund holds W1.2 trillion, or $1 billion, in bonds.", "en"),
            (Strings{"conversion: W1.2 trillion => $1 billion"}));
  EXPECT_EQ(Facts("Operating profit was 8.14 trillion won, or approximately $7.22 billion, a record.", "en"),
            (Strings{"conversion: 8.14 trillion won => approximately $7.22 billion"}));
}

TEST(DraftTest, TwoAmountsInTheSameCurrencyAreNotAConversion) {
  EXPECT_EQ(Facts("매출은 5억원(전년 4억원)이었다", "ko"), (Strings{"amount: 5억원", "amount: 4억원"}));
}

TEST(DraftTest, KoreanGrowthWithoutPreviousIsADraft) {
  EXPECT_EQ(Facts("아이플라이텍도 순이익이 51%나 증가한 8억1900만위안을 기록했다.", "ko"),
            (Strings{"growth: 8억1900만위안 @ 51% [draft]"}));
}

TEST(DraftTest, KoreanGrowthWithPreviousAndConversions) {
  EXPECT_EQ(Facts("교역량은 2013년 11억3500만 달러(약 1조3050억 원)에서 지난해 23억4200만 달러(약 2조6930억 원)로 "
                  "106.3% 증가했다.",
                  "ko"),
            (Strings{"conversion: 11억3500만 달러 => 약 1조3050억 원",
                     "growth: 11억3500만 달러 -> 23억4200만 달러 @ 106.3%",
                     "conversion: 23억4200만 달러 => 약 2조6930억 원"}));
}

TEST(DraftTest, KoreanDecreaseKeepsItsSign) {
  EXPECT_EQ(Facts("8월 수출액은 393억3000만 달러(약 46조 원)로 전년 동월 대비 14.7% 감소했다.", "ko"),
            (Strings{"conversion: 393억3000만 달러 => 약 46조 원", "growth: 393억3000만 달러 @ 14.7% 감소 [draft]"}));
}

TEST(DraftTest, EnglishGrowthRoseToAndFromTo) {
  EXPECT_EQ(Facts("Revenue rose 12% to $3 billion.", "en"), (Strings{"growth: $3 billion @ 12% [draft]"}));
  EXPECT_EQ(Facts("Sales rose 11% from $2.7 billion to $3 billion.", "en"),
            (Strings{"growth: $2.7 billion -> $3 billion @ 11%"}));
  EXPECT_EQ(Facts("Revenue would be 13.4 trillion won, down 4.5 percent from a year earlier.", "en"),
            (Strings{"growth: 13.4 trillion won @ fell 4.5 percent [draft]"}));
  EXPECT_EQ(Facts("Samsung reported profit rose 89 percent to 8.8 trillion won ($8.3 billion).", "en"),
            (Strings{"conversion: 8.8 trillion won => $8.3 billion", "growth: 8.8 trillion won @ 89 percent [draft]"}));
}

TEST(DraftTest, APercentWithoutGrowthVerbOrMoneyIsNoFact) {
  EXPECT_EQ(Facts("지분 20%를 인수했다.", "ko"), Strings{});
  EXPECT_EQ(Facts("Operating profit rose 12 percent from a year earlier.", "en"), Strings{});
}

TEST(DraftTest, RespectivelyListsGiveOneFactEachWithItsOwnSubject) {
  const ArticleDraft draft = ExtractDraft(
      "a.txt", "제목\nCB인사이츠에 따르면 메그비와 이투는 각각 40억 달러(약 5조원)와 24억 달러(약 3조원)의 가치로 "
               "평가받고 있다.\n");
  ASSERT_EQ(draft.facts.size(), 2u);
  EXPECT_EQ(draft.facts[0].id, "megeubi-valuation");
  EXPECT_EQ(draft.facts[0].converted, "약 5조원");
  EXPECT_EQ(draft.facts[1].id, "itu-valuation");
  EXPECT_EQ(draft.facts[1].converted, "약 3조원");

  const ArticleDraft en = ExtractDraft(
      "b.txt", "Title\nMegvii and Yitu were valued at $4 billion and $2.4 billion respectively.\n");
  ASSERT_EQ(en.facts.size(), 2u);
  EXPECT_EQ(en.facts[0].id, "megvii-valuation");
  EXPECT_EQ(en.facts[0].amount, "$4 billion");
  EXPECT_EQ(en.facts[1].id, "yitu-valuation");
  EXPECT_EQ(en.facts[1].amount, "$2.4 billion");
}

TEST(DraftTest, ARangeGivesOneDraftFactPerEnd) {
  EXPECT_EQ(Facts("이적료만 300만~400만달러(약 34억~45억원)로 추산한다.", "ko"),
            (Strings{"conversion: 300만달러 => 약 34억원 [draft]", "conversion: 400만달러 => 약 45억원 [draft]"}));
}

TEST(DraftTest, AnImpliedConvertedCurrencyIsWonInAKoreanArticleAndADraft) {
  std::vector<UnreadFigure> unread;
  const auto facts = ExtractSentenceFacts("공연은 1억 달러(100억)가 든 대작이다.", "ko", &unread);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].converted, "100억원");
  EXPECT_EQ(facts[0].draft, "the article printed '100억' with no currency; 원 (KRW) is assumed for a Korean article");
  EXPECT_EQ(Facts("It cost $100 million (100 billion).", "en"), (Strings{"amount: $100 million", "unread: 100 billion"}));
}

TEST(DraftTest, FiguresTheParserCannotReadAreListedNotDropped) {
  EXPECT_EQ(Facts("피해액은 20억달러(약 2조억원)에 달할 전망이다.", "ko"), (Strings{"unread: 20억달러 => 약 2조억원"}));
  EXPECT_EQ(Facts("엔화가치를 달러당 90엔대에서 끌어내렸다.", "ko"), (Strings{"unread: 90엔"}));
}

TEST(DraftTest, IdsComeFromTheSubjectAndTopicAndAreUnique) {
  const ArticleDraft draft = ExtractDraft(
      "x.txt",
      "제목\n아이플라이텍(iFlytek)은 AI 회사다.\n아이플라이텍도 순이익이 51%나 증가한 8억1900만위안을 기록했다.\n"
      "아이플라이텍은 순이익 1억위안을 냈다.\n그는 3억원을 받았다.\n");
  ASSERT_EQ(draft.facts.size(), 3u);
  EXPECT_EQ(draft.facts[0].id, "iflytek-net-profit");
  EXPECT_EQ(draft.facts[1].id, "iflytek-net-profit-2");
  EXPECT_EQ(draft.facts[2].id, "fact-3");
}

TEST(DraftTest, ArticleIdComesFromTheFileName) {
  EXPECT_EQ(ArticleIdFromName("../x/hankyung-china-ai-sanctions.ko.txt"), "hankyung-china-ai-sanctions");
  EXPECT_EQ(ArticleIdFromName("Some Story (2).txt"), "some-story-2");
  EXPECT_EQ(ArticleIdFromName("기사.txt"), "gisa");
  EXPECT_EQ(ArticleIdFromName("...txt"), "article");
}

std::string ReadSeed() {
  std::ifstream in(std::string(FIGCHECK_SOURCE_DIR) + "/facts/articles/hankyung-china-ai-sanctions.ko.txt",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(DraftTest, SeedArticleGivesEveryFactOnceWithSpansIntoTheText) {
  const std::string seed = ReadSeed();
  ASSERT_FALSE(seed.empty());
  ExtractOptions options;
  options.published = Date::Parse("2020-07-29");
  const ArticleDraft draft = ExtractDraft("articles/hankyung-china-ai-sanctions.ko.txt", seed, options);
  EXPECT_EQ(draft.id, "hankyung-china-ai-sanctions");
  EXPECT_EQ(draft.title, "\"美 제재에도 끄떡없네\"…中 AI 스타트업들 해외서 승승장구");
  EXPECT_EQ(draft.language, "ko");
  std::vector<std::string> got;
  for (const DraftFact& f : draft.facts) got.push_back(f.id + " " + FormatFact(f));
  EXPECT_EQ(got, (Strings{"senseutaim-valuation conversion: 75억 달러 => 한화 약 8조 9512억원",
                          "megeubi-valuation conversion: 40억 달러 => 약 5조원",
                          "yitu-valuation conversion: 24억 달러 => 약 3조원",
                          "senseutaim-investment conversion: 10억 달러 => 1조1944억원",
                          "iflytek-net-profit growth: 8억1900만위안 @ 51%",
                          "jungguk-size amount: 약 1500억 달러"}));
  EXPECT_TRUE(draft.unread.empty());
  // A span is code points into the input and covers the quote exactly.
  std::u32string points;
  for (std::size_t i = 0; i < seed.size();) {
    const auto c = static_cast<unsigned char>(seed[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    points.push_back(static_cast<char32_t>(i));  // byte offset of each code point
    i += n;
  }
  for (const DraftFact& f : draft.facts) {
    ASSERT_LT(f.span_end, points.size());
    const std::size_t b = points[f.span_begin];
    const std::size_t e = points[f.span_end];
    EXPECT_EQ(seed.substr(b, e - b), f.quote) << f.id;
  }
}

TEST(DraftTest, SeedDraftLoadsAsAFactFile) {
  ExtractOptions options;
  options.published = Date::Parse("2020-07-29");
  const std::string yaml =
      WriteDraftYaml(ExtractDraft("articles/hankyung-china-ai-sanctions.ko.txt", ReadSeed(), options));
  const LoadedFactFile loaded = LoadFactFile("draft.yaml", yaml);
  for (const Diagnostic& d : loaded.diagnostics) ADD_FAILURE() << d.ToString();
  ASSERT_TRUE(loaded.file);
  EXPECT_EQ(loaded.file->facts.size(), 6u);
  EXPECT_EQ(loaded.file->article.published->ToString(), "2020-07-29");
}

TEST(DraftTest, SameInputGivesByteIdenticalYaml) {
  const std::string seed = ReadSeed();
  const std::string a = WriteDraftYaml(ExtractDraft("a.txt", seed));
  const std::string b = WriteDraftYaml(ExtractDraft("a.txt", std::string(seed)));
  EXPECT_EQ(a, b);
  EXPECT_NE(a.find("# no publication date found"), std::string::npos);
}

TEST(DraftTest, YamlQuotesWhatPlainYamlWouldMisread) {
  ArticleDraft draft;
  draft.id = "x";
  draft.title = "#1: \"quoted\" - title";
  draft.language = "en";
  draft.text = "x.txt";
  DraftFact f;
  f.id = "f";
  f.kind = FactKind::kAmount;
  f.quote = "- it's: $5 # not a comment";
  f.amount = "$5";
  f.span_end = 3;
  f.draft = "reason: with colon";
  draft.facts.push_back(f);
  draft.unread.push_back(UnreadFigure{"¥5", "'¥' may be yen\nor yuan", 0, 2});
  const std::string yaml = WriteDraftYaml(draft);
  const YAML::Node root = YAML::Load(yaml);
  EXPECT_EQ(root["article"]["title"].Scalar(), draft.title);
  EXPECT_EQ(root["facts"][0]["quote"].Scalar(), f.quote);
  EXPECT_EQ(root["facts"][0]["draft"].Scalar(), f.draft);
  EXPECT_EQ(root["facts"][0]["span"][1].Scalar(), "3");
  EXPECT_NE(yaml.find("#   ¥5 [0, 2]: '¥' may be yen or yuan\n"), std::string::npos);
}

}  // namespace
}  // namespace figcheck
