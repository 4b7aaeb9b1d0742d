// Microbenchmarks of the check path: parsing an amount, one conversion check, and a whole
// typical fact file split into YAML loading and checking (docs/PERFORMANCE.md).
//   cmake -S . -B build -DFIGCHECK_BUILD_BENCHMARKS=ON && make -C build -j2 figcheck_bench
//   build/figcheck_bench --benchmark_filter='Amount|Conversion|FactFile'
// A rate lookup: BM_RateFindDirect in rates_bench.cc.
#include <benchmark/benchmark.h>

#include <string>

#include "core/base/file_reader.h"
#include "core/check/checker.h"
#include "core/check/run.h"
#include "core/facts/loader.h"
#include "core/money/parse.h"
#include "core/rates/rate_sources.h"

namespace figcheck {
namespace {

// One conversion, as the seed article prints it.
constexpr std::string_view kOneConversion = R"(article:
  id: bench
  published: 2020-07-29
facts:
  - id: sensetime-valuation
    amount: 75억 달러
    converted: 한화 약 8조 9512억원
)";

// A typical synthetic article (tools/bench/generate_archive.py --seed 8, article 1): five
// conversions (USD, EUR and CNY to won), two growth figures.
constexpr std::string_view kTypicalFile = R"(article:
  id: "synthetic-0000001"
  title: "Synthetic article 1"
  publisher: "figcheck bench"
  published: "2006-11-06"
  language: "ko"
facts:
  - id: "conversion-1"
    quote: "이 회사는 130억 달러(한화 약 12조 2473억원)의 가치로 평가받고 있다."
    amount: "130억 달러"
    converted: "한화 약 12조 2473억원"
    source: "company filing, as cited by the article"
  - id: "growth-2"
    quote: "net profit 34억4400만위안 -> 51억3200만위안, 49% 증가"
    previous: "34억4400만위안"
    current: "51억3200만위안"
    change: "49% 증가"
    source: "annual reports"
  - id: "growth-3"
    quote: "net profit 45억2800만위안 -> 66억5600만위안, 47% 증가"
    previous: "45억2800만위안"
    current: "66억5600만위안"
    change: "47% 증가"
    source: "annual reports"
  - id: "conversion-4"
    quote: "이 회사는 33억 달러(약 3조 1089억원)의 가치로 평가받고 있다."
    amount: "33억 달러"
    converted: "약 3조 1089억원"
    source: "company filing, as cited by the article"
  - id: "conversion-5"
    quote: "이 회사는 2900만 유로(약 347억원)의 가치로 평가받고 있다."
    amount: "2900만 유로"
    converted: "약 347억원"
    source: "company filing, as cited by the article"
  - id: "conversion-6"
    quote: "이 회사는 440억 달러(약 41조 4524억원)의 가치로 평가받고 있다."
    amount: "440억 달러"
    converted: "약 41조 4524억원"
    source: "company filing, as cited by the article"
  - id: "conversion-7"
    quote: "이 회사는 63억2000만위안(약 7561억원)의 가치로 평가받고 있다."
    amount: "63억2000만위안"
    converted: "약 7561억원"
    source: "company filing, as cited by the article"
)";

void BM_ParseAmountKorean(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ParseAmount("한화 약 8조 9512억원"));
}
BENCHMARK(BM_ParseAmountKorean);

void BM_ParseAmountEnglish(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ParseAmount("about $7.5 billion"));
}
BENCHMARK(BM_ParseAmountEnglish);

// One conversion check (the file is loaded once, outside the loop).
void BM_CheckOneConversion(benchmark::State& state) {
  const LoadedFactFile loaded = LoadFactFile("bench.yaml", kOneConversion);
  const auto rates = DefaultRateSource();
  const CheckOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(CheckFactFile(*loaded.file, *rates, options));
}
BENCHMARK(BM_CheckOneConversion);

// The split of a typical file: loading (YAML parsing and validation, amounts parsed) ...
void BM_FactFileLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(LoadFactFile("bench.yaml", kTypicalFile));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 7);
}
BENCHMARK(BM_FactFileLoad);

// ... checking it ...
void BM_FactFileCheck(benchmark::State& state) {
  const LoadedFactFile loaded = LoadFactFile("bench.yaml", kTypicalFile);
  const auto rates = DefaultRateSource();
  const CheckOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(CheckFactFile(*loaded.file, *rates, options));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 7);
}
BENCHMARK(BM_FactFileCheck);

// ... and both, as a worker of `figcheck check` does per file (rate sources from the cache).
void BM_FactFileLoadAndCheck(benchmark::State& state) {
  const InMemoryFileReader reader;
  const RateSourceCache sources(reader);
  const RunOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(CheckFactText("bench.yaml", kTypicalFile, ".", options, sources));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 7);
}
BENCHMARK(BM_FactFileLoadAndCheck);

}  // namespace
}  // namespace figcheck
