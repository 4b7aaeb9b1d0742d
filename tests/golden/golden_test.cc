// Whole-program golden tests: each folder under tests/golden/cli/ is one case, self-contained
// (ledger's baseline tests): `cmd` holds the figcheck arguments (a shell fragment), or, when it
// starts with "sh:", a shell script that calls "$FIGCHECK" itself (pipelines, -o files). It runs
// in a fresh copy of the case folder, so outputs never touch the source tree. `expected.out` and
// `expected.err` hold the exact output, `expected.status` the exit status.
// FIGCHECK_UPDATE_GOLDEN=1 rewrites the expectations from the current output; review the diff before committing.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

void WriteAll(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

std::vector<std::string> Cases() {
  std::vector<std::string> names;
  const fs::path root = fs::path(FIGCHECK_SOURCE_DIR) / "tests/golden/cli";
  if (!fs::exists(root)) return names;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory() && fs::exists(entry.path() / "cmd")) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, OutputMatchesTheReviewedGolden) {
  const fs::path dir = fs::path(FIGCHECK_SOURCE_DIR) / "tests/golden/cli" / GetParam();
  std::string cmd = ReadWholeFile(dir / "cmd");
  while (!cmd.empty() && (cmd.back() == '\n' || cmd.back() == ' ')) cmd.pop_back();
  const fs::path tmp = fs::temp_directory_path() / fmt::format("figcheck-golden-{}-{}", GetParam(), ::getpid());
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  const fs::path work = tmp / "work";
  fs::copy(dir, work, fs::copy_options::recursive);
  for (const char* name : {"expected.out", "expected.err", "expected.status"}) fs::remove(work / name);
  CliRun run;
  if (cmd.rfind("sh:", 0) == 0) {
    // A script: it calls "$FIGCHECK" itself.
    const std::string shell = fmt::format("cd '{}' && export NO_COLOR=1 FIGCHECK='{}' && sh -c '{}' >'{}' 2>'{}'",
                                          work.string(), FIGCHECK_BINARY, cmd.substr(3), (tmp / "out").string(),
                                          (tmp / "err").string());
    const int raw = std::system(shell.c_str());
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = ReadWholeFile(tmp / "out");
    run.err = ReadWholeFile(tmp / "err");
  } else {
    run = RunFigcheck(cmd, {.working_dir = work, .environment = "NO_COLOR=1"});
  }
  fs::remove_all(tmp);
  ASSERT_GE(run.status, 0) << "figcheck " << cmd << " did not exit";
  const std::string status = std::to_string(run.status) + "\n";
  if (std::getenv("FIGCHECK_UPDATE_GOLDEN") != nullptr) {
    WriteAll(dir / "expected.out", run.out);
    WriteAll(dir / "expected.err", run.err);
    WriteAll(dir / "expected.status", status);
    GTEST_SKIP() << "rewrote the golden files of " << GetParam();
  }
  EXPECT_EQ(run.out, ReadWholeFile(dir / "expected.out")) << "stdout of: figcheck " << cmd;
  EXPECT_EQ(run.err, ReadWholeFile(dir / "expected.err")) << "stderr of: figcheck " << cmd;
  EXPECT_EQ(status, ReadWholeFile(dir / "expected.status")) << "exit status of: figcheck " << cmd;
}

INSTANTIATE_TEST_SUITE_P(Cli, GoldenTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           std::string name;
                           for (char c : param_info.param) name.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
                           return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenTest);

}  // namespace
}  // namespace figcheck
