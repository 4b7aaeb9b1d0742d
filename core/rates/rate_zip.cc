// A zip archive of a rate file, as the ECB publishes eurofxref.zip and eurofxref-hist.zip: the
// archive's one file is read as any rate file, named "archive.zip(member.csv)" in diagnostics.
//
// libzip is opened on the first zip file (core/base/shared_library.h): linked, it would load
// OpenSSL's libcrypto into every figcheck process. Its header gives the types and signatures.
#include <zip.h>

#include <memory>
#include <optional>

#include <fmt/format.h>

#include "core/base/shared_library.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck::rates_internal {

namespace {

// The functions of libzip this reader calls.
struct ZipApi {
  decltype(&zip_error_init) error_init = nullptr;
  decltype(&zip_error_fini) error_fini = nullptr;
  decltype(&zip_error_strerror) error_strerror = nullptr;
  decltype(&zip_source_buffer_create) source_buffer_create = nullptr;
  decltype(&zip_source_free) source_free = nullptr;
  decltype(&zip_open_from_source) open_from_source = nullptr;
  decltype(&zip_discard) discard = nullptr;
  decltype(&zip_get_num_entries) get_num_entries = nullptr;
  decltype(&zip_stat_index) stat_index = nullptr;
  decltype(&zip_fopen_index) fopen_index = nullptr;
  decltype(&zip_fread) fread = nullptr;
  decltype(&zip_fclose) fclose = nullptr;
  decltype(&zip_strerror) strerror = nullptr;
  decltype(&zip_file_strerror) file_strerror = nullptr;
};

// libzip, opened once per process (thread-safe static); null when it cannot be.
const ZipApi* Zip() {
  static const std::optional<ZipApi> api = []() -> std::optional<ZipApi> {
    void* library = dlopen("libzip.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) return std::nullopt;
    ZipApi zip;
    if (!ResolveSymbol(library, "zip_error_init", &zip.error_init) ||
        !ResolveSymbol(library, "zip_error_fini", &zip.error_fini) ||
        !ResolveSymbol(library, "zip_error_strerror", &zip.error_strerror) ||
        !ResolveSymbol(library, "zip_source_buffer_create", &zip.source_buffer_create) ||
        !ResolveSymbol(library, "zip_source_free", &zip.source_free) ||
        !ResolveSymbol(library, "zip_open_from_source", &zip.open_from_source) ||
        !ResolveSymbol(library, "zip_discard", &zip.discard) ||
        !ResolveSymbol(library, "zip_get_num_entries", &zip.get_num_entries) ||
        !ResolveSymbol(library, "zip_stat_index", &zip.stat_index) ||
        !ResolveSymbol(library, "zip_fopen_index", &zip.fopen_index) ||
        !ResolveSymbol(library, "zip_fread", &zip.fread) ||
        !ResolveSymbol(library, "zip_fclose", &zip.fclose) ||
        !ResolveSymbol(library, "zip_strerror", &zip.strerror) ||
        !ResolveSymbol(library, "zip_file_strerror", &zip.file_strerror)) {
      return std::nullopt;
    }
    return zip;
  }();
  return api ? &*api : nullptr;
}

struct ZipCloser {
  const ZipApi* zip;
  void operator()(zip_t* archive) const { zip->discard(archive); }
};
struct ZipFileCloser {
  const ZipApi* zip;
  void operator()(zip_file_t* file) const { zip->fclose(file); }
};

RateFileResult ZipError(std::string_view name, std::string message) {
  return Diagnostics{Diagnostic{SourceLocation{std::string(name), 0, 0}, Severity::kError, std::move(message)}};
}

}  // namespace

RateFileResult ReadZipRateFile(std::string_view name, std::string_view contents, const FileReader& reader) {
  const ZipApi* zip = Zip();
  if (zip == nullptr) {
    const char* why = dlerror();
    return ZipError(name, fmt::format("cannot read the zip archive: cannot start libzip: {} (install libzip4)",
                                      why != nullptr ? why : "libzip.so.4 is incomplete"));
  }
  zip_error_t error;
  zip->error_init(&error);
  zip_source_t* source = zip->source_buffer_create(contents.data(), contents.size(), 0, &error);
  if (source == nullptr) {
    const std::string reason = zip->error_strerror(&error);
    zip->error_fini(&error);
    return ZipError(name, fmt::format("cannot read the zip archive: {}", reason));
  }
  std::unique_ptr<zip_t, ZipCloser> archive(zip->open_from_source(source, ZIP_RDONLY, &error), ZipCloser{zip});
  if (archive == nullptr) {
    zip->source_free(source);
    const std::string reason = zip->error_strerror(&error);
    zip->error_fini(&error);
    return ZipError(name, fmt::format("cannot read the zip archive: {}", reason));
  }
  zip->error_fini(&error);

  // The rate file: the archive's only file (folders and macOS resource forks aside).
  std::optional<zip_uint64_t> member;
  std::string member_name;
  const zip_int64_t entries = zip->get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t stat;
    if (zip->stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0 || stat.name == nullptr) continue;
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

  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip->fopen_index(archive.get(), *member, 0), ZipFileCloser{zip});
  if (file == nullptr) {
    return ZipError(name, fmt::format("cannot unzip '{}': {}", member_name, zip->strerror(archive.get())));
  }
  std::string text;
  char buffer[1 << 16];
  while (true) {
    const zip_int64_t got = zip->fread(file.get(), buffer, sizeof buffer);
    if (got < 0) {
      return ZipError(name, fmt::format("cannot unzip '{}': {}", member_name, zip->file_strerror(file.get())));
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
