// Whole-program golden tests: each folder under tests/golden/cli/ is one case, self-contained
// (ledger's baseline tests): `cmd` holds the figcheck arguments (a shell fragment), or, when it
// starts with "sh:", a shell script that calls "$FIGCHECK" itself (pipelines, -o files). It runs
// in a fresh copy of the case folder, so outputs never touch the source tree. `expected.out` and
// `expected.err` hold the exact output, `expected.status` the exit status. FIGCHECK_UPDATE_GOLDEN=1 rewrites the expectations from
// the current output; review the diff before committing.
#include <sys/wait.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace figcheck {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

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
  std::string cmd = ReadAll(dir / "cmd");
  while (!cmd.empty() && (cmd.back() == '\n' || cmd.back() == ' ')) cmd.pop_back();
  const fs::path tmp = fs::temp_directory_path() / fmt::format("figcheck-golden-{}-{}", GetParam(), ::getpid());
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  const fs::path work = tmp / "work";
  fs::copy(dir, work, fs::copy_options::recursive);
  for (const char* name : {"expected.out", "expected.err", "expected.status"}) fs::remove(work / name);
  const std::string invocation = cmd.rfind("sh:", 0) == 0 ? fmt::format("sh -c '{}'", cmd.substr(3))
                                                           : fmt::format("\"$FIGCHECK\" {}", cmd);
  const std::string shell = fmt::format("cd '{}' && export NO_COLOR=1 FIGCHECK='{}' && {} >'{}' 2>'{}'", work.string(),
                                        FIGCHECK_BINARY, invocation, (tmp / "out").string(), (tmp / "err").string());
  const int raw = std::system(shell.c_str());
  ASSERT_TRUE(WIFEXITED(raw)) << shell;
  const std::string status = std::to_string(WEXITSTATUS(raw)) + "\n";
  const std::string out = ReadAll(tmp / "out");
  const std::string err = ReadAll(tmp / "err");
  fs::remove_all(tmp);
  if (std::getenv("FIGCHECK_UPDATE_GOLDEN") != nullptr) {
    WriteAll(dir / "expected.out", out);
    WriteAll(dir / "expected.err", err);
    WriteAll(dir / "expected.status", status);
    GTEST_SKIP() << "rewrote the golden files of " << GetParam();
  }
  EXPECT_EQ(out, ReadAll(dir / "expected.out")) << "stdout of: figcheck " << cmd;
  EXPECT_EQ(err, ReadAll(dir / "expected.err")) << "stderr of: figcheck " << cmd;
  EXPECT_EQ(status, ReadAll(dir / "expected.status")) << "exit status of: figcheck " << cmd;
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
