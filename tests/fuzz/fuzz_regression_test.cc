// Replays every reproducer the fuzzers found (tests/fuzz/regressions/TARGET/*) and every seed
// (tests/fuzz/corpus/TARGET/*) through the same entry point the fuzz target uses. Under
// tools/test.sh with FIGCHECK_SANITIZE=1 this is the fuzzers' check without libFuzzer.
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/fuzz/fuzz_entries.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

struct Target {
  std::string name;
  std::function<void(std::string_view)> entry;
};

const std::vector<Target>& Targets() {
  static const std::vector<Target> targets = {
      {"parse_figure", fuzz::FuzzParseFigure},
      {"load_fact_file", fuzz::FuzzLoadFactFile},
      {"rate_csv", fuzz::FuzzReadRateCsv},
      {"rate_yaml", fuzz::FuzzReadRateYaml},
      {"extract", fuzz::FuzzExtractDraft},
      {"desk_request", fuzz::FuzzDeskRequest},
  };
  return targets;
}

// Runs every file under tests/fuzz/<folder>/<target>/ through the target; returns how many.
int ReplayFolder(std::string_view folder) {
  int replayed = 0;
  for (const Target& target : Targets()) {
    const fs::path dir = fs::path(FIGCHECK_SOURCE_DIR) / "tests/fuzz" / folder / target.name;
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      SCOPED_TRACE(file.string());
      std::ifstream in(file, std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      target.entry(bytes.str());  // aborts (and fails the test binary) when an invariant breaks
      ++replayed;
    }
  }
  return replayed;
}

TEST(FuzzRegressionTest, EveryKeptReproducerRunsCleanly) { ReplayFolder("regressions"); }

TEST(FuzzRegressionTest, EverySeedRunsCleanly) { EXPECT_GT(ReplayFolder("corpus"), 0); }

}  // namespace
}  // namespace figcheck
