#include "core/check/policy.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace figcheck {

namespace {

// A fact's status from its findings: error if any is an error, else warning if any is a
// warning, else ok (notes leave it ok), as the checker sets it.
void SetFactStatus(FactResult* fact) {
  fact->status = FactStatus::kOk;
  for (const Finding& f : fact->findings) {
    if (f.severity == Severity::kError) {
      fact->status = FactStatus::kError;
    } else if (f.severity == Severity::kWarning && fact->status == FactStatus::kOk) {
      fact->status = FactStatus::kWarning;
    }
  }
}

void ApplySeveritiesTo(const Policy& policy, std::vector<Finding>* findings) {
  std::erase_if(*findings, [&](const Finding& f) {
    const auto it = policy.severity.find(f.code);
    return it != policy.severity.end() && !it->second;
  });
  for (Finding& f : *findings) {
    const auto it = policy.severity.find(f.code);
    if (it != policy.severity.end()) f.severity = *it->second;
  }
}

}  // namespace

void ApplySeverities(const Policy& policy, FileResult* result) {
  if (policy.severity.empty()) return;
  for (FactResult& fact : result->facts) {
    ApplySeveritiesTo(policy, &fact.findings);
    SetFactStatus(&fact);
  }
  ApplySeveritiesTo(policy, &result->findings);
}

void ApplyPolicy(const FactFile& file, const Policy& policy, FileResult* result) {
  for (FactResult& fact : result->facts) {
    if (!policy.report_drafts) break;
    // Ids are unique in a loaded file (the loader refuses duplicates).
    const auto source =
        std::find_if(file.facts.begin(), file.facts.end(), [&](const Fact& f) { return f.id == fact.id; });
    if (source == file.facts.end() || !source->draft) continue;
    Finding draft;
    draft.code = std::string(kUnreviewedDraft);
    draft.severity = Severity::kError;
    draft.fact_id = fact.id;
    draft.location = *source->draft;
    draft.message = fmt::format(
        "fact '{}' is still a draft of figcheck extract: review it against the article, then delete its 'draft:' line",
        fact.id);
    fact.findings.insert(fact.findings.begin(), std::move(draft));
    fact.status = FactStatus::kError;
  }
  // Last, so that .figcheck.yaml can set unreviewed-draft's severity too.
  ApplySeverities(policy, result);
}

}  // namespace figcheck
