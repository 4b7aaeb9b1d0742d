#include "core/report/finding_lines.h"

#include <fmt/format.h>

namespace figcheck::report {

std::string DescribeRate(const RateObservation& rate, const std::string& pair, Language language) {
  return Render(MakePhrase("report.rate-used")
                    .Arg("pair", pair.empty() ? std::string() : pair + " ")
                    .Arg("rate", rate.value.ToString())
                    .Arg("source", RateSourcePhrase(rate.source))
                    .Arg("date", rate.observed_on.ToString())
                    .Arg("via", !rate.path.empty() && rate.path != pair ? MakePhrase("report.via").Arg("path", rate.path)
                                                                        : Phrase{}),
                language);
}

std::vector<std::string> FindingLines(const Finding& finding, Language language) {
  std::vector<std::string> lines;
  if (!finding.stated.empty()) lines.push_back(Render(MakePhrase("report.stated").Arg("figure", finding.stated), language));
  if (!finding.recomputed.empty()) {
    lines.push_back(Render(MakePhrase("report.recomputed").Arg("figure", finding.recomputed), language));
  }
  if (finding.rate) lines.push_back(DescribeRate(*finding.rate, finding.pair, language));
  for (std::string& detail : Details(finding, language)) lines.push_back(std::move(detail));
  return lines;
}

std::string FindingSubject(const Finding& finding, Language language) {
  return finding.fact_id.empty() ? Render("report.article-subject", language) : finding.fact_id;
}

}  // namespace figcheck::report
