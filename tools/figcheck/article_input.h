// What `figcheck check` does with one input: a fact file is loaded and checked; anything else is
// an article, extracted and checked in one step (core/check/article_check.h).
//
// *.yaml, *.yml and *.json are always fact files (an invalid one is an input error, never read as
// an article); other paths and standard input are articles unless their text loads as a fact file.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/check/article_check.h"
#include "core/check/run.h"

namespace figcheck::cli {

// True for the names that are fact files whatever they hold.
bool IsFactFileName(std::string_view path);

// The articles a run checked, for --save-facts (which takes exactly one).
class CheckedArticles {
 public:
  void Add(const std::string& path, const ArticleDraft& draft);
  int count() const;
  // The one article's draft, with its text path written relative to `fact_file`.
  std::optional<std::pair<std::string, ArticleDraft>> Only() const;

 private:
  mutable std::mutex mutex_;
  int count_ = 0;
  std::optional<std::pair<std::string, ArticleDraft>> first_;
};

// Checks the input `path` ("-" for standard input) with the text `contents`.
FileResult CheckInput(const std::string& path, std::string_view contents, const std::string& rates_base_dir,
                      const ArticleCheckOptions& options, const RateSourceCache& sources, CheckedArticles* articles);

}  // namespace figcheck::cli
