// Writing reports: where each requested format goes, and writing files so that a reader never
// sees half a report (a CI job uploading it, a browser reloading it).
//
// Only the tool writes files; core/report renders to strings and streams.
#pragma once

#include <memory>
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

// Writes `contents` to the file `path` names, without destroying what is there: a symlink is
// followed to the file it names (a dangling one creates its target); a regular file or a new
// path is written atomically (WriteFileAtomically); a character device or a FIFO is opened and
// written straight (renaming a file over /dev/null or a pipe would replace it); a directory or
// a socket is an error. Every write and the close are checked; no temporary file is ever left.
std::optional<std::string> WriteOutputFile(const std::string& path, std::string_view contents);

// What a path is on disk, for comparing inputs with outputs.
struct FileIdentity {
  bool exists = false;
  bool folder = false;
  unsigned long long device = 0, inode = 0;
  std::string resolved;  // absolute, symlinks followed, normalised (also for a path not there yet)

  // The same file: device and inode when both exist, else the same resolved path.
  bool SameAs(const FileIdentity& other) const {
    if (exists && other.exists) return device == other.device && inode == other.inode;
    return resolved == other.resolved;
  }
};
FileIdentity IdentityOf(const std::string& path);

// A file (or folder) a command reads, and what it is to the user: "fact file", "rate file",
// "config file", "article", "baseline". A folder of fact files also owns every *.yaml / *.yml
// that would be created inside it.
struct NamedInput {
  std::string path;
  std::string role;
  bool fact_folder = false;
};

// figcheck never writes over what it reads, nor one report over another: the first -o (in
// `outputs`; "-" is standard output and never clashes) that is the same file as an earlier -o
// or as one of `inputs` (device and inode; the resolved path when the output does not exist
// yet), as the message to print before anything is written:
//   "-o r.csv is the rate file r.csv: refusing to overwrite it"
//   "-o a and -o ./a are the same file: the second report would overwrite the first"
//   "-o f/new.yaml is a fact file inside the folder f: refusing to write over an input"
// nullopt when there is none. Inputs that do not exist are skipped (they are reported missing).
std::optional<std::string> FindOutputClash(const std::vector<NamedInput>& inputs,
                                           const std::vector<std::string>& outputs);

// A report written while the run goes, so that memory does not grow with the report (issue #16).
// A regular file or a new path is written into a temporary file beside it and renamed over it
// by Commit, as WriteOutputFile does (a reader never sees half a report; a run that stops early
// leaves the old file and no temporary one). A character device or a FIFO is written straight
// by Commit (renaming over it would replace it). An output that cannot be opened takes the
// output and drops it; Commit says why, so every other report is still written.
class ReportFile {
 public:
  explicit ReportFile(const std::string& path);
  ~ReportFile();
  ReportFile(const ReportFile&) = delete;
  ReportFile& operator=(const ReportFile&) = delete;

  std::ostream& stream();
  // Finishes the file: nullopt, or "cannot write 'out.sarif': No space left on device".
  std::optional<std::string> Commit();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace figcheck::cli
