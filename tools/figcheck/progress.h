// A progress line on standard error for long runs: files done/total, facts per second, ETA.
//
// Shown only when standard error is a terminal and the run has lasted over a second (or
// FIGCHECK_PROGRESS_DELAY_MS milliseconds), so pipes, CI logs and short runs get nothing.
// Redrawn at most ten times a second; Clear() erases it before the report's end is written.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace figcheck::cli {

class ProgressBar {
 public:
  // `total` files are expected (0 when unknown).
  explicit ProgressBar(std::size_t total);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar() { Clear(); }

  void Update(std::size_t files_done, std::uint64_t facts_done);
  void Clear();

  // The line drawn for these counts after `elapsed` (facts/s and ETA in integer arithmetic).
  static std::string Line(std::size_t files_done, std::size_t total, std::uint64_t facts_done,
                          std::chrono::milliseconds elapsed);

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::size_t total_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  std::chrono::milliseconds delay_{1000};
  bool drawn_ = false;
};

}  // namespace figcheck::cli
