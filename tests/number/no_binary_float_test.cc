// No binary floating point anywhere money flows: core/ and tools/ never name double or float, nor
// call a function that parses text into one (decimal.h only deletes the constructors).
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace figcheck {
namespace {

namespace fs = std::filesystem;

TEST(NoBinaryFloatTest, CoreAndToolsNeverUseDoubleOrFloat) {
  const std::regex forbidden(R"(\b(double|float|stod|stof|stold|strtod|strtof|atof)\b|as<(double|float)>)");
  int files = 0;
  for (const char* folder : {"core", "tools"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(FIGCHECK_SOURCE_DIR) / folder)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cc" && ext != ".h") continue;
      ++files;
      std::ifstream in(entry.path());
      std::string line;
      for (int number = 1; std::getline(in, line); ++number) {
        const std::string code = line.substr(0, line.find("//"));  // comments may say "double-quoted"
        if (code.find("= delete") != std::string::npos || code.find("static_assert") != std::string::npos) continue;
        EXPECT_FALSE(std::regex_search(code, forbidden)) << entry.path().string() << ":" << number << ": " << line;
      }
    }
  }
  EXPECT_GT(files, 20);
}

}  // namespace
}  // namespace figcheck
