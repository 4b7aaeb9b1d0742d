// .figcheck.yaml and `figcheck config` (issue #12), run as users type them: found by walking up
// from the current folder (or --config), options before, between and after the files, standard
// input, and precedence command line > a fact file's check: > .figcheck.yaml > built-in default.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-config-{}-{}", ::getpid(),
                                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "repo/facts/sub");
    const fs::path source(FIGCHECK_SOURCE_DIR);
    seed_ = ReadWholeFile(source / "facts/hankyung-2020-china-ai-sanctions.yaml");
    findings_ = ReadWholeFile(source / "tests/golden/cli/check-findings/findings.yaml");
    Write("repo/facts/seed.yaml", seed_);
    Write("repo/facts/findings.yaml", findings_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary | std::ios::trunc) << text;
  }
  CliRun Run(const std::string& arguments, const std::string& where = "repo") {
    return RunFigcheck(arguments, {.working_dir = dir_ / where, .environment = "NO_COLOR=1"});
  }
  nlohmann::json Json(const std::string& arguments, const std::string& where = "repo") {
    const CliRun run = Run(arguments, where);
    EXPECT_LE(run.status, 1) << arguments << "\n" << run.err;
    return nlohmann::json::parse(run.out);
  }
  // The fact `id` of the first file of a JSON report.
  static nlohmann::json Fact(const nlohmann::json& report, const std::string& id) {
    for (const auto& fact : report["files"][0]["facts"]) {
      if (fact["id"] == id) return fact;
    }
    ADD_FAILURE() << "no fact " << id;
    return {};
  }
  // "code:severity" of every finding of a JSON report.
  static std::multiset<std::string> Codes(const nlohmann::json& report) {
    std::multiset<std::string> codes;
    for (const auto& file : report["files"]) {
      for (const auto& fact : file["facts"]) {
        for (const auto& f : fact["findings"]) {
          codes.insert(f["code"].get<std::string>() + ":" + f["severity"].get<std::string>());
        }
      }
    }
    return codes;
  }

  fs::path dir_;
  std::string seed_, findings_;
};

TEST_F(ConfigTest, SeveritiesAndFormatComeFromTheNearestConfigFile) {
  Write("repo/.figcheck.yaml", "severity: {rate-deviation: error, unit-slip: off}\nformat: compact\n");
  // Found from a folder below, as git finds its repository.
  const CliRun run = Run("check findings.yaml", "repo/facts");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out.find("unit-slip"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("findings.yaml:22:16: error rate-deviation "), std::string::npos) << run.out;
  EXPECT_EQ(run.err, "figcheck: 7 errors, 0 warnings in 1 file; 1 note; 1 suppressed\n");
  // The command line's --format wins over the configured one, wherever it is typed.
  for (const char* order : {"check --format json facts/findings.yaml facts/seed.yaml",
                            "check facts/findings.yaml --format json facts/seed.yaml",
                            "check facts/findings.yaml facts/seed.yaml --format json"}) {
    const nlohmann::json report = Json(order);
    EXPECT_EQ(Codes(report).count("rate-deviation:error"), 1u) << order;
    EXPECT_EQ(Codes(report).count("unit-slip:error"), 0u) << order;
    EXPECT_EQ(Fact(report, "unit-slip")["status"], "ok") << order;
    EXPECT_EQ(Fact(report, "stale-rate")["status"], "error") << order;
  }
  // Standard input is checked with the same settings.
  const CliRun piped = Run("check - < facts/findings.yaml");
  EXPECT_EQ(piped.status, 1);
  EXPECT_EQ(piped.out.find("unit-slip"), std::string::npos) << piped.out;
  EXPECT_NE(piped.out.find("<stdin>:22:16: error rate-deviation "), std::string::npos) << piped.out;
}

TEST_F(ConfigTest, SeveritiesApplyToTheOneStepCheckOfAnArticle) {
  fs::copy_file(fs::path(FIGCHECK_SOURCE_DIR) / "tests/golden/cli/extract-then-check/article.txt",
                dir_ / "repo/article.txt");
  const CliRun before = Run("check article.txt --published 2020-07-29 --format compact");
  EXPECT_NE(before.out.find("note false-precision"), std::string::npos) << before.out;
  Write("repo/.figcheck.yaml", "severity:\n  false-precision: off\n  implied-previous: warning\n");
  for (const char* order : {"check article.txt --published 2020-07-29 --format compact",
                            "check --format compact - --published 2020-07-29 < article.txt"}) {
    const CliRun after = Run(order);
    EXPECT_EQ(after.out.find("false-precision"), std::string::npos) << order << "\n" << after.out;
    EXPECT_NE(after.out.find("warning implied-previous"), std::string::npos) << order << "\n" << after.out;
    EXPECT_EQ(after.status, 0) << order;
    EXPECT_EQ(Run(std::string(order) + " --strict").status, 1) << order;
  }
}

TEST_F(ConfigTest, PrecedenceCommandLineThenFactFileThenConfigThenDefault) {
  // Built-in default: 1%, a window of 5 business days; the stale rate is a warning.
  nlohmann::json report = Json("check facts/findings.yaml --format json");
  EXPECT_EQ(Fact(report, "stale-rate")["conversion"]["tolerance"], "0.01");
  EXPECT_EQ(Fact(report, "stale-rate")["status"], "warning");

  Write("repo/.figcheck.yaml", "rate_tolerance: 5%\nrates: ecb\n");
  // findings.yaml states no tolerance and no rates: the configuration's hold.
  report = Json("check facts/findings.yaml --format json");
  EXPECT_EQ(Fact(report, "stale-rate")["conversion"]["tolerance"], "0.05");
  EXPECT_NE(Fact(report, "stale-rate")["conversion"]["reference"]["source"].get<std::string>().find("ECB"),
            std::string::npos)
      << Fact(report, "stale-rate").dump();
  // seed.yaml states its own tolerance (0.5%): that wins over the configuration.
  report = Json("check --format json facts/seed.yaml");
  EXPECT_EQ(report["files"][0]["facts"][0]["conversion"]["tolerance"], "0.005");
  // The command line wins over both, before, between or after the files.
  for (const char* order : {"check --rate-tolerance 0.1% --format json facts/findings.yaml --rates fred",
                            "check --format json facts/findings.yaml --rate-tolerance 0.001 --rates fred",
                            "check --rates fred --format json --rate-tolerance 0.1% facts/findings.yaml"}) {
    report = Json(order);
    EXPECT_EQ(Fact(report, "stale-rate")["conversion"]["tolerance"], "0.001") << order;
    EXPECT_NE(Fact(report, "stale-rate")["conversion"]["reference"]["source"].get<std::string>().find("FRED"),
              std::string::npos)
        << order;
  }
  report = Json("check --rate-tolerance 0.1% --format json facts/seed.yaml");
  EXPECT_EQ(report["files"][0]["facts"][0]["conversion"]["tolerance"], "0.001");

  // The rate window: 60 business days reach the rate the stale figure was converted at.
  Write("repo/.figcheck.yaml", "rate_window: 60\n");
  report = Json("check facts/findings.yaml --format json");
  EXPECT_EQ(Fact(report, "stale-rate")["status"], "ok") << Fact(report, "stale-rate").dump();
  report = Json("check facts/findings.yaml --rate-window 5 --format json");
  EXPECT_EQ(Fact(report, "stale-rate")["status"], "warning");
  std::string own = findings_;
  own.replace(own.find("facts:"), 6, "check:\n  rate_window: 5\nfacts:");
  Write("repo/facts/own.yaml", own);
  report = Json("check --format json facts/own.yaml");
  EXPECT_EQ(Fact(report, "stale-rate")["status"], "warning");
}

TEST_F(ConfigTest, ConfigCommandSaysWhereEachValueComesFrom) {
  Write("repo/.figcheck.yaml",
        "rates: [fred, ecb]\nrate_tolerance: 1.5%\nseverity:\n  false-precision: off\nformat: compact\nlang: ko\n");
  CliRun run = Run("config", "repo/facts");
  EXPECT_EQ(run.status, 0) << run.err;
  const std::string file = (dir_ / "repo/.figcheck.yaml").string();
  EXPECT_NE(run.out.find("configuration file: " + file + "\n"), std::string::npos) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nrates +fred, ecb +" + file + ":1:8\n"))) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nrate_tolerance +1.5% +" + file + ":2:17\n"))) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nrate_window +5 +default\n"))) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nseverity false-precision +off +" + file + ":4:20\n"))) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nseverity unit-slip +error +default\n"))) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nformat +compact +" + file + ":5:9\n"))) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nignore +\\(nothing\\) +default\n"))) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nlang +ko +" + file + ":6:7\n"))) << run.out;
  for (const char* order : {"config --rate-tolerance 0.2% --format json --rate-window 9",
                            "config --format json --rate-window 9 --rate-tolerance 0.002"}) {
    run = Run(order);
    ASSERT_EQ(run.status, 0) << run.err;
    const nlohmann::json json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["rate_tolerance"]["value"], "0.2%") << order;
    EXPECT_EQ(json["rate_tolerance"]["origin"], "command line");
    EXPECT_EQ(json["rate_window"]["value"], 9);
    EXPECT_EQ(json["rate_window"]["origin"], "command line");
    EXPECT_EQ(json["rates"]["origin"], file + ":1:8");
    EXPECT_EQ(json["config_file"], file);
    EXPECT_EQ(json["lang"]["value"], "ko");
  }
  run = Run("config --lang en --format json", "repo/facts");
  EXPECT_EQ(nlohmann::json::parse(run.out)["lang"]["value"], "en") << run.out;
  EXPECT_EQ(nlohmann::json::parse(run.out)["lang"]["origin"], "command line");
  // No file here or above: every value is the default.
  run = Run("config --format json", "");
  EXPECT_EQ(run.status, 0) << run.err;
  const nlohmann::json none = nlohmann::json::parse(run.out);
  EXPECT_TRUE(none["config_file"].is_null()) << run.out;
  EXPECT_EQ(none["rate_tolerance"]["value"], "1%");
  EXPECT_EQ(none["rate_tolerance"]["origin"], "default");
  EXPECT_EQ(none["lang"]["value"], "en");
  EXPECT_EQ(none["lang"]["origin"], "default");
  // --config names another file.
  Write("other.yaml", "rate_tolerance: 0.3%\n");
  run = Run("config --config ../other.yaml");
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\nrate_tolerance +0.3% +../other.yaml:1:17\n"))) << run.out;
}

TEST_F(ConfigTest, AnExplicitConfigAndBadConfigsAreUsageErrors) {
  Write("other.yaml", "severity: {rate-deviaton: error}\nformt: json\n");
  for (const char* order : {"check facts/ --config ../other.yaml", "check --config ../other.yaml facts/",
                            "check --config ../other.yaml - < facts/seed.yaml"}) {
    const CliRun run = Run(order);
    EXPECT_EQ(run.status, 2) << order;
    EXPECT_EQ(run.out, "") << order;
    EXPECT_NE(run.err.find("figcheck: ../other.yaml:1:12: error: unknown finding code 'rate-deviaton'"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("figcheck: ../other.yaml:2:1: error: unknown key 'formt'"), std::string::npos) << run.err;
  }
  Write("repo/.figcheck.yaml", "rate_tolerance: 200%\n");
  CliRun run = Run("check facts/");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find(".figcheck.yaml:1:17: error: 'rate_tolerance' must be a percentage below 100%"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(Run("config").status, 2);
  Write("repo/.figcheck.yaml", "severity:\n  unit-slip: fatal\nrate_window: a week\nformat: pdf\n");
  run = Run("check facts/");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find(".figcheck.yaml:2:14: error: severity of 'unit-slip' must be error, warning, note or off"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find(".figcheck.yaml:3:14: error: 'rate_window' must be a number"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(".figcheck.yaml:4:9: error: unknown format 'pdf'"), std::string::npos) << run.err;
  Write("repo/.figcheck.yaml", "rates: [fred, Ecb]\n");
  run = Run("check facts/");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find(".figcheck.yaml:1:8: error: rates: unknown rate source 'Ecb'"), std::string::npos)
      << run.err;
  run = Run("check facts/ --config missing.yaml");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("missing.yaml"), std::string::npos) << run.err;
}

TEST_F(ConfigTest, IgnoredPathsAreNotChecked) {
  Write("repo/.figcheck.yaml", "ignore: [facts/sub/, '*/findings.yaml']\n");
  Write("repo/facts/sub/x.yaml", findings_);
  for (const char* order : {"check facts/ --format compact", "check --format compact facts/",
                            "check facts/sub/x.yaml facts/ --format compact"}) {
    const CliRun run = Run(order);
    EXPECT_EQ(run.status, 0) << order << "\n" << run.out << run.err;
    EXPECT_EQ(run.err, "figcheck: 0 errors, 0 warnings in 1 file; 2 notes\n") << order;
  }
  // From the folder below, the patterns are still relative to the configuration's folder.
  const CliRun below = Run("check . --format compact", "repo/facts");
  EXPECT_EQ(below.err, "figcheck: 0 errors, 0 warnings in 1 file; 2 notes\n") << below.out;
  // Standard input is never a path to ignore.
  EXPECT_EQ(Run("check - < facts/findings.yaml").status, 1);
}

}  // namespace
}  // namespace figcheck
