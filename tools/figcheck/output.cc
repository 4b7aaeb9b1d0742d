#include "tools/figcheck/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>

#include <fmt/format.h>

namespace figcheck::cli {
namespace {

std::string Error(const std::string& path, int error) {
  return fmt::format("cannot write '{}': {}", path, std::strerror(error));
}

// Closes the descriptor and removes the temporary file unless released.
class TempFile {
 public:
  TempFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  // Closes the descriptor; returns errno on failure, 0 on success.
  int Close() {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0 ? 0 : errno;
  }
  void Release() { path_.clear(); }

 private:
  int fd_;
  std::string path_;
};

}  // namespace

std::optional<std::string> WriteFileAtomically(const std::string& path, std::string_view contents) {
  if (path.empty()) return std::string("cannot write '': empty file name");
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty()) return Error(path, EISDIR);

  std::string pattern = (dir == "/" ? std::string("/") : dir + "/") + "." + name + ".tmp-XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return Error(path, errno);
  TempFile temp(fd, pattern);

  struct stat existing {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode) ? existing.st_mode & 07777 : 0644;
  if (::fchmod(temp.fd(), mode) != 0) return Error(path, errno);

  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(temp.fd(), contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error(path, errno);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(temp.fd()) != 0) return Error(path, errno);
  if (const int error = temp.Close(); error != 0) return Error(path, error);
  if (::rename(temp.path().c_str(), path.c_str()) != 0) return Error(path, errno);
  temp.Release();

  // Make the rename itself durable; a failure here leaves a complete file, so it is not an error.
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return std::nullopt;
}

std::optional<std::string> ResolveReportTargets(const std::vector<std::string>& formats,
                                                const std::vector<std::string>& outputs,
                                                std::vector<ReportTarget>* targets) {
  targets->clear();
  std::vector<ReportFormat> parsed;
  for (const auto& name : formats) {
    const auto format = ReportFormatFromName(name);
    if (!format) {
      return fmt::format("unknown report format '{}' (text, json, junit, sarif, github, markdown, html)", name);
    }
    parsed.push_back(*format);
  }
  if (parsed.empty()) parsed.push_back(ReportFormat::kText);
  // One --format more than -o: the last one goes to standard output.
  std::vector<std::string> paths = outputs;
  if (parsed.size() == paths.size() + 1) paths.push_back("-");
  if (parsed.size() != paths.size()) {
    return fmt::format("{} --format values but {} -o values: give each --format its own -o FILE (one may go to "
                       "standard output)",
                       parsed.size(), outputs.size());
  }
  int to_stdout = 0;
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    ReportTarget target{parsed[i], paths[i]};
    if (target.to_stdout() && ++to_stdout > 1) return std::string("only one report can go to standard output");
    for (const auto& other : *targets) {
      if (!target.to_stdout() && other.path == target.path) {
        return fmt::format("two reports would both be written to '{}'", target.path);
      }
    }
    targets->push_back(std::move(target));
  }
  return std::nullopt;
}

std::vector<std::string> WriteReports(const RunResult& run, const ReportOptions& options,
                                      const std::vector<ReportTarget>& targets, std::ostream& stdout_stream) {
  std::vector<std::string> errors;
  for (const auto& target : targets) {
    if (target.to_stdout()) {
      WriteReport(target.format, run, options, stdout_stream);
      stdout_stream.flush();
      if (!stdout_stream) errors.push_back("cannot write the report to standard output");
      continue;
    }
    ReportOptions file_options = options;
    file_options.color = false;  // colour codes belong on a terminal, never in a file
    std::ostringstream rendered;
    WriteReport(target.format, run, file_options, rendered);
    if (auto error = WriteFileAtomically(target.path, rendered.str())) errors.push_back(std::move(*error));
  }
  return errors;
}

}  // namespace figcheck::cli
