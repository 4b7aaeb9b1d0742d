// The distance behind every "did you mean": unknown fact-file keys and unknown option values.
#include "core/base/edit_distance.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(EditDistanceTest, CountsSingleByteEdits) {
  EXPECT_EQ(EditDistance("sarf", "sarif"), 1u);          // --format sarf
  EXPECT_EQ(EditDistance("convertd", "converted"), 1u);  // a fact-file key
  EXPECT_EQ(EditDistance("rate_date", "rate_date"), 0u);
  EXPECT_EQ(EditDistance("", "ecb"), 3u);
  EXPECT_EQ(EditDistance("json", "text"), 4u);
}

TEST(EditDistanceTest, LetterCaseCountsOnlyWhereAsked) {
  EXPECT_EQ(EditDistance("Fred", "fred"), 1u);                          // fact-file keys are case-sensitive
  EXPECT_EQ(EditDistance("Fred", "fred", LetterCase::kIgnored), 0u);  // --rates Fred
  EXPECT_EQ(EditDistance("ECBB", "ecb", LetterCase::kIgnored), 1u);
}

}  // namespace
}  // namespace figcheck
