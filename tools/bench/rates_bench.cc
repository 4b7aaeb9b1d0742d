// Microbenchmarks of the rates code: loading the embedded default and looking rates up.
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DFIGCHECK_BUILD_BENCHMARKS=ON
//   make -C build-bench -j2 figcheck_bench && build-bench/figcheck_bench --benchmark_filter=Rate
#include <benchmark/benchmark.h>

#include "core/rates/rate_file.h"
#include "core/rates/rate_sources.h"

namespace figcheck {
namespace {

// Parsing each embedded table from its text, as the first use in a process does.
void BM_RateLoadEmbeddedFred(benchmark::State& state) {
  for (auto _ : state) {
    auto table = ReadStaticRateFile("fred", EmbeddedFredRates());
    benchmark::DoNotOptimize(table);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * EmbeddedFredRates().size()));
}
BENCHMARK(BM_RateLoadEmbeddedFred)->Unit(benchmark::kMillisecond);

void BM_RateLoadEmbeddedEcb(benchmark::State& state) {
  for (auto _ : state) {
    auto table = ReadStaticRateFile("ecb", EmbeddedEcbRates());
    benchmark::DoNotOptimize(table);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * EmbeddedEcbRates().size()));
}
BENCHMARK(BM_RateLoadEmbeddedEcb)->Unit(benchmark::kMillisecond);

// The whole default (both tables), read from a copy the way a --rates file is.
void BM_RateLoadWholeDefaultAsFiles(benchmark::State& state) {
  for (auto _ : state) {
    auto fred = ReadRateFile("fred_h10.csv", EmbeddedFredRates());
    auto ecb = ReadRateFile("ecb_reference.csv", EmbeddedEcbRates());
    benchmark::DoNotOptimize(fred);
    benchmark::DoNotOptimize(ecb);
  }
}
BENCHMARK(BM_RateLoadWholeDefaultAsFiles)->Unit(benchmark::kMillisecond);

const Currency& Code(std::string_view code) { return *FindCurrencyByCode(code); }

void BM_RateFindDirect(benchmark::State& state) {
  const auto source = DefaultRateSource();
  const Date day = *Date::Parse("2020-07-29");
  for (auto _ : state) benchmark::DoNotOptimize(source->Find(Code("USD"), Code("KRW"), day));
}
BENCHMARK(BM_RateFindDirect);

void BM_RateFindCrossViaEcb(benchmark::State& state) {
  const auto source = DefaultRateSource();
  const Date day = *Date::Parse("2020-07-29");
  for (auto _ : state) benchmark::DoNotOptimize(source->Find(Code("JPY"), Code("KRW"), day));
}
BENCHMARK(BM_RateFindCrossViaEcb);

void BM_RateSeriesOneYear(benchmark::State& state) {
  const auto source = DefaultRateSource();
  const Date from = *Date::Parse("2020-01-01");
  const Date to = *Date::Parse("2020-12-31");
  for (auto _ : state) benchmark::DoNotOptimize(source->Series(Code("USD"), Code("KRW"), from, to));
}
BENCHMARK(BM_RateSeriesOneYear)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace figcheck
