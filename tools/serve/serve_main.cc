// figcheck-serve: the desk's HTTP server, started by `figcheck serve` (tools/figcheck/serve_command.cc
// checks the options, then replaces itself with this program). A program of its own so that
// cpp-httplib, and the OpenSSL and Brotli libraries it is built with, are loaded only by the one
// command that serves pages: every other figcheck command starts without them (issue 16, start-up
// time). Not meant to be run by hand; it takes the options `figcheck serve` gives it.
//
// cpp-httplib serves three routes: GET /healthz, GET / (the page, self-contained) and POST
// /api/check (core/report/desk_request.h). The rate sources are opened once, before the server
// listens, and shared read-only by every request thread. Limits keep one client from holding
// the server: the body size (kMaxRequestBytes), a read and a write timeout per socket operation,
// a bounded number of requests per kept-alive connection.
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <httplib.h>

#include "core/base/file_reader.h"
#include "core/base/printable.h"
#include "core/check/run.h"
#include "core/report/desk_request.h"
#include "tools/figcheck/serve_args.h"
#include "tools/figcheck/standard_streams.h"

namespace figcheck {
std::string_view EmbeddedDeskPage();  // tools/figcheck/desk_page.html
// Where the page takes its words: "/*FIGCHECK_STRINGS*/{}" up to the ';' becomes DeskStrings().
constexpr std::string_view kStringsMarker = "/*FIGCHECK_STRINGS*/";
}  // namespace figcheck

namespace figcheck::cli {
namespace {

// Seconds one read or write on a connection may wait (a client that trickles its request in is
// dropped after this long without a byte).
constexpr time_t kSocketTimeoutSeconds = 5;

// The options were checked by `figcheck serve`.
int RunServe(const ServeArgs& args) {
  DiskFileReader reader;
  RateSourceCache sources(reader);
  RunOptions options;
  options.rates = args.rates;
  // Opened once, now: a bad rate file stops the server before it listens.
  const RateSourceResult opened = sources.Open(options.rates);
  if (const auto* diags = std::get_if<Diagnostics>(&opened)) {
    for (const Diagnostic& d : *diags) SayLine("figcheck serve: " + d.ToString());
    return 2;
  }

  httplib::Server server;
  const int threads = args.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  server.set_payload_max_length(kMaxRequestBytes);
  server.set_read_timeout(kSocketTimeoutSeconds, 0);
  server.set_write_timeout(kSocketTimeoutSeconds, 0);
  server.set_keep_alive_max_count(100);
  server.set_keep_alive_timeout(kSocketTimeoutSeconds);

  server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok\n", "text/plain"); });
  // The page's words in English and Korean come from the message catalogue, written into the
  // page where it says /*FIGCHECK_STRINGS*/ (one source for the CLI's and the page's Korean).
  const std::string strings = DeskStrings();
  std::string page(EmbeddedDeskPage());
  if (const std::size_t at = page.find(kStringsMarker); at != std::string::npos) {
    const std::size_t end = page.find(';', at);
    page.replace(at, end - at, strings.substr(0, strings.size() - 1));
  }
  server.Get("/", [page](const httplib::Request&, httplib::Response& res) {
    res.set_content(page.data(), page.size(), "text/html; charset=utf-8");
    // The page needs nothing from elsewhere; say so to the browser too.
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
                   "img-src data:; form-action 'none'; base-uri 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
  });
  server.Get("/api/strings", [strings](const httplib::Request&, httplib::Response& res) {
    res.set_content(strings, "application/json; charset=utf-8");
  });
  server.Post("/api/check", [&options, &sources](const httplib::Request& req, httplib::Response& res) {
    const DeskReply reply = AnswerCheckRequest(req.body, options, sources);
    res.status = reply.status;
    res.set_content(reply.body, "application/json; charset=utf-8");
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = fmt::format("HTTP {}", res.status);
    if (res.status == 404) message = "no such page: the desk serves /, /healthz, /api/strings and POST /api/check";
    // cpp-httplib refuses bodies over the payload limit, and form-encoded bodies over 8 KB.
    if (res.status == 413) {
      message = fmt::format("the request is too large: send the article as JSON (Content-Type: application/json), "
                            "the request at most {} bytes",
                            kMaxRequestBytes);
    }
    if (res.status == 405) message = "method not allowed here";
    res.set_content(DeskError(message), "application/json; charset=utf-8");
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(DeskError("internal error: the check failed on this text; please report it"),
                    "application/json; charset=utf-8");
  });

  int port = args.port;
  if (port == 0) {
    port = server.bind_to_any_port(args.host);
    if (port < 0) {
      SayLine(fmt::format("figcheck serve: error: cannot listen on {}", args.host));
      return 2;
    }
  } else if (!server.bind_to_port(args.host, port)) {
    SayLine(fmt::format("figcheck serve: error: cannot listen on {}:{} (in use? try --port 0)", args.host, port));
    return 2;
  }
  const bool local = args.host == "127.0.0.1" || args.host == "localhost" || args.host == "::1";
  std::printf("%s\n", Printable(fmt::format("figcheck serve: http://{}:{}/ ({})", args.host, port,
                                            local ? "this computer only; --host 0.0.0.0 to share it on the network"
                                                  : "open to the network: anyone who can reach this address can use "
                                                    "it")).c_str());
  std::fflush(stdout);
  if (!server.listen_after_bind()) {
    std::fprintf(stderr, "figcheck serve: error: the server stopped\n");
    return 2;
  }
  return 0;
}

}  // namespace
}  // namespace figcheck::cli

int main(int argc, char** argv) {
  figcheck::cli::ServeArgs args;
  CLI::App app("figcheck-serve: the desk's server, started by `figcheck serve` (run that instead)", "figcheck-serve");
  figcheck::cli::AddServeOptions(&app, &args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (const auto error = figcheck::cli::ServeArgsError(args)) {
    std::fprintf(stderr, "figcheck serve: error: %s\n", error->c_str());
    return 2;
  }
  return figcheck::cli::RunServe(args);
}
