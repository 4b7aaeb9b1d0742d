#include "core/base/file_reader.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

namespace figcheck {

bool DiskFileReader::Read(const std::string& path, std::string* contents, std::string* error) const {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *error = "is a directory";
    return false;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = errno != 0 ? std::generic_category().message(errno) : "cannot open file";
    for (char& c : *error) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return false;
  }
  // Read in chunks up to one byte past the limit, so an endless file stops early.
  std::string data;
  char chunk[1 << 16];
  while (in && data.size() <= max_bytes_) {
    in.read(chunk, sizeof chunk);
    data.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  if (data.size() > max_bytes_) {
    *error = fmt::format("file is larger than {} bytes ({} MiB), the limit for {}", max_bytes_, max_bytes_ >> 20, what_);
    return false;
  }
  *contents = std::move(data);
  return true;
}

bool InMemoryFileReader::Read(const std::string& path, std::string* contents, std::string* error) const {
  const auto it = files_.find(path);
  if (it == files_.end()) {
    *error = "no such file or directory";
    return false;
  }
  *contents = it->second;
  return true;
}

}  // namespace figcheck
