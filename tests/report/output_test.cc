#include "tools/figcheck/output.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class OutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "figcheck-output-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string Read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  int Entries() const { return static_cast<int>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator())); }

  fs::path dir_;
};

TEST_F(OutputTest, WritesAndReplacesLeavingNoTemporaryFile) {
  const std::string path = (dir_ / "out.sarif").string();
  EXPECT_EQ(WriteFileAtomically(path, "first"), std::nullopt);
  EXPECT_EQ(Read(path), "first");
  EXPECT_EQ(WriteFileAtomically(path, "second"), std::nullopt);
  EXPECT_EQ(Read(path), "second");
  EXPECT_EQ(Entries(), 1);
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST_F(OutputTest, KeepsTheModeOfTheFileItReplaces) {
  const std::string path = (dir_ / "out.html").string();
  std::ofstream(path) << "old";
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  EXPECT_EQ(WriteFileAtomically(path, "new"), std::nullopt);
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(OutputTest, MissingDirectoryIsAnErrorNamingThePath) {
  const std::string path = (dir_ / "no-such-dir" / "out.xml").string();
  EXPECT_EQ(WriteFileAtomically(path, "x"), "cannot write '" + path + "': No such file or directory");
}

TEST_F(OutputTest, ADirectoryInTheWayIsAnErrorAndLeavesNoTemporaryFile) {
  fs::create_directory(dir_ / "taken");
  const auto error = WriteFileAtomically((dir_ / "taken").string(), "x");
  ASSERT_TRUE(error.has_value());
  EXPECT_THAT(*error, HasSubstr("cannot write '"));
  EXPECT_EQ(Entries(), 1);
}

TEST(ResolveReportTargetsTest, PairsFormatsWithOutputsInOrder) {
  std::vector<ReportTarget> targets;
  EXPECT_EQ(ResolveReportTargets({"sarif", "junit", "text"}, {"a.sarif", "b.xml", "-"}, &targets), std::nullopt);
  ASSERT_EQ(targets.size(), 3u);
  EXPECT_EQ(targets[0].format, ReportFormat::kSarif);
  EXPECT_EQ(targets[1].path, "b.xml");
  EXPECT_TRUE(targets[2].to_stdout());
}

TEST(ResolveReportTargetsTest, OneFormatMoreThanOutputsGoesToStandardOutput) {
  std::vector<ReportTarget> targets;
  EXPECT_EQ(ResolveReportTargets({"sarif", "text"}, {"a.sarif"}, &targets), std::nullopt);
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].path, "a.sarif");
  EXPECT_EQ(targets[1].format, ReportFormat::kText);
  EXPECT_TRUE(targets[1].to_stdout());
}

TEST(ResolveReportTargetsTest, DefaultsToTextOnStandardOutput) {
  std::vector<ReportTarget> targets;
  EXPECT_EQ(ResolveReportTargets({}, {}, &targets), std::nullopt);
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].format, ReportFormat::kText);
  EXPECT_TRUE(targets[0].to_stdout());
}

TEST(ResolveReportTargetsTest, RejectsWhatCannotBePaired) {
  std::vector<ReportTarget> targets;
  EXPECT_EQ(ResolveReportTargets({"xml"}, {}, &targets),
            "unknown report format 'xml' (text, json, junit, sarif, github, markdown, html)");
  EXPECT_EQ(ResolveReportTargets({"sarif", "junit", "html"}, {"a"}, &targets),
            "3 --format values but 1 -o values: give each --format its own -o FILE (one may go to standard output)");
  EXPECT_EQ(ResolveReportTargets({"sarif"}, {"a", "b"}, &targets),
            "1 --format values but 2 -o values: give each --format its own -o FILE (one may go to standard output)");
  EXPECT_EQ(ResolveReportTargets({"sarif", "junit"}, {"-"}, &targets), "only one report can go to standard output");
  EXPECT_EQ(ResolveReportTargets({"sarif", "junit"}, {"-", "-"}, &targets), "only one report can go to standard output");
  EXPECT_EQ(ResolveReportTargets({"sarif", "junit"}, {"a", "a"}, &targets), "two reports would both be written to 'a'");
}

TEST_F(OutputTest, WriteReportsWritesEveryTargetAndReportsEachFailure) {
  std::vector<ReportTarget> targets = {{ReportFormat::kMarkdown, (dir_ / "r.md").string()},
                                       {ReportFormat::kGithub, (dir_ / "missing" / "g.txt").string()},
                                       {ReportFormat::kJunit, "-"}};
  std::ostringstream out;
  const auto errors = WriteReports(RunResult{}, ReportOptions{}, targets, out);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0], HasSubstr("missing/g.txt"));
  EXPECT_THAT(Read(dir_ / "r.md"), HasSubstr("### figcheck"));
  EXPECT_THAT(out.str(), HasSubstr("<testsuites"));
}

}  // namespace
}  // namespace figcheck::cli
