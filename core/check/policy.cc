#include "core/check/policy.h"

#include <algorithm>
#include <string>
#include <utility>

#include <fmt/format.h>

namespace figcheck {

void ApplyPolicy(const FactFile& file, const Policy& policy, FileResult* result) {
  if (!policy.report_drafts) return;
  for (FactResult& fact : result->facts) {
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
}

}  // namespace figcheck
