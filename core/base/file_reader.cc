#include "core/base/file_reader.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

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
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  *contents = std::move(buffer).str();
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
