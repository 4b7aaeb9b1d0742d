#include "tools/figcheck/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "core/base/printable.h"
#include "tools/figcheck/fact_files.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

std::string Error(const std::string& path, int error) {
  return fmt::format("cannot write '{}': {}", Printable(path), std::strerror(error));
}

// The temporary file being written, for the signal handler below: a fixed buffer, because a
// handler may not allocate. Only one file is written at a time.
char g_pending_temp[4096];
volatile std::sig_atomic_t g_pending_active = 0;

// SIGINT, SIGTERM, SIGHUP, SIGPIPE while a report is being written: remove the temporary file
// (unlink is async-signal-safe), then die of the same signal as if there were no handler.
extern "C" void RemovePendingTempAndReraise(int signal_number) {
  if (g_pending_active) ::unlink(g_pending_temp);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

// Registers `path` for removal on a fatal signal for as long as it lives. The handlers are
// installed once, the first time, unless the signal is ignored (nohup keeps SIGHUP ignored).
class SignalCleanup {
 public:
  explicit SignalCleanup(const std::string& path) {
    static const bool installed = [] {
      for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        struct sigaction action {};
        action.sa_handler = RemovePendingTempAndReraise;
        sigemptyset(&action.sa_mask);
        ::sigaction(sig, &action, nullptr);
      }
      return true;
    }();
    (void)installed;
    if (path.size() < sizeof g_pending_temp) {
      std::memcpy(g_pending_temp, path.c_str(), path.size() + 1);
      std::atomic_signal_fence(std::memory_order_seq_cst);
      g_pending_active = 1;
    }
  }
  ~SignalCleanup() { g_pending_active = 0; }
  SignalCleanup(const SignalCleanup&) = delete;
  SignalCleanup& operator=(const SignalCleanup&) = delete;
};

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

// Writes straight into `target` (a character device or a FIFO: nothing to rename over), as
// `shown` in messages. Checks every write and the close.
std::optional<std::string> WriteStraight(const std::string& shown, const std::string& target,
                                         std::string_view contents) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Error(shown, errno);
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      ::close(fd);
      return Error(shown, error);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) return Error(shown, errno);
  return std::nullopt;
}

// The file `path` names once every symlink on it is followed (also a dangling one: the file it
// would create), in *target; an error for a symlink loop.
std::optional<std::string> FollowSymlinks(const std::string& path, std::string* target) {
  fs::path current = path;
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(current, ec);
    if (ec || !fs::is_symlink(link)) {
      *target = current.string();
      return std::nullopt;
    }
    const fs::path next = fs::read_symlink(current, ec);
    if (ec) return Error(path, ec.value());
    current = next.is_absolute() ? next : current.parent_path() / next;
  }
  return Error(path, ELOOP);
}

std::optional<std::string> WriteAtomically(const std::string& shown, const std::string& path,
                                           std::string_view contents) {
  if (path.empty()) return std::string("cannot write '': empty file name");
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty()) return Error(shown, EISDIR);

  std::string pattern = (dir == "/" ? std::string("/") : dir + "/") + "." + name + ".tmp-XXXXXX";
  // Signals are held off while the temporary file is created and registered, so an interrupt
  // cannot fall between the two and leave a file nobody removes.
  sigset_t fatal, previous;
  sigemptyset(&fatal);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaddset(&fatal, sig);
  ::pthread_sigmask(SIG_BLOCK, &fatal, &previous);
  const int fd = ::mkstemp(pattern.data());
  const int mkstemp_error = errno;
  std::optional<SignalCleanup> cleanup;
  if (fd >= 0) cleanup.emplace(pattern);
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) return Error(shown, mkstemp_error);
  TempFile temp(fd, pattern);

  struct stat existing {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode) ? existing.st_mode & 07777 : 0644;
  if (::fchmod(temp.fd(), mode) != 0) return Error(shown, errno);

  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(temp.fd(), contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error(shown, errno);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(temp.fd()) != 0) return Error(shown, errno);
  if (const int error = temp.Close(); error != 0) return Error(shown, error);
  if (::rename(temp.path().c_str(), path.c_str()) != 0) return Error(shown, errno);
  temp.Release();

  // Make the rename itself durable; a failure here leaves a complete file, so it is not an error.
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> WriteFileAtomically(const std::string& path, std::string_view contents) {
  return WriteAtomically(path, path, contents);
}

std::optional<std::string> WriteOutputFile(const std::string& path, std::string_view contents) {
  std::string target;
  if (auto error = FollowSymlinks(path, &target)) return error;
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Error(path, EISDIR);
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) return WriteStraight(path, target, contents);
    if (!S_ISREG(st.st_mode)) {
      return fmt::format("cannot write '{}': not a regular file, character device or FIFO", Printable(path));
    }
  }
  return WriteAtomically(path, target, contents);
}

FileIdentity IdentityOf(const std::string& path) {
  FileIdentity id;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    id.exists = true;
    id.device = st.st_dev;
    id.inode = st.st_ino;
    id.folder = S_ISDIR(st.st_mode);
  }
  std::string target;
  if (!FollowSymlinks(path, &target)) {
    std::error_code ec;
    id.resolved = fs::weakly_canonical(fs::absolute(target, ec), ec).lexically_normal().string();
  } else {
    id.resolved = path;
  }
  return id;
}

std::optional<std::string> FindOutputClash(const std::vector<NamedInput>& inputs,
                                           const std::vector<std::string>& outputs) {
  std::vector<FileIdentity> earlier;
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const std::string& output = outputs[i];
    if (output.empty() || output == "-") continue;
    const FileIdentity out = IdentityOf(output);
    for (std::size_t j = 0; j < earlier.size(); ++j) {
      if (earlier[j].SameAs(out)) {
        return fmt::format("-o {} and -o {} are the same file: the second report would overwrite the first",
                           Printable(outputs[j]), Printable(output));
      }
    }
    earlier.push_back(out);
    for (const NamedInput& input : inputs) {
      if (input.path.empty() || input.path == "-") continue;
      const FileIdentity in = IdentityOf(input.path);
      if (!in.exists) continue;  // a missing input is reported as such, it cannot be overwritten
      if (in.SameAs(out)) {
        return fmt::format("-o {} is the {} {}: refusing to overwrite it", Printable(output), input.role,
                           Printable(input.path));
      }
      // A folder of fact files: a fact file written inside it is one of its inputs.
      if (in.folder && input.fact_folder && HasFactFileExtension(output)) {
        const fs::path folder = in.resolved, target = out.resolved;
        const auto [end, _] = std::mismatch(folder.begin(), folder.end(), target.begin(), target.end());
        if (end == folder.end()) {
          return fmt::format("-o {} is a fact file inside the folder {}: refusing to write over an input",
                             Printable(output), Printable(input.path));
        }
      }
    }
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
    if (auto error = WriteOutputFile(target.path, rendered.str())) errors.push_back(std::move(*error));
  }
  return errors;
}

}  // namespace figcheck::cli
