// `figcheck serve [--port 8080] [--host 127.0.0.1] [--rates ...]`: the desk, a local web page
// where an editor pastes an article and sees every figure coloured in place (docs/DESK.md).
//
// The server itself is the program figcheck-serve (tools/serve/serve_main.cc): this command
// checks the options and replaces itself with it (exec: same process, same output, same exit
// status), so that cpp-httplib and the OpenSSL it brings are loaded by `serve` alone and every
// other command starts without them. figcheck-serve is looked for beside this binary (the build
// folder) and then in ../libexec/figcheck (where `cmake --install` puts it).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "tools/figcheck/commands.h"
#include "tools/figcheck/serve_args.h"
#include "tools/figcheck/standard_streams.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

// The server program: beside this binary, else in ../libexec/figcheck from its folder; empty
// when neither exists.
fs::path FindServer() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  for (const fs::path& candidate : {self.parent_path() / "figcheck-serve",
                                    self.parent_path() / FIGCHECK_LIBEXEC_FROM_BIN / "figcheck-serve"}) {
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

int RunServe(const ServeArgs& args) {
  if (const auto error = ServeArgsError(args)) {
    std::fprintf(stderr, "figcheck serve: error: %s\n", error->c_str());
    return 2;
  }
  const fs::path server = FindServer();
  if (server.empty()) {
    SayLine(fmt::format("figcheck serve: error: cannot find the desk's server, figcheck-serve, beside this binary or "
                        "in {} from it (`cmake --install` installs both)",
                        FIGCHECK_LIBEXEC_FROM_BIN));
    return 2;
  }
  std::vector<std::string> words = ServeArgsWords(args);
  words.insert(words.begin(), server.string());
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  ::execv(argv[0], argv.data());
  SayLine(fmt::format("figcheck serve: error: cannot start {}: {}", server.string(), std::strerror(errno)));
  return 2;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the desk: a local page where you paste an article and see its "
                                              "figures checked in place");
  AddServeOptions(cmd, args.get());
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace figcheck::cli
