// JSON fact files as users give them (issue 16): `check --ndjson FILE|-` reads one JSON fact file
// per line, `check x.json` one JSON file, both parsed as JSON by the one loader. Its errors are
// at the JSON's own line and column; the verdicts are those of the same facts written as YAML.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli_expect_same.h"
#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

// One record per line, with the blank line 2 that is no record.
const std::string kGood =
    R"({"article":{"id":"a","published":"2020-07-29"},"facts":[{"id":"x","amount":"75억 달러","converted":"한화 약 8조 9512억원"}]})";
const std::string kUnknownKey = R"({"article":{"id":"b","titel":"t"},"facts":[]})";
const std::string kTwoErrors = R"({"article":{"id":"c"},"facts":[{"id":"y","amount":"1o달러"}],"facts":[]})";

std::vector<nlohmann::json> Records(const std::string& out) {
  std::vector<nlohmann::json> records;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) records.push_back(nlohmann::json::parse(line));
  return records;
}

// 1-based column of `needle` in `line`, in code points.
int Column(const std::string& line, const std::string& needle) {
  const std::size_t at = line.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return 1 + static_cast<int>(std::count_if(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(at),
                                            [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

class NdjsonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-ndjson-{}-{}", ::getpid(),
                                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(dir_ / "in.ndjson", std::ios::binary) << kGood << "\n\n" << kUnknownKey << "\n" << kTwoErrors << "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliRun Run(const std::string& arguments) { return RunFigcheck(arguments, Options()); }
  CliRun ExpectSame(const std::vector<std::string>& spellings) { return ExpectSameRuns(spellings, Options()); }
  CliOptions Options() const { return {.working_dir = dir_, .environment = "NO_COLOR=1"}; }

  fs::path dir_;
};

void ExpectRecordErrorsInTheLine(const std::string& out, const std::string& path) {
  const std::vector<nlohmann::json> records = Records(out);
  ASSERT_EQ(records.size(), 3u) << out;
  EXPECT_EQ(records[0]["path"], path);
  EXPECT_EQ(records[0]["loaded"], true);
  EXPECT_EQ(records[0]["facts"][0]["line"], 1);  // facts and findings: the record's line
  EXPECT_EQ(records[0]["facts"][0]["column"], 0);

  const nlohmann::json& unknown = records[1];
  EXPECT_EQ(unknown["input_line"], 3);
  EXPECT_EQ(unknown["loaded"], false);
  ASSERT_EQ(unknown["diagnostics"].size(), 1u) << unknown.dump();
  EXPECT_EQ(unknown["diagnostics"][0]["message"], "unknown article key 'titel' (did you mean 'title'?)");
  EXPECT_EQ(unknown["diagnostics"][0]["line"], 3);
  EXPECT_EQ(unknown["diagnostics"][0]["column"], Column(kUnknownKey, R"("titel")"));

  const nlohmann::json& two = records[2];
  EXPECT_EQ(two["input_line"], 4);
  ASSERT_EQ(two["diagnostics"].size(), 2u) << two.dump();
  EXPECT_EQ(two["diagnostics"][0]["line"], 4);
  EXPECT_EQ(two["diagnostics"][0]["column"], Column(kTwoErrors, R"("1o)"));
  EXPECT_NE(two["diagnostics"][0]["message"].get<std::string>().find("cannot read '1o달러' as an amount"),
            std::string::npos);
  EXPECT_EQ(two["diagnostics"][1]["message"], "duplicate key 'facts'");
  EXPECT_EQ(two["diagnostics"][1]["line"], 4);
  EXPECT_EQ(two["diagnostics"][1]["column"], Column(kTwoErrors, R"("facts":[]})"));
}

TEST_F(NdjsonTest, LoaderErrorsAreAtTheJsonsColumnOnTheRecordsLine) {
  const CliRun file = ExpectSame({"check --ndjson in.ndjson", "check in.ndjson --ndjson",
                                  "check -j 1 --ndjson in.ndjson", "check --ndjson -j 2 in.ndjson --allow-drafts"});
  EXPECT_EQ(file.status, 2) << file.err;
  ExpectRecordErrorsInTheLine(file.out, "in.ndjson");
  const CliRun piped = ExpectSame({"check --ndjson - < in.ndjson", "check - --ndjson -j 1 < in.ndjson",
                                   "check -j 2 - --ndjson < in.ndjson"});
  EXPECT_EQ(piped.status, 2) << piped.err;
  ExpectRecordErrorsInTheLine(piped.out, "-");
}

TEST_F(NdjsonTest, AJsonFileIsReadAsJsonWithItsLinesAndColumns) {
  const std::string json =
      "{\n"
      "  \"article\": {\"id\": \"a\", \"title\": \"\\ud83d\\ude00 \\u00e9\", \"published\": \"2020-07-29\"},\n"
      "  \"facts\": [\n"
      "    {\"id\": \"x\",\n"
      "     \"amount\": \"75억 달러\",\n"
      "     \"converted\": \"한화 약 8조 9512억원\",\n"
      "     \"kind\": \"conversoin\"}\n"
      "  ]\n"
      "}\n";
  std::ofstream(dir_ / "x.json", std::ios::binary) << json;
  const CliRun run = ExpectSame({"check x.json --format json", "check --format json x.json"});
  EXPECT_EQ(run.status, 2) << run.err;
  const nlohmann::json report = nlohmann::json::parse(run.out);
  const nlohmann::json& d = report["files"][0]["diagnostics"][0];
  EXPECT_EQ(d["message"], "unknown kind 'conversoin' (conversion, growth, amount)");
  EXPECT_EQ(d["line"], 7);
  EXPECT_EQ(d["column"], 14);
  // Fixed, the file loads: JSON escapes (a surrogate pair) that YAML would not read included;
  // from standard input too (JSON by its first character; text that does not load as a fact
  // file is read as an article there, so the broken file would not do).
  std::string fixed = json;
  fixed.replace(fixed.find("conversoin"), 10, "conversion");
  std::ofstream(dir_ / "x.json", std::ios::binary | std::ios::trunc) << fixed;
  for (const std::string_view command : {"check x.json --format json", "check - --format json < x.json"}) {
    const CliRun ok = Run(std::string(command));
    EXPECT_EQ(ok.status, 0) << command << "\n" << ok.out << ok.err;
    const nlohmann::json file = nlohmann::json::parse(ok.out)["files"][0];
    EXPECT_EQ(file["loaded"], true) << command;
    EXPECT_EQ(file["title"], "\xF0\x9F\x98\x80 \xC3\xA9") << command;
  }
}

// Every fact file of the repository that JSON can hold (tests/cli/yaml_to_json.py), checked as YAML
// and as NDJSON: the same verdicts, findings and error messages.
TEST_F(NdjsonTest, TheRepositorysFactFilesGiveTheSameVerdictsAsNdjson) {
  const fs::path source(FIGCHECK_SOURCE_DIR);
  std::vector<std::string> yaml_files;
  for (const fs::path& folder : {source / "facts", source / "tests/bad/facts", source / "tests/golden/cli"}) {
    for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator(); ++it) {
      if (it->path().extension() != ".yaml") continue;
      const std::string text = ReadWholeFile(it->path());
      if (text.find("\nfacts:") == std::string::npos && !text.starts_with("facts:")) continue;
      yaml_files.push_back(it->path().string());
    }
  }
  std::sort(yaml_files.begin(), yaml_files.end());
  ASSERT_GE(yaml_files.size(), 20u);
  std::string args;
  for (const std::string& f : yaml_files) args += " '" + f + "'";
  const std::string command = fmt::format("cd '{}' && python3 '{}'{} >converted.tsv 2>converted.err", dir_.string(),
                                          (source / "tests/cli/yaml_to_json.py").string(), args);
  if (std::system(command.c_str()) != 0) {
    GTEST_SKIP() << "python3 with PyYAML is not available: " << ReadWholeFile(dir_ / "converted.err");
  }
  const CliRun converted{0, ReadWholeFile(dir_ / "converted.tsv"), ""};
  // path -> its record; files naming rate files by relative path are left out (NDJSON takes
  // them from the working directory, a file from its folder).
  std::vector<std::string> paths;
  std::string ndjson;
  std::istringstream lines(converted.out);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t tab = line.find('\t');
    const std::string record = line.substr(tab + 1);
    if (record.find("\"rates\"") != std::string::npos) continue;
    paths.push_back(line.substr(0, tab));
    ndjson += record + "\n";
  }
  ASSERT_GE(paths.size(), 20u) << converted.out;
  std::ofstream(dir_ / "all.ndjson", std::ios::binary) << ndjson;

  const CliRun as_ndjson = Run("check --ndjson all.ndjson");
  std::string quoted;
  for (const std::string& p : paths) quoted += " '" + p + "'";
  const CliRun as_yaml = Run("check --format json" + quoted);
  ASSERT_FALSE(as_yaml.out.empty()) << as_yaml.err;
  EXPECT_EQ(as_ndjson.status, as_yaml.status);
  const std::vector<nlohmann::json> records = Records(as_ndjson.out);
  const nlohmann::json report = nlohmann::json::parse(as_yaml.out);
  std::map<std::string, nlohmann::json> yaml_by_path;
  for (const auto& f : report["files"]) yaml_by_path[f["path"]] = f;
  ASSERT_EQ(records.size(), paths.size());
  // What a result says, places aside.
  auto verdict = [](const nlohmann::json& file) {
    nlohmann::json v;
    v["article"] = file["article"];
    v["loaded"] = file["loaded"];
    std::multiset<std::string> diagnostics;
    for (const auto& d : file["diagnostics"]) diagnostics.insert(d["severity"].get<std::string>() + " " + d["message"].get<std::string>());
    v["diagnostics"] = diagnostics;
    for (const auto& fact : file["facts"]) {
      nlohmann::json f = {{"id", fact["id"]}, {"status", fact["status"]}};
      for (const auto& finding : fact["findings"]) f["findings"].push_back({finding["code"], finding["message"]});
      v["facts"].push_back(f);
    }
    for (const auto& finding : file["findings"]) v["findings"].push_back({finding["code"], finding["message"]});
    return v;
  };
  int loaded = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    ASSERT_TRUE(yaml_by_path.count(paths[i])) << paths[i];
    EXPECT_EQ(verdict(records[i]).dump(1), verdict(yaml_by_path[paths[i]]).dump(1)) << paths[i];
    loaded += records[i]["loaded"] == true;
  }
  EXPECT_GE(loaded, 5);  // good files as well as bad ones
}

}  // namespace
}  // namespace figcheck
