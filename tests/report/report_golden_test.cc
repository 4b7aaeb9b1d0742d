// Golden tests: the sample run (sample_run.h) in every format, byte for byte against
// tests/golden/report/sample.<ext>. FIGCHECK_UPDATE_GOLDEN=1 rewrites the files; review the diff.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/report/sample_run.h"

namespace figcheck {
namespace {

std::string GoldenPath(const char* extension) {
  return std::string(FIGCHECK_SOURCE_DIR) + "/tests/golden/report/sample." + extension;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The first line where the two texts differ, for a readable failure.
std::string FirstDifference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    const bool more_e = static_cast<bool>(std::getline(e, el));
    const bool more_a = static_cast<bool>(std::getline(a, al));
    if (!more_e && !more_a) return "(no line differs: trailing bytes)";
    if (el != al || more_e != more_a) {
      return "line " + std::to_string(line) + "\n  expected: " + (more_e ? el : "<end>") +
             "\n  actual:   " + (more_a ? al : "<end>");
    }
  }
}

class ReportGoldenTest : public ::testing::TestWithParam<testing::GoldenFormat> {};

TEST_P(ReportGoldenTest, SampleRunMatchesGoldenFile) {
  std::ostringstream out;
  WriteReport(GetParam().format, testing::SampleRun(), ReportOptions{}, out);
  const std::string path = GoldenPath(GetParam().extension);
  const char* update = std::getenv("FIGCHECK_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << out.str();
  }
  const std::string expected = ReadFile(path);
  ASSERT_FALSE(expected.empty()) << "missing golden file " << path << " (run with FIGCHECK_UPDATE_GOLDEN=1)";
  EXPECT_TRUE(expected == out.str()) << path << " differs at " << FirstDifference(expected, out.str());
}

INSTANTIATE_TEST_SUITE_P(AllFormats, ReportGoldenTest, ::testing::ValuesIn(testing::kGoldenFormats),
                         [](const auto& param_info) {
                           return std::string(ReportFormatName(param_info.param.format));
                         });

}  // namespace
}  // namespace figcheck
