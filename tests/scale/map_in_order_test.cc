#include "core/base/map_in_order.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace figcheck {
namespace {

// Items 0..n-1; the work sleeps longer for early items so later ones finish first.
std::vector<int> RunSquares(int n, int threads, std::size_t window, std::size_t* most_in_flight = nullptr) {
  int next_item = 0;
  std::atomic<int> in_flight{0};
  std::size_t peak = 0;
  std::vector<int> out;
  MapInOrder(
      [&]() -> std::optional<int> {
        if (next_item == n) return std::nullopt;
        peak = std::max(peak, static_cast<std::size_t>(++in_flight));
        return next_item++;
      },
      [&](int& i) {
        std::this_thread::sleep_for(std::chrono::microseconds((n - i) % 7 * 100));
        return i * i;
      },
      [&](int&& square) {
        --in_flight;
        out.push_back(square);
      },
      threads, window);
  if (most_in_flight) *most_in_flight = peak;
  return out;
}

TEST(MapInOrderTest, ResultsComeInTheItemsOrderWhateverTheThreads) {
  std::vector<int> expected;
  for (int i = 0; i < 200; ++i) expected.push_back(i * i);
  EXPECT_EQ(RunSquares(200, 1, 4), expected);
  EXPECT_EQ(RunSquares(200, 2, 4), expected);
  EXPECT_EQ(RunSquares(200, 8, 16), expected);
}

TEST(MapInOrderTest, NeverHoldsMoreThanTheWindow) {
  std::size_t peak = 0;
  RunSquares(300, 4, 10, &peak);
  EXPECT_LE(peak, 10u);
  EXPECT_GE(peak, 4u);  // every thread had work
}

TEST(MapInOrderTest, NoItemsNoResults) { EXPECT_TRUE(RunSquares(0, 4, 8).empty()); }

TEST(MapInOrderTest, AnExceptionFromWorkReachesTheCallerInItsTurn) {
  int next_item = 0;
  std::vector<int> emitted;
  EXPECT_THROW(MapInOrder(
                   [&]() -> std::optional<int> {
                     if (next_item == 50) return std::nullopt;
                     return next_item++;
                   },
                   [](int& i) {
                     if (i == 20) throw std::runtime_error("bad item");
                     return i;
                   },
                   [&](int&& i) { emitted.push_back(i); }, 4, 8),
               std::runtime_error);
  ASSERT_EQ(emitted.size(), 20u);  // everything before the failing item, in order
  EXPECT_EQ(emitted.back(), 19);
}

}  // namespace
}  // namespace figcheck
