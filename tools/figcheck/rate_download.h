// `figcheck rates fetch`: where a rate source is published, downloading it (libcurl); the
// command writes it with WriteFileAtomically (output.h). The body is validated by core/rates before anything is written.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace figcheck::cli {

// Where a source is downloaded from and the file name it is cached under.
struct RateDownloadSource {
  std::string url;         // https://fred.stlouisfed.org/graph/fredgraph.csv?id=DEXKOUS
  std::string cache_name;  // fred_DEXKOUS.csv
};

// fred:SERIES (an H.10 daily series, see FredSeriesById), ecb (the ECB's whole history zip),
// ecb-daily (the ECB's latest day zip) or an http(s) URL. Nullopt (and *error set) otherwise.
std::optional<RateDownloadSource> ResolveRateSource(std::string_view source, std::string* error);

// Downloads `url` into *body. Returns false with *error set ("HTTP 404", "timed out after 5 s",
// "the transfer ended early (...)") on any failure; redirects are followed, only http and https
// are allowed, and bodies larger than the rate-file limit are refused.
bool Download(const std::string& url, long timeout_seconds, std::string* body, std::string* error);

}  // namespace figcheck::cli
