// A hand-built RunResult that exercises every report format: two fact files, the first with a
// clean conversion, a rate deviation, a unit slip with details, a growth mismatch, a fact whose
// texts are hostile to every format, and an article-level finding; the second failed to load.
// The reference series is FRED H.10 DEXKOUS (USD/KRW) from 2020-07-13 to 2020-08-12.
#pragma once

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/check/finding.h"
#include "core/report/report.h"
#include "core/money/currency.h"

namespace figcheck::testing {

// Text that would break a careless writer of any format: markup, CDATA end, workflow-command
// separators, newlines (LF and CR LF), quotes, table pipes, Markdown emphasis, percent signs,
// control characters (SOH, ESC) and one byte that is not UTF-8.
inline const std::string kHostileText =
    "<script>alert(1)</script> ]]> ::error file=x.yaml::pwned \"dq\" 'sq' | a*b_c `tick` [l](u) 100% & 50%25\n"
    "second line\r\nthird \x01 \x1b[31mred\x1b[0m \xff 끝";

inline Decimal Dec(std::string_view text) { return *Decimal::Parse(text); }

inline RateObservation Fred(const char* date, const char* value) {
  return RateObservation{Dec(value), "FRED H.10 DEXKOUS", *Date::Parse(date), "USD/KRW"};
}

inline std::vector<RateObservation> FredUsdKrwJuly2020() {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"2020-07-13", "1200.13"}, {"2020-07-14", "1205.24"}, {"2020-07-15", "1201.97"}, {"2020-07-16", "1202.97"},
      {"2020-07-17", "1203.86"}, {"2020-07-20", "1202.26"}, {"2020-07-21", "1194.64"}, {"2020-07-22", "1194.83"},
      {"2020-07-23", "1198.91"}, {"2020-07-24", "1203.17"}, {"2020-07-27", "1195.94"}, {"2020-07-28", "1198.15"},
      {"2020-07-29", "1192.98"}, {"2020-07-30", "1196.30"}, {"2020-07-31", "1192.68"}, {"2020-08-03", "1194.31"},
      {"2020-08-04", "1194.53"}, {"2020-08-05", "1188.93"}, {"2020-08-06", "1185.29"}, {"2020-08-07", "1189.25"},
      {"2020-08-10", "1186.28"}, {"2020-08-11", "1184.84"}, {"2020-08-12", "1184.09"}};
  std::vector<RateObservation> series;
  for (const auto& [date, value] : rows) series.push_back(Fred(date, value));
  return series;
}

inline ConversionDetail UsdKrw(Interval implied) {
  return ConversionDetail{.base = FindCurrencyByCode("USD"),
                          .quote = FindCurrencyByCode("KRW"),
                          .rate_date = *Date::Parse("2020-07-28"),
                          .published = Date::Parse("2020-07-29"),
                          .implied_rate = std::move(implied),
                          .reference = Fred("2020-07-28", "1198.15"),
                          .tolerance = Decimal::Fraction(5, 1000),
                          .nearby = FredUsdKrwJuly2020()};
}

inline Interval HalfOpen(const Decimal& low, const Decimal& high) { return Interval{low, true, high, false}; }

inline RunResult SampleRun() {
  const std::string path = "facts/hankyung-2020-china-ai.yaml";
  const std::string article = "hankyung-2020-china-ai-sanctions";
  auto at = [&](int line, int column) { return SourceLocation{path, line, column}; };

  FileResult good;
  good.path = path;
  good.article_id = article;
  good.title = "\"美 제재에도 끄떡없네\"…中 AI 스타트업들 해외서 승승장구";
  good.loaded = true;

  FactResult sensetime;
  sensetime.id = "sensetime-valuation";
  sensetime.kind = FactKind::kConversion;
  sensetime.status = FactStatus::kOk;
  sensetime.location = at(14, 5);
  sensetime.quote = "기업 가치가 75억 달러(한화 약 8조 9512억원)로 평가받는";
  sensetime.figures = {"75억 달러", "한화 약 8조 9512억원"};
  sensetime.conversion = UsdKrw(HalfOpen(Decimal::Fraction(895115, 750), Dec("1193.5")));
  good.facts.push_back(sensetime);

  FactResult megvii;
  megvii.id = "megvii-funding";
  megvii.kind = FactKind::kConversion;
  megvii.status = FactStatus::kWarning;
  megvii.location = at(19, 5);
  megvii.quote = "10억 달러(약 1조 1800억원)를 투자받았다";
  megvii.figures = {"10억 달러", "약 1조 1800억원"};
  megvii.conversion = UsdKrw(HalfOpen(Dec("1179.5"), Dec("1180.5")));
  Finding deviation;
  deviation.code = std::string(kRateDeviation);
  deviation.severity = Severity::kWarning;
  deviation.fact_id = megvii.id;
  deviation.location = at(22, 16);
  deviation.message = Verbatim("the converted figure implies 1179.5 to 1180.5 won per dollar, 1.5% below the reference rate "
                      "of 1198.15; no day from 2020-07-13 to 2020-08-12 had such a rate");
  deviation.stated = "약 1조 1800억원";
  deviation.recomputed = "약 1조 1982억원";
  deviation.rate = Fred("2020-07-28", "1198.15");
  deviation.pair = "USD/KRW";
  deviation.details = {Verbatim("implied rate [1179.5, 1180.5)"), Verbatim("tolerance ±0.5%: [1192.15925, 1204.14075]")};
  megvii.findings.push_back(deviation);
  good.facts.push_back(megvii);

  FactResult cambricon;
  cambricon.id = "cambricon-ipo";
  cambricon.kind = FactKind::kConversion;
  cambricon.status = FactStatus::kError;
  cambricon.location = at(24, 5);
  cambricon.quote = "시가총액이 25억 달러(약 2억 9954만원)에 이른다";
  cambricon.figures = {"25억 달러", "약 2억 9954만원"};
  cambricon.conversion = UsdKrw(HalfOpen(Dec("0.119814"), Dec("0.119818")));
  Finding slip;
  slip.code = std::string(kUnitSlip);
  slip.severity = Severity::kError;
  slip.fact_id = cambricon.id;
  slip.location = at(26, 16);
  slip.message = Verbatim("the converted figure is 10^4 times too small: 만 was written for 억; the article likely meant "
                 "약 2조 9954억원");
  slip.stated = "약 2억 9954만원";
  slip.recomputed = "약 2조 9954억원";
  slip.rate = Fred("2020-07-28", "1198.15");
  slip.pair = "USD/KRW";
  slip.details = {Verbatim("implied rate [0.119814, 0.119818) against 1198.15: a factor of 10000.0 (10^4)"),
                  Verbatim("likely cause: 만 (10^4) written for 억 (10^8)")};
  cambricon.findings.push_back(slip);
  good.facts.push_back(cambricon);

  FactResult iflytek;
  iflytek.id = "iflytek-net-profit";
  iflytek.kind = FactKind::kGrowth;
  iflytek.status = FactStatus::kError;
  iflytek.location = at(29, 5);
  iflytek.quote = "순이익이 15%나 증가한 8억1900만위안을 기록했다";
  iflytek.figures = {"5억4200만위안", "8억1900만위안", "15%"};
  Finding growth;
  growth.code = std::string(kGrowthMismatch);
  growth.severity = Severity::kError;
  growth.fact_id = iflytek.id;
  growth.location = at(33, 13);
  growth.message = Verbatim("from 5억4200만위안 to 8억1900만위안 is a rise of 51.1%, not 15%");
  growth.stated = "15%";
  growth.recomputed = "51%";
  growth.details = {Verbatim("(819000000 - 542000000) / 542000000 = 51.107011070110…%"),
                    Verbatim("15% covers [14.5%, 15.5%)")};
  iflytek.findings.push_back(growth);
  good.facts.push_back(iflytek);

  FactResult hostile;
  hostile.id = "hostile-quote";
  hostile.kind = FactKind::kAmount;
  hostile.status = FactStatus::kOk;
  hostile.location = at(36, 5);
  hostile.quote = kHostileText;
  hostile.figures = {kHostileText};
  Finding note;
  note.code = std::string(kFalsePrecision);
  note.severity = Severity::kNote;
  note.fact_id = hostile.id;
  note.location = at(37, 12);
  note.message = Verbatim("quoted: " + kHostileText);
  note.stated = kHostileText;
  note.details = {Verbatim(kHostileText)};
  hostile.findings.push_back(note);
  good.facts.push_back(hostile);

  Finding mixed;
  mixed.code = std::string(kMixedRates);
  mixed.severity = Severity::kWarning;
  mixed.location = at(19, 5);
  mixed.message = Verbatim("the USD/KRW conversions of this article imply rates that cannot all hold: 1193.49 in "
                  "sensetime-valuation, 1180.00 in megvii-funding");
  mixed.pair = "USD/KRW";
  mixed.details = {Verbatim("sensetime-valuation: [1193.486666666666…, 1193.5)"), Verbatim("megvii-funding: [1179.5, 1180.5)")};
  good.findings.push_back(mixed);

  FileResult broken;
  broken.path = "facts/broken.yaml";
  broken.loaded = false;
  broken.diagnostics.push_back(
      Diagnostic{{"facts/broken.yaml", 7, 5}, Severity::kError, "unknown key 'amuont' (did you mean 'amount'?)"});

  RunResult run;
  run.files = {good, broken};
  run.summary.files = 2;
  run.summary.files_with_input_errors = 1;
  run.summary.facts = 5;
  run.summary.facts_ok = 2;
  run.summary.facts_warning = 1;
  run.summary.facts_error = 2;
  run.summary.findings_error = 2;
  run.summary.findings_warning = 2;
  run.summary.findings_note = 1;
  run.summary.input_errors = 1;
  return run;
}

}  // namespace figcheck::testing

namespace figcheck::testing {

// The formats this branch writes, and the file extension of each one's golden file.
struct GoldenFormat {
  ReportFormat format;
  const char* extension;
};
inline constexpr GoldenFormat kGoldenFormats[] = {
    {ReportFormat::kJunit, "junit.xml"}, {ReportFormat::kSarif, "sarif"}, {ReportFormat::kGithub, "github.txt"},
    {ReportFormat::kMarkdown, "md"},     {ReportFormat::kHtml, "html"},       {ReportFormat::kCompact, "compact.txt"},
};

}  // namespace figcheck::testing

namespace figcheck::testing {
inline void PrintTo(const GoldenFormat& golden, std::ostream* os) { *os << "sample." << golden.extension; }
}  // namespace figcheck::testing
