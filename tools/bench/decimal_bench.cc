// Microbenchmarks of Decimal (issue 16): parsing an amount, and the shape of a conversion check
// (amount × rate, then whether the product lies in a stated figure's interval [lo, hi)).
//   bash tools/build.sh -DFIGCHECK_BUILD_BENCHMARKS=ON
//   build/figcheck_bench --benchmark_filter=Decimal
#include <benchmark/benchmark.h>

#include <array>
#include <string_view>

#include "core/number/decimal.h"

namespace figcheck {
namespace {

constexpr std::array<std::string_view, 6> kAmounts = {"1194.4", "8951200000000", "0.9234", "-37.25",
                                                      "1187.83", "2500000"};

void BM_DecimalParseAmount(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) {
    auto value = Decimal::Parse(kAmounts[i]);
    benchmark::DoNotOptimize(value);
    i = i + 1 == kAmounts.size() ? 0 : i + 1;
  }
}
BENCHMARK(BM_DecimalParseAmount);

// A converted figure: 1,200 dollars at 1187.83 won per dollar, stated as "1.43 million won" and
// checked against the interval of what rounds to it, [1.425e6, 1.435e6).
void BM_DecimalConversionCheck(benchmark::State& state) {
  const Decimal amount = *Decimal::Parse("1200");
  const Decimal rate = *Decimal::Parse("1187.83");
  const Decimal lo = *Decimal::Parse("1.425e6");
  const Decimal hi = *Decimal::Parse("1.435e6");
  for (auto _ : state) {
    const Decimal product = amount * rate;
    const bool inside = lo <= product && product < hi;
    benchmark::DoNotOptimize(inside);
  }
}
BENCHMARK(BM_DecimalConversionCheck);

// The same with a cross rate (a quotient of two reference rates) and the product printed.
void BM_DecimalCrossRateCheckAndPrint(benchmark::State& state) {
  const Decimal amount = *Decimal::Parse("37.5");
  const Decimal usd = *Decimal::Parse("1.1812");
  const Decimal krw = *Decimal::Parse("1402.68");
  const Decimal lo = *Decimal::Parse("44.5e3");
  const Decimal hi = *Decimal::Parse("44.6e3");
  for (auto _ : state) {
    const Decimal product = amount * *krw.DividedBy(usd);
    const bool inside = lo <= product && product < hi;
    benchmark::DoNotOptimize(inside);
    auto text = product.ToShortString();
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_DecimalCrossRateCheckAndPrint);

void BM_DecimalToFixed(benchmark::State& state) {
  const Decimal value = *Decimal::Parse("1425396.5");
  for (auto _ : state) {
    auto text = value.ToFixed(2, RoundingMode::kHalfUp);
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_DecimalToFixed);

}  // namespace
}  // namespace figcheck
