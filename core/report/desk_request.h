// The desk's API: one POST /api/check body in, one HTTP status and body out, with no server in
// the way, so the unit tests and the fuzz target drive exactly what `figcheck serve` answers.
//
// The body is a JSON object {"text": "...", "published": "YYYY-MM-DD", "lang": "ko"} ("published"
// and "lang" optional; "lang" is "en", the default, or "ko": the language of the messages).
// A good request gets 200 and the JSON report `figcheck check - --format json` writes for the
// same text (the article is named "<stdin>" in both). A bad one gets a 4xx and {"error": "..."}
// saying what is wrong: not UTF-8, not JSON, not an object, nested too deep, no or empty text,
// text over kMaxArticleBytes, a date that is no day. Never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/check/run.h"

namespace figcheck {

inline constexpr std::size_t kMaxArticleBytes = 2 * 1024 * 1024;
// A request body may carry the article escaped in JSON (\uXXXX for every character at worst).
inline constexpr std::size_t kMaxRequestBytes = 6 * kMaxArticleBytes + 4096;

struct DeskReply {
  int status = 200;
  std::string body;          // JSON
};

// `options.rates` names the sources; they are opened (once) through `sources`.
DeskReply AnswerCheckRequest(std::string_view body, const RunOptions& options, const RateSourceCache& sources);

// The desk page's words in every language, from the message catalogue (keys "page.*", without
// the prefix): {"en": {"title": "figcheck desk", ...}, "ko": {...}}. GET /api/strings serves it.
std::string DeskStrings();

// {"error": message} as the API writes it.
std::string DeskError(std::string_view message);

}  // namespace figcheck
