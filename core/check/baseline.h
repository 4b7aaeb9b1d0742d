// Baselines: the findings a repository already has when it adopts figcheck, so CI fails only on
// new ones from day one. `figcheck check --write-baseline FILE` records every finding of a run;
// `--baseline FILE` drops the findings recorded there (each entry absorbs one finding) and
// counts them as suppressed. An entry is (fact file path, fact id, code), with no line numbers,
// so moving a fact within its file or editing other facts keeps it matched.
//
// The file is JSON, sorted, one entry per line, so it diffs well in review:
//   {"figcheck_baseline": 1, "findings": [
//     {"path": "facts/a.yaml", "fact": "sensetime-valuation", "code": "rate-deviation"}
//   ]}
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>

#include "core/check/finding.h"

namespace figcheck {

class Baseline {
 public:
  // Reads a baseline file's text; the error names the file: "b.json: not a figcheck baseline: ...".
  static std::variant<Baseline, std::string> Parse(const std::string& name, std::string_view text);

  // Drops the findings of `result` that the baseline still holds, adds them to
  // result->suppressed and sets each fact's status from what remains.
  void Apply(FileResult* result);

 private:
  std::map<std::tuple<std::string, std::string, std::string>, int> remaining_;
};

// Records the findings of a run, file by file, and writes the baseline file's text.
class BaselineWriter {
 public:
  void Add(const FileResult& result);
  std::string Text() const;

 private:
  std::map<std::tuple<std::string, std::string, std::string>, int> entries_;
};

}  // namespace figcheck
