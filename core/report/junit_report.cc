// JUnit XML (the de-facto schema Jenkins' junit plugin and GitLab's unit_test_reports read).
//
// One <testsuite> per fact file, one <testcase> per fact. A fact with error findings has one
// <failure> (message = the first error's sentence, type = its code, text = every error with
// its figures); warnings and notes go to <system-out>, so the test still passes. Article-level
// findings form a "(article)" testcase, input errors an "input" testcase with an <error>.
// No CDATA: all text is escaped, so "]]>" in a quote is just text.
//
// Valid against the junit-10.xsd that Jenkins' xUnit plugin validates with (tests/report/): a
// <testcase> carries only name, classname and time (that schema, as of the xunit-plugin commit
// in tests/report/junit-10.xsd.README.md, allows no other testcase attribute but group).
// figcheck does not time single facts, so time is "0"; the fact's file and line are in the text
// of each finding.
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "core/report/escape.h"
#include "core/report/finding_lines.h"
#include "core/report/report.h"
#include "core/report/report_stream.h"
#include "core/report/spool.h"

namespace figcheck {
namespace {

using report::XmlEscape;

std::string Attr(std::string_view text) { return XmlEscape(text, /*attribute=*/true); }

// `base`, or "base (2)", "base (3)"... whichever is not yet in `used`; records the result.
std::string UniqueName(std::set<std::string>& used, const std::string& base) {
  std::string name = base;
  for (int n = 2; used.count(name) != 0; ++n) name = fmt::format("{} ({})", base, n);
  used.insert(name);
  return name;
}

std::string FindingBlock(const Finding& finding, Language language) {
  std::string text = fmt::format("{}: {} at {}: {}\n", SeverityName(finding.severity), finding.code,
                                 finding.location.ToString(), Message(finding, language));
  for (const auto& line : report::FindingLines(finding, language)) text += "  " + line + "\n";
  return text;
}

struct TestCase {
  std::string name;
  std::string classname;
  std::string failure_message, failure_type, failure_text;  // set when the case failed
  std::string error_message, error_type, error_text;        // set for input errors
  std::string system_out;
};

TestCase CaseForFindings(const std::vector<Finding>& findings, Language language) {
  TestCase tc;
  int errors = 0;
  for (const auto& finding : findings) {
    if (finding.severity == Severity::kError) {
      if (errors++ == 0) {
        tc.failure_message = Message(finding, language);
        tc.failure_type = finding.code;
      }
      tc.failure_text += FindingBlock(finding, language);
    } else {
      tc.system_out += FindingBlock(finding, language);
    }
  }
  if (errors > 1) {
    tc.failure_message += Render(MakePhrase("junit.and-more").Arg("n", std::to_string(errors - 1)), language);
  }
  return tc;
}

void WriteCase(const TestCase& tc, std::ostream& out) {
  out << "    <testcase classname=\"" << Attr(tc.classname) << "\" name=\"" << Attr(tc.name)
      << "\" time=\"0\"";
  if (tc.failure_type.empty() && tc.error_type.empty() && tc.system_out.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  if (!tc.error_type.empty()) {
    out << "      <error message=\"" << Attr(tc.error_message) << "\" type=\"" << Attr(tc.error_type) << "\">"
        << XmlEscape(tc.error_text) << "</error>\n";
  }
  if (!tc.failure_type.empty()) {
    out << "      <failure message=\"" << Attr(tc.failure_message) << "\" type=\"" << Attr(tc.failure_type)
        << "\">" << XmlEscape(tc.failure_text) << "</failure>\n";
  }
  if (!tc.system_out.empty()) out << "      <system-out>" << XmlEscape(tc.system_out) << "</system-out>\n";
  out << "    </testcase>\n";
}

std::vector<TestCase> CasesForFile(const FileResult& file, Language language) {
  std::vector<TestCase> cases;
  std::set<std::string> used;
  const std::string classname = file.article_id.empty() ? file.path : file.article_id;
  for (const auto& fact : file.facts) {
    TestCase tc = CaseForFindings(fact.findings, language);
    tc.name = UniqueName(used, fact.id.empty() ? std::string("(unnamed fact)") : fact.id);
    tc.classname = classname;
    cases.push_back(std::move(tc));
  }
  if (!file.findings.empty()) {
    TestCase tc = CaseForFindings(file.findings, language);
    tc.name = UniqueName(used, "(article)");
    tc.classname = classname;
    cases.push_back(std::move(tc));
  }
  if (!file.loaded || !file.diagnostics.empty()) {
    TestCase tc;
    tc.name = UniqueName(used, "input");
    tc.classname = classname;
    tc.error_type = std::string(kInputError);
    for (const auto& diagnostic : file.diagnostics) tc.error_text += diagnostic.ToString() + "\n";
    if (!file.diagnostics.empty()) {
      tc.error_message = file.diagnostics.front().message;
      if (file.diagnostics.size() > 1) {
        tc.error_message +=
            Render(MakePhrase("junit.and-more").Arg("n", std::to_string(file.diagnostics.size() - 1)), language);
      }
    } else {
      tc.error_message = Render("report.not-loaded", language);
      tc.error_text = file.path + ": error: " + tc.error_message + "\n";
    }
    cases.insert(cases.begin(), std::move(tc));
  }
  return cases;
}

// Each file's <testsuite> is spooled as it comes; the opening <testsuites> tag, which carries
// the run's totals, is written at the end, then the spooled suites.
class JunitReportStream final : public ReportStream {
 public:
  JunitReportStream(std::ostream& out, Language language) : out_(out), language_(language) {}

  void Add(const FileResult& file) override {
    const std::vector<TestCase> cases = CasesForFile(file, language_);
    int failures = 0, errors = 0;
    for (const auto& tc : cases) {
      if (!tc.failure_type.empty()) ++failures;
      if (!tc.error_type.empty()) ++errors;
    }
    tests_ += static_cast<long long>(cases.size());
    failures_ += failures;
    errors_ += errors;
    std::ostream& suites = spool_.out();
    suites << "  <testsuite name=\"" << Attr(file.path) << "\" tests=\"" << cases.size() << "\" failures=\""
           << failures << "\" errors=\"" << errors << "\" skipped=\"0\"";
    if (cases.empty()) {
      suites << "/>\n";
      return;
    }
    suites << ">\n";
    for (const auto& tc : cases) WriteCase(tc, suites);
    suites << "  </testsuite>\n";
  }

  void Finish(const Summary&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ << "<testsuites name=\"figcheck\" tests=\"" << tests_ << "\" failures=\"" << failures_ << "\" errors=\""
         << errors_ << "\">\n";
    spool_.MoveTo(out_);
    out_ << "</testsuites>\n";
  }

 private:
  std::ostream& out_;
  Language language_;
  report::Spool spool_;
  long long tests_ = 0, failures_ = 0, errors_ = 0;
};

}  // namespace

std::unique_ptr<ReportStream> MakeJunitReportStream(const ReportOptions& options, std::ostream& out) {
  return std::make_unique<JunitReportStream>(out, options.language);
}

void WriteJunitReport(const RunResult& run, const ReportOptions& options, std::ostream& out) {
  WriteWholeRun(*MakeJunitReportStream(options, out), run);
}

}  // namespace figcheck
