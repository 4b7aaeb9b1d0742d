#include "tools/figcheck/standard_streams.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

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

}  // namespace figcheck::cli
