// Runs the built figcheck binary for the tests of tests/bad/: no shell, so any bytes pass as
// arguments; stdout and stderr go to temporary files so neither pipe can fill up and block.
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace figcheck::bad_input {

namespace fs = std::filesystem;

struct CommandRun {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string Drain(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  return text;
}

// Runs figcheck with `args` in `cwd` and waits for it; a signal death is 128 + the signal.
// `before_exec`, when given, runs in the child just before exec (limits, signal dispositions).
inline CommandRun Figcheck(const std::vector<std::string>& args, const fs::path& cwd,
                          void (*before_exec)() = nullptr) {
  char out_name[] = "/tmp/figcheck-bad-out-XXXXXX";
  char err_name[] = "/tmp/figcheck-bad-err-XXXXXX";
  const int out_fd = ::mkstemp(out_name);
  const int err_fd = ::mkstemp(err_name);
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(126);
    ::dup2(out_fd, 1);
    ::dup2(err_fd, 2);
    if (before_exec != nullptr) before_exec();
    std::vector<char*> argv{const_cast<char*>(FIGCHECK_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(FIGCHECK_BINARY, argv.data());
    ::_exit(127);
  }
  int raw = 0;
  ::waitpid(pid, &raw, 0);
  CommandRun run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  ::lseek(out_fd, 0, SEEK_SET);
  ::lseek(err_fd, 0, SEEK_SET);
  run.out = Drain(out_fd);
  run.err = Drain(err_fd);
  ::unlink(out_name);
  ::unlink(err_name);
  return run;
}

// Every file under `dir` (recursively) that looks like an atomic writer's leftover (".tmp-").
inline std::vector<std::string> TempFilesUnder(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().filename().string().find(".tmp-") != std::string::npos) found.push_back(e.path().string());
  }
  return found;
}

// The whole file, byte for byte.
inline std::string ReadFileBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace figcheck::bad_input
