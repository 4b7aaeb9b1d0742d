// POST /api/check as `figcheck serve` answers it, without the server: the same JSON report as
// `figcheck check - --format json`, and a 4xx with a clear message for every bad request.
#include "core/report/desk_request.h"

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/base/file_reader.h"
#include "tests/cli_runner.h"

namespace figcheck {
namespace {

const RateSourceCache& Sources() {
  static const DiskFileReader reader;
  static const RateSourceCache sources(reader);
  return sources;
}

DeskReply Ask(const std::string& body) { return AnswerCheckRequest(body, RunOptions{}, Sources()); }

std::string Error(const DeskReply& reply) { return nlohmann::json::parse(reply.body)["error"].get<std::string>(); }

std::string SeedPath() { return std::string(FIGCHECK_SOURCE_DIR) + "/facts/articles/hankyung-china-ai-sanctions.ko.txt"; }

TEST(DeskRequestTest, AnswersWithTheReportOfCheckFormatJson) {
  const std::string seed = ReadWholeFile(SeedPath());
  const DeskReply reply = Ask(nlohmann::json{{"text", seed}, {"published", "2020-07-29"}}.dump());
  EXPECT_EQ(reply.status, 200);
  const CliRun cli = RunFigcheck(fmt::format("check - --published 2020-07-29 --format json < '{}'", SeedPath()));
  EXPECT_EQ(reply.body, cli.out);
  const auto report = nlohmann::json::parse(reply.body);
  EXPECT_EQ(report["files"][0]["facts"].size(), 6u);
  EXPECT_EQ(report["files"][0]["findings"][0]["code"], "mixed-rates");
}

TEST(DeskRequestTest, PublishedIsOptional) {
  const DeskReply reply = Ask(R"j({"text": "2020년 7월 29일\n센스타임의 기업가치는 75억 달러(약 8조 9512억원)로 평가된다."})j");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(nlohmann::json::parse(reply.body)["files"][0]["facts"][0]["status"], "ok");
  // No date anywhere: still checked, for plausibility against the pair's whole history, with a
  // note that says so on the figure (never an input error).
  const auto undated = nlohmann::json::parse(Ask(R"j({"text": "센스타임의 기업가치는 75억 달러(약 8조 9512억원)."})j").body);
  EXPECT_TRUE(undated["files"][0]["diagnostics"].empty()) << undated.dump(2);
  ASSERT_EQ(undated["files"][0]["facts"].size(), 1u) << undated.dump(2);
  const auto& fact = undated["files"][0]["facts"][0];
  EXPECT_EQ(fact["status"], "ok");
  ASSERT_FALSE(fact["findings"].empty()) << undated.dump(2);
  EXPECT_EQ(fact["findings"][0]["code"], "undated");
}

TEST(DeskRequestTest, BadRequestsGetAClearMessage) {
  EXPECT_EQ(Ask("{\"text\": ").status, 400);
  EXPECT_EQ(Error(Ask("{\"text\": ")), "the request is not valid JSON; send {\"text\": \"...\"}");
  EXPECT_EQ(Error(Ask("[1, 2]")), "the request must be a JSON object {\"text\": \"...\"}");
  EXPECT_EQ(Error(Ask("{}")), "the request has no \"text\" string");
  EXPECT_EQ(Error(Ask(R"j({"text": 12})j")), "the request has no \"text\" string");
  EXPECT_EQ(Error(Ask(R"j({"text": "  \n "})j")), "the text is empty: paste an article");
  EXPECT_EQ(Error(Ask(R"j({"text": "a", "lang": "xx", "x": 1})j")).substr(0, 13), "unknown key '");
  const DeskReply date = Ask(R"j({"text": "75억 달러(약 8조원)", "published": "2020-13-45"})j");
  EXPECT_EQ(date.status, 400);
  EXPECT_EQ(Error(date), "published '2020-13-45' is not a day (YYYY-MM-DD)");
  EXPECT_EQ(Error(Ask(R"j({"text": "x", "published": 20200729})j")), "\"published\" must be a date string YYYY-MM-DD");
  const DeskReply utf8 = Ask("{\"text\": \"a\xff\"}");
  EXPECT_EQ(utf8.status, 400);
  EXPECT_EQ(Error(utf8), "the request is not valid UTF-8 (byte 12)");
  EXPECT_EQ(Error(Ask(R"j({"text": "a\udc00b"})j")).substr(0, 30), "the request is not valid JSON;");
  EXPECT_EQ(Error(Ask(std::string(100, '[') + std::string(100, ']'))), "the request is nested too deep to be {\"text\": ...}");
}

TEST(DeskRequestTest, TextOverTwoMegabytesIsRefused) {
  const std::string big(kMaxArticleBytes + 1, 'a');
  const DeskReply reply = Ask(nlohmann::json{{"text", big}}.dump());
  EXPECT_EQ(reply.status, 413);
  EXPECT_EQ(Error(reply), "the text is 2097153 bytes; the limit is 2097152 bytes (2 MB)");
  EXPECT_EQ(Ask(std::string(kMaxRequestBytes + 1, ' ')).status, 413);
}

}  // namespace
}  // namespace figcheck

namespace figcheck {
namespace {

// "lang": "ko" writes the messages in Korean; codes, severities and the report's fields stay.
TEST(DeskRequestTest, LangKoWritesTheMessagesInKorean) {
  const std::string seed = ReadWholeFile(SeedPath());
  const DeskReply english = Ask(nlohmann::json{{"text", seed}, {"published", "2020-07-29"}}.dump());
  const DeskReply korean = Ask(nlohmann::json{{"text", seed}, {"published", "2020-07-29"}, {"lang", "ko"}}.dump());
  ASSERT_EQ(korean.status, 200) << korean.body;
  const auto en = nlohmann::json::parse(english.body);
  const auto ko = nlohmann::json::parse(korean.body);
  const auto& finding = ko["files"][0]["findings"][0];
  EXPECT_EQ(finding["code"], "mixed-rates");
  EXPECT_EQ(finding["severity"], en["files"][0]["findings"][0]["severity"]);
  EXPECT_NE(finding["message"].get<std::string>().find("기사의 USD/KRW 환산"), std::string::npos) << finding.dump();
  EXPECT_EQ(en["files"][0]["findings"][0]["message"].get<std::string>().rfind("The article's USD/KRW", 0), 0u);
  // The same report as the command line's --lang ko.
  const CliRun cli =
      RunFigcheck(fmt::format("check - --published 2020-07-29 --format json --lang ko < '{}'", SeedPath()));
  EXPECT_EQ(korean.body, cli.out);
  EXPECT_EQ(Ask(nlohmann::json{{"text", seed}, {"published", "2020-07-29"}, {"lang", "en"}}.dump()).body, english.body);
}

TEST(DeskRequestTest, AnUnknownLangIsABadRequest) {
  EXPECT_EQ(Ask(R"j({"text": "a", "lang": "kr"})j").status, 400);
  EXPECT_EQ(Error(Ask(R"j({"text": "a", "lang": "kr"})j")), "\"lang\" must be \"en\" or \"ko\"");
  EXPECT_EQ(Error(Ask(R"j({"text": "a", "lang": 1})j")), "\"lang\" must be \"en\" or \"ko\"");
}

TEST(DeskRequestTest, ThePageWordsComeFromTheCatalogueInBothLanguages) {
  const auto strings = nlohmann::json::parse(DeskStrings());
  EXPECT_EQ(strings["en"]["title"], "figcheck desk");
  EXPECT_EQ(strings["ko"]["title"], "figcheck 데스크");
  EXPECT_EQ(strings["en"].size(), strings["ko"].size());
  EXPECT_EQ(strings["ko"]["check"], "확인");
}

}  // namespace
}  // namespace figcheck
