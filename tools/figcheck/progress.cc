#include "tools/figcheck/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

namespace figcheck::cli {

ProgressBar::ProgressBar(std::size_t total)
    : enabled_(isatty(STDERR_FILENO) == 1), total_(total), start_(Clock::now()), last_draw_(start_) {
  if (const char* delay = std::getenv("FIGCHECK_PROGRESS_DELAY_MS")) {
    char* end = nullptr;
    const long ms = std::strtol(delay, &end, 10);
    if (end != delay && *end == '\0' && ms >= 0) delay_ = std::chrono::milliseconds(ms);
  }
}

std::string ProgressBar::Line(std::size_t files_done, std::size_t total, std::uint64_t facts_done,
                              std::chrono::milliseconds elapsed) {
  const auto ms = static_cast<std::uint64_t>(elapsed.count() > 0 ? elapsed.count() : 1);
  const std::uint64_t facts_per_second = facts_done * 1000 / ms;
  std::string line = fmt::format("checking: {}", files_done);
  if (total > 0) {
    constexpr std::size_t kWidth = 24;
    const std::size_t filled = files_done >= total ? kWidth : files_done * kWidth / total;
    line = fmt::format("[{}{}] {}/{} files", std::string(filled, '#'), std::string(kWidth - filled, '.'), files_done, total);
  } else {
    line += " files";
  }
  line += fmt::format(", {} facts/s", facts_per_second);
  if (total > 0 && files_done > 0 && files_done < total) {
    const std::uint64_t left_s = ms * (total - files_done) / files_done / 1000;
    line += fmt::format(", ETA {}:{:02}", left_s / 60, left_s % 60);
  }
  return line;
}

void ProgressBar::Update(std::size_t files_done, std::uint64_t facts_done) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (now - start_ < delay_ || (drawn_ && now - last_draw_ < std::chrono::milliseconds(100))) return;
  last_draw_ = now;
  drawn_ = true;
  const std::string line =
      Line(files_done, total_, facts_done, std::chrono::duration_cast<std::chrono::milliseconds>(now - start_));
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
}

void ProgressBar::Clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace figcheck::cli
