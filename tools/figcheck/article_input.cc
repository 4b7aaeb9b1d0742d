#include "tools/figcheck/article_input.h"

#include <filesystem>


namespace figcheck::cli {

bool IsFactFileName(std::string_view path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

void CheckedArticles::Add(const std::string& path, const ArticleDraft& draft) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (count_++ == 0) first_.emplace(path, draft);
}

int CheckedArticles::count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return count_;
}

std::optional<std::pair<std::string, ArticleDraft>> CheckedArticles::Only() const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (count_ != 1) return std::nullopt;
  return first_;
}

FileResult CheckInput(const std::string& path, std::string_view contents, const std::string& rates_base_dir,
                      const ArticleCheckOptions& options, const RateSourceCache& sources, CheckedArticles* articles) {
  const std::string name = path == "-" ? std::string("<stdin>") : path;
  if (IsFactFileName(path) || LoadsAsFactFile(name, contents)) {
    return CheckFactText(name, contents, rates_base_dir, options.run, sources, FactFileSyntaxOf(path, contents));
  }
  ArticleCheckOptions article = options;
  article.markup = path.ends_with(".html") || path.ends_with(".htm") ? ArticleMarkup::kHtml
                   : path.ends_with(".txt") || path.ends_with(".md") ? ArticleMarkup::kText
                                                                     : ArticleMarkup::kGuess;
  ArticleCheck checked = CheckArticleText(name, contents, article, sources);
  if (articles != nullptr) articles->Add(path, checked.draft);
  return std::move(checked.result);
}

}  // namespace figcheck::cli
