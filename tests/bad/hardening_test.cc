// Issue 15, "hardening, round two": each class of attack found by a hostile-input run, replayed
// through the built binary as a user would type it.
//
//   1. -o writes into what it names: a character device and a FIFO stay what they are, a symlink
//      is written through, no temporary file is left;
//   2. no -o over any input (fact file, rate file, article) or over another -o, before anything
//      is written;
//   3. -j is clamped (no crash on -j 100000);
//   4. --ndjson with -j > 1 answers a record without waiting for more input;
//   5. extract is bounded: input limits, non-text refused, long sentences quoted in windows;
//   6. a FIFO or a B.YAML in a folder is never skipped silently;
//   7. hostile bytes in names and arguments reach no terminal and no CI log raw;
//   8. a full standard output is exit 2 for every command.
// Multi-document YAML, contradictory rate directions, UTF-32, a second BOM and clipped messages
// are files in the catalogue (tests/bad/facts, tests/bad/rates).
//
// Device nodes are made with mknod in a temporary folder (the test runs as root in CI; without
// the right to mknod those cases are skipped, saying so); /dev/null and /dev/full are never an
// output here.
#include <poll.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/bad/run_figcheck.h"

namespace figcheck {
using bad_input::CommandRun;
using bad_input::Figcheck;
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) { return bad_input::ReadFileBytes(path); }

void WriteFile(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

const std::string kGood = ReadAll(fs::path(FIGCHECK_SOURCE_DIR) / "tests/bad/good.yaml");

// A fact file whose conversion is wrong (exit 1 when it is read).
const std::string kWrong =
    "article:\n  id: wrong\n  published: 2020-07-29\ncheck:\n  rate_date: 2020-07-28\nfacts:\n"
    "  - id: too-low\n    amount: 75억 달러\n    converted: 한화 약 1조원\n";

const std::string kNdjsonRecord =
    R"({"article": {"id": "good", "published": "2020-07-29"}, "check": {"rate_date": "2020-07-28"}, )"
    R"("facts": [{"id": "f", "amount": "75억 달러", "converted": "한화 약 8조 9512억원"}]})";

// The path standard output is opened on in the child (a device node made by the test).
std::string g_stdout_path;
void StdoutToDevice() {
  const int fd = ::open(g_stdout_path.c_str(), O_WRONLY);
  if (fd >= 0) ::dup2(fd, 1);
}

class HardeningTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "figcheck-hardening-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    WriteFile(dir_ / "good.yaml", kGood);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A character device like /dev/null (1, 3) or /dev/full (1, 7), made here; false when this
  // process may not make device nodes.
  bool MakeDevice(const std::string& name, unsigned minor) {
    return ::mknod((dir_ / name).c_str(), S_IFCHR | 0666, makedev(1, minor)) == 0;
  }

  std::vector<std::string> Leftovers() const { return bad_input::TempFilesUnder(dir_); }

  fs::path dir_;
};

// 1 -----------------------------------------------------------------------------------------

TEST_F(HardeningTest, AReportToACharacterDeviceIsWrittenIntoItNotRenamedOverIt) {
  if (!MakeDevice("null", 3) || !MakeDevice("full", 7)) GTEST_SKIP() << "cannot mknod here (not root)";
  const CommandRun run = Figcheck({"check", "good.yaml", "--format", "json", "-o", "null"}, dir_);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(fs::is_character_file(dir_ / "null"));

  const CommandRun full = Figcheck({"check", "good.yaml", "--format", "sarif", "-o", "full"}, dir_);
  EXPECT_EQ(full.status, 2);
  EXPECT_EQ(full.err, "figcheck: error: cannot write 'full': No space left on device\n");
  EXPECT_TRUE(fs::is_character_file(dir_ / "full"));

  const CommandRun draft = Figcheck({"extract", "good.yaml", "-o", "null"}, dir_);
  EXPECT_TRUE(fs::is_character_file(dir_ / "null"));
  EXPECT_EQ(draft.status, 0) << draft.err;
  EXPECT_TRUE(Leftovers().empty());
}

TEST_F(HardeningTest, AReportToAFifoReachesItsReader) {
  ASSERT_EQ(::mkfifo((dir_ / "pipe").c_str(), 0600), 0);
  auto reader = std::async(std::launch::async, [path = dir_ / "pipe"] { return ReadAll(path); });
  const CommandRun run = Figcheck({"check", "good.yaml", "--format", "json", "-o", "pipe"}, dir_);
  const std::string received = reader.get();
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(received.find("\"sensetime-valuation\""), std::string::npos) << received;
  EXPECT_TRUE(fs::is_fifo(dir_ / "pipe"));
  EXPECT_TRUE(Leftovers().empty());
}

TEST_F(HardeningTest, AReportToASymlinkIsWrittenThroughIt) {
  fs::create_directories(dir_ / "reports");
  WriteFile(dir_ / "reports/report.json", "old");
  fs::create_symlink("reports/report.json", dir_ / "latest.json");
  fs::create_symlink("reports/new.json", dir_ / "dangling.json");
  const CommandRun run = Figcheck(
      {"check", "good.yaml", "--format", "json", "-o", "latest.json", "--format", "sarif", "-o", "dangling.json"}, dir_);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(fs::is_symlink(dir_ / "latest.json"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "dangling.json"));
  EXPECT_NE(ReadAll(dir_ / "reports/report.json").find("\"sensetime-valuation\""), std::string::npos);
  EXPECT_NE(ReadAll(dir_ / "reports/new.json").find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_TRUE(Leftovers().empty());
}

TEST_F(HardeningTest, AReportToAFolderIsAnErrorAndLeavesNothing) {
  fs::create_directories(dir_ / "out");
  const CommandRun run = Figcheck({"check", "good.yaml", "--format", "json", "-o", "out"}, dir_);
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "figcheck: error: cannot write 'out': Is a directory\n");
  EXPECT_TRUE(fs::is_empty(dir_ / "out"));
  EXPECT_TRUE(Leftovers().empty());
}

// 2 -----------------------------------------------------------------------------------------

TEST_F(HardeningTest, NoOutputOverAnyInputOrAnotherOutput) {
  WriteFile(dir_ / "r.csv", "date,base,quote,rate\n2020-07-28,USD,KRW,1198.15\n");
  WriteFile(dir_ / "a.txt", "SenseTime is valued at $7.5 billion (about 8.95 trillion won).\n");
  fs::create_hard_link(dir_ / "good.yaml", dir_ / "hard-link.json");
  fs::create_symlink("r.csv", dir_ / "rates-link");
  fs::create_directories(dir_ / "folder");
  WriteFile(dir_ / "folder/a.yaml", kGood);
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"check", "good.yaml", "--rates", "r.csv", "--format", "json", "-o", "r.csv"},
       "figcheck: error: -o r.csv is the rate file r.csv: refusing to overwrite it\n"},
      {{"check", "good.yaml", "--rates", "r.csv", "--format", "json", "-o", "rates-link"},
       "figcheck: error: -o rates-link is the rate file r.csv: refusing to overwrite it\n"},
      {{"check", "good.yaml", "--format", "json", "-o", "hard-link.json"},
       "figcheck: error: -o hard-link.json is the fact file good.yaml: refusing to overwrite it\n"},
      {{"check", "folder", "--format", "json", "-o", "folder/NEW.YAML"},
       "figcheck: error: -o folder/NEW.YAML is a fact file inside the folder folder: refusing to write over an "
       "input\n"},
      {{"check", "good.yaml", "--format", "json", "-o", "r", "--format", "html", "-o", "r"},
       "figcheck: error: -o r and -o r are the same file: the second report would overwrite the first\n"},
      {{"check", "good.yaml", "--format", "json", "-o", "./x/../r.csv", "--format", "html", "-o", "r.csv"},
       "figcheck: error: -o ./x/../r.csv and -o r.csv are the same file: the second report would overwrite the "
       "first\n"},
      {{"check", "--ndjson", "good.yaml", "--rates", "r.csv", "-o", "r.csv"},
       "figcheck: error: -o r.csv is the rate file r.csv: refusing to overwrite it\n"},
      {{"extract", "a.txt", "-o", "a.txt"},
       "figcheck extract: error: -o a.txt is the article a.txt: refusing to overwrite it\n"},
  };
  fs::create_directories(dir_ / "x");
  const std::string rates = ReadAll(dir_ / "r.csv"), article = ReadAll(dir_ / "a.txt");
  for (const Case& c : cases) {
    const CommandRun run = Figcheck(c.args, dir_);
    EXPECT_EQ(run.status, 2) << c.args[c.args.size() - 1];
    EXPECT_EQ(run.err, c.err);
    EXPECT_EQ(run.out, "");
  }
  EXPECT_EQ(ReadAll(dir_ / "r.csv"), rates);
  EXPECT_EQ(ReadAll(dir_ / "a.txt"), article);
  EXPECT_EQ(ReadAll(dir_ / "good.yaml"), kGood);
  EXPECT_FALSE(fs::exists(dir_ / "r"));
  EXPECT_FALSE(fs::exists(dir_ / "folder/NEW.YAML"));
}

// 3 -----------------------------------------------------------------------------------------

TEST_F(HardeningTest, AHugeJobCountIsClampedNotACrash) {
  const CommandRun run = Figcheck({"check", "-j", "100000", "good.yaml"}, dir_);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "figcheck: note: -j 100000 is more than the 256 threads figcheck starts; using 256\n");
  WriteFile(dir_ / "in.ndjson", kNdjsonRecord + "\n" + kNdjsonRecord + "\n");
  const CommandRun ndjson = Figcheck({"check", "--ndjson", "-j", "100000", "in.ndjson"}, dir_);
  EXPECT_EQ(ndjson.status, 0) << ndjson.err;
  EXPECT_EQ(std::count(ndjson.out.begin(), ndjson.out.end(), '\n'), 2);
}

// 4 -----------------------------------------------------------------------------------------

// A driver writes one record and waits for its answer before it writes the next (or closes
// its end): with -j 4 each answer must come while standard input is still open.
TEST_F(HardeningTest, NdjsonAnswersEachRecordWithoutWaitingForMoreInput) {
  int to_child[2], from_child[2];
  ASSERT_EQ(::pipe(to_child), 0);
  ASSERT_EQ(::pipe(from_child), 0);
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(to_child[0], 0);
    ::dup2(from_child[1], 1);
    ::close(to_child[1]);
    ::close(from_child[0]);
    ::execl(FIGCHECK_BINARY, FIGCHECK_BINARY, "check", "--ndjson", "-j", "4", "-", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(to_child[0]);
  ::close(from_child[1]);
  std::string received;
  for (int record = 1; record <= 3; ++record) {
    const std::string line = kNdjsonRecord + "\n";
    ASSERT_EQ(::write(to_child[1], line.data(), line.size()), static_cast<ssize_t>(line.size()));
    // Wait for the answer (a generous bound, so a slow machine cannot fail the test; a figcheck
    // that waits for more input never answers at all).
    while (std::count(received.begin(), received.end(), '\n') < record) {
      pollfd p{from_child[0], POLLIN, 0};
      const int ready = ::poll(&p, 1, 60000);
      ASSERT_EQ(ready, 1) << "no answer to record " << record << " while standard input stays open";
      char buffer[4096];
      const ssize_t n = ::read(from_child[0], buffer, sizeof buffer);
      ASSERT_GT(n, 0);
      received.append(buffer, static_cast<std::size_t>(n));
    }
  }
  ::close(to_child[1]);
  char buffer[4096];
  while (::read(from_child[0], buffer, sizeof buffer) > 0) {
  }
  ::close(from_child[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(std::count(received.begin(), received.end(), '\n'), 3);
  EXPECT_NE(received.find("\"line\":3"), std::string::npos) << received;
}

// 5 -----------------------------------------------------------------------------------------

TEST_F(HardeningTest, ExtractRefusesWhatIsNotAText) {
  fs::create_directories(dir_ / "folder");
  WriteFile(dir_ / "binary.txt", std::string("SenseTime $7.5 billion\0\x01\x02", 26));
  WriteFile(dir_ / "latin1.txt", "caf\xe9 $7.5 billion\n");
  {
    std::ofstream big(dir_ / "big.txt", std::ios::binary);
  }
  fs::resize_file(dir_ / "big.txt", 100 * 1024 * 1024);  // sparse: 100 MB of zeros on no disk
  struct Case {
    std::string path;
    std::string err;
  };
  const std::vector<Case> cases = {
      {"folder", "folder: error: is a directory\n"},
      {"binary.txt", "binary.txt:1:23: error: control character U+0000: not a text file\n"},
      {"latin1.txt", "latin1.txt:1:4: error: invalid UTF-8: not a text file\n"},
      {"big.txt", "big.txt: error: file is larger than 67108864 bytes (64 MiB), the limit for an input file\n"},
      {"/dev/zero", "/dev/zero: error: file is larger than 67108864 bytes (64 MiB), the limit for an input file\n"},
  };
  for (const Case& c : cases) {
    const CommandRun run = Figcheck({"extract", c.path}, dir_);
    EXPECT_EQ(run.status, 2) << c.path;
    EXPECT_EQ(run.err, c.err);
    EXPECT_EQ(run.out, "") << c.path;
  }
}

// One sentence of thousands of conversions (no full stop): every fact quotes a window of the
// sentence, not all of it, so the draft grows with the input, not with its square.
TEST_F(HardeningTest, ExtractQuotesAWindowOfAnEndlessSentence) {
  std::string sentence = "A list\nPublished 2020-07-29\n";
  for (int i = 0; i < 4000; ++i) {
    sentence += fmt::format("Company{} raised ${}.5 billion (about {} trillion won), ", i, i + 1, i + 2);
  }
  sentence += "analysts said.\n";
  WriteFile(dir_ / "list.txt", sentence);
  const CommandRun run = Figcheck({"extract", "list.txt"}, dir_);
  EXPECT_EQ(run.status, 0) << run.err.substr(0, 500);
  EXPECT_LT(run.out.size(), 20u * 1024 * 1024);
  std::size_t quotes = 0, longest = 0;
  for (std::size_t at = run.out.find("quote: "); at != std::string::npos; at = run.out.find("quote: ", at + 1)) {
    ++quotes;
    longest = std::max(longest, run.out.find('\n', at) - at);
  }
  EXPECT_EQ(quotes, 4000u);
  EXPECT_LE(longest, 1100u);
}

// 6 -----------------------------------------------------------------------------------------

TEST_F(HardeningTest, NoFactFileInAFolderIsPassedOverSilently) {
  fs::create_directories(dir_ / "folder");
  WriteFile(dir_ / "folder/a.yml", kGood);
  WriteFile(dir_ / "folder/B.YAML", kWrong);
  ASSERT_EQ(::mkfifo((dir_ / "folder/b.yaml").c_str(), 0600), 0);
  const CommandRun run = Figcheck({"check", "--color", "never", "folder"}, dir_);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("error   folder/B.YAML:7  too-low"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  error: folder/b.yaml: a FIFO, not a fact file: passed over\n"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find(" in 3 files; "), std::string::npos) << run.out;
  EXPECT_TRUE(fs::is_fifo(dir_ / "folder/b.yaml"));
}

// 7 -----------------------------------------------------------------------------------------

// No raw ESC or BEL, and (in what is read line by line: the text, github and markdown formats,
// standard error, the other commands) no line that starts a GitHub workflow command the input
// forged. HTML and JUnit XML are documents: a line break there is markup-escaped text.
void ExpectInert(const std::string& what, const std::string& text, bool line_based) {
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << what << ":\n" << text;
  EXPECT_EQ(text.find('\a'), std::string::npos) << what << ":\n" << text;
  if (!line_based) return;
  EXPECT_EQ(text.find("\n::error file=evil"), std::string::npos) << what << ":\n" << text;
  EXPECT_FALSE(text.starts_with("::error file=evil")) << what;
}

TEST_F(HardeningTest, HostileBytesInNamesAndArgumentsNeverReachATerminalRaw) {
  const std::string hostile = "nl\n::error file=evil.yaml,line=1::forged\x1b[2J\x1b]0;pwned\a";
  // A fact file with an unknown key and a bad amount, named with the hostile bytes.
  WriteFile(dir_ / (hostile + ".yaml"),
            "article:\n  id: x\n  published: 2020-07-29\ncheck:\n  rate_date: 2020-07-28\nfacts:\n"
            "  - id: f\n    amount: \"75억 \\e[2J닭러\"\n    converted: 한화 약 8조 9512억원\n    \"k\\e]0;x\\a\": 1\n");
  WriteFile(dir_ / (hostile + ".csv"), "date,base,quote,rate\n2020-07-28,USD,KRW,\"12\x1b[2J\"\n");
  WriteFile(dir_ / (hostile + ".txt"), "SenseTime is valued at $7.5 billion.\n");
  std::vector<std::vector<std::string>> commands;
  for (const std::string format : {"text", "json", "junit", "sarif", "github", "markdown", "html", "compact"}) {
    commands.push_back({"check", "--color", "never", "--format", format, hostile + ".yaml", "good.yaml"});
    commands.push_back({"check", "--format", format, "--rates", hostile + ".csv", "good.yaml"});
    commands.push_back({"check", "--format", format, hostile + "-missing.yaml"});
  }
  commands.push_back({"check", "--ndjson", hostile + ".yaml"});
  commands.push_back({"check", "--format", hostile, "good.yaml"});
  commands.push_back({"check", "--color", hostile, "good.yaml"});
  commands.push_back({"check", "--" + hostile, "good.yaml"});
  commands.push_back({"parse", "75억 " + hostile});
  commands.push_back({"parse", "--format", "text", "$7.5" + hostile});
  commands.push_back({"parse", "--currency", hostile, "7.5"});
  commands.push_back({"convert", "75억 달러" + hostile, "--to", "KRW", "--date", "2020-07-29"});
  commands.push_back({"convert", "75억 달러", "--to", hostile, "--date", "2020-07-29"});
  commands.push_back({"convert", "75억 달러", "--to", "KRW", "--date", hostile});
  commands.push_back({"convert", "75억 달러", "--to", "KRW", "--date", "2020-07-29", "--rates", hostile + ".csv"});
  commands.push_back({"rates", "USD/KRW", "2020-07-28", "--rates", hostile + ".csv"});
  commands.push_back({"rates", "USD/KRW", hostile});
  commands.push_back({"rates", hostile, "2020-07-28"});
  commands.push_back({"extract", hostile + ".txt"});
  commands.push_back({"extract", hostile + "-missing.txt"});
  commands.push_back({"extract", hostile + ".txt", "--published", hostile});
  commands.push_back({"extract", "--evaluate", hostile});
  for (const auto& args : commands) {
    const CommandRun run = Figcheck(args, dir_);
    std::string shown;
    for (const auto& a : args) shown += " " + a;
    const bool document = std::find(args.begin(), args.end(), "html") != args.end() ||
                          std::find(args.begin(), args.end(), "junit") != args.end();
    ExpectInert("stdout of" + shown, run.out, !document);
    ExpectInert("stderr of" + shown, run.err, true);
  }
  // The name is shown, escaped, where it is named.
  const CommandRun run = Figcheck({"check", "--format", "json", hostile + ".yaml"}, dir_);
  EXPECT_NE(run.err.find("figcheck: nl\\n::error file=evil.yaml,line=1::forged\\x1b[2J\\x1b]0;pwned\\x07.yaml:"),
            std::string::npos)
      << run.err;
}

// 8 -----------------------------------------------------------------------------------------

TEST_F(HardeningTest, AFullStandardOutputIsExit2ForEveryCommand) {
  if (!MakeDevice("full", 7)) GTEST_SKIP() << "cannot mknod here (not root)";
  g_stdout_path = (dir_ / "full").string();
  WriteFile(dir_ / "in.ndjson", kNdjsonRecord + "\n");
  WriteFile(dir_ / "a.txt", "Published 2020-07-29. SenseTime is valued at $7.5 billion.\n");
  const std::vector<std::vector<std::string>> commands = {
      {"check", "--ndjson", "in.ndjson"},
      {"check", "good.yaml"},
      {"check", "--format", "json", "good.yaml"},
      {"extract", "a.txt"},
      {"parse", "75억 달러"},
      {"rates", "USD/KRW", "2020-07-28"},
      {"convert", "75억 달러", "--to", "KRW", "--date", "2020-07-29"},
  };
  for (const auto& args : commands) {
    const CommandRun run = Figcheck(args, dir_, StdoutToDevice);
    EXPECT_EQ(run.status, 2) << args[0] << " " << args[1];
    EXPECT_NE(run.err.find("No space left on device"), std::string::npos) << run.err;
  }
}

}  // namespace
}  // namespace figcheck
