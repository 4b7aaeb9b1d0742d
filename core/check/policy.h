// What a repository decides about findings after the checks have run. Today: a fact still
// marked `draft:` by figcheck extract is an error (unreviewed-draft) in a fact file read from
// disk, unless `figcheck check --allow-drafts`.
#pragma once

#include "core/check/finding.h"
#include "core/facts/fact.h"

namespace figcheck {

struct Policy {
  // An unreviewed-draft error per fact still carrying `draft:`. The check command sets it for
  // fact files read from disk unless --allow-drafts; off for standard input and for the one-step
  // check of article text, whose facts are drafts by nature.
  bool report_drafts = false;
};

// Applies `policy` to `result`, the result of checking `file`: an unreviewed-draft error first
// among a draft fact's findings, and the fact's status an error.
void ApplyPolicy(const FactFile& file, const Policy& policy, FileResult* result);

}  // namespace figcheck
