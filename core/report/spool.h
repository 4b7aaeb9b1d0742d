// Where a streamed report keeps the part it can only write after the run's end (a summary
// that comes first, totals in an opening tag): in an anonymous temporary file, not in memory,
// so the memory of writing a report does not grow with the run (issue #16).
#pragma once

#include <cstdio>
#include <memory>
#include <ostream>
#include <sstream>
#include <streambuf>

namespace figcheck::report {

class Spool {
 public:
  // An anonymous file in the temporary folder (std::tmpfile: removed by the system when closed,
  // whatever happens); in memory when none can be made.
  Spool();
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  std::ostream& out() { return *out_; }
  // Writes everything spooled so far to `to` and empties the spool. A spool that could not be
  // written or read back sets badbit on `to`: the report is incomplete, and its writer says so.
  void MoveTo(std::ostream& to);

 private:
  class FileBuf;
  std::FILE* file_ = nullptr;
  std::unique_ptr<FileBuf> buffer_;
  std::unique_ptr<std::ostream> file_stream_;
  std::ostringstream memory_;
  std::ostream* out_ = nullptr;
  long long written_ = 0;
};

}  // namespace figcheck::report
