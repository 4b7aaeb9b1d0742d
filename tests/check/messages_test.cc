// The message catalogue (#17): every finding code has its sentences in English and Korean, every
// placeholder is filled in both, no English word is left in a Korean sentence, Korean particles
// follow the word before them, and a finding's sentence is written only when asked for.
#include "core/check/messages.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/check/finding.h"

namespace figcheck {
namespace {

// Words that may stand in a Korean sentence: currency and finding codes, the command's name.
bool AllowedInKorean(const std::string& word) {
  static const std::set<std::string> kAllowed = {"figcheck", "extract", "draft", "serve", "txt", "md", "html",
                                                 // the formats named by GitHub's "more not shown" notice
                                                 "GitHub", "junit", "sarif", "markdown", "USD", "KRW", "CNY", "EUR", "JPY", "GBP"};
  return kAllowed.count(word) != 0;
}

// The ASCII words (two letters or more) of `text`.
std::vector<std::string> LatinWords(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
      word += c;
    } else {
      if (word.size() >= 2) words.push_back(word);
      word.clear();
    }
  }
  return words;
}

// Every placeholder of `entry` filled with a figure as an article prints it.
Phrase Sample(const CatalogueEntry& entry) {
  Phrase p = MakePhrase(entry.key);
  std::set<std::string> names;
  for (const std::string& n : PlaceholdersOf(entry.english)) names.insert(n);
  for (const std::string& n : names) p.Arg(n, "1,234.5");
  return p;
}

TEST(MessagesTest, EveryFindingCodeHasItsSentencesInBothLanguages) {
  for (const FindingCode& code : AllFindingCodes()) {
    if (code.code == kInputError) continue;  // an input error is the parser's own sentence (verbatim)
    bool found = false;
    for (const CatalogueEntry& e : Catalogue()) {
      if (e.key == code.code || e.key.rfind(std::string(code.code) + ".", 0) == 0) {
        found = true;
        EXPECT_FALSE(e.english.empty()) << e.key;
        EXPECT_FALSE(e.korean.empty()) << e.key;
      }
    }
    EXPECT_TRUE(found) << "no sentence for " << code.code;
  }
}

TEST(MessagesTest, KeysAreUniqueAndBothLanguagesTakeTheSamePlaceholders) {
  std::set<std::string_view> keys;
  for (const CatalogueEntry& e : Catalogue()) {
    EXPECT_TRUE(keys.insert(e.key).second) << "duplicate key " << e.key;
    std::vector<std::string> en = PlaceholdersOf(e.english), ko = PlaceholdersOf(e.korean);
    std::sort(en.begin(), en.end());
    std::sort(ko.begin(), ko.end());
    en.erase(std::unique(en.begin(), en.end()), en.end());
    ko.erase(std::unique(ko.begin(), ko.end()), ko.end());
    EXPECT_EQ(en, ko) << e.key;
  }
}

TEST(MessagesTest, EverySentenceFormatsWithEveryPlaceholderFilledAndNoEnglishInKorean) {
  for (const CatalogueEntry& e : Catalogue()) {
    const Phrase sample = Sample(e);
    for (Language language : AllLanguages()) {
      const std::string text = Render(sample, language);
      EXPECT_EQ(text.find('{'), std::string::npos) << e.key << " (" << LanguageName(language) << "): " << text;
      EXPECT_EQ(text.find('}'), std::string::npos) << e.key << " (" << LanguageName(language) << "): " << text;
      EXPECT_EQ(text.find("\u27e8"), std::string::npos) << e.key << ": a particle left unresolved: " << text;
    }
    if (e.key == "page.lang") continue;  // the language's own code
    for (const std::string& word : LatinWords(Render(sample, Language::kKorean))) {
      EXPECT_TRUE(AllowedInKorean(word)) << e.key << ": English word '" << word << "' in Korean: "
                                         << Render(sample, Language::kKorean);
    }
  }
}

TEST(MessagesTest, KoreanParticlesFollowTheWordBeforeThem) {
  auto stated = [](const std::string& figure) {
    return Render(MakePhrase("conversion-mismatch.zero").Arg("stated", figure).Arg("amount", "0달러"),
                  Language::kKorean);
  };
  EXPECT_EQ(stated("약 8억 9500만원").rfind("'약 8억 9500만원'은 ", 0), 0u) << stated("약 8억 9500만원");
  EXPECT_EQ(stated("75억 달러").rfind("'75억 달러'는 ", 0), 0u);
  EXPECT_EQ(stated("61% 증가").rfind("'61% 증가'는 ", 0), 0u);
  EXPECT_EQ(stated("3").rfind("'3'은 ", 0), 0u);      // 삼
  EXPECT_EQ(stated("$7.5 billion").rfind("'$7.5 billion'은 ", 0), 0u);
  // 으로/로: 로 after a vowel and after ㄹ (1192.98 -> 팔), 으로 after another consonant.
  auto rate = [](const std::string& value) {
    return Render(MakePhrase("cause.amount-currency").Arg("other", value).Arg("quote", "KRW").Arg("rate", "1"),
                  Language::kKorean);
  };
  EXPECT_NE(rate("USD").find("USD로"), std::string::npos) << rate("USD");
  EXPECT_NE(rate("EUR").find("EUR로"), std::string::npos) << rate("EUR");
  EXPECT_NE(rate("엔").find("엔으로"), std::string::npos) << rate("엔");
}

TEST(MessagesTest, SummaryReadsAsANewsroomWouldWriteIt) {
  const Phrase summary = MakePhrase("summary.findings")
                             .Arg("errors", CountPhrase("error", 3))
                             .Arg("warnings", CountPhrase("warning", 1))
                             .Arg("files", CountPhrase("file", 2));
  EXPECT_EQ(Render(summary, Language::kEnglish), "3 errors, 1 warning in 2 files");
  EXPECT_EQ(Render(summary, Language::kKorean), "오류 3건, 경고 1건 (파일 2개)");
}

TEST(MessagesTest, AFindingKeepsItsValuesAndIsWrittenInEitherLanguage) {
  Finding f;
  f.code = std::string(kUnitSlip);
  f.message = MakePhrase("unit-slip")
                  .Arg("stated", "약 8억 9500만원")
                  .Arg("size", MakePhrase("size.small").Arg("factor", "10,000"))
                  .Arg("amount", "75억 달러")
                  .Arg("pair", "USD/KRW")
                  .Arg("rate", "1192.98")
                  .Arg("slip", MakePhrase("slip.4"))
                  .Arg("right", "약 8조 9500억원");
  EXPECT_EQ(Message(f), "'약 8억 9500만원' is 10,000 times too small for 75억 달러 at USD/KRW 1192.98: a unit slip "
                        "(만 for 억, or 억 for 조); it should read '약 8조 9500억원'.");
  EXPECT_EQ(Message(f, Language::kKorean),
            "'약 8억 9500만원'은 75억 달러를 USD/KRW 1192.98로 환산한 값보다 10,000배 작습니다: 단위를 잘못 쓴 것"
            "(억 대신 만, 또는 조 대신 억)으로 보입니다. '약 8조 9500억원'이어야 합니다.");
}

// Every key the checker's detail lines and the Markdown, GitHub and JUnit reports write: in the
// catalogue, and (but for a line of figures alone) written differently in Korean.
TEST(MessagesTest, DetailLinesAndReportFurnitureAreInTheCatalogue) {
  const std::vector<std::string_view> keys = {
      "detail.read-to", "detail.loose", "detail.taken-as", "detail.compare", "detail.compare.holds",
      "detail.compare.fails", "detail.compare.none", "detail.window", "detail.tolerance", "detail.rate",
      "detail.path", "detail.fit.day", "detail.fit.nearest", "detail.fit.slip", "detail.product",
      "detail.also-fits", "detail.off-by", "detail.no-date", "detail.read-as", "detail.covers",
      "detail.covers-both", "detail.change", "detail.change-range", "detail.implies", "source.article",
      "report.article-subject", "md.status.ok", "md.status.warning", "md.status.error", "md.status.input-error",
      "md.table-head", "md.headline", "md.counts", "md.input-errors", "md.no-facts", "md.with-findings",
      "md.more-below", "md.all-rows.1", "md.all-rows.n", "github.more-title", "github.more", "severity.error.1",
      "severity.error.n", "severity.warning.1", "severity.warning.n", "severity.note.1", "severity.note.n",
      "junit.and-more"};
  for (std::string_view key : keys) {
    const CatalogueEntry* entry = FindCatalogueEntry(key);
    ASSERT_NE(entry, nullptr) << key;
    EXPECT_FALSE(entry->english.empty()) << key;
    EXPECT_FALSE(entry->korean.empty()) << key;
    // Figures alone: a product, a derivation path (the rate source's own words).
    if (key != "detail.product" && key != "detail.path") {
      EXPECT_NE(entry->english, entry->korean) << key;
    }
  }
}

TEST(MessagesTest, AFindingsDetailLinesAreWrittenInEitherLanguage) {
  Finding f;
  f.details.push_back(MakePhrase("detail.tolerance").Arg("percent", "0.5"));
  f.details.push_back(MakePhrase("detail.rate")
                          .Arg("pair", "USD/KRW")
                          .Arg("value", "1192.98")
                          .Arg("source", RateSourcePhrase("stated in the article"))
                          .Arg("date", "2020-07-29")
                          .Arg("path", Phrase{})
                          .Arg("fit", MakePhrase("detail.fit.nearest")));
  f.details.push_back(MakePhrase("detail.change")
                          .Arg("previous", "5억4200만위안")
                          .Arg("current", "8억1900만위안")
                          .Arg("value", MakePhrase("value.points").Arg("value", "0.9")));
  EXPECT_EQ(Details(f), (std::vector<std::string>{
                            "tolerance \u00b10.5%",
                            "USD/KRW 1192.98 (stated in the article, 2020-07-29): the window's rate nearest the figure",
                            "from 5억4200만위안 to 8억1900만위안: 0.9 percentage points"}));
  EXPECT_EQ(Details(f, Language::kKorean),
            (std::vector<std::string>{"허용 오차 \u00b10.5%",
                                      "USD/KRW 1192.98(기사에 적힌 환율, 2020-07-29): 기간 중 수치에 가장 가까운 환율",
                                      "5억4200만위안에서 8억1900만위안으로: 0.9%포인트"}));
}

TEST(MessagesTest, LanguagesByName) {
  EXPECT_EQ(LanguageFromName("en"), Language::kEnglish);
  EXPECT_EQ(LanguageFromName("ko"), Language::kKorean);
  EXPECT_FALSE(LanguageFromName("kr").has_value());
  EXPECT_EQ(LanguageName(Language::kKorean), "ko");
  EXPECT_EQ(Render(Verbatim("{not a placeholder}"), Language::kKorean), "{not a placeholder}");
}

}  // namespace
}  // namespace figcheck
