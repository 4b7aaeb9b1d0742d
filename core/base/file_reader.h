// FileReader: the one door through which the library reads files, so tests can hand it an
// in-memory fake and only tools/ touches the real file system.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace figcheck {

class FileReader {
 public:
  virtual ~FileReader() = default;

  // Reads the whole file at `path` into *contents and returns true; otherwise leaves *contents
  // alone, sets *error to a lower-case reason ("no such file or directory") and returns false.
  virtual bool Read(const std::string& path, std::string* contents, std::string* error) const = 0;
};

// No input figcheck reads is larger: a bigger file (or /dev/zero) is refused before it fills memory.
inline constexpr std::size_t kMaxInputFileBytes = 64 * 1024 * 1024;

// Reads from the real file system (paths relative to the working directory). Files larger than
// `max_bytes` are refused after reading one byte past it, so an endless file stops early
// ("file is larger than 67108864 bytes (64 MiB), the limit for an input file"); `what` names the
// kind of file in that message ("a fact file").
class DiskFileReader final : public FileReader {
 public:
  explicit DiskFileReader(std::size_t max_bytes = kMaxInputFileBytes, std::string what = "an input file")
      : max_bytes_(max_bytes), what_(std::move(what)) {}
  bool Read(const std::string& path, std::string* contents, std::string* error) const override;

 private:
  std::size_t max_bytes_;
  std::string what_;
};

// Serves files from a map of path -> contents; anything else is "no such file or directory".
class InMemoryFileReader final : public FileReader {
 public:
  InMemoryFileReader() = default;
  explicit InMemoryFileReader(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  void Add(std::string path, std::string contents) { files_[std::move(path)] = std::move(contents); }
  bool Read(const std::string& path, std::string* contents, std::string* error) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace figcheck
