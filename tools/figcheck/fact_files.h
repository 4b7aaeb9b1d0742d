// Finding the fact files of `figcheck check PATH...` on the real file system, lazily.
//
// A folder yields its *.yaml / *.yml files recursively in the order of their full path strings
// (what sorting the whole list would give), without holding the list: only the names of the
// folders on the current path are kept. Symlinked folders are not followed (a symlink loop
// cannot hang the walk); symlinks named *.yaml are yielded as files. Names match in any letter
// case (B.YAML). Entries with a fact-file name that are not files are yielded as passed over.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/check/finding.h"

namespace figcheck::cli {

// *.yaml / *.yml in any letter case: B.YAML is a fact file as much as a.yml.
bool HasFactFileExtension(const std::filesystem::path& path);

// One path the walk yields: a fact file to read, or an entry with a fact-file name inside a
// folder that is not a file (a FIFO, a socket, a device), with why it is passed over
// ("a FIFO, not a fact file: passed over"); the run reports it as an input error.
struct WalkedFile {
  std::string path;
  std::string passed_over;
};

class FactFileWalker {
 public:
  explicit FactFileWalker(std::vector<std::string> paths);

  // The next fact file, or nullopt at the end.
  std::optional<WalkedFile> Next();

 private:
  // One folder being walked: its entries' names only (a path is made when its turn comes), so a
  // folder of 100,000 fact files costs a few megabytes, not a parsed path per entry.
  struct Folder {
    std::filesystem::path path;
    std::vector<std::string> names;  // sorted as the full paths sort; a folder to descend ends in '/'
    std::vector<bool> passed_over;
    std::size_t next = 0;
  };
  void Open(const std::filesystem::path& folder);

  std::vector<std::string> paths_;
  std::size_t next_path_ = 0;
  std::vector<Folder> stack_;
};

// Counts the fact files under `paths` without sorting or keeping them (for progress), and
// returns a result for each path that does not exist or cannot be listed: the run reports
// these first, as it always has.
struct FactFileSurvey {
  std::size_t files = 0;
  std::vector<FileResult> failures;
};
FactFileSurvey SurveyFactFiles(const std::vector<std::string>& paths);

}  // namespace figcheck::cli
