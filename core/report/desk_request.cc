#include "core/report/desk_request.h"

#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/utf8.h"
#include "core/check/article_check.h"
#include "core/report/report.h"

namespace figcheck {
namespace {

// Deeper JSON is no article request; refusing it up front keeps the parser's work bounded.
constexpr int kMaxDepth = 16;

// The deepest nesting of [ and { outside strings.
int NestingDepth(std::string_view json) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > kMaxDepth) return deepest;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

DeskReply Refuse(int status, std::string_view message) { return DeskReply{status, DeskError(message)}; }

}  // namespace

std::string DeskError(std::string_view message) {
  return nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

DeskReply AnswerCheckRequest(std::string_view body, const RunOptions& options, const RateSourceCache& sources) {
  if (body.size() > kMaxRequestBytes) {
    return Refuse(413, fmt::format("the request is larger than {} bytes", kMaxRequestBytes));
  }
  if (auto bad = FindInvalidUtf8(body)) {
    return Refuse(400, fmt::format("the request is not valid UTF-8 (byte {})", *bad + 1));
  }
  if (NestingDepth(body) > kMaxDepth) return Refuse(400, "the request is nested too deep to be {\"text\": ...}");
  const nlohmann::json request = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (request.is_discarded()) return Refuse(400, "the request is not valid JSON; send {\"text\": \"...\"}");
  if (!request.is_object()) return Refuse(400, "the request must be a JSON object {\"text\": \"...\"}");
  for (const auto& [key, value] : request.items()) {
    if (key != "text" && key != "published" && key != "lang") {
      return Refuse(400, fmt::format("unknown key '{}' (the request takes text, published and lang)", key));
    }
  }
  const auto text = request.find("text");
  if (text == request.end() || !text->is_string()) return Refuse(400, "the request has no \"text\" string");
  const std::string& article = text->get_ref<const std::string&>();
  if (article.find_first_not_of(" \t\r\n") == std::string::npos) return Refuse(400, "the text is empty: paste an article");
  if (article.size() > kMaxArticleBytes) {
    return Refuse(413, fmt::format("the text is {} bytes; the limit is {} bytes (2 MB)", article.size(), kMaxArticleBytes));
  }
  if (auto bad = FindInvalidUtf8(article)) {  // \udc00-style escapes decode to bytes that are not UTF-8
    return Refuse(400, fmt::format("the text is not valid UTF-8 (byte {})", *bad + 1));
  }
  ArticleCheckOptions article_options;
  article_options.run = options;
  article_options.markup = ArticleMarkup::kText;
  if (const auto published = request.find("published"); published != request.end() && !published->is_null()) {
    if (!published->is_string()) return Refuse(400, "\"published\" must be a date string YYYY-MM-DD");
    const std::string& day = published->get_ref<const std::string&>();
    if (!day.empty()) {
      article_options.published = Date::Parse(day);
      if (!article_options.published) return Refuse(400, fmt::format("published '{}' is not a day (YYYY-MM-DD)", day));
    }
  }
  ReportOptions report_options;
  if (const auto lang = request.find("lang"); lang != request.end() && !lang->is_null()) {
    const std::optional<Language> language =
        lang->is_string() ? LanguageFromName(lang->get_ref<const std::string&>()) : std::nullopt;
    if (!language) return Refuse(400, "\"lang\" must be \"en\" or \"ko\"");
    report_options.language = *language;
  }
  ArticleCheck checked = CheckArticleText("<stdin>", article, article_options, sources);
  RunResult run;
  run.files.push_back(std::move(checked.result));
  run.summary = Summarize(run.files);
  std::ostringstream out;
  WriteJsonReport(run, report_options, out);
  return DeskReply{200, out.str()};
}

std::string DeskStrings() {
  nlohmann::ordered_json all = nlohmann::ordered_json::object();
  for (Language language : AllLanguages()) {
    nlohmann::ordered_json words = nlohmann::ordered_json::object();
    for (const CatalogueEntry& entry : Catalogue()) {
      if (entry.key.rfind("page.", 0) != 0) continue;
      words[std::string(entry.key.substr(5))] = std::string(language == Language::kKorean ? entry.korean : entry.english);
    }
    all[std::string(LanguageName(language))] = std::move(words);
  }
  return all.dump(-1, ' ', false) + "\n";
}

}  // namespace figcheck
