// figcheck never harms its inputs or leaves half a report: read-only inputs stay byte for byte
// and mtime for mtime, -o never overwrites an input, a full disk or a full standard output is an
// error (exit 2) with no temporary file left, and a signal during -o writing leaves either no
// report or the whole report, never a part and never a temporary file.
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "tests/bad/run_figcheck.h"

namespace figcheck {
using bad_input::CommandRun;
using bad_input::Figcheck;
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class OutputSafetyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "figcheck-safety-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    fs::create_directories(dir_ / "in");
    fs::create_directories(dir_ / "out");
    fs::copy(fs::path(FIGCHECK_SOURCE_DIR) / "facts", dir_ / "in", fs::copy_options::recursive);
  }
  void TearDown() override {
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    for (const auto& e : fs::recursive_directory_iterator(dir_)) {
      fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add);
    }
    fs::remove_all(dir_);
  }

  static std::vector<std::string> TempFiles(const fs::path& dir) { return bad_input::TempFilesUnder(dir); }

  fs::path dir_;
};

TEST_F(OutputSafetyTest, ReadOnlyInputsAreNotTouched) {
  struct Snapshot {
    std::string bytes;
    fs::file_time_type mtime;
  };
  std::map<fs::path, Snapshot> before;
  for (const auto& e : fs::recursive_directory_iterator(dir_ / "in")) {
    if (!e.is_regular_file()) continue;
    fs::permissions(e.path(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    before[e.path()] = {ReadAll(e.path()), fs::last_write_time(e.path())};
  }
  fs::permissions(dir_ / "in", fs::perms::owner_read | fs::perms::owner_exec);
  ASSERT_FALSE(before.empty());
  const CommandRun run = Figcheck({"check", "--color", "never", "in", "--format", "json", "-o", "out/report.json",
                                  "--format", "sarif", "-o", "out/report.sarif"},
                                 dir_);
  EXPECT_LE(run.status, 1) << run.err;
  for (const auto& [path, snapshot] : before) {
    EXPECT_EQ(ReadAll(path), snapshot.bytes) << path;
    EXPECT_EQ(fs::last_write_time(path), snapshot.mtime) << path;
  }
  EXPECT_TRUE(TempFiles(dir_ / "in").empty());
  EXPECT_FALSE(ReadAll(dir_ / "out/report.json").empty());
}

TEST_F(OutputSafetyTest, AReportOverAnInputFileIsRefused) {
  const fs::path input = dir_ / "in/hankyung-2020-china-ai-sanctions.yaml";
  const std::string bytes = ReadAll(input);
  const CommandRun run = Figcheck({"check", "in/hankyung-2020-china-ai-sanctions.yaml", "--format", "json", "-o",
                                  "./in/hankyung-2020-china-ai-sanctions.yaml"},
                                 dir_);
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: -o ./in/hankyung-2020-china-ai-sanctions.yaml is the fact file "
                     "in/hankyung-2020-china-ai-sanctions.yaml: refusing to overwrite it\n");
  EXPECT_EQ(ReadAll(input), bytes);
}

// The path of a device like /dev/full (1, 7), made with mknod in the test's folder: the child
// opens it as its standard output.
std::string g_full_device;

TEST_F(OutputSafetyTest, AFullStandardOutputIsAnError) {
  g_full_device = (dir_ / "full").string();
  if (::mknod(g_full_device.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) GTEST_SKIP() << "cannot mknod (not root)";
  const CommandRun run = Figcheck({"check", "in"}, dir_, [] {
    const int full = ::open(g_full_device.c_str(), O_WRONLY);
    if (full >= 0) ::dup2(full, 1);
  });
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: cannot write the report to standard output: No space left on device\n");
}

TEST_F(OutputSafetyTest, AFullDiskLeavesNoReportAndNoTemporaryFile) {
  // RLIMIT_FSIZE makes every write past 1 KiB fail (EFBIG), as a full disk would, without root.
  const CommandRun run = Figcheck({"check", "in", "--format", "html", "-o", "out/report.html"}, dir_, [] {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{1024, 1024};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  });
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: cannot write 'out/report.html': File too large\n");
  EXPECT_FALSE(fs::exists(dir_ / "out/report.html"));
  EXPECT_TRUE(TempFiles(dir_ / "out").empty());
}

// Kills figcheck with SIGINT or SIGTERM at delays spread over its whole run: each time, every
// report is either absent or complete, and no temporary file is left.
TEST_F(OutputSafetyTest, ASignalDuringWritingLeavesNoHalfReportAndNoTemporaryFile) {
  const std::vector<std::string> args = {"check", "in", "--format", "html", "-o", "out/report.html",
                                         "--format", "sarif", "-o", "out/report.sarif"};
  const CommandRun reference = Figcheck(args, dir_);
  ASSERT_LE(reference.status, 1) << reference.err;
  const std::string html = ReadAll(dir_ / "out/report.html");
  const std::string sarif = ReadAll(dir_ / "out/report.sarif");
  const auto start = std::chrono::steady_clock::now();
  (void)Figcheck(args, dir_);
  const auto runtime = std::chrono::steady_clock::now() - start;
  int interrupted = 0;
  for (int i = 0; i < 24; ++i) {
    fs::remove(dir_ / "out/report.html");
    fs::remove(dir_ / "out/report.sarif");
    const pid_t pid = ::fork();
    if (pid == 0) {
      if (::chdir(dir_.c_str()) != 0) ::_exit(126);
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::dup2(null, 2);
      std::vector<char*> argv{const_cast<char*>(FIGCHECK_BINARY)};
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      ::execv(FIGCHECK_BINARY, argv.data());
      ::_exit(127);
    }
    std::this_thread::sleep_for(runtime * i / 20);
    ::kill(pid, i % 2 ? SIGINT : SIGTERM);
    int raw = 0;
    ::waitpid(pid, &raw, 0);
    if (WIFSIGNALED(raw)) ++interrupted;
    for (const auto& [name, whole] : {std::pair{"out/report.html", &html}, std::pair{"out/report.sarif", &sarif}}) {
      if (fs::exists(dir_ / name)) {
        EXPECT_EQ(ReadAll(dir_ / name), *whole) << name << " is half written, try " << i;
      }
    }
    EXPECT_TRUE(TempFiles(dir_ / "out").empty()) << "try " << i;
  }
  EXPECT_GT(interrupted, 0) << "no run was interrupted; the test proved nothing";
}

}  // namespace
}  // namespace figcheck
