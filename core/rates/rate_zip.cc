// A zip archive of a rate file, as the ECB publishes eurofxref.zip and eurofxref-hist.zip: the
// archive's one file is read as any rate file, named "archive.zip(member.csv)" in diagnostics.
#include <zip.h>

#include <memory>

#include <fmt/format.h>

#include "core/rates/rate_file_formats.h"

namespace figcheck::rates_internal {

namespace {

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

RateFileResult ZipError(std::string_view name, std::string message) {
  return Diagnostics{Diagnostic{SourceLocation{std::string(name), 0, 0}, Severity::kError, std::move(message)}};
}

}  // namespace

RateFileResult ReadZipRateFile(std::string_view name, std::string_view contents, const FileReader& reader) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(contents.data(), contents.size(), 0, &error);
  if (source == nullptr) {
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return ZipError(name, fmt::format("cannot read the zip archive: {}", reason));
  }
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (archive == nullptr) {
    zip_source_free(source);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return ZipError(name, fmt::format("cannot read the zip archive: {}", reason));
  }
  zip_error_fini(&error);

  // The rate file: the archive's only file (folders and macOS resource forks aside).
  std::optional<zip_uint64_t> member;
  std::string member_name;
  const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0 || stat.name == nullptr) continue;
    const std::string_view entry = stat.name;
    if (entry.ends_with('/') || entry.starts_with("__MACOSX/")) continue;
    if (member) {
      return ZipError(name, fmt::format("the zip archive holds several files ('{}', '{}'): unzip the rate file and "
                                        "give it alone",
                                        member_name, entry));
    }
    member = static_cast<zip_uint64_t>(i);
    member_name = entry;
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > kMaxRateFileBytes) {
      return ZipError(name, fmt::format("'{}' unzips to {} bytes; the limit for a rate file is {} bytes", entry,
                                        stat.size, kMaxRateFileBytes));
    }
  }
  if (!member) return ZipError(name, "the zip archive holds no file");

  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive.get(), *member, 0));
  if (file == nullptr) {
    return ZipError(name, fmt::format("cannot unzip '{}': {}", member_name, zip_strerror(archive.get())));
  }
  std::string text;
  char buffer[1 << 16];
  while (true) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) {
      return ZipError(name, fmt::format("cannot unzip '{}': {}", member_name, zip_file_strerror(file.get())));
    }
    if (got == 0) break;
    // Checked while reading: the size in the directory may lie.
    if (text.size() + static_cast<std::size_t>(got) > kMaxRateFileBytes) {
      return ZipError(name, fmt::format("'{}' unzips to more than {} bytes, the limit for a rate file", member_name,
                                        kMaxRateFileBytes));
    }
    text.append(buffer, static_cast<std::size_t>(got));
  }
  if (text.starts_with("PK\x03\x04")) return ZipError(name, fmt::format("'{}' is itself a zip archive", member_name));
  return ReadRateFile(fmt::format("{}({})", name, member_name), text, reader);
}

}  // namespace figcheck::rates_internal
