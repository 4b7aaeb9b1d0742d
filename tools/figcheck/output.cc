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
#include <memory>
#include <streambuf>
#include <vector>
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

// The temporary files being written, for the signal handler below: fixed buffers, because a
// handler may not allocate. Several reports may be open at once (one per -o); a file beyond the
// slots is still removed by its owner, only not on a signal.
constexpr int kPendingSlots = 16;
char g_pending_temp[kPendingSlots][4096];
volatile std::sig_atomic_t g_pending_active[kPendingSlots] = {};

// SIGINT, SIGTERM, SIGHUP, SIGPIPE while a report is being written: remove the temporary files
// (unlink is async-signal-safe), then die of the same signal as if there were no handler.
extern "C" void RemovePendingTempAndReraise(int signal_number) {
  for (int i = 0; i < kPendingSlots; ++i) {
    if (g_pending_active[i]) ::unlink(g_pending_temp[i]);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

// Registers `path` for removal on a fatal signal for as long as it lives. The handlers are
// installed once, the first time, unless the signal is ignored (nohup keeps SIGHUP ignored).
// Signals are blocked by the caller while a slot is taken.
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
    if (path.size() >= sizeof g_pending_temp[0]) return;
    for (int i = 0; i < kPendingSlots; ++i) {
      if (g_pending_active[i]) continue;
      std::memcpy(g_pending_temp[i], path.c_str(), path.size() + 1);
      std::atomic_signal_fence(std::memory_order_seq_cst);
      g_pending_active[i] = 1;
      slot_ = i;
      return;
    }
  }
  ~SignalCleanup() {
    if (slot_ >= 0) g_pending_active[slot_] = 0;
  }
  SignalCleanup(const SignalCleanup&) = delete;
  SignalCleanup& operator=(const SignalCleanup&) = delete;

 private:
  int slot_ = -1;
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

// Writes all of `contents` to `fd`; 0 or the errno of the failed write.
int WriteAll(int fd, std::string_view contents) {
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

// Writes straight into `target` (a character device or a FIFO: nothing to rename over), as
// `shown` in messages. Checks every write and the close.
std::optional<std::string> WriteStraight(const std::string& shown, const std::string& target,
                                         std::string_view contents) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Error(shown, errno);
  if (const int error = WriteAll(fd, contents); error != 0) {
    ::close(fd);
    return Error(shown, error);
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

// A temporary file beside `path` (".<name>.tmp-XXXXXX"), with the mode of the file it will
// replace (else 0644), registered for removal on a fatal signal.
struct PendingTemp {
  std::string dir;
  std::unique_ptr<TempFile> file;
  std::unique_ptr<SignalCleanup> cleanup;
};

std::optional<std::string> CreateTemp(const std::string& shown, const std::string& path, PendingTemp* pending) {
  if (path.empty()) return std::string("cannot write '': empty file name");
  const std::size_t slash = path.rfind('/');
  pending->dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty()) return Error(shown, EISDIR);

  std::string pattern = (pending->dir == "/" ? std::string("/") : pending->dir + "/") + "." + name + ".tmp-XXXXXX";
  // Signals are held off while the temporary file is created and registered, so an interrupt
  // cannot fall between the two and leave a file nobody removes.
  sigset_t fatal, previous;
  sigemptyset(&fatal);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaddset(&fatal, sig);
  ::pthread_sigmask(SIG_BLOCK, &fatal, &previous);
  const int fd = ::mkstemp(pattern.data());
  const int mkstemp_error = errno;
  if (fd >= 0) pending->cleanup = std::make_unique<SignalCleanup>(pattern);
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) return Error(shown, mkstemp_error);
  pending->file = std::make_unique<TempFile>(fd, pattern);

  struct stat existing {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode) ? existing.st_mode & 07777 : 0644;
  if (::fchmod(fd, mode) != 0) return Error(shown, errno);
  return std::nullopt;
}

// Makes the written temporary file durable and renames it over `path`.
std::optional<std::string> CommitTemp(const std::string& shown, const std::string& path, PendingTemp* pending) {
  TempFile& temp = *pending->file;
  if (::fsync(temp.fd()) != 0) return Error(shown, errno);
  if (const int error = temp.Close(); error != 0) return Error(shown, error);
  if (::rename(temp.path().c_str(), path.c_str()) != 0) return Error(shown, errno);
  temp.Release();

  // Make the rename itself durable; a failure here leaves a complete file, so it is not an error.
  const int dir_fd = ::open(pending->dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return std::nullopt;
}

std::optional<std::string> WriteAtomically(const std::string& shown, const std::string& path,
                                           std::string_view contents) {
  PendingTemp pending;
  if (auto error = CreateTemp(shown, path, &pending)) return error;
  if (const int error = WriteAll(pending.file->fd(), contents); error != 0) return Error(shown, error);
  return CommitTemp(shown, path, &pending);
}

// What an output path is once its symlinks are followed: where to write and how.
enum class OutputKind { kAtomic, kStraight };
std::optional<std::string> ClassifyOutput(const std::string& path, std::string* target, OutputKind* kind) {
  if (auto error = FollowSymlinks(path, target)) return error;
  *kind = OutputKind::kAtomic;
  struct stat st {};
  if (::stat(target->c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Error(path, EISDIR);
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
      *kind = OutputKind::kStraight;
    } else if (!S_ISREG(st.st_mode)) {
      return fmt::format("cannot write '{}': not a regular file, character device or FIFO", Printable(path));
    }
  }
  return std::nullopt;
}

// An output stream buffer over a file descriptor: 64 KiB at a time, every write checked; the
// first failure's errno is kept and later output is dropped.
class FdStreamBuf final : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd), buffer_(std::size_t{1} << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int error() const { return error_; }
  // Writes what is buffered; false on failure.
  bool Drain() {
    const std::ptrdiff_t n = pptr() - pbase();
    if (n > 0 && error_ == 0) error_ = WriteAll(fd_, std::string_view(pbase(), static_cast<std::size_t>(n)));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

}  // namespace

std::optional<std::string> WriteFileAtomically(const std::string& path, std::string_view contents) {
  return WriteAtomically(path, path, contents);
}

std::optional<std::string> WriteOutputFile(const std::string& path, std::string_view contents) {
  std::string target;
  OutputKind kind;
  if (auto error = ClassifyOutput(path, &target, &kind)) return error;
  if (kind == OutputKind::kStraight) return WriteStraight(path, target, contents);
  return WriteAtomically(path, target, contents);
}

struct ReportFile::State {
  std::string path, target;
  OutputKind kind = OutputKind::kAtomic;
  std::optional<std::string> error;  // an error met opening it, said by Commit
  PendingTemp temp;
  std::unique_ptr<FdStreamBuf> buffer;
  std::ostringstream memory;          // a device or FIFO: written at the end
  std::ostream discard{nullptr};      // after an error: nothing is kept
  std::unique_ptr<std::ostream> stream;
};

ReportFile::ReportFile(const std::string& path) : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.path = path;
  s.error = ClassifyOutput(path, &s.target, &s.kind);
  if (!s.error && s.kind == OutputKind::kAtomic) {
    s.error = CreateTemp(path, s.target, &s.temp);
    if (!s.error) {
      s.buffer = std::make_unique<FdStreamBuf>(s.temp.file->fd());
      s.stream = std::make_unique<std::ostream>(s.buffer.get());
    } else {
      s.temp = PendingTemp();  // nothing half-made is left
    }
  }
}

ReportFile::~ReportFile() = default;

std::ostream& ReportFile::stream() {
  State& s = *state_;
  if (s.error) return s.discard;
  if (s.kind == OutputKind::kStraight) return s.memory;
  return *s.stream;
}

std::optional<std::string> ReportFile::Commit() {
  State& s = *state_;
  if (s.error) return s.error;
  if (s.kind == OutputKind::kStraight) return WriteStraight(s.path, s.target, s.memory.view());
  s.stream->flush();
  if (!s.buffer->Drain()) return Error(s.path, s.buffer->error());
  return CommitTemp(s.path, s.target, &s.temp);
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

}  // namespace figcheck::cli
