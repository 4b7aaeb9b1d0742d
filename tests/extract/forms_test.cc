// One test per form of issue #14, each written from a real sentence found in the stored news
// pages (the `search` tool, corpus "pages"), with its address beside it. Where the stored pages
// hold no real example of a form, the sentence is synthetic and marked so.
#include <gtest/gtest.h>

#include "core/extract/article_text.h"
#include "core/extract/draft.h"
#include "core/extract/draft_writer.h"
#include "tests/extract/facts_notation.h"

namespace figcheck {
namespace {

TEST(ExtractFormsTest, CentsAndMixedUnits) {
  // Synthetic (issue #14): no stored page prints cents after 달러.
  EXPECT_EQ(Facts("배심원단은 1482만7310달러55센트(약 167억원)를 배상하라고 평결했다.", "ko"),
            (Strings{"conversion: 1482만7310달러55센트 => 약 167억원"}));
  // https://m-en.yna.co.kr/view/AEN20200727007100320
  EXPECT_EQ(Facts("SEOUL, July 27 (Yonhap) -- Woori Financial Group Inc. on Monday reported its second-quarter net "
                  "income of 774 billion won (US$ 647.1 million), down 39.2 percent from a year earlier.",
                  "en"),
            (Strings{"conversion: 774 billion won => US$ 647.1 million", "growth: 774 billion won @ fell 39.2 percent [draft]"}));
}

TEST(ExtractFormsTest, ConversionWithoutBracketsAfterAComma) {
  // https://mbn.co.kr/news/world/1049994
  EXPECT_EQ(Facts("일본 도쿄전력이 후쿠시마 제1원전 발전소 주변 주민들에게 가구당 100만엔, 약 천3백만 원을 우선 지급하기로 "
                  "했습니다.",
                  "ko"),
            (Strings{"conversion: 100만엔 => 약 천3백만 원"}));
  EXPECT_EQ(Facts("도쿄전력의 선지급금 총액은 약 500억엔, 6천540억 원이지만 전체 배상금 규모는 크게는 10조 엔에 이를 전망이라고 "
                  "요미우리 신문이 보도했습니다.",
                  "ko"),
            (Strings{"conversion: 약 500억엔 => 6천540억 원", "amount: 10조 엔"}));
  // Synthetic (issue #14): 우리 돈으로, 한화로, 규모, "or about".
  EXPECT_EQ(Facts("도요타는 1조 2000억엔, 우리 돈으로 약 12조8천억 원을 투자한다.", "ko"),
            (Strings{"conversion: 1조 2000억엔 => 약 12조8천억 원"}));
  EXPECT_EQ(Facts("알리바바는 3억 위안, 한화로 약 540억원을 냈다.", "ko"), (Strings{"conversion: 3억 위안 => 약 540억원"}));
  EXPECT_EQ(Facts("투자액은 5억 달러, 약 6500억원 규모다.", "ko"), (Strings{"conversion: 5억 달러 => 약 6500억원"}));
  EXPECT_EQ(Facts("The deal is worth €2.3bn, or about $2.5bn.", "en"), (Strings{"conversion: €2.3bn => about $2.5bn"}));
  // A list is not a conversion.
  EXPECT_EQ(Facts("매출은 10억 달러, 영업이익은 2억 달러였다.", "ko"), (Strings{"amount: 10억 달러", "amount: 2억 달러"}));
}

TEST(ExtractFormsTest, ConversionSplitOverTwoSentences) {
  // https://sports.donga.com/article/all/20090320/5135963/1
  const ArticleDraft draft = ExtractDraft(
      "a.txt",
      "제목\n비와 전 소속사 JYP 엔터테인먼트가 2007년 6월 미국 하와이 공연 무산과 관련해 현지법원으로부터 800만 달러가 "
      "넘는 거액의 손해배상평결을 20일 받았다. 우리 돈으로 112억원이 넘는 상상 밖의 거액이 배상금으로 책정되자 어떻게 "
      "나오게 됐는지 궁금증이 일고 있다.\n");
  ASSERT_EQ(draft.facts.size(), 1u);
  EXPECT_EQ(FormatFact(draft.facts[0]), "conversion: 800만 달러 => 112억원");
  // The quote is both sentences, byte for byte.
  EXPECT_TRUE(draft.facts[0].quote.starts_with("비와 전 소속사"));
  EXPECT_TRUE(draft.facts[0].quote.ends_with("궁금증이 일고 있다."));
  EXPECT_EQ(draft.facts[0].line, 2u);
}

TEST(ExtractFormsTest, SpacingSeparatorsAndFullWidth) {
  // Synthetic (issue #14): spaced units, the middle dot, compound scales, full-width forms.
  EXPECT_EQ(Facts("무역흑자는 400 억 달러 (약 4 조 6000 억원)였다.", "ko"),
            (Strings{"conversion: 400 억 달러 => 약 4 조 6000 억원"}));
  EXPECT_EQ(Facts("흑자는 7·8억 달러에 달했다.", "ko"), (Strings{"amount: 7·8억 달러"}));
  EXPECT_EQ(Facts("수출은 12.5 억 달러였다.", "ko"), (Strings{"amount: 12.5 억 달러"}));
  EXPECT_EQ(Facts("It paid $3 billion 200 million (3.8 trillion won).", "en"),
            (Strings{"conversion: $3 billion 200 million => 3.8 trillion won"}));
  // Figures are written width-folded; the quote keeps the text as printed.
  const auto facts = ExtractSentenceFacts("지원금은 ４억 달러（약 ５조원）이다.", "ko");
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(FormatFact(facts[0]), "conversion: 4억 달러 => 약 5조원");
  EXPECT_EQ(facts[0].quote, "지원금은 ４억 달러（약 ５조원）이다.");
}

TEST(ExtractFormsTest, BracketAfterTheVerbOrNoun) {
  // Synthetic (issue #14).
  EXPECT_EQ(Facts("회사는 2억 달러를 투자했다(약 2600억원).", "ko"), (Strings{"conversion: 2억 달러 => 약 2600억원"}));
  // A bracket that is an aside is not a conversion.
  EXPECT_EQ(Facts("회사는 2억 달러를 투자했다(전년 1억 달러).", "ko"), (Strings{"amount: 2억 달러", "amount: 1억 달러"}));
}

TEST(ExtractFormsTest, SeveralFiguresInOneBracketAndRespectivelyLists) {
  // Synthetic (issue #14).
  EXPECT_EQ(Facts("미국의 경기부양책(1850억달러, 220조원)이 통과됐다.", "ko"),
            (Strings{"conversion: 1850억달러 => 220조원"}));
  EXPECT_EQ(Facts("Samsung and LG earned 3 trillion won and 2 trillion won ($2.5 billion and $1.7 billion), respectively.",
                  "en"),
            (Strings{"conversion: 3 trillion won => $2.5 billion", "conversion: 2 trillion won => $1.7 billion"}));
  // https://www.hankyung.com/ (the seed article, facts/articles/hankyung-china-ai-sanctions.ko.txt)
  EXPECT_EQ(Facts("CB인사이츠에 따르면 메그비와 이투는 각각 40억 달러(약 5조원)와 24억 달러(약 3조원)의 가치로 평가받고 있다.",
                  "ko"),
            (Strings{"conversion: 40억 달러 => 약 5조원", "conversion: 24억 달러 => 약 3조원"}));
}

TEST(ExtractFormsTest, RangesGiveTwoPairs) {
  // Synthetic (issue #14).
  EXPECT_EQ(Facts("이적료는 6100만~6700만달러(약 690억~760억원)다.", "ko"),
            (Strings{"conversion: 6100만달러 => 약 690억원 [draft]", "conversion: 6700만달러 => 약 760억원 [draft]"}));
  EXPECT_EQ(Facts("The cost is JPY 18-22 billion (USD 160-200 million).", "en"),
            (Strings{"conversion: JPY 18 billion => USD 160 million [draft]",
                     "conversion: JPY 22 billion => USD 200 million [draft]"}));
}

TEST(ExtractFormsTest, NumbersInWords) {
  // Synthetic (issue #14).
  EXPECT_EQ(Facts("The budget is five hundred fifty point two billion won ($420 million).", "en"),
            (Strings{"conversion: five hundred fifty point two billion won => $420 million"}));
  EXPECT_EQ(Facts("수출은 지난해보다 두 배로 늘어난 20억 달러였다.", "ko"), (Strings{"growth: 20억 달러 @ 두 배 [draft]"}));
  // https://m.seoul.co.kr/news/2002/07/01/20020701002008
  EXPECT_EQ(Facts("백만달러(약 12억원)대의 재산을 이룬 사람을 일컫는 말이다.", "ko"),
            (Strings{"conversion: 백만달러 => 약 12억원"}));
}

TEST(ExtractFormsTest, SameCurrencyPairsAreExtractedForTheCheckerToReport) {
  // Synthetic (issue #14).
  EXPECT_EQ(Facts("회사는 5200만 달러(약 680억 달러)를 조달했다.", "ko"),
            (Strings{"conversion: 5200만 달러 => 약 680억 달러"}));
  EXPECT_EQ(Facts("매출은 5억원(전년 4억원)이었다", "ko"), (Strings{"amount: 5억원", "amount: 4억원"}));
}

TEST(ExtractFormsTest, GrowthWithItsPreviousFigureInTheSentence) {
  // https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02584646642233536
  EXPECT_EQ(Facts("조업일수는 작년 같은 기간과 비교해 8.5일로 동일했고, 일평균수출액은 22억 8000만달러로 전년(20억 "
                  "9000만달러)대비 9.5% 증가했다.",
                  "ko"),
            (Strings{"growth: 20억 9000만달러 -> 22억 8000만달러 @ 9.5%"}));
  // https://m.sedaily.com/NewsView/1ODBW5WXIZ
  EXPECT_EQ(Facts("일평균 수출액은 19억 달러로 전년 같은 기간(16억 달러)보다 19.3% 많은 것으로 나타났다.", "ko"),
            (Strings{"growth: 16억 달러 -> 19억 달러 @ 19.3%"}));
  // Synthetic (issue #14).
  EXPECT_EQ(Facts("수출은 지난해 같은 기간(134억 달러)보다 12% 늘어난 150억 달러였다.", "ko"),
            (Strings{"growth: 134억 달러 -> 150억 달러 @ 12%"}));
  EXPECT_EQ(Facts("매출은 작년 1조원에서 올해 1조2000억원으로 20% 증가했다.", "ko"),
            (Strings{"growth: 1조원 -> 1조2000억원 @ 20%"}));
  EXPECT_EQ(Facts("Operating profit rose 23% to 8.1 trillion won from 6.6 trillion won a year earlier.", "en"),
            (Strings{"growth: 6.6 trillion won -> 8.1 trillion won @ 23%"}));
  EXPECT_EQ(Facts("Revenue rose 22% to $500 million, up from $410 million.", "en"),
            (Strings{"growth: $410 million -> $500 million @ 22%"}));
}

TEST(ExtractFormsTest, GrowthWithItsChangeInTheSentenceBefore) {
  // http://www.koreaherald.com/view.php?ud=20190211000814
  EXPECT_EQ(ArticleFacts("Title\nWoori Bank, a major South Korean commercial lender, said Monday its net profit for 2018 "
                         "soared 33.34 percent from a year earlier on the back of growth in interest income. Net profit "
                         "came to 2.04 trillion won ($1.81 billion) in 2018 on a consolidated basis, up from 1.51 trillion "
                         "won a year earlier, the lender said in a regulatory filing.\n"),
            (Strings{"conversion: 2.04 trillion won => $1.81 billion",
                     "growth: 1.51 trillion won -> 2.04 trillion won @ 33.34 percent"}));
  // https://en.yna.co.kr/view/AEN20230727009800320
  EXPECT_EQ(ArticleFacts("Title\nMajor South Korean financial holding firm Woori Financial Group Inc. said Thursday its "
                         "net profit sank 32.3 percent in the second quarter from a year earlier. Net profit for the three "
                         "months ended in June dropped to 625 billion won (US$489 million) from 923 billion won during "
                         "the same period of last year, the financial group said in a statement.\n"),
            (Strings{"conversion: 625 billion won => US$489 million",
                     "growth: 923 billion won -> 625 billion won @ fell 32.3 percent"}));
  // https://etoday.co.kr/news/view/1453901: the figure before, the change after.
  EXPECT_EQ(ArticleFacts("제목\n11일 관세청에 따르면 이달 들어 10일까지 수출액은 151억 달러(약 17조3650억 원)로 집계됐다. 이는 "
                         "지난해 같은 기간보다 72.8% 증가한 수치다.\n"),
            (Strings{"conversion: 151억 달러 => 약 17조3650억 원", "growth: 151억 달러 @ 72.8% [draft]"}));
}

// Growth forms the real-article set (tests/articles) showed unlinked; each sentence is copied
// from the article.txt named beside it.
TEST(ExtractFormsTest, GrowthRespectivelyListsInKorean) {
  // tests/articles/ko-2018-miraebiz-hanwha-2017-results/article.txt, line 11.
  EXPECT_EQ(Facts("한화케미칼은 지난해 매출 3조9654억원, 영업이익 5884억원을 기록해 2016년(매출 3조4828억원, 영업이익 "
                  "4003억원) 대비 각각 13.9%, 47% 증가했다.",
                  "ko"),
            (Strings{"growth: 3조4828억원 -> 3조9654억원 @ 13.9%", "growth: 4003억원 -> 5884억원 @ 47%"}));
  // tests/articles/ko-2019-wowtv-listed-firms-2018-results/article.txt, line 7: no previous figures.
  EXPECT_EQ(Facts("금융업종에 속한 40개 기업의 연결재무제표 기준 영업이익(27조5,978억원)과 순이익(20조3,218억원)은 각각 "
                  "7.44%, 0.98% 증가했습니다.",
                  "ko"),
            (Strings{"growth: 27조5,978억원 @ 7.44% [draft]", "growth: 20조3,218억원 @ 0.98% [draft]"}));
}

TEST(ExtractFormsTest, GrowthWhoseVerbEndsItsClauseTakesNoFigureAfterIt) {
  // tests/articles/ko-2018-miraebiz-hanwha-2017-results/article.txt, line 17.
  EXPECT_EQ(Facts("한화생명은 작년 5255억원의 영업이익을 올려 2016년(3151억원)보다 66.8% 늘었으며 같은기간 매출은 "
                  "15조1801억원에서 13조8139억원으로 9% 감소했다.",
                  "ko"),
            (Strings{"growth: 3151억원 -> 5255억원 @ 66.8%", "growth: 15조1801억원 -> 13조8139억원 @ 9% 감소"}));
  // tests/articles/ko-2015-cop25-china-investment-in-korea/article.txt, line 12: two changes of
  // one current figure, each from its own earlier figure.
  EXPECT_EQ(Facts("중국 경제 인터넷매체 차이징넷(财经网)은 시장연구조사기관 머저마켓(Mergermarket)의 통계를 인용해 \"지난해 "
                  "중국의 한국 투자총액은 6억3천1백만달러(7천137억원)로 2013년도 1억3천3백만달러(1천504억원)보다 무려 "
                  "374%나 증가했다\"며 \"2010년의 2천8백만달러(317억원)와 비교하면 22.5배나 늘어났다\"고 전했다.",
                  "ko"),
            (Strings{"conversion: 6억3천1백만달러 => 7천137억원", "growth: 1억3천3백만달러 -> 6억3천1백만달러 @ 374%",
                     "growth: 2천8백만달러 -> 6억3천1백만달러 @ 22.5배", "conversion: 1억3천3백만달러 => 1천504억원",
                     "conversion: 2천8백만달러 => 317억원"}));
}

TEST(ExtractFormsTest, GrowthAsARatioLevelNextToItsEarlierFigure) {
  // tests/articles/ko-2023-newsway-yen-sales-banks/article.txt, line 3.
  EXPECT_EQ(Facts("18일 금융권에 따르면 KB국민·신한·하나·우리은행 등 4대 은행의 지난달 엔화 매도액은 301억6700만엔(약 "
                  "2732억원)으로 전년 동월(62억8500만엔) 대비 약 5배 수준이다.",
                  "ko"),
            (Strings{"conversion: 301억6700만엔 => 약 2732억원", "growth: 62억8500만엔 -> 301억6700만엔 @ 5배"}));
  // Without the earlier figure "N배 수준" is a level, not a change the check could recompute.
  EXPECT_EQ(Facts("매출은 3조원으로 경쟁사의 5배 수준이다.", "ko"), (Strings{"amount: 3조원"}));
}

TEST(ExtractFormsTest, GrowthWithAChangeVerbOfTheWireInTheSentenceBefore) {
  // tests/articles/en-2022-yonhap-naver-q1-net/article.txt, lines 5-6.
  EXPECT_EQ(ArticleFacts("Title\nSEOUL -- Naver Corp., South Korea's top internet portal operator, said Thursday its net "
                         "profit plummeted 99 percent on-year in the first quarter due to a low base effect.\nNet profit "
                         "reached 151.4 billion won (US$122.5 million) during the January-March period, compared with "
                         "15.31 trillion won in the previous year, the company said in a regulatory filing.\n"),
            (Strings{"conversion: 151.4 billion won => US$122.5 million",
                     "growth: 15.31 trillion won -> 151.4 billion won @ fell 99 percent"}));
  // Synthetic (issue #14): "to reach".
  EXPECT_EQ(Facts("Exports jumped 8% to reach $3 billion from $2.8 billion a year earlier.", "en"),
            (Strings{"growth: $2.8 billion -> $3 billion @ 8%"}));
}

TEST(ExtractFormsTest, EnglishChangesOfTheWireAndOfHeadlines) {
  // tests/articles/en-2020-yonhap-poongsan-q2/article.txt, line 1 (the headline).
  EXPECT_EQ(Facts("Poongsan Q2 net profit up 119.8 pct. to 8.1 bln won", "en"),
            (Strings{"growth: 8.1 bln won @ 119.8 pct [draft]"}));
  // tests/articles/en-2017-koreaherald-listed-firms-q1-forecast/article.txt, line 11 (its first
  // sentence): a verb in its base form.
  EXPECT_EQ(Facts("In particular, the combined net profit of technology firms, including Samsung Electronics Co. and "
                  "SK hynix Inc., is expected to jump 80.73 percent on-year to 13.4 trillion won, the survey showed.",
                  "en"),
            (Strings{"growth: 13.4 trillion won @ 80.73 percent [draft]"}));
  // tests/articles/en-2021-koreaherald-listed-firms-h1/article.txt, line 23: words before "to".
  EXPECT_EQ(Facts("The listed firms' net profit decreased 23.4 percent in the second quarter of the year from three "
                  "months earlier to 36.9 trillion won, while operating profit increased 8.51 percent to 47.4 trillion "
                  "won.",
                  "en"),
            (Strings{"growth: 36.9 trillion won @ fell 23.4 percent [draft]",
                     "growth: 47.4 trillion won @ 8.51 percent [draft]"}));
  // The same line, its second sentence.
  EXPECT_EQ(Facts("Total sales moved up 5.09 percent on-quarter to 553.7 trillion won in the April-June period.", "en"),
            (Strings{"growth: 553.7 trillion won @ 5.09 percent [draft]"}));
  // tests/articles/en-2022-koreaherald-kospi-h1-results/article.txt, line 3: words between the
  // figure and ", up".
  EXPECT_EQ(Facts("According to Korea Exchange data Friday, 696 firms on the Kospi reported 746 trillion won ($562.2 "
                  "billion) in revenue between January and June, up 19 percent from the previous year.",
                  "en"),
            (Strings{"conversion: 746 trillion won => $562.2 billion", "growth: 746 trillion won @ 19 percent [draft]"}));
  // tests/articles/en-2022-steelorbis-china-steel-profits-jan-aug/article.txt, line 3 (second sentence).
  EXPECT_EQ(Facts("In the given period, the ferrous metal smelting and rolling sector recorded gross profits of RMB "
                  "41.05 billion ($5.8 billion), decreasing by 87.7 percent year on year, 6.9 percentage points faster "
                  "than the declining pace recorded in the January-July period.",
                  "en"),
            (Strings{"conversion: RMB 41.05 billion => $5.8 billion",
                     "growth: RMB 41.05 billion @ fell 87.7 percent [draft]"}));
}

TEST(ExtractFormsTest, APreviousFigureIsNotTakenFromTheSentenceBeforeAChangeWithItsOwnFigure) {
  // tests/articles/en-2017-koreaherald-listed-firms-q1-forecast/article.txt, lines 5 and 11
  // (brought together): 33.6 trillion won is last year's operating profit of all listed firms,
  // not the base of the technology firms' net profit.
  EXPECT_EQ(ArticleFacts("Title\nAccording to the survey by industry tracker FNGuide, the combined operating profit of "
                         "listed firms is forecast to stand at 41.5 trillion won ($37.2 billion) for the January-March "
                         "period, compared with 33.6 trillion won for the same quarter last year.\nIn particular, the "
                         "combined net profit of technology firms, including Samsung Electronics Co. and SK hynix Inc., "
                         "is expected to jump 80.73 percent on-year to 13.4 trillion won, the survey showed.\n"),
            (Strings{"conversion: 41.5 trillion won => $37.2 billion", "amount: 33.6 trillion won",
                     "growth: 13.4 trillion won @ 80.73 percent [draft]"}));
}

TEST(ExtractFormsTest, KoreanChangesAcrossASentenceAndWithWordsBeforeTheVerb) {
  // tests/articles/ko-2024-asiatoday-kospi-q3-cumulative/article.txt, line 4: "각각" opens the
  // sentence after the figures.
  EXPECT_EQ(ArticleFacts("제목\n같은 기간 영업이익은 155조6463억원, 순이익은 119조1222억원을 기록했다. 각각 전년 동기 대비 "
                         "65%, 71% 크게 늘었다.\n"),
            (Strings{"growth: 155조6463억원 @ 65% [draft]", "growth: 119조1222억원 @ 71% [draft]"}));
  // tests/articles/ko-2024-etoday-japan-firms-strong-yen-outlook/article.txt, line 23.
  EXPECT_EQ(ArticleFacts("제목\n2024회계연도(2024년 4월∼2025년 3월) 영업이익은 총 15조9853억 엔(약 138조8000억 원)으로 "
                         "관측된다. 이는 전년 대비 1% 수준 감소한 규모다.\n"),
            (Strings{"conversion: 15조9853억 엔 => 약 138조8000억 원", "growth: 15조9853억 엔 @ 1% 감소 [draft]"}));
  // tests/articles/ko-2011-hankyung-china-ocean-resources-vessels/article.txt: "이는" opens the
  // sentence, but the change is the ship count's, far along it.
  EXPECT_EQ(ArticleFacts("제목\n중국원양자원은 자회사인 복건성 연강현 원양어업유한공사가 생산량 증가와 시장점유율 확대를 위해 "
                         "1399억9400만원을 투자하기로 결정했다고 12일 공시했다. 이는 자기자본 대비 54.72%에 해당하는 "
                         "규모이며 선박 30척을 제조하는 이번 투자로 자회사의 선박 수가 2배로 늘어 생산량이 대폭 확대될 "
                         "것이라고 중국원양자원은 내다봤다.\n"),
            (Strings{"amount: 1399억9400만원"}));
}

TEST(ExtractFormsTest, GrowthInWireCopyWrappedAcrossLines) {
  // tests/articles/en-2009-yonhap-public-firms-2008-earnings/article.txt, lines 11-13.
  EXPECT_EQ(ArticleFacts("Title\ncombined net profit amounted to 331 billion won (US$248 million) last year, down\n"
                         "93.6 percent from a year earlier. Their combined sales, however, jumped 22.5\n"
                         "percent from a year earlier to 95.2 trillion won.\n"),
            (Strings{"conversion: 331 billion won => US$248 million", "growth: 331 billion won @ fell 93.6 percent [draft]",
                     "growth: 95.2 trillion won @ 22.5 percent [draft]"}));
}

TEST(ExtractFormsTest, AChangeThatHasItsFigureIsNotLentToTheNextSentence) {
  // tests/articles/en-2020-yonhap-woori-financial-q2/article.txt, lines 2-3: "down 39.2 percent"
  // is the change of 774 billion won, not of the operating profit in the next sentence.
  EXPECT_EQ(ArticleFacts("Title\nSEOUL, July 27 (Yonhap) -- Woori Financial Group Inc. on Monday reported its "
                         "second-quarter net income of 774 billion won (US$ 647.1 million), down 39.2 percent from a "
                         "year earlier.\nThe company said in a regulatory filing that it posted 1.17 trillion won in "
                         "operating profit for the quarter, compared with 1.71 trillion won a year ago.\n"),
            (Strings{"conversion: 774 billion won => US$ 647.1 million",
                     "growth: 774 billion won @ fell 39.2 percent [draft]", "amount: 1.17 trillion won",
                     "amount: 1.71 trillion won"}));
}

TEST(ExtractFormsTest, EnglishRespectivelyListOfChanges) {
  // tests/articles/en-2022-steelorbis-china-steel-profits-jan-aug/article.txt, line 7.
  EXPECT_EQ(Facts("At the same time, the ferrous metals mining and dressing sector, the metal manufacturing sector and "
                  "the railway, shipping, aerospace and other transportation equipment manufacturing sector recorded "
                  "gross profits of RMB 47.95 billion ($6.8 billion), RMB 114.6 billion ($16.2 billion) and RMB 38.57 "
                  "billion ($5.5 billion), down 27.9 percent, down 11.5 percent and up 4.7 percent year on year, "
                  "respectively.",
                  "en"),
            (Strings{"conversion: RMB 47.95 billion => $6.8 billion",
                     "growth: RMB 47.95 billion @ fell 27.9 percent [draft]",
                     "conversion: RMB 114.6 billion => $16.2 billion",
                     "growth: RMB 114.6 billion @ fell 11.5 percent [draft]",
                     "conversion: RMB 38.57 billion => $5.5 billion", "growth: RMB 38.57 billion @ 4.7 percent [draft]"}));
}

TEST(ExtractFormsTest, AnUnreadableTypoIsACommentNamingTheLine) {
  // Synthetic (issue #14).
  ExtractOptions options;
  options.published = Date::Parse("2020-01-02");
  const ArticleDraft draft = ExtractDraft("a.txt", "제목\n\n인수 금액은 24억2천억 유로에 이른다.\n", options);
  EXPECT_TRUE(draft.facts.empty());
  ASSERT_EQ(draft.unread.size(), 1u);
  EXPECT_EQ(draft.unread[0].line, 3u);
  EXPECT_EQ(draft.unread[0].column, 8u);
  const std::string yaml = WriteDraftYaml(draft);
  EXPECT_NE(yaml.find("#   line 3:8 24억2천억 유로 [4, 26]: figcheck cannot read '24억2천억 유로': unit '억' out of order\n"),
            std::string::npos)
      << yaml;
}

TEST(ExtractFormsTest, EveryFactKnowsItsArticleLineAndColumn) {
  const ArticleDraft draft = ExtractDraft("a.txt", "제목\n첫 문장이다. 둘째로 75억 달러(약 8조원)를 냈다.\n");
  ASSERT_EQ(draft.facts.size(), 1u);
  EXPECT_EQ(draft.facts[0].line, 2u);
  EXPECT_EQ(draft.facts[0].column, 13u);
  EXPECT_NE(WriteDraftYaml(draft).find("# article line 2, column 13"), std::string::npos);
}

TEST(ExtractFormsTest, PublicationDateFromTheText) {
  // https://sports.donga.com/article/all/20090320/5135963/1
  EXPECT_EQ(FindDate("입력 2009-03-20 02:23:14")->ToString(), "2009-03-20");
  // http://www.newsis.com/ar_detail/view.html?ar_id=NISX20140515_0012918122&cID=10104&pID=10100
  EXPECT_EQ(FindDate("등록 2014.05.15 03:48:45수정 2016.12.28 12:45:40")->ToString(), "2014-05-15");
  // https://www.donga.com/news/Inter/article/all/20080924/8634781/1
  EXPECT_EQ(FindDate("입력 2008년 9월 24일 14시 51분")->ToString(), "2008-09-24");
  // Synthetic (issue #14).
  EXPECT_EQ(FindDate("기사입력 2019.07.03")->ToString(), "2019-07-03");
  EXPECT_EQ(FindDate("2020年7月29日")->ToString(), "2020-07-29");
  EXPECT_EQ(FindDate("Published July 29, 2020")->ToString(), "2020-07-29");
  EXPECT_FALSE(FindDate("2020.07.299"));

  // The draft says where it found the date; --published wins.
  const std::string text = "제목\n입력 2009-03-20 02:23:14\n본문은 3억원이다.\n";
  const ArticleDraft found = ExtractDraft("a.txt", text);
  ASSERT_TRUE(found.published);
  EXPECT_EQ(found.published->ToString(), "2009-03-20");
  EXPECT_NE(WriteDraftYaml(found).find("published: 2009-03-20  # from the text, line 2: 입력 2009-03-20 02:23:14"),
            std::string::npos)
      << WriteDraftYaml(found);
  ExtractOptions options;
  options.published = Date::Parse("2009-03-21");
  EXPECT_EQ(ExtractDraft("a.txt", text, options).published->ToString(), "2009-03-21");

  // https://m-en.yna.co.kr/view/AEN20200727007100320 (the copyright line is synthetic)
  const ArticleDraft yonhap = ExtractDraft(
      "y.txt", "Title\nSEOUL, July 27 (Yonhap) -- Woori Financial Group Inc. reported its net income.\n(c) 2020 Yonhap\n");
  ASSERT_TRUE(yonhap.published);
  EXPECT_EQ(yonhap.published->ToString(), "2020-07-27");
}

}  // namespace
}  // namespace figcheck
