#include "tools/figcheck/standard_streams.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "core/base/printable.h"

namespace figcheck::cli {

void SayLine(std::string_view line) {
  std::cerr << Printable(line) << '\n';
  std::cerr.flush();
}

std::string CloseStandardOutput() {
  errno = 0;
  std::cout.flush();
  bool failed = !std::cout;
  int error = errno;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    failed = true;
    if (errno != 0) error = errno;
  }
  if (std::fclose(stdout) != 0) {
    failed = true;
    error = errno;
  }
  if (!failed) return {};
  return error != 0 ? std::strerror(error) : "write error";
}

std::optional<std::string> ReadStandardInput(std::size_t limit, std::string* contents) {
  std::string data;
  char chunk[1 << 16];
  while (std::cin && data.size() <= limit) {
    std::cin.read(chunk, sizeof chunk);
    data.append(chunk, static_cast<std::size_t>(std::cin.gcount()));
  }
  if (std::cin.bad()) return std::string("read error on standard input");
  if (data.size() > limit) {
    return fmt::format("standard input is larger than {} bytes ({} MiB), the limit for an input file", limit,
                       limit / (1024 * 1024));
  }
  *contents = std::move(data);
  return std::nullopt;
}

}  // namespace figcheck::cli
