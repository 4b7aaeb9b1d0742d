// Colour only where a person reads it: on a terminal (a pseudo-terminal here, as a user's
// shell gives), never in a pipe or a file, and never with NO_COLOR, TERM=dumb or --color never.
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// Runs `sh -c "<environment> figcheck <arguments>"` on a new pseudo-terminal in `dir`; returns
// what the terminal showed.
std::string RunOnTerminal(const fs::path& dir, const std::string& environment, const std::string& arguments) {
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    const std::string command =
        fmt::format("cd '{}' && env -u NO_COLOR TERM=xterm {} '{}' {}", dir.string(), environment, FIGCHECK_BINARY, arguments);
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  std::string shown;
  if (pid < 0) return shown;
  char buffer[4096];
  while (true) {
    const ssize_t n = ::read(master, buffer, sizeof buffer);
    if (n > 0) {
      shown.append(buffer, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child has closed the terminal
    }
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return shown;
}

class ColorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-color-{}", ::getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy_file(fs::path(FIGCHECK_SOURCE_DIR) / "tests/golden/cli/check-findings/findings.yaml", dir_ / "f.yaml");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

constexpr std::string_view kEscape = "\x1b[";

TEST_F(ColorTest, ColourOnATerminal) {
  const std::string shown = RunOnTerminal(dir_, "", "check f.yaml");
  EXPECT_NE(shown.find("summary:"), std::string::npos) << shown;
  EXPECT_NE(shown.find(kEscape), std::string::npos) << shown;
}

TEST_F(ColorTest, NoColourWithNoColorTermDumbOrNever) {
  for (const auto& [environment, arguments] :
       {std::pair<std::string, std::string>{"NO_COLOR=1", "check f.yaml"}, {"TERM=dumb", "check f.yaml"},
        {"", "check --color never f.yaml"}, {"", "check f.yaml --color never"}}) {
    const std::string shown = RunOnTerminal(dir_, environment, arguments);
    EXPECT_NE(shown.find("summary:"), std::string::npos) << shown;
    EXPECT_EQ(shown.find(kEscape), std::string::npos) << environment << " " << arguments;
  }
  // An empty NO_COLOR does not count (no-color.org).
  EXPECT_NE(RunOnTerminal(dir_, "NO_COLOR=", "check f.yaml").find(kEscape), std::string::npos);
}

TEST_F(ColorTest, NoColourInAPipeOrAFileUnlessAlways) {
  const CliRun piped = RunFigcheck("check f.yaml", {.working_dir = dir_, .environment = "TERM=xterm"});
  EXPECT_EQ(piped.out.find(kEscape), std::string::npos);
  const CliRun always = RunFigcheck("check --color always f.yaml", {.working_dir = dir_, .environment = ""});
  EXPECT_NE(always.out.find(kEscape), std::string::npos);
  RunFigcheck("check f.yaml --color always -o report.txt", {.working_dir = dir_, .environment = ""});
  const std::string file = ReadWholeFile(dir_ / "report.txt");
  EXPECT_NE(file.find("summary:"), std::string::npos);
  EXPECT_EQ(file.find(kEscape), std::string::npos);
}

}  // namespace
}  // namespace figcheck
