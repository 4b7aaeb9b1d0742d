// Runs the built figcheck binary (FIGCHECK_BINARY) the way a user would, for the tests of whole
// commands: the arguments go through the shell as written, and the exit status, stdout and
// stderr come back as values.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace figcheck {

// What one run of figcheck did. status is -1 when the process did not exit normally.
struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

struct CliOptions {
  // Where figcheck runs; empty means the test's own working directory.
  std::filesystem::path working_dir;
  // Variable assignments put before the command, as in the shell: "NO_COLOR=1".
  std::string environment;
};

// The whole contents of `path`, byte for byte; empty when it cannot be read.
inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `figcheck <arguments>`; the caller quotes the arguments for the shell.
inline CliRun RunFigcheck(std::string_view arguments, const CliOptions& options = {}) {
  static std::atomic<int> runs{0};
  const std::filesystem::path stem =
      std::filesystem::temp_directory_path() / fmt::format("figcheck-cli-{}-{}", ::getpid(), runs++);
  const std::filesystem::path out = stem.string() + ".out";
  const std::filesystem::path err = stem.string() + ".err";
  std::string command;
  if (!options.working_dir.empty()) command = fmt::format("cd '{}' && ", options.working_dir.string());
  if (!options.environment.empty()) command += options.environment + " ";
  command += fmt::format("'{}' {} >'{}' 2>'{}'", FIGCHECK_BINARY, arguments, out.string(), err.string());
  const int raw = std::system(command.c_str());
  CliRun run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = ReadWholeFile(out);
  run.err = ReadWholeFile(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return run;
}

}  // namespace figcheck
