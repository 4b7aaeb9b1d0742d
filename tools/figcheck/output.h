// Writing reports: where each requested format goes, and writing files so that a reader never
// sees half a report (a CI job uploading it, a browser reloading it).
//
// Only the tool writes files; core/report renders to strings and streams.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/report/report.h"

namespace figcheck::cli {

// Writes `contents` to `path` atomically: into a new temporary file in the same directory
// (".<name>.tmp-XXXXXX"), fsync'd, then renamed over `path`, then the directory fsync'd. A
// reader sees the old file or the whole new one, never a part. The new file keeps the mode of
// the file it replaces, else gets 0644. On failure `path` is untouched, the temporary file is
// removed, and the error is returned: "cannot write 'out.sarif': No such file or directory".
std::optional<std::string> WriteFileAtomically(const std::string& path, std::string_view contents);

// One report to produce: a format and where it goes ("-" or empty = standard output).
struct ReportTarget {
  ReportFormat format = ReportFormat::kText;
  std::string path;

  bool to_stdout() const { return path.empty() || path == "-"; }
};

// Pairs repeated --format and -o values in the order given: the i-th --format goes to the i-th
// -o ("-" = standard output). One --format more than -o: the last goes to standard output. No
// --format at all means text. At most one target may be standard output and no two the same
// file. Fills `targets` or returns the usage error.
std::optional<std::string> ResolveReportTargets(const std::vector<std::string>& formats,
                                                const std::vector<std::string>& outputs,
                                                std::vector<ReportTarget>* targets);

// Renders `run` for each target and writes it: files atomically, "-" to `stdout_stream`. Every
// target is attempted even when one fails; returns one message per failure (empty when all
// were written).
std::vector<std::string> WriteReports(const RunResult& run, const ReportOptions& options,
                                      const std::vector<ReportTarget>& targets, std::ostream& stdout_stream);

}  // namespace figcheck::cli
