// `figcheck rates fetch` against fixtures served on 127.0.0.1 by fixture_http_server.py (never
// an outside address): a download lands atomically in the cache (XDG_CACHE_HOME, a temporary
// folder per test) or -o FILE, the default source then uses it, and a 404, a truncated body, a
// timeout or a body that is not a rate file is exit 2 with nothing written.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(FIGCHECK_SOURCE_DIR) / "tests/rates/data/formats";

// The fixture server, started once for the suite and stopped (by its own pid) at the end.
class FixtureServer {
 public:
  FixtureServer() {
    int out[2], in[2];
    if (::pipe(out) != 0 || ::pipe(in) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(in[0], 0);
      ::dup2(out[1], 1);
      ::close(in[0]);
      ::close(in[1]);
      ::close(out[0]);
      ::close(out[1]);
      const std::string script = std::string(FIGCHECK_SOURCE_DIR) + "/tests/rates/fixture_http_server.py";
      ::execlp("python3", "python3", script.c_str(), kFixtures.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    stdin_ = in[1];
    FILE* from = ::fdopen(out[0], "r");
    int pid = 0;
    if (from == nullptr || std::fscanf(from, "%d %d", &port_, &pid) != 2) port_ = 0;
    if (from != nullptr) std::fclose(from);
  }
  ~FixtureServer() {
    if (stdin_ >= 0) ::close(stdin_);  // the server exits when its input closes
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  int port() const { return port_; }
  std::string Url(const std::string& path) const { return fmt::format("http://127.0.0.1:{}/{}", port_, path); }

 private:
  pid_t pid_ = -1;
  int stdin_ = -1;
  int port_ = 0;
};

class RatesFetchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new FixtureServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  void SetUp() override {
    ASSERT_GT(server_->port(), 0) << "the fixture server did not start";
    static std::atomic<int> count{0};
    folder_ = fs::temp_directory_path() / fmt::format("figcheck-fetch-{}-{}", ::getpid(), count++);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  // figcheck with XDG_CACHE_HOME in this test's folder.
  CliRun Figcheck(const std::string& arguments) const {
    return RunFigcheck(arguments, {.working_dir = folder_, .environment = fmt::format("XDG_CACHE_HOME='{}'",
                                                                                     (folder_ / "cache").string())});
  }
  fs::path CacheFolder() const { return folder_ / "cache" / "figcheck" / "rates"; }
  // Every file under the test's folder, to show nothing (not even a temporary file) was left.
  std::vector<std::string> FilesLeft() const {
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(folder_)) {
      if (e.is_regular_file()) files.push_back(fs::relative(e.path(), folder_).string());
    }
    return files;
  }

  static FixtureServer* server_;
  fs::path folder_;
};

FixtureServer* RatesFetchTest::server_ = nullptr;

TEST_F(RatesFetchTest, DownloadGoesToTheCacheAndTheDefaultUsesIt) {
  // Before: the embedded FRED table ends 2026-03-27, so 2026-03-30 falls back three days.
  const CliRun before = Figcheck("rates USD/KRW 2026-03-30");
  EXPECT_EQ(before.status, 0);
  EXPECT_NE(before.out.find("observed: 2026-03-27"), std::string::npos) << before.out;

  const std::string url = server_->Url("frankfurter_2026.json");
  const CliRun fetch = Figcheck("rates fetch " + url);
  ASSERT_EQ(fetch.status, 0) << fetch.err;
  const fs::path cached =
      CacheFolder() / fmt::format("url_127.0.0.1_{}_frankfurter_2026.json", server_->port());
  EXPECT_EQ(fetch.out, fmt::format("{}: 8 observations (EUR/KRW 2026-03-30..2026-04-02, EUR/USD "
                                   "2026-03-30..2026-04-02) -> {}\n",
                                   url, cached.string()));
  EXPECT_EQ(ReadWholeFile(cached), ReadWholeFile(kFixtures / "frankfurter_2026.json"));

  // After: the cache observed 2026-03-30 itself, which beats the embedded table's fallback.
  const CliRun after = Figcheck("rates USD/KRW 2026-03-30");
  EXPECT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(after.out, fmt::format("USD/KRW on 2026-03-30: {}\n"
                                   "  source:   {}  (rates: default)\n"
                                   "  observed: 2026-03-30\n"
                                   "  path:     EUR/KRW ÷ EUR/USD via EUR\n",
                                   "1517.702890978753…", cached.string()));
  // A day the embedded table has itself still comes from it.
  EXPECT_NE(Figcheck("rates USD/KRW 2026-03-27").out.find("FRED H.10 DEXKOUS"), std::string::npos);

  const CliRun list = Figcheck("rates list");
  EXPECT_EQ(list.status, 0);
  EXPECT_NE(list.out.find(fmt::format("{}\n  EUR/KRW  2026-03-30..2026-04-02  4 observations\n", cached.string())),
            std::string::npos)
      << list.out;
  EXPECT_NE(list.out.find("fred\n  USD/KRW  2000-01-03..2026-03-27"), std::string::npos) << list.out;
}

TEST_F(RatesFetchTest, OutputFileGetsTheBodyAsServed) {
  const CliRun fetch = Figcheck("rates fetch -o mine.zip " + server_->Url("eurofxref.zip"));
  ASSERT_EQ(fetch.status, 0) << fetch.err;
  EXPECT_EQ(ReadWholeFile(folder_ / "mine.zip"), ReadWholeFile(kFixtures / "eurofxref.zip"));
  EXPECT_EQ(FilesLeft(), std::vector<std::string>{"mine.zip"});
  const CliRun rate = Figcheck("rates EUR/KRW 2020-07-28 --rates mine.zip");
  EXPECT_EQ(rate.status, 0) << rate.err;
  EXPECT_NE(rate.out.find("EUR/KRW on 2020-07-28: 1406.13\n  source:   ECB reference rate"), std::string::npos)
      << rate.out;
}

TEST_F(RatesFetchTest, NotFoundIsExitTwoAndWritesNothing) {
  const std::string url = server_->Url("no-such-file.csv");
  const CliRun fetch = Figcheck("rates fetch " + url + " -o out.csv");
  EXPECT_EQ(fetch.status, 2);
  EXPECT_EQ(fetch.err, fmt::format("figcheck rates fetch: error: {}: HTTP 404; nothing written\n", url));
  EXPECT_TRUE(FilesLeft().empty());
}

TEST_F(RatesFetchTest, TruncatedBodyIsExitTwoAndWritesNothing) {
  const CliRun fetch = Figcheck("rates fetch " + server_->Url("truncated/fredgraph.csv"));
  EXPECT_EQ(fetch.status, 2);
  EXPECT_NE(fetch.err.find("the transfer ended early"), std::string::npos) << fetch.err;
  EXPECT_NE(fetch.err.find("; nothing written\n"), std::string::npos) << fetch.err;
  EXPECT_TRUE(FilesLeft().empty());
}

TEST_F(RatesFetchTest, TimeoutIsExitTwoAndWritesNothing) {
  const std::string url = server_->Url("slow/fredgraph.csv");
  const CliRun fetch = Figcheck("rates fetch --timeout 1 " + url + " -o late.csv");
  EXPECT_EQ(fetch.status, 2);
  EXPECT_EQ(fetch.err, fmt::format("figcheck rates fetch: error: {}: timed out after 1 s; nothing written\n", url));
  EXPECT_TRUE(FilesLeft().empty());
}

TEST_F(RatesFetchTest, BodyThatIsNotARateFileIsExitTwoAndWritesNothing) {
  const std::string url = server_->Url("make_fixtures.py");
  const CliRun fetch = Figcheck("rates fetch " + url);
  EXPECT_EQ(fetch.status, 2);
  EXPECT_NE(fetch.err.find(fmt::format("{}:2:1: error: not a rate file figcheck reads", url)), std::string::npos)
      << fetch.err;
  EXPECT_NE(fetch.err.find(fmt::format("figcheck rates fetch: error: {} is not a rate file figcheck reads; nothing "
                                       "written\n",
                                       url)),
            std::string::npos)
      << fetch.err;
  EXPECT_TRUE(FilesLeft().empty());
}

TEST_F(RatesFetchTest, UnknownSourcesAreUsageErrors) {
  const CliRun fred = Figcheck("rates fetch fred:DEXXXUS");
  EXPECT_EQ(fred.status, 2);
  EXPECT_EQ(fred.err, "figcheck rates fetch: error: unknown FRED series 'DEXXXUS': fred:DEXKOUS, fred:DEXJPUS, "
                      "fred:DEXUSEU, ... (the H.10 daily series, docs/RATES.md)\n");
  const CliRun ftp = Figcheck("rates fetch ftp://127.0.0.1/rates.csv");
  EXPECT_EQ(ftp.status, 2);
  EXPECT_EQ(ftp.err, "figcheck rates fetch: error: unknown rate source 'ftp://127.0.0.1/rates.csv': expected "
                     "fred:SERIES (fred:DEXKOUS), ecb, ecb-daily or an http(s) URL\n");
  EXPECT_TRUE(FilesLeft().empty());
}

TEST_F(RatesFetchTest, BrokenCacheFileIsExitTwoNamingIt) {
  fs::create_directories(CacheFolder());
  const fs::path broken = CacheFolder() / "fred_DEXKOUS.csv";
  {
    std::ofstream out(broken);
    out << "observation_date,DEXKOUS\n2026-03-30,17x2.5\n";
  }
  const CliRun run = Figcheck("rates USD/KRW 2026-03-30");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, broken.string() + ":2:12: error: rate '17x2.5' is not a decimal number\n");
  // Naming a source explicitly does not read the cache.
  EXPECT_EQ(Figcheck("rates USD/KRW 2026-03-27 --rates fred").status, 0);
}

}  // namespace
}  // namespace figcheck
