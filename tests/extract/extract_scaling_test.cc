// Extraction stays linear in the length of the article: spans used to be counted from the start
// of the text for every sentence, so one long line took quadratic time (500 KB: 2.3 s, 4 MB:
// minutes).
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/extract/draft.h"

namespace figcheck {
namespace {

TEST(ExtractScalingTest, AOneMegabyteLineIsDraftedInLinearTime) {
  std::ifstream in(std::string(FIGCHECK_SOURCE_DIR) + "/facts/articles/hankyung-china-ai-sanctions.ko.txt");
  std::ostringstream text;
  text << in.rdbuf();
  std::string article = text.str();
  for (char& c : article) {
    if (c == '\n') c = ' ';
  }
  std::string big;
  while (big.size() < 1024 * 1024) big += article;
  const auto start = std::chrono::steady_clock::now();
  const ArticleDraft draft = ExtractDraft("big.txt", big);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Repeated sentences give one fact each, with the spans of their first occurrence.
  const ArticleDraft once = ExtractDraft("big.txt", article);
  ASSERT_EQ(draft.facts.size(), once.facts.size());
  ASSERT_FALSE(draft.facts.empty());
  EXPECT_EQ(draft.facts.back().span_begin, once.facts.back().span_begin);
  // Linear: well under a second optimised, a few under the sanitizers; quadratic took ~40 s.
  EXPECT_LT(seconds, 15.0);
}

}  // namespace
}  // namespace figcheck
