// The catalogue of bad input (tests/bad/README.md): every case runs through the figcheck binary
// and its whole output and exit status are compared with `<case>.expected` beside it.
//
//   facts/<case>.yaml    figcheck check --color never facts/<case>.yaml good.yaml
//   rates/<case>.*       figcheck check --color never --rates rates/<case>.* good.yaml
//   parse/<case>.txt     figcheck parse <the bytes of the file>
//   folder/              figcheck check --color never folder   (symlink loop, dangling link)
//
// A case named accepted-* is odd but valid input (a rate file with gaps, a figure with a tab):
// it must not be an input error (exit 0 or 1). Every other case must exit 2.
//
// Each run also holds good.yaml, which must still be checked and reported: one bad file never
// hides the others. FIGCHECK_UPDATE_GOLDEN=1 rewrites the .expected files; review the diff.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/bad/run_figcheck.h"

namespace figcheck {
using bad_input::CommandRun;
using bad_input::Figcheck;
namespace {

namespace fs = std::filesystem;

const fs::path kCatalogue = fs::path(FIGCHECK_SOURCE_DIR) / "tests/bad";

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The .expected text: the command, the exit status, then stdout and stderr as they are.
std::string Describe(const std::string& command, const CommandRun& run) {
  return "$ figcheck " + command + "\nexit " + std::to_string(run.status) + "\n--- stdout\n" + run.out +
         "--- stderr\n" + run.err;
}

void ExpectCase(const fs::path& expected_file, const std::string& command, const CommandRun& run) {
  const std::string actual = Describe(command, run);
  if (std::getenv("FIGCHECK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected_file, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(expected_file)) << expected_file << " is missing; FIGCHECK_UPDATE_GOLDEN=1 writes it";
  EXPECT_EQ(actual, ReadAll(expected_file)) << "case " << expected_file;
}

std::vector<fs::path> CasesIn(const std::string& folder) {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(kCatalogue / folder)) {
    if (entry.path().extension() != ".expected") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

void ExpectStatus(const fs::path& input, int status) {
  if (input.filename().string().starts_with("accepted-")) {
    EXPECT_LE(status, 1) << input;
  } else {
    EXPECT_EQ(status, 2) << input;
  }
}

fs::path ExpectedFor(const fs::path& input) {
  fs::path expected = input;
  return expected.replace_extension(".expected");
}

// The good file's fact, as the text report shows it when it was checked.
constexpr std::string_view kGoodChecked = "ok      good.yaml:7  sensetime-valuation";

TEST(BadInputTest, EveryBadFactFileIsAnErrorAtItsPlaceAndTheGoodFileIsStillChecked) {
  const auto cases = CasesIn("facts");
  EXPECT_GE(cases.size(), 40u);
  for (const fs::path& input : cases) {
    const std::string name = "facts/" + input.filename().string();
    const CommandRun run = Figcheck({"check", "--color", "never", name, "good.yaml"}, kCatalogue);
    ExpectCase(ExpectedFor(input), "check --color never " + name + " good.yaml", run);
    ExpectStatus(input, run.status);
    EXPECT_NE(run.out.find(kGoodChecked), std::string::npos) << name << ": good.yaml was not reported\n" << run.out;
  }
}

TEST(BadInputTest, EveryBadRateFileIsAnErrorAtItsPlace) {
  const auto cases = CasesIn("rates");
  EXPECT_GE(cases.size(), 20u);
  for (const fs::path& input : cases) {
    const std::string name = "rates/" + input.filename().string();
    const CommandRun run = Figcheck({"check", "--color", "never", "--rates", name, "good.yaml"}, kCatalogue);
    ExpectCase(ExpectedFor(input), "check --color never --rates " + name + " good.yaml", run);
    ExpectStatus(input, run.status);
  }
}

TEST(BadInputTest, EveryBadFigureIsAParseErrorAtItsColumn) {
  const auto cases = CasesIn("parse");
  EXPECT_GE(cases.size(), 10u);
  for (const fs::path& input : cases) {
    const CommandRun run = Figcheck({"parse", ReadAll(input)}, kCatalogue);
    ExpectCase(ExpectedFor(input), "parse \"$(cat parse/" + input.filename().string() + ")\"", run);
    ExpectStatus(input, run.status);
  }
}

TEST(BadInputTest, AFolderWithASymlinkLoopAndADanglingLinkStillChecksItsGoodFile) {
  const CommandRun run = Figcheck({"check", "--color", "never", "folder"}, kCatalogue);
  ExpectCase(kCatalogue / "folder.expected", "check --color never folder", run);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("ok      folder/good.yaml:7  sensetime-valuation"), std::string::npos) << run.out;
}

TEST(BadInputTest, AnUnreadableFileIsAnErrorAndTheOthersAreStillChecked) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "running as root: chmod 000 does not stop root from reading (the dangling link in "
                    "folder/ covers an unreadable entry)";
  }
  const fs::path dir = fs::temp_directory_path() / ("figcheck-unreadable-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(kCatalogue / "good.yaml", dir / "good.yaml", fs::copy_options::overwrite_existing);
  std::ofstream(dir / "secret.yaml") << "article: {id: x}\n";
  fs::permissions(dir / "secret.yaml", fs::perms::none);
  const CommandRun run = Figcheck({"check", "--color", "never", "."}, dir);
  fs::permissions(dir / "secret.yaml", fs::perms::owner_all);
  fs::remove_all(dir);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("error: ./secret.yaml: permission denied"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("ok      ./good.yaml:7  sensetime-valuation"), std::string::npos) << run.out;
}

TEST(BadInputTest, AnEndlessFileIsRefusedAtTheSizeLimit) {
  const CommandRun run = Figcheck({"check", "--color", "never", "/dev/zero", "good.yaml"}, kCatalogue);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("error: /dev/zero: file is larger than 67108864 bytes (64 MiB), the limit for an input file"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find(kGoodChecked), std::string::npos) << run.out;
}

TEST(BadInputTest, AnNdjsonLineOverTheLimitIsAnErrorAndTheNextLineIsStillChecked) {
  const fs::path dir = fs::temp_directory_path() / ("figcheck-ndjson-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "in.ndjson", std::ios::binary);
    out << std::string(9 * 1024 * 1024, ' ') << "x\n";
    out << R"({"article": {"id": "good", "published": "2020-07-29"}, "check": {"rate_date": "2020-07-28"}, )"
        << R"("facts": [{"id": "f", "amount": "75억 달러", "converted": "한화 약 8조 9512억원"}]})" << "\n";
  }
  const CommandRun run = Figcheck({"check", "--ndjson", "in.ndjson"}, dir);
  fs::remove_all(dir);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("line is longer than the limit of 8388608 bytes"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(R"("article":"good")"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace figcheck
