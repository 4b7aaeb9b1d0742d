#include "tools/figcheck/fact_files.h"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "core/check/run.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

bool IsFactFileName(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// What a folder entry is to the walk: a fact file, a folder to descend into, or neither.
enum class EntryKind { kSkip, kFile, kFolder };

EntryKind KindOf(const fs::directory_entry& entry) {
  std::error_code ec;
  if (entry.is_symlink(ec)) return IsFactFileName(entry.path()) ? EntryKind::kFile : EntryKind::kSkip;
  if (entry.is_directory(ec)) return EntryKind::kFolder;
  if (entry.is_regular_file(ec) && IsFactFileName(entry.path())) return EntryKind::kFile;
  return EntryKind::kSkip;
}

std::optional<FileResult> Missing(const std::string& path, fs::file_status* status) {
  if (path == "-") {  // standard input: read once by the check command
    *status = fs::file_status(fs::file_type::regular);
    return std::nullopt;
  }
  std::error_code ec;
  *status = fs::status(path, ec);
  if (ec || !fs::exists(*status)) return UnreadableFile(path, ec ? ec.message() : std::string("no such file or directory"));
  return std::nullopt;
}

}  // namespace

FactFileWalker::FactFileWalker(std::vector<std::string> paths) : paths_(std::move(paths)) {}

void FactFileWalker::Open(const fs::path& folder) {
  // Sorting names with a '/' after each folder's name orders the entries the way their full
  // paths sort: "b.yaml" < "b/x.yaml" because '.' < '/'.
  std::vector<std::pair<std::string, fs::path>> keyed;
  std::vector<bool> is_folder;
  std::error_code ec;
  for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const EntryKind kind = KindOf(*it);
    if (kind == EntryKind::kSkip) continue;
    std::string key = it->path().filename().string();
    if (kind == EntryKind::kFolder) key += '/';
    keyed.emplace_back(std::move(key), it->path());
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Folder f;
  f.entries.reserve(keyed.size());
  for (auto& [key, path] : keyed) {
    f.descend.push_back(key.back() == '/');
    f.entries.push_back(std::move(path));
  }
  stack_.push_back(std::move(f));
}

std::optional<std::string> FactFileWalker::Next() {
  for (;;) {
    while (!stack_.empty()) {
      Folder& top = stack_.back();
      if (top.next == top.entries.size()) {
        stack_.pop_back();
        continue;
      }
      const std::size_t i = top.next++;
      if (!top.descend[i]) return top.entries[i].string();
      const fs::path folder = top.entries[i];  // Open may reallocate the stack
      Open(folder);
    }
    if (next_path_ == paths_.size()) return std::nullopt;
    const std::string& path = paths_[next_path_++];
    fs::file_status status;
    if (Missing(path, &status)) continue;  // SurveyFactFiles reported it
    if (!fs::is_directory(status)) return path;
    Open(path);
  }
}

FactFileSurvey SurveyFactFiles(const std::vector<std::string>& paths) {
  FactFileSurvey survey;
  for (const std::string& path : paths) {
    fs::file_status status;
    if (auto missing = Missing(path, &status)) {
      survey.failures.push_back(std::move(*missing));
      continue;
    }
    if (!fs::is_directory(status)) {
      ++survey.files;
      continue;
    }
    std::error_code ec;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (KindOf(*it) == EntryKind::kFile) ++survey.files;
    }
    if (ec) survey.failures.push_back(UnreadableFile(path, fmt::format("cannot list folder: {}", ec.message())));
  }
  return survey;
}

}  // namespace figcheck::cli
