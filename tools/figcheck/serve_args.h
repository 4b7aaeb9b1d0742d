// The options of `figcheck serve`, shared by the command (tools/figcheck/serve_command.cc), which
// checks them and starts the server, and by the server itself (tools/serve/serve_main.cc), which
// reads them back: one definition of their names, defaults, help and limits for both programs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace figcheck::cli {

struct ServeArgs {
  int port = 8080;
  std::string host = "127.0.0.1";
  std::vector<std::string> rates;
  int threads = 16;
};

inline void AddServeOptions(CLI::App* app, ServeArgs* args) {
  app->add_option("--port", args->port, "Port to listen on (default 8080; 0 picks a free one and prints it)");
  app->add_option("--host", args->host, "Address to listen on (default 127.0.0.1: this computer only)");
  app->add_option("--rates", args->rates,
                  "Rate source: default, fred, ecb, or a rate file; repeat for several, first that answers wins");
  app->add_option("--threads", args->threads, "Requests served at once (default 16)");
}

// What is wrong with the options, as the error line says it; nullopt when nothing is.
inline std::optional<std::string> ServeArgsError(const ServeArgs& args) {
  if (args.port < 0 || args.port > 65535) {
    return fmt::format("--port {} is not a port (0-65535; 0 picks a free one)", args.port);
  }
  if (args.threads < 1 || args.threads > 256) return "--threads takes 1 to 256";
  return std::nullopt;
}

// The options as the server's command line: each value joined to its option (--host=VALUE), so
// a value that starts with '-' stays a value.
inline std::vector<std::string> ServeArgsWords(const ServeArgs& args) {
  std::vector<std::string> words = {"--port=" + std::to_string(args.port), "--host=" + args.host,
                                    "--threads=" + std::to_string(args.threads)};
  for (const std::string& rates : args.rates) words.push_back("--rates=" + rates);
  return words;
}

}  // namespace figcheck::cli
