// --lang ko (#17): the findings, the summary and the text report's words in Korean, wherever the
// option stands (before, between, after the files), for standard input too, from .figcheck.yaml's
// lang:, and with codes and severities never translated (compact, JSON).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// The wrong conversion of tests/golden/cli/check-findings/findings.yaml, as Korean says it.
constexpr std::string_view kUnitSlipKo =
    "'약 8억 9500만원'은 75억 달러를 USD/KRW 1192.98로 환산한 값보다 10,000배 작습니다: 단위를 잘못 쓴 것"
    "(억 대신 만, 또는 조 대신 억)으로 보입니다. '약 8조 9500억원'이어야 합니다.";
constexpr std::string_view kMismatchKo = "'1조 5000억원'은 10억 달러에서 나오지 않습니다: 환율 1192.98–1203.17";

class LangTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-lang-{}", ::getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path findings = fs::path(FIGCHECK_SOURCE_DIR) / "tests/golden/cli/check-findings/findings.yaml";
    fs::copy_file(findings, dir_ / "a.yaml");
    fs::copy_file(findings, dir_ / "b.yaml");
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliRun Run(const std::string& arguments) {
    return RunFigcheck(arguments, {.working_dir = dir_, .environment = "NO_COLOR=1"});
  }

  fs::path dir_;
};

TEST_F(LangTest, KoreanWhereverTheOptionStands) {
  const CliRun first = Run("check --lang ko a.yaml b.yaml");
  EXPECT_EQ(first.status, 1) << first.err;
  EXPECT_NE(first.out.find(kUnitSlipKo), std::string::npos) << first.out;
  EXPECT_NE(first.out.find(kMismatchKo), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("error[unit-slip]"), std::string::npos) << "severity and code stay as they are";
  EXPECT_NE(first.out.find("요약: 오류 14건, 경고 2건 (파일 2개); 참고 2건; 항목 22개: 정상 6개, 경고 2개, 오류 14개"),
            std::string::npos)
      << first.out;
  EXPECT_EQ(first.out.find("does not follow"), std::string::npos) << "no English sentence left";
  for (const std::string other : {"check a.yaml --lang ko b.yaml", "check a.yaml b.yaml --lang ko",
                                  "check --lang=ko a.yaml b.yaml"}) {
    const CliRun run = Run(other);
    EXPECT_EQ(run.status, first.status) << other;
    EXPECT_EQ(run.out, first.out) << other;
    EXPECT_EQ(run.err, first.err) << other;
  }
}

TEST_F(LangTest, StandardInputInKorean) {
  const CliRun run = Run("check - --lang ko < a.yaml");
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.out.find(kUnitSlipKo), std::string::npos) << run.out;
}

TEST_F(LangTest, EnglishIsTheDefaultAndEnSaysSo) {
  const CliRun plain = Run("check a.yaml");
  EXPECT_NE(plain.out.find("'약 8억 9500만원' is 10,000 times too small"), std::string::npos) << plain.out;
  EXPECT_EQ(Run("check --lang en a.yaml").out, plain.out);
}

TEST_F(LangTest, AnUnknownLanguageIsAUsageErrorWithDidYouMean) {
  const CliRun run = Run("check --lang kr a.yaml");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("did you mean 'ko'?"), std::string::npos) << run.err;
}

TEST_F(LangTest, CompactAndJsonKeepCodesAndSeveritiesInEnglish) {
  const CliRun compact = Run("check --format compact --lang ko a.yaml");
  EXPECT_NE(compact.out.find(fmt::format("a.yaml:11:16: error unit-slip {}\n", kUnitSlipKo)), std::string::npos)
      << compact.out;
  EXPECT_NE(compact.err.find("figcheck: 오류 7건, 경고 1건 (파일 1개); 참고 1건"), std::string::npos) << compact.err;
  const CliRun json = Run("check --format json --lang ko a.yaml");
  EXPECT_NE(json.out.find("\"code\": \"unit-slip\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"severity\": \"error\""), std::string::npos);
  EXPECT_NE(json.out.find("단위를 잘못 쓴 것"), std::string::npos);
  const CliRun sarif = Run("check --format sarif --lang ko a.yaml");
  EXPECT_NE(sarif.out.find("\"ruleId\": \"unit-slip\""), std::string::npos) << sarif.out.substr(0, 2000);
  EXPECT_NE(sarif.out.find("단위를 잘못 쓴 것"), std::string::npos);
}

TEST_F(LangTest, FigcheckYamlLangAndTheCommandLineWins) {
  std::ofstream(dir_ / ".figcheck.yaml") << "lang: ko\n";
  const CliRun korean = Run("check a.yaml");
  EXPECT_NE(korean.out.find(kUnitSlipKo), std::string::npos) << korean.out << korean.err;
  const CliRun english = Run("check --lang en a.yaml");
  EXPECT_NE(english.out.find("10,000 times too small"), std::string::npos) << english.out;
  std::ofstream(dir_ / ".figcheck.yaml") << "lang: kr\n";
  const CliRun bad = Run("check a.yaml");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("unknown language 'kr'; the languages are en, ko"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace figcheck
