#include "core/check/policy.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace figcheck {

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

namespace {

int ApplySeveritiesTo(const Policy& policy, std::vector<Finding>* findings) {
  const auto dropped = std::erase_if(*findings, [&](const Finding& f) {
    const auto it = policy.severity.find(f.code);
    return it != policy.severity.end() && !it->second;
  });
  for (Finding& f : *findings) {
    const auto it = policy.severity.find(f.code);
    if (it != policy.severity.end()) f.severity = *it->second;
  }
  return static_cast<int>(dropped);
}

}  // namespace

void ApplySeverities(const Policy& policy, FileResult* result) {
  if (policy.severity.empty()) return;
  for (FactResult& fact : result->facts) {
    result->suppressed += ApplySeveritiesTo(policy, &fact.findings);
    SetFactStatus(&fact);
  }
  result->suppressed += ApplySeveritiesTo(policy, &result->findings);
}

void ApplyPolicy(const FactFile& file, const Policy& policy, FileResult* result) {
  for (FactResult& fact : result->facts) {
    // Ids are unique in a loaded file (the loader refuses duplicates).
    const auto source =
        std::find_if(file.facts.begin(), file.facts.end(), [&](const Fact& f) { return f.id == fact.id; });
    if (source == file.facts.end()) continue;
    for (const Fact::Ignored& ignored : source->ignore) {
      if (FindFindingCode(ignored.code) == nullptr || ignored.code == kInputError || ignored.code == kUnreviewedDraft) {
        result->diagnostics.push_back(
            {ignored.location, Severity::kError,
             ignored.code == kUnreviewedDraft
                 ? std::string("'ignore' cannot drop unreviewed-draft: review the fact and delete its 'draft:' line")
                 : fmt::format("'ignore' names no finding code: '{}' (docs/CHECKS.md lists them)", ignored.code)});
      }
    }
    if (!source->ignore.empty()) {
      result->suppressed += static_cast<int>(std::erase_if(fact.findings, [&](const Finding& f) {
        return std::any_of(source->ignore.begin(), source->ignore.end(),
                           [&](const Fact::Ignored& i) { return i.code == f.code; });
      }));
      SetFactStatus(&fact);
    }
    if (!policy.report_drafts || !source->draft) continue;
    Finding draft;
    draft.code = std::string(kUnreviewedDraft);
    draft.severity = Severity::kError;
    draft.fact_id = fact.id;
    draft.location = *source->draft;
    draft.message = MakePhrase(kUnreviewedDraft).Arg("id", fact.id);
    fact.findings.insert(fact.findings.begin(), std::move(draft));
    fact.status = FactStatus::kError;
  }
  // Last, so that .figcheck.yaml can set unreviewed-draft's severity too.
  ApplySeverities(policy, result);
}

}  // namespace figcheck
