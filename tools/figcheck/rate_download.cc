#include "tools/figcheck/rate_download.h"

#include <curl/curl.h>
#include <dlfcn.h>

#include <cstring>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "core/base/shared_library.h"
#include "core/rates/rate_file.h"
#include "core/report/report.h"

namespace figcheck::cli {

namespace {

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// A file name for a URL's cache copy: host, path and query with anything but letters, digits,
// '.', '-' and '_' made '_'.
std::string CacheNameOf(std::string_view url) {
  url.remove_prefix(url.find("://") + 3);
  std::string name;
  for (char c : url) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '-' || c == '_';
    name.push_back(keep ? c : '_');
  }
  while (!name.empty() && (name.back() == '_' || name.back() == '.')) name.pop_back();
  if (name.size() > 120) name.resize(120);
  return "url_" + name;
}

struct Sink {
  std::string* body;
  bool too_large = false;
};

std::size_t Write(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t bytes = size * count;
  if (sink->body->size() + bytes > kMaxRateFileBytes) {
    sink->too_large = true;
    return 0;  // curl stops with CURLE_WRITE_ERROR
  }
  sink->body->append(data, bytes);
  return bytes;
}

// libcurl is opened on the first download, not linked: it and the libraries it brings (TLS,
// HTTP/2, LDAP, Kerberos, SSH: 32 of the 45 shared objects figcheck would load) cost about
// 6.5 ms of dynamic linking at the start of every process, `figcheck check FILE` included,
// and only `rates fetch` uses it (issue 16, docs/PERFORMANCE.md).
struct CurlApi {
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  decltype(&curl_easy_setopt) easy_setopt = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
};

// libcurl, opened and initialised once per process; null with *error set when it cannot be.
const CurlApi* Curl(std::string* error) {
  static const std::optional<CurlApi> api = []() -> std::optional<CurlApi> {
    void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) return std::nullopt;
    CurlApi curl;
    if (!ResolveSymbol(library, "curl_global_init", &curl.global_init) ||
        !ResolveSymbol(library, "curl_easy_init", &curl.easy_init) ||
        !ResolveSymbol(library, "curl_easy_setopt", &curl.easy_setopt) ||
        !ResolveSymbol(library, "curl_easy_perform", &curl.easy_perform) ||
        !ResolveSymbol(library, "curl_easy_getinfo", &curl.easy_getinfo) ||
        !ResolveSymbol(library, "curl_easy_cleanup", &curl.easy_cleanup) ||
        !ResolveSymbol(library, "curl_easy_strerror", &curl.easy_strerror)) {
      return std::nullopt;
    }
    return curl;
  }();
  if (!api) {
    const char* why = dlerror();
    *error = fmt::format("cannot start libcurl: {} (install libcurl4)", why != nullptr ? why : "libcurl.so.4 is incomplete");
    return nullptr;
  }
  static const CURLcode global = api->global_init(CURL_GLOBAL_DEFAULT);
  if (global != CURLE_OK) {
    *error = fmt::format("cannot start libcurl: {}", api->easy_strerror(global));
    return nullptr;
  }
  return &*api;
}

struct CurlCleanup {
  const CurlApi* api;
  void operator()(CURL* curl) const { api->easy_cleanup(curl); }
};

}  // namespace

std::optional<RateDownloadSource> ResolveRateSource(std::string_view source, std::string* error) {
  if (StartsWith(source, "fred:")) {
    const auto series = FredSeriesById(source.substr(5));
    if (!series) {
      *error = fmt::format("unknown FRED series '{}': fred:DEXKOUS, fred:DEXJPUS, fred:DEXUSEU, ... (the H.10 daily "
                           "series, docs/RATES.md)",
                           source.substr(5));
      return std::nullopt;
    }
    return RateDownloadSource{fmt::format("https://fred.stlouisfed.org/graph/fredgraph.csv?id={}", series->id),
                              fmt::format("fred_{}.csv", series->id)};
  }
  if (source == "ecb") {
    return RateDownloadSource{"https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip", "ecb_eurofxref-hist.zip"};
  }
  if (source == "ecb-daily") {
    return RateDownloadSource{"https://www.ecb.europa.eu/stats/eurofxref/eurofxref.zip", "ecb_eurofxref.zip"};
  }
  if (StartsWith(source, "http://") || StartsWith(source, "https://")) {
    return RateDownloadSource{std::string(source), CacheNameOf(source)};
  }
  *error = fmt::format("unknown rate source '{}': expected fred:SERIES (fred:DEXKOUS), ecb, ecb-daily or an "
                       "http(s) URL",
                       source);
  return std::nullopt;
}

bool Download(const std::string& url, long timeout_seconds, std::string* body, std::string* error) {
  const CurlApi* const api = Curl(error);
  if (api == nullptr) return false;
  std::unique_ptr<CURL, CurlCleanup> curl(api->easy_init(), CurlCleanup{api});
  if (!curl) {
    *error = "cannot start libcurl";
    return false;
  }
  Sink sink{body};
  char message[CURL_ERROR_SIZE] = {};
  api->easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  api->easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, message);
  api->easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &Write);
  api->easy_setopt(curl.get(), CURLOPT_WRITEDATA, &sink);
  api->easy_setopt(curl.get(), CURLOPT_FOLLOWLOCATION, 1L);
  api->easy_setopt(curl.get(), CURLOPT_MAXREDIRS, 5L);
  api->easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "http,https");
  api->easy_setopt(curl.get(), CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  api->easy_setopt(curl.get(), CURLOPT_TIMEOUT, timeout_seconds);
  api->easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, timeout_seconds);
  api->easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  api->easy_setopt(curl.get(), CURLOPT_ACCEPT_ENCODING, "");
  const std::string user_agent = fmt::format("figcheck/{} (rates fetch)", FigcheckVersion());
  api->easy_setopt(curl.get(), CURLOPT_USERAGENT, user_agent.c_str());
  const CURLcode code = api->easy_perform(curl.get());
  long status = 0;
  api->easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  if (code == CURLE_OK && status >= 400) {
    *error = fmt::format("HTTP {}", status);
    return false;
  }
  if (code == CURLE_OK) return true;
  if (sink.too_large) {
    *error = fmt::format("the body is larger than {} bytes, the limit for a rate file", kMaxRateFileBytes);
  } else if (code == CURLE_OPERATION_TIMEDOUT) {
    *error = fmt::format("timed out after {} s", timeout_seconds);
  } else if (code == CURLE_PARTIAL_FILE) {
    *error = fmt::format("the transfer ended early ({})", message[0] != '\0' ? message : api->easy_strerror(code));
  } else {
    *error = message[0] != '\0' ? std::string(message) : std::string(api->easy_strerror(code));
  }
  return false;
}

}  // namespace figcheck::cli
