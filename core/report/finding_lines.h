// The plain-text lines every report format shows under a finding's message: the stated and
// recomputed figures, the rate used with its provenance, and the details. Unescaped: each
// writer escapes them for its format.
#pragma once

#include <string>
#include <vector>

#include "core/check/finding.h"

namespace figcheck::report {

// "rate used: USD/KRW 1198.15 (FRED H.10 DEXKOUS, observed 2020-07-28)"; the derivation path is
// added after "via" when it differs from the pair.
std::string DescribeRate(const RateObservation& rate, const std::string& pair, Language language = Language::kEnglish);

// "stated: …", "recomputed: …", "rate used: …", then each detail, omitting what is empty.
std::vector<std::string> FindingLines(const Finding& finding, Language language = Language::kEnglish);

// The fact id a report shows for a finding: its fact_id, or "(article)" for article-level ones.
std::string FindingSubject(const Finding& finding, Language language = Language::kEnglish);

}  // namespace figcheck::report
