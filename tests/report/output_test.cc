#include "tools/figcheck/output.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

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

// A report streamed into its file (issue #16): nothing at the path until Commit, then all of it;
// the old file stays whole meanwhile, and no temporary file is left either way.
TEST_F(OutputTest, AReportFileAppearsWholeAtCommit) {
  const fs::path path = dir_ / "report.json";
  std::ofstream(path) << "old report";
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  {
    ReportFile file(path.string());
    const std::string line(1000, 'x');
    for (int i = 0; i < 300; ++i) file.stream() << line << '\n';  // beyond one 64 KiB buffer
    EXPECT_EQ(Read(path), "old report");
    EXPECT_EQ(Entries(), 2);  // the report and its temporary file
    EXPECT_EQ(file.Commit(), std::nullopt);
  }
  EXPECT_EQ(Read(path).size(), 300u * 1001u);
  EXPECT_EQ(Entries(), 1);
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(OutputTest, AReportFileNeverCommittedLeavesTheOldFile) {
  const fs::path path = dir_ / "report.txt";
  std::ofstream(path) << "old";
  {
    ReportFile file(path.string());
    file.stream() << "half a report";
  }
  EXPECT_EQ(Read(path), "old");
  EXPECT_EQ(Entries(), 1);
}

TEST_F(OutputTest, AReportFileThatCannotBeOpenedSaysSoAtCommit) {
  const std::string missing = (dir_ / "no-such-dir" / "r.sarif").string();
  ReportFile file(missing);
  file.stream() << "dropped";
  EXPECT_EQ(file.Commit(), "cannot write '" + missing + "': No such file or directory");
  fs::create_directory(dir_ / "folder");
  ReportFile folder((dir_ / "folder").string());
  const auto error = folder.Commit();
  ASSERT_TRUE(error.has_value());
  EXPECT_THAT(*error, HasSubstr("Is a directory"));
  EXPECT_EQ(Entries(), 1);
}

TEST_F(OutputTest, AReportFileOnAFifoIsWrittenStraightAndTheFifoStays) {
  const fs::path fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string got;
  std::thread reader([&] { got = Read(fifo); });
  {
    ReportFile file(fifo.string());
    file.stream() << "through the pipe\n";
    EXPECT_EQ(file.Commit(), std::nullopt);
  }
  reader.join();
  EXPECT_EQ(got, "through the pipe\n");
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(Entries(), 1);
}

}  // namespace
}  // namespace figcheck::cli
