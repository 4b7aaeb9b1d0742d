// The check every option-order test makes: one command spelled several ways gives one result.
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli_runner.h"

namespace figcheck {

// Runs each spelling (as RunFigcheck does, with `options`) and expects the very same status,
// stdout and stderr as the first; returns the first run.
inline CliRun ExpectSameRuns(const std::vector<std::string>& spellings, const CliOptions& options) {
  const CliRun first = RunFigcheck(spellings.front(), options);
  for (std::size_t i = 1; i < spellings.size(); ++i) {
    const CliRun other = RunFigcheck(spellings[i], options);
    EXPECT_EQ(other.status, first.status) << "figcheck " << spellings[i] << "\n" << other.err;
    EXPECT_EQ(other.out, first.out) << "figcheck " << spellings[i];
    EXPECT_EQ(other.err, first.err) << "figcheck " << spellings[i];
  }
  return first;
}

}  // namespace figcheck
