// Microbenchmarks of extraction (docs/PERFORMANCE.md, "Extraction"): drafting the seed article
// (facts/articles/hankyung-china-ai-sanctions.ko.txt, 5.6 KB, printed twice as scraped) and an
// English wire story, from text to YAML, as `figcheck extract` does minus reading the file.
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DFIGCHECK_BUILD_BENCHMARKS=ON -DFIGCHECK_BUILD_TESTS=OFF
//   make -C build-bench -j2 figcheck_bench && build-bench/figcheck_bench --benchmark_filter=Extract
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/extract/draft.h"
#include "core/extract/draft_writer.h"

namespace figcheck {
namespace {

std::string ReadSource(const std::string& path) {
  std::ifstream in(std::string(FIGCHECK_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void BM_ExtractSeedArticle(benchmark::State& state) {
  const std::string text = ReadSource("facts/articles/hankyung-china-ai-sanctions.ko.txt");
  for (auto _ : state) {
    benchmark::DoNotOptimize(WriteDraftYaml(ExtractDraft("seed.txt", text)));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_ExtractSeedArticle);

// Real sentences from Yonhap and the Korea Herald (tests/extract/forms_test.cc), repeated to a
// wire story's length.
void BM_ExtractEnglishStory(benchmark::State& state) {
  std::string text = "Woori Financial Group Q2 net income down 39.2 pct.\nSEOUL, July 27 (Yonhap) --\n";
  for (int i = 0; i < 8; ++i) {
    text += "Woori Bank said Monday its net profit for 2018 soared 33.34 percent from a year earlier. Net profit came "
            "to 2.04 trillion won ($1.81 billion) in 2018 on a consolidated basis, up from 1.51 trillion won a year "
            "earlier, the lender said in a regulatory filing " + std::to_string(i) + ".\n";
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(WriteDraftYaml(ExtractDraft("story.txt", text)));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_ExtractEnglishStory);

// Every article of the real-article set (tests/articles/*/article.txt, 62 pages as scraped),
// drafted one after another: the time shown is for the whole set; items_per_second counts
// articles.
void BM_ExtractArticleSet(benchmark::State& state) {
  std::vector<std::string> texts;
  const std::filesystem::path root = std::filesystem::path(FIGCHECK_SOURCE_DIR) / "tests" / "articles";
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (entry.is_directory() && std::filesystem::exists(entry.path() / "article.txt")) {
      paths.push_back(entry.path() / "article.txt");
    }
  }
  std::sort(paths.begin(), paths.end());
  std::int64_t bytes = 0;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    texts.push_back(text.str());
    bytes += static_cast<std::int64_t>(texts.back().size());
  }
  if (texts.empty()) {
    state.SkipWithError("no tests/articles/*/article.txt under FIGCHECK_SOURCE_DIR");
    return;
  }
  for (auto _ : state) {
    for (const std::string& text : texts) benchmark::DoNotOptimize(WriteDraftYaml(ExtractDraft("article.txt", text)));
  }
  // items_per_second is articles per second: one article takes 1/that.
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(texts.size()));
  state.SetLabel(std::to_string(texts.size()) + " articles");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * bytes);
}
BENCHMARK(BM_ExtractArticleSet)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace figcheck
