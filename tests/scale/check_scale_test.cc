// Whole-program tests of `figcheck check` at scale: -j gives a one-thread run's bytes, folders
// are walked in sorted order, --ndjson, and the progress bar only on a terminal.
#include <sys/wait.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace figcheck {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  std::string out;
  std::string err;
  int status = -1;
};

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class CheckScaleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("figcheck-scale-{}-{}", ::getpid(),
                                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `shell` (with $FIGCHECK set to the binary) in dir_.
  Outcome Shell(const std::string& shell) {
    std::ofstream(dir_ / ".cmd.sh", std::ios::binary) << shell << '\n';
    const std::string cmd = fmt::format("cd '{}' && FIGCHECK='{}' NO_COLOR=1 sh .cmd.sh >.out 2>.err", dir_.string(),
                                        FIGCHECK_BINARY);
    const int raw = std::system(cmd.c_str());
    Outcome r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = ReadAll(dir_ / ".out");
    r.err = ReadAll(dir_ / ".err");
    return r;
  }

  bool Generate(const std::string& args) {
    const std::string cmd = fmt::format("cd '{}' && python3 '{}/tools/bench/generate_archive.py' {} 2>&1", dir_.string(),
                                        FIGCHECK_SOURCE_DIR, args);
    return std::system(cmd.c_str()) == 0;
  }

  void Write(const fs::path& rel, std::string_view text) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << text;
  }

  fs::path dir_;
};

constexpr std::string_view kFact = "article:\n  id: {}\n  published: 2020-07-29\nfacts:\n  - id: a\n    amount: 75억 달러\n"
                                   "    converted: 한화 약 8조 9512억원\n";

TEST_F(CheckScaleTest, EveryThreadCountGivesTheOneThreadBytes) {
  if (!Generate("--count 300 --out archive --seed 3 --wrong-percent 20")) GTEST_SKIP() << "python3 not available";
  for (std::string format : {"text", "json"}) {
    const Outcome one = Shell("$FIGCHECK check archive --format " + format + " -j 1");
    ASSERT_EQ(one.status, 1) << one.err;
    EXPECT_NE(one.out.find("archive/0000/article-0000299.yaml"), std::string::npos);
    for (std::string j : {"2", "3", "8"}) {
      const Outcome many = Shell("$FIGCHECK check archive --format " + format + " -j " + j);
      EXPECT_EQ(many.status, one.status) << format << " -j " << j;
      EXPECT_TRUE(many.out == one.out) << format << " -j " << j << " differs from -j 1";
      EXPECT_EQ(many.err, one.err);
    }
  }
}

TEST_F(CheckScaleTest, FoldersAreWalkedInTheOrderOfTheirSortedPaths) {
  for (std::string_view name : {"b.yaml", "b/x.yaml", "b0/y.yaml", "b-c.yaml", "a b.yaml", "B.yaml", "c.yml",
                                "z/deep/er/f.yaml", "z/deep.yaml", "z.yaml/inner.yaml", "notes.txt"}) {
    Write(fs::path("facts") / name, fmt::format(fmt::runtime(kFact), fs::path(name).stem().string()));
  }
  fs::create_directory_symlink(dir_ / "facts/b", dir_ / "facts/link-to-b");  // not followed
  // What sorting every found path gives (how check has always ordered a folder).
  std::vector<std::string> expected;
  for (auto it = fs::recursive_directory_iterator(dir_ / "facts"); it != fs::recursive_directory_iterator(); ++it) {
    const std::string ext = it->path().extension().string();
    if (it->is_regular_file() && (ext == ".yaml" || ext == ".yml")) {
      expected.push_back("facts/" + fs::relative(it->path(), dir_ / "facts").string());
    }
  }
  std::sort(expected.begin(), expected.end());
  for (std::string j : {"1", "4"}) {
    const Outcome r = Shell("$FIGCHECK check facts nothing-here --format json -j " + j);
    ASSERT_EQ(r.status, 2) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    std::vector<std::string> paths;
    for (const auto& f : doc["files"]) paths.push_back(f["path"]);
    ASSERT_FALSE(paths.empty());
    EXPECT_EQ(paths.front(), "nothing-here");  // paths that do not exist come first, as before
    paths.erase(paths.begin());
    EXPECT_EQ(paths, expected);
  }
}

TEST_F(CheckScaleTest, NdjsonWritesOneRecordPerLineInOrder) {
  if (!Generate("--count 40 --ndjson --seed 5 --wrong-percent 20 > in.ndjson")) GTEST_SKIP() << "python3 not available";
  if (!Generate("--count 40 --out yaml --seed 5 --wrong-percent 20")) GTEST_SKIP();
  // A bad line and a blank line in the middle: the bad one is a record, the blank one is not.
  Shell("sed -i '10a {\"article\": oops}' in.ndjson && sed -i '20a \\ ' in.ndjson");
  const Outcome one = Shell("$FIGCHECK check --ndjson - -j 1 < in.ndjson");
  EXPECT_EQ(one.status, 2) << one.err;
  EXPECT_EQ(one.err, "");
  const Outcome many = Shell("cat in.ndjson | $FIGCHECK check --ndjson - -j 4");
  EXPECT_EQ(many.status, 2);
  EXPECT_TRUE(many.out == one.out);

  std::vector<nlohmann::json> records;
  std::istringstream lines(one.out);
  for (std::string line; std::getline(lines, line);) records.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(records.size(), 41u);
  EXPECT_EQ(records[10]["input_line"], 11);
  EXPECT_EQ(records[10]["loaded"], false);
  EXPECT_EQ(records[10]["diagnostics"][0]["message"],
            "invalid JSON: syntax error while parsing value - invalid literal; last read: '\"article\": o'");
  EXPECT_EQ(records[10]["diagnostics"][0]["line"], 11);
  EXPECT_EQ(records[10]["diagnostics"][0]["column"], 13);
  EXPECT_EQ(records[40]["input_line"], 42);  // after the blank line 22

  // The same articles as YAML files: the same statuses and findings.
  const Outcome yaml = Shell("$FIGCHECK check yaml --format json");
  const nlohmann::json doc = nlohmann::json::parse(yaml.out);
  records.erase(records.begin() + 10);
  ASSERT_EQ(doc["files"].size(), records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& a = records[i];
    const auto& b = doc["files"][i];
    EXPECT_EQ(a["article"], b["article"]);
    ASSERT_EQ(a["facts"].size(), b["facts"].size());
    for (std::size_t k = 0; k < a["facts"].size(); ++k) {
      EXPECT_EQ(a["facts"][k]["status"], b["facts"][k]["status"]) << a["article"] << " " << k;
      EXPECT_EQ(a["facts"][k]["line"], a["input_line"]);
      ASSERT_EQ(a["facts"][k]["findings"].size(), b["facts"][k]["findings"].size());
      for (std::size_t m = 0; m < a["facts"][k]["findings"].size(); ++m) {
        EXPECT_EQ(a["facts"][k]["findings"][m]["message"], b["facts"][k]["findings"][m]["message"]);
      }
    }
  }
}

TEST_F(CheckScaleTest, NdjsonTakesNoReportFormat) {
  const Outcome r = Shell("echo | $FIGCHECK check --ndjson - --format json");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "figcheck: error: --ndjson writes one JSON result per line; it takes no --format or -o\n");
}

TEST_F(CheckScaleTest, NoProgressBarWhenStandardErrorIsNotATerminal) {
  for (int i = 0; i < 30; ++i) Write(fmt::format("facts/f{:02}.yaml", i), fmt::format(fmt::runtime(kFact), i));
  const Outcome r = Shell("FIGCHECK_PROGRESS_DELAY_MS=0 $FIGCHECK check facts -j 2");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.find('\r'), std::string::npos);
  EXPECT_EQ(r.out.find("\x1b"), std::string::npos);
}

TEST_F(CheckScaleTest, ProgressBarOnATerminalAfterTheDelay) {
  if (std::system("script --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "script(1) not available";
  for (int i = 0; i < 30; ++i) Write(fmt::format("facts/f{:02}.yaml", i), fmt::format(fmt::runtime(kFact), i));
  // script(1) gives the command a terminal; standard output goes to a file, so only standard
  // error is the terminal.
  const Outcome shown = Shell("FIGCHECK_PROGRESS_DELAY_MS=0 script -qec \"$FIGCHECK check facts -j 2 >report.txt\" /dev/null");
  EXPECT_NE(shown.out.find("/30 files, "), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("facts/s"), std::string::npos);
  const Outcome quiet = Shell("script -qec \"$FIGCHECK check facts -j 2 >report.txt\" /dev/null");  // under a second
  EXPECT_EQ(quiet.out.find("files"), std::string::npos) << quiet.out;
}

}  // namespace
}  // namespace figcheck
