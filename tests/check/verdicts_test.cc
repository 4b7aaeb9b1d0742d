// The verdicts of issue #13 against the real embedded rates (FRED H.10, ECB): the rate window,
// backward-only inference, the approximation rules, severity by evidence, earned causes,
// zero / same-currency / undated figures, mixed rates and growth directions.
#include <gtest/gtest.h>

#include "core/check/checker.h"
#include "core/facts/loader.h"
#include "core/money/parse.h"
#include "core/rates/rate_sources.h"

namespace figcheck {
namespace {

// Checks `facts` for an article published on `published` (none when empty) with the default
// (embedded) rates.
FileResult CheckArticle(std::string_view published, const std::string& facts, std::string_view check_block = "",
                        CheckOptions options = {}) {
  std::string text = "article:\n  id: a\n";
  if (!published.empty()) text += "  published: " + std::string(published) + "\n";
  text += std::string(check_block) + "facts:\n" + facts;
  LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  if (!loaded.file) {
    ADD_FAILURE() << (loaded.diagnostics.empty() ? "no file" : loaded.diagnostics[0].ToString());
    return {};
  }
  return CheckFactFile(*loaded.file, *DefaultRateSource(), options);
}

std::string Conversion(std::string_view amount, std::string_view converted, std::string_view id = "x") {
  return "  - id: " + std::string(id) + "\n    amount: " + std::string(amount) + "\n    converted: " +
         std::string(converted) + "\n";
}

std::string Growth(std::string_view previous, std::string_view current, std::string_view change,
                   std::string_view quote = "") {
  std::string out = "  - id: g\n";
  if (!quote.empty()) out += "    quote: " + std::string(quote) + "\n";
  return out + "    previous: " + std::string(previous) + "\n    current: " + std::string(current) +
         "\n    change: " + std::string(change) + "\n";
}

// "code:severity" of every finding of the only fact.
std::vector<std::string> Verdicts(const FileResult& r) {
  std::vector<std::string> out;
  if (r.facts.empty()) return {"no facts"};
  for (const Finding& f : r.facts[0].findings) {
    out.push_back(f.code + ":" + std::string(f.severity == Severity::kError     ? "error"
                                             : f.severity == Severity::kWarning ? "warning"
                                                                                : "note"));
  }
  return out;
}

std::string Message(const FileResult& r) {
  return r.facts.empty() || r.facts[0].findings.empty() ? std::string() : Message(r.facts[0].findings[0]);
}

using Codes = std::vector<std::string>;

// --- 1. The rate window ----------------------------------------------------------------------

TEST(VerdictsTest, ARateOfTheWindowMakesAPreciseFigureOkAndIsNamed) {
  // The won fell fast in March 2020: 1211.70 on 03-13, 1250.55 on 03-20 (FRED). 10억 달러 at
  // the Friday-before rate is 1조2117억원: ok on 03-20, since 03-13 is in the 5-business-day window.
  const FileResult r = CheckArticle("2020-03-20", Conversion("10억 달러", "1조2117억원"));
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
  ASSERT_TRUE(r.facts[0].conversion && r.facts[0].conversion->reference);
  EXPECT_EQ(r.facts[0].conversion->reference->observed_on.ToString(), "2020-03-13");
  EXPECT_EQ(r.facts[0].conversion->reference->value.ToString(), "1211.7");
  EXPECT_EQ(r.facts[0].recomputed, "1조2117억원");
}

TEST(VerdictsTest, AnExplicitRateDateKeepsTheOneDayCheck) {
  const FileResult r = CheckArticle("2020-03-20", Conversion("10억 달러", "1조2117억원"), "check:\n  rate_date: 2020-03-20\n");
  EXPECT_EQ(Verdicts(r), Codes{"rate-deviation:warning"});
  EXPECT_NE(Message(r).find("It matches the published rate of 2020-03-13 (1211.7), 7 days before publication."),
            std::string::npos) << Message(r);
}

TEST(VerdictsTest, TheWindowIsConfigurable) {
  CheckOptions narrow;
  narrow.rate_window = 2;  // 03-18 .. 03-20: 1245.19 and up
  EXPECT_EQ(Verdicts(CheckArticle("2020-03-20", Conversion("10억 달러", "1조2117억원"), "", narrow)),
            Codes{"rate-deviation:warning"});
  EXPECT_EQ(CheckArticle("2020-03-20", Conversion("10억 달러", "1조2117억원"), "check:\n  rate_window: 5\n", narrow)
                .facts[0].status,
            FactStatus::kWarning);  // the command line wins over the file
  EXPECT_EQ(CheckArticle("2020-03-20", Conversion("10억 달러", "1조2117억원"), "check:\n  rate_window: 2\n")
                .facts[0].status,
            FactStatus::kWarning);
}

// --- 2. Inference looks back only --------------------------------------------------------------

TEST(VerdictsTest, APreciseStaleFigureIsAWarningNamingAnEarlierDayAndHowFarBack) {
  // Late July 2020 (1193-1203) but 1조2230억원 for 10억 달러: 1223, a May/June rate.
  const FileResult r = CheckArticle("2020-07-29", Conversion("10억 달러", "1조2230억원"));
  EXPECT_EQ(Verdicts(r), Codes{"rate-deviation:warning"});
  EXPECT_NE(Message(r).find("It matches the published rate of 2020-06-"), std::string::npos) << Message(r);
  EXPECT_NE(Message(r).find("days before publication"), std::string::npos) << Message(r);
}

TEST(VerdictsTest, NoDayAfterPublicationIsEverSuggested) {
  // 1250 won per dollar was reached only after 2020-03-13 (on 03-19): nothing before fits.
  const FileResult r = CheckArticle("2020-03-13", Conversion("10억 달러", "1조2509억원"));
  ASSERT_EQ(r.facts[0].findings.size(), 1u);
  EXPECT_EQ(Message(r).find("matches the published rate"), std::string::npos) << Message(r);
  EXPECT_EQ(Message(r).find("2020-03-19"), std::string::npos) << Message(r);
}

// --- 3. Approximation --------------------------------------------------------------------------

TEST(VerdictsTest, TrailingZerosOfAConvertedFigureAreNotSignificant) {
  auto unit = [](std::string_view text) {
    const auto parsed = ParseAmount(text, ParseOptions{});
    return std::holds_alternative<Amount>(parsed) ? ReadingUnit(std::get<Amount>(parsed)).ToString() : "parse error";
  };
  EXPECT_EQ(unit("약 3조 2000억원"), "100000000000");
  EXPECT_EQ(unit("470 million dollars"), "10000000");
  EXPECT_EQ(unit("10조원"), "1000000000000");
  EXPECT_EQ(unit("100조원"), "10000000000000");
  EXPECT_EQ(unit("1조1944억원"), "100000000");
  // One precision however 2.6조 is written.
  for (std::string_view text : {"2조6000억원", "2조 6천억원", "2.6조원", "2조 6000억원"}) {
    EXPECT_EQ(unit(text), "100000000000") << text;
  }
}

TEST(VerdictsTest, AboutOnTheAmountWidensTheAmount) {
  // 2500/2 = 1250, 4% above late July 2020; but 약 2억 달러 covers [1.5억, 2.5억).
  EXPECT_EQ(CheckArticle("2020-07-29", Conversion("약 2억 달러", "약 2500억원")).facts[0].findings.size(), 0u);
  // Without 약 on the amount: a loosely stated figure 1.8% off the window, a note.
  const FileResult exact = CheckArticle("2020-07-29", Conversion("2억 달러", "약 2500억원"));
  EXPECT_EQ(Verdicts(exact), Codes{"rounded-conversion:note"});
  EXPECT_EQ(exact.facts[0].status, FactStatus::kOk);
  EXPECT_NE(Message(exact).find("that week's reference range is 1192.98\u20131203.17"), std::string::npos)
      << Message(exact);
  // The interval used is shown.
  EXPECT_EQ(Details(exact.facts[0].findings[0])[0],
            "'약 2500억원' is read to 10,000,000,000 ([245000000000, 255000000000), loosely stated), so it implies "
            "[1225, 1275) KRW per USD");
}

// --- 4. Severity by evidence -------------------------------------------------------------------

TEST(VerdictsTest, AnApproximateBoundStartsAtTheRoundingEdgeAndNeverSlips) {
  // Yonhap via newspic, 2025-04-27 (tests/articles/ko-2025-newspic-china-industrial-profits-q1):
  // "연간 매출 2천만위안, 약 40억원 이상 기업". At CNY/KRW 197.73 2천만위안 is 39.5억원: at least
  // about 40억 ([39.5억, ∞)) holds; a bound is not a value, so it is never a power-of-ten slip.
  EXPECT_EQ(Verdicts(CheckArticle("2025-04-27", Conversion("2천만위안", "약 40억원 이상"))), Codes{});
  // At most about 4억 is far below 39.5억 (an error), but a bound: no slip, no "should read".
  const FileResult low = CheckArticle("2025-04-27", Conversion("2천만위안", "약 4억원 이하"));
  for (const FactResult& f : low.facts) {
    for (const Finding& finding : f.findings) EXPECT_NE(finding.code, "unit-slip") << Message(finding);
  }
}

TEST(VerdictsTest, FarOffIsAnErrorWithoutAnUnearnedCause) {
  const FileResult r = CheckArticle("2020-07-29", Conversion("10억 달러", "1조2800억원"));
  EXPECT_EQ(Verdicts(r), Codes{"conversion-mismatch:error"});
  EXPECT_EQ(Message(r).find("Likely cause"), std::string::npos) << Message(r);
  EXPECT_NE(Message(r).find("it should be about '1조2032억원'"), std::string::npos) << Message(r);
}

TEST(VerdictsTest, ALooselyStatedFigureBeyondTheRoundingLimitIsAWarning) {
  // 약 1조2500억원 for 10억 달러: 1250, 3.9% above the window's top (1203.17).
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Conversion("10억 달러", "약 1조2500억원"))),
            Codes{"rate-deviation:warning"});
}

TEST(VerdictsTest, ThresholdsAreConfigurable) {
  CheckOptions options;
  options.thresholds.error_limit = Decimal::Fraction(3, 100);
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Conversion("10억 달러", "약 1조2500억원"), "", options)),
            Codes{"conversion-mismatch:error"});
  options.thresholds = Thresholds{};
  options.thresholds.rounding_limit = Decimal::Fraction(5, 100);
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Conversion("10억 달러", "약 1조2500억원"), "", options)),
            Codes{"rounded-conversion:note"});
}

TEST(VerdictsTest, APowerOfTenSlipIsAnErrorWrittenTheArticlesWay) {
  const FileResult korean = CheckArticle("2020-07-29", Conversion("10억 달러", "11조9300억원"));
  EXPECT_EQ(Verdicts(korean), Codes{"unit-slip:error"});
  EXPECT_NE(Message(korean).find("it should read '1조1930억원'"), std::string::npos) << Message(korean);
  // 31조원 is about $26 billion in July 2020; "$26.04 million" is a million-for-billion slip,
  // and the correction keeps the article's four digits and a scale word, at the window's rate
  // nearest the figure (1192.98 of 2020-07-24): "$25.99 billion".
  const FileResult english = CheckArticle("2020-07-29", Conversion("31 trillion won", "$26.04 million"));
  EXPECT_EQ(Verdicts(english), Codes{"unit-slip:error"});
  EXPECT_NE(Message(english).find("it should read '$25.99 billion'"), std::string::npos) << Message(english);
}

TEST(VerdictsTest, TransposedDigitsAreAnError) {
  const FileResult r = CheckArticle("2020-07-29", Conversion("10억 달러", "1조1390억원"));
  EXPECT_EQ(Verdicts(r), Codes{"transposed-digits:error"});
  EXPECT_NE(Message(r).find("'1조1930억원'"), std::string::npos) << Message(r);
}

// --- 5. Causes are earned ------------------------------------------------------------------------

TEST(VerdictsTest, AWrongCurrencyWordIsNamedWhenItReproducesTheFigure) {
  // 1억 위안 is about 170억원 (CNY/KRW ~170); 1193억원 is what 1억 달러 gives.
  const FileResult r = CheckArticle("2020-07-29", Conversion("1억 위안", "1193억원"));
  EXPECT_EQ(Verdicts(r), Codes{"conversion-mismatch:error"});
  EXPECT_NE(Message(r).find("Likely cause: the amount was converted as if it were in USD"), std::string::npos)
      << Message(r);
}

// --- 6. Zero, same currency, no date ------------------------------------------------------------

TEST(VerdictsTest, ZeroIsAFigure) {
  EXPECT_EQ(CheckArticle("2020-07-29", Conversion("0 달러", "0원")).facts[0].status, FactStatus::kOk);
  EXPECT_EQ(CheckArticle("2020-07-29", Conversion("$0.0 billion", "0.0 billion won")).facts[0].status,
            FactStatus::kOk);
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Conversion("0 달러", "5억원"))), Codes{"conversion-mismatch:error"});
  // 0.0 billion won for $1 million: 1.19 billion won is a real miss.
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Conversion("$1 million", "0.0 billion won"))),
            Codes{"conversion-mismatch:error"});
}

TEST(VerdictsTest, ASameCurrencyPairIsAnErrorNamingTheLikelyCurrency) {
  const FileResult r = CheckArticle("2023-12-08", Conversion("5200만 달러", "약 680억 달러"));
  EXPECT_EQ(Verdicts(r), Codes{"same-currency:error"});
  EXPECT_EQ(r.facts[0].findings[0].pair, "USD/USD");
  EXPECT_NE(Message(r).find("It is most likely in 원 (KRW)"), std::string::npos) << Message(r);
}

TEST(VerdictsTest, AnUndatedConversionIsCheckedForPlausibility) {
  const FileResult ok = CheckArticle("", Conversion("10억 달러", "1조1930억원"));
  EXPECT_EQ(Verdicts(ok), Codes{"undated:note"});
  EXPECT_EQ(ok.facts[0].status, FactStatus::kOk);
  EXPECT_NE(Message(ok).find("No date: '1조1930억원' was checked for plausibility only."), std::string::npos)
      << Message(ok);
  EXPECT_EQ(Verdicts(CheckArticle("", Conversion("10억 달러", "11조9300억원"))), Codes{"unit-slip:error"});
  EXPECT_EQ(Verdicts(CheckArticle("", Conversion("10억 달러", "119억원"))), Codes{"unit-slip:error"});
}

// --- 7. Mixed rates -------------------------------------------------------------------------------

TEST(VerdictsTest, NeighbouringRatesAreANoteFarApartAWarning) {
  const FileResult near = CheckArticle("2020-07-29", Conversion("10억 달러", "1조1930억원", "a") +
                                                         Conversion("20억 달러", "2조4050억원", "b"));
  ASSERT_EQ(near.findings.size(), 1u);
  EXPECT_EQ(near.findings[0].severity, Severity::kNote);
  const FileResult far = CheckArticle("2020-07-29", Conversion("10억 달러", "1조1930억원", "a") +
                                                        Conversion("20억 달러", "2조4200억원", "b"));
  ASSERT_EQ(far.findings.size(), 1u);
  EXPECT_EQ(far.findings[0].severity, Severity::kWarning);
  EXPECT_NE(Message(far.findings[0]).find("1193 here ('a'), 1210 there ('b'), 1.42"), std::string::npos)
      << Message(far.findings[0]);
}

// --- 8. Growth ----------------------------------------------------------------------------------

TEST(VerdictsTest, AnUnsignedChangeNextToADecreaseWordIsADecrease) {
  // 4.9억 -> 7.4억 is +51%, but the sentence says it fell.
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Growth("4억9000만위안", "7억4000만위안", "51%",
                                                       "순이익이 51% 감소한 7억4000만위안을 기록했다."))),
            Codes{"growth-mismatch:error"});
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Growth("7억4000만위안", "3억6260만위안", "51%",
                                                       "net profit fell 51% to 362.6 million yuan"))),
            Codes{});
}

TEST(VerdictsTest, AWrongStatedChangeIsAnError) {
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Growth("112억 4,000만 달러", "160억2,000만 달러", "43.3% 증가"))),
            Codes{"growth-mismatch:error"});
  EXPECT_EQ(Verdicts(CheckArticle("2020-07-29", Growth("1.62 trillion won", "2.19 trillion won", "up 33.7 percent"))),
            Codes{"growth-mismatch:error"});
}

TEST(VerdictsTest, AChangeThatHoldsOnlyByRoundingIsANoteWithTheRange) {
  const FileResult r = CheckArticle("2020-07-29", Growth("5.4억원", "8.2억원", "51.1%"));
  EXPECT_EQ(Verdicts(r), Codes{"holds-by-rounding:note"});
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
  ASSERT_FALSE(r.facts[0].findings[0].details.empty());
  const std::vector<std::string> details = Details(r.facts[0].findings[0]);
  EXPECT_NE(details.back().find("the change lies in [49.5413"), std::string::npos) << details.back();
  EXPECT_NE(Details(r.facts[0].findings[0], Language::kKorean).back().find("변화는 [49.5413"), std::string::npos)
      << Details(r.facts[0].findings[0], Language::kKorean).back();
}

// --- The seed article ---------------------------------------------------------------------------

TEST(VerdictsTest, ANoteNeverChangesTheStatus) {
  const FileResult r = CheckArticle("2020-07-29", Conversion("2억 달러", "약 2500억원"));
  ASSERT_FALSE(r.facts[0].findings.empty());
  EXPECT_EQ(r.facts[0].status, FactStatus::kOk);
}

}  // namespace
}  // namespace figcheck
