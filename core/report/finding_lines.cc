#include "core/report/finding_lines.h"

#include <fmt/format.h>

namespace figcheck::report {

std::string DescribeRate(const RateObservation& rate, const std::string& pair) {
  std::string text = fmt::format("rate used: {}{}{} ({}, observed {}", pair, pair.empty() ? "" : " ",
                                 rate.value.ToString(), rate.source, rate.observed_on.ToString());
  if (!rate.path.empty() && rate.path != pair) text += fmt::format(", via {}", rate.path);
  return text + ")";
}

std::vector<std::string> FindingLines(const Finding& finding) {
  std::vector<std::string> lines;
  if (!finding.stated.empty()) lines.push_back("stated: " + finding.stated);
  if (!finding.recomputed.empty()) lines.push_back("recomputed: " + finding.recomputed);
  if (finding.rate) lines.push_back(DescribeRate(*finding.rate, finding.pair));
  for (const auto& detail : finding.details) lines.push_back(detail);
  return lines;
}

std::string FindingSubject(const Finding& finding) {
  return finding.fact_id.empty() ? std::string("(article)") : finding.fact_id;
}

}  // namespace figcheck::report
