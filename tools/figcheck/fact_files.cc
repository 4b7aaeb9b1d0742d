#include "tools/figcheck/fact_files.h"

#include <algorithm>
#include <cctype>
#include <system_error>

#include <fmt/format.h>

#include "core/check/run.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

// What a folder entry is to the walk: a fact file, a folder to descend into, or neither.
// A fact-file name on something that is not a file (a FIFO, a socket, a device) is passed over
// and said so: reading a FIFO nobody writes would hang the run, skipping it silently would
// hide a fact file.
enum class EntryKind { kSkip, kFile, kFolder, kPassedOver };

EntryKind KindOf(const fs::directory_entry& entry) {
  std::error_code ec;
  if (entry.is_symlink(ec)) {
    if (!HasFactFileExtension(entry.path())) return EntryKind::kSkip;
    const fs::file_status target = fs::status(entry.path(), ec);
    // A dangling link is read (and reported as missing); a link to a FIFO is passed over.
    return ec || fs::is_regular_file(target) || fs::is_directory(target) ? EntryKind::kFile : EntryKind::kPassedOver;
  }
  if (entry.is_directory(ec)) return EntryKind::kFolder;
  if (!HasFactFileExtension(entry.path())) return EntryKind::kSkip;
  return entry.is_regular_file(ec) ? EntryKind::kFile : EntryKind::kPassedOver;
}

std::string_view WhatItIs(const fs::path& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_fifo(status)) return "a FIFO";
  if (fs::is_socket(status)) return "a socket";
  if (fs::is_character_file(status)) return "a character device";
  if (fs::is_block_file(status)) return "a block device";
  return "not a regular file";
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

bool HasFactFileExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".yaml" || ext == ".yml";
}

FactFileWalker::FactFileWalker(std::vector<std::string> paths) : paths_(std::move(paths)) {}

void FactFileWalker::Open(const fs::path& folder) {
  // Sorting names with a '/' after each folder's name orders the entries the way their full
  // paths sort: "b.yaml" < "b/x.yaml" because '.' < '/'.
  std::vector<std::pair<std::string, bool>> keyed;  // name, passed over
  std::error_code ec;
  for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const EntryKind kind = KindOf(*it);
    if (kind == EntryKind::kSkip) continue;
    std::string key = it->path().filename().string();
    if (kind == EntryKind::kFolder) key += '/';
    keyed.emplace_back(std::move(key), kind == EntryKind::kPassedOver);
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Folder f;
  f.path = folder;
  f.names.reserve(keyed.size());
  f.passed_over.reserve(keyed.size());
  for (auto& [name, passed_over] : keyed) {
    f.passed_over.push_back(passed_over);
    f.names.push_back(std::move(name));
  }
  keyed = {};
  stack_.push_back(std::move(f));
}

std::optional<WalkedFile> FactFileWalker::Next() {
  for (;;) {
    while (!stack_.empty()) {
      Folder& top = stack_.back();
      if (top.next == top.names.size()) {
        stack_.pop_back();
        continue;
      }
      const std::size_t i = top.next++;
      const std::string& name = top.names[i];
      if (!name.ends_with('/')) {
        const fs::path path = top.path / name;
        WalkedFile file{path.string(), {}};
        if (top.passed_over[i]) file.passed_over = fmt::format("{}, not a fact file: passed over", WhatItIs(path));
        return file;
      }
      const fs::path folder = top.path / std::string_view(name).substr(0, name.size() - 1);  // Open may reallocate the stack
      Open(folder);
    }
    if (next_path_ == paths_.size()) return std::nullopt;
    const std::string& path = paths_[next_path_++];
    fs::file_status status;
    if (Missing(path, &status)) continue;  // SurveyFactFiles reported it
    if (!fs::is_directory(status)) return WalkedFile{path, {}};
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
      const EntryKind kind = KindOf(*it);
      if (kind == EntryKind::kFile || kind == EntryKind::kPassedOver) ++survey.files;
    }
    if (ec) survey.failures.push_back(UnreadableFile(path, fmt::format("cannot list folder: {}", ec.message())));
  }
  return survey;
}

}  // namespace figcheck::cli
