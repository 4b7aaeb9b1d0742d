// What a repository decides about findings after the checks have run: a fact still marked
// `draft:` by figcheck extract is an error (unreviewed-draft) in a fact file read from disk,
// unless `figcheck check --allow-drafts`; .figcheck.yaml's `severity:` raises, lowers or turns
// off a code (core/check/config.h); a fact's `ignore: [code]` (with its reason) drops those
// findings. Dropped findings are counted (FileResult::suppressed), never silently lost.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/check/finding.h"
#include "core/facts/fact.h"

namespace figcheck {

struct Policy {
  // An unreviewed-draft error per fact still carrying `draft:`. The check command sets it for
  // fact files read from disk unless --allow-drafts; off for standard input and for the one-step
  // check of article text, whose facts are drafts by nature.
  bool report_drafts = false;
  // Finding code -> its severity in this repository; nullopt = off (the finding is dropped).
  std::map<std::string, std::optional<Severity>, std::less<>> severity;
};

// Applies `policy` to `result`, the result of checking `file`: an unreviewed-draft error first
// among a draft fact's findings, each fact's ignore: (an ignore: naming no finding code, or
// input-error or unreviewed-draft, is an input error of the file), then the severities.
void ApplyPolicy(const FactFile& file, const Policy& policy, FileResult* result);

// Applies `policy.severity` to every finding of `result` (facts' and the article's): a code set
// to off is dropped, another gets its configured severity; each fact's status then follows
// from the findings it keeps; the dropped ones are counted in result->suppressed. Nothing
// changes when `policy.severity` is empty.
void ApplySeverities(const Policy& policy, FileResult* result);

// Sets a fact's status from its findings: error if any is an error, else warning if any is a
// warning, else ok (notes leave it ok), as the checker sets it.
void SetFactStatus(FactResult* fact);

}  // namespace figcheck
