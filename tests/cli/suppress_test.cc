// A fact's ignore: (with its mandatory reason:), severities turned off, and baselines (issue #12),
// run as users type them: options before, between and after the files, standard input.
// Suppressed findings are counted in every summary; the exit status follows what remains.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

class SuppressTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-suppress-{}-{}", ::getpid(),
                                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "facts");
    const fs::path source(FIGCHECK_SOURCE_DIR);
    seed_ = ReadWholeFile(source / "facts/hankyung-2020-china-ai-sanctions.yaml");
    findings_ = ReadWholeFile(source / "tests/golden/cli/check-findings/findings.yaml");
    Write("facts/seed.yaml", seed_);
    Write("facts/findings.yaml", findings_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary | std::ios::trunc) << text;
  }
  CliRun Run(const std::string& arguments) {
    return RunFigcheck(arguments, {.working_dir = dir_, .environment = "NO_COLOR=1"});
  }
  // findings.yaml with `lines` inserted after the "  - id: unit-slip" line.
  std::string WithUnitSlip(const std::string& lines) const {
    std::string text = findings_;
    const std::string slip = "  - id: unit-slip\n";
    const std::size_t at = text.find(slip);
    EXPECT_NE(at, std::string::npos);
    text.insert(at + slip.size(), lines);
    return text;
  }

  fs::path dir_;
  std::string seed_, findings_;
};

TEST_F(SuppressTest, AFactsIgnoreDropsOnlyItsCodesAndIsCounted) {
  Write("facts/findings.yaml", WithUnitSlip("    ignore: [unit-slip]\n    reason: the print edition corrected it\n"));
  for (const char* order : {"check --format compact facts/findings.yaml facts/seed.yaml",
                            "check facts/findings.yaml --format compact facts/seed.yaml",
                            "check facts/findings.yaml facts/seed.yaml --format compact"}) {
    const CliRun run = Run(order);
    EXPECT_EQ(run.status, 1) << order;
    EXPECT_EQ(run.out.find("unit-slip"), std::string::npos) << order << "\n" << run.out;
    EXPECT_NE(run.out.find("findings.yaml:17:16: error conversion-mismatch"), std::string::npos) << run.out;
    EXPECT_EQ(run.err, "figcheck: 6 errors, 1 warning in 2 files; 3 notes; 1 suppressed\n") << order;
  }
  const CliRun json = Run("check --format json facts/findings.yaml");
  const nlohmann::json report = nlohmann::json::parse(json.out);
  EXPECT_EQ(report["summary"]["suppressed"], 1);
  EXPECT_EQ(report["files"][0]["facts"][0]["id"], "unit-slip");
  EXPECT_EQ(report["files"][0]["facts"][0]["status"], "ok");
  EXPECT_TRUE(report["files"][0]["facts"][0]["findings"].empty());
  // The text report's summary says it too; standard input alike.
  const CliRun text = Run("check - < facts/findings.yaml");
  EXPECT_EQ(text.status, 1);
  EXPECT_NE(text.out.find("; 1 suppressed; "), std::string::npos) << text.out;
  // Nothing left to fail: exit 0.
  Write("facts/one.yaml", "article:\n  id: one\n  published: 2020-07-29\nfacts:\n  - id: unit-slip\n"
                          "    ignore: unit-slip\n    reason: corrected in print\n"
                          "    amount: 75억 달러\n    converted: 약 8억 9500만원\n");
  const CliRun one = Run("check facts/one.yaml --format compact");
  EXPECT_EQ(one.status, 0) << one.out << one.err;
  EXPECT_EQ(one.err, "figcheck: 0 errors, 0 warnings in 1 file; 1 suppressed\n");
}

TEST_F(SuppressTest, AnIgnoreNeedsAReasonAndRealCodes) {
  Write("facts/findings.yaml", WithUnitSlip("    ignore: [unit-slip]\n"));
  CliRun run = Run("check facts/findings.yaml");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("error: facts/findings.yaml:9:13: 'ignore' needs a 'reason' saying why the finding does not apply"),
            std::string::npos)
      << run.out;
  Write("facts/findings.yaml", WithUnitSlip("    ignore: [unit-slip]\n    reason: '  '\n"));
  EXPECT_EQ(Run("check facts/findings.yaml").status, 2);
  Write("facts/findings.yaml", WithUnitSlip("    ignore: [unit-slap]\n    reason: typo\n"));
  run = Run("check --format compact facts/findings.yaml");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("findings.yaml:9:14: error input-error 'ignore' names no finding code: 'unit-slap'"),
            std::string::npos)
      << run.out;
  Write("facts/findings.yaml", WithUnitSlip("    reason: nothing to explain\n"));
  run = Run("check facts/findings.yaml");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("error: facts/findings.yaml:9:13: 'reason' explains an 'ignore'"), std::string::npos) << run.out;
  Write("facts/findings.yaml", WithUnitSlip("    ignore: [unreviewed-draft]\n    reason: later\n"));
  EXPECT_EQ(Run("check facts/findings.yaml").status, 2);
}

TEST_F(SuppressTest, SeverityOffIsCountedAsSuppressed) {
  Write(".figcheck.yaml", "severity: {false-precision: off, mixed-rates: off}\n");
  const CliRun run = Run("check facts/seed.yaml --format compact");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "figcheck: 0 errors, 0 warnings in 1 file; 2 suppressed\n");
}

TEST_F(SuppressTest, ABaselineReportsOnlyNewFindings) {
  for (const char* order : {"check facts/ --write-baseline baseline.json", "check --write-baseline baseline.json facts/"}) {
    const CliRun run = Run(order);
    EXPECT_EQ(run.status, 1) << order << "\n" << run.err;
  }
  const std::string written = ReadWholeFile(dir_ / "baseline.json");
  const nlohmann::json baseline = nlohmann::json::parse(written);
  EXPECT_EQ(baseline["figcheck_baseline"], 1);
  EXPECT_EQ(baseline["findings"].size(), 11u) << written;  // 9 in findings.yaml, 2 in seed.yaml
  EXPECT_NE(written.find("\n  {\"path\": \"facts/findings.yaml\", \"fact\": \"unit-slip\", \"code\": \"unit-slip\"}"),
            std::string::npos)
      << written;
  // Every known finding is suppressed: exit 0, and the summary says how many.
  for (const char* order : {"check --baseline baseline.json facts/ --format compact",
                            "check facts/ --baseline baseline.json --format compact",
                            "check --format compact facts/ --baseline baseline.json"}) {
    const CliRun run = Run(order);
    EXPECT_EQ(run.status, 0) << order << "\n" << run.out;
    EXPECT_EQ(run.out, "") << order;
    EXPECT_EQ(run.err, "figcheck: 0 errors, 0 warnings in 2 files; 11 suppressed\n") << order;
  }
  // Lines moved: still the same findings. A new wrong figure: reported alone, exit 1.
  Write("facts/findings.yaml", "# a comment\n# moves every line\n" + findings_);
  EXPECT_EQ(Run("check facts/ --baseline baseline.json").status, 0);
  std::string more = seed_;
  more.replace(more.rfind("8조 9512억원"), std::string("8조 9512억원").size(), "8억 9512만원");
  Write("facts/seed.yaml", more);
  CliRun run = Run("check facts/ --baseline baseline.json --format compact");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("facts/seed.yaml:"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("facts/findings.yaml:"), std::string::npos) << run.out;
  // A file that is not a baseline, or none at all, is a usage error.
  Write("bad.json", "[1, 2]");
  run = Run("check facts/ --baseline bad.json");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("bad.json: not a figcheck baseline"), std::string::npos) << run.err;
  run = Run("check facts/ --baseline missing.json");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("missing.json"), std::string::npos) << run.err;
  // Never written over an input.
  run = Run("check facts/ --write-baseline facts/seed.yaml");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(ReadWholeFile(dir_ / "facts/seed.yaml"), more);
  EXPECT_EQ(Run("check --ndjson - --baseline baseline.json < bad.json").status, 2);
}

}  // namespace
}  // namespace figcheck
