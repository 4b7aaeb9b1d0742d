#include "core/check/config.h"

#include <fnmatch.h>

#include <algorithm>
#include <set>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <yaml-cpp/yaml.h>

#include "core/base/yaml_limits.h"
#include "core/check/messages.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string_view> kKeys = {"rates", "rate_tolerance", "rate_window", "severity", "format", "lang", "ignore"};

class ConfigReader {
 public:
  ConfigReader(const std::string& path, const std::vector<std::string_view>& codes,
               const std::vector<std::string_view>& formats)
      : path_(path), codes_(codes), formats_(formats), folder_(fs::path(path).parent_path()) {}

  LoadedConfig Read(std::string_view contents) {
    config_.path = path_;
    if (auto deep = FindExcessNesting(contents)) {
      Error(AtOffset(contents, *deep), ExcessNestingMessage());
      return Finish();
    }
    if (auto extra = FindExtraDocument(contents)) {
      Error(AtOffset(contents, extra->offset), extra->message);
      return Finish();
    }
    YAML::Node root;
    try {
      root = YAML::Load(std::string(contents));
    } catch (const YAML::Exception& e) {
      Error(At(e.mark), fmt::format("invalid YAML: {}", e.msg));
      return Finish();
    }
    if (auto excess = FindExcessNodes(root)) {
      Error(At(*excess), ExcessNodesMessage());
      return Finish();
    }
    if (!root.IsDefined() || root.IsNull()) return Finish();  // an empty file: every default
    if (!root.IsMap()) {
      Error(At(root.Mark()), fmt::format("a configuration file is a mapping of settings: {}", fmt::join(kKeys, ", ")));
      return Finish();
    }
    std::set<std::string> seen;
    for (const auto& kv : root) {
      const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
      const YAML::Node& value = kv.second;
      if (!seen.insert(key).second) {
        Error(At(kv.first.Mark()), fmt::format("duplicate key '{}'", key));
        continue;
      }
      if (key == "rates") {
        if (auto list = Strings(value, "rates")) {
          config_.rates_as_written = *list;
          for (std::string& name : *list) name = Resolve(name);
          config_.rates = ConfigSetting<std::vector<std::string>>{*list, At(value.Mark())};
        }
      } else if (key == "rate_tolerance") {
        ReadTolerance(value);
      } else if (key == "rate_window") {
        // A count of business days: plain digits, at most 3 of them (as in a fact file's check:).
        const std::string text = value.IsScalar() ? value.Scalar() : "";
        if (!text.empty() && text.size() <= 3 &&
            std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          config_.rate_window = ConfigSetting<int>{std::stoi(text), At(value.Mark())};
        } else {
          Error(At(value.Mark()),
                fmt::format("'rate_window' must be a number of business days from 0 to 999: '{}'", text));
        }
      } else if (key == "severity") {
        ReadSeverity(value);
      } else if (key == "format") {
        const std::string text = value.IsScalar() ? value.Scalar() : "";
        if (std::find(formats_.begin(), formats_.end(), text) == formats_.end()) {
          Error(At(value.Mark()),
                fmt::format("unknown format '{}'; the formats are {}", text, fmt::join(formats_, ", ")));
        } else {
          config_.format = ConfigSetting<std::string>{text, At(value.Mark())};
        }
      } else if (key == "lang") {
        const std::string text = value.IsScalar() ? value.Scalar() : "";
        if (!LanguageFromName(text)) {
          Error(At(value.Mark()), fmt::format("unknown language '{}'; the languages are en, ko", text));
        } else {
          config_.lang = ConfigSetting<std::string>{text, At(value.Mark())};
        }
      } else if (key == "ignore") {
        if (auto list = Strings(value, "ignore")) {
          config_.ignore = ConfigSetting<std::vector<std::string>>{*list, At(value.Mark())};
        }
      } else {
        Error(At(kv.first.Mark()), fmt::format("unknown key '{}'; the keys are {}", key, fmt::join(kKeys, ", ")));
      }
    }
    return Finish();
  }

 private:
  SourceLocation At(const YAML::Mark& mark) const {
    if (mark.is_null()) return {path_, 1, 1};
    return {path_, mark.line + 1, mark.column + 1};
  }
  // Line and column (bytes, 1-based) of a byte offset.
  SourceLocation AtOffset(std::string_view text, std::size_t offset) const {
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t start = before.rfind('\n');
    const int column = static_cast<int>(offset - (start == std::string_view::npos ? 0 : start + 1)) + 1;
    return {path_, line, column};
  }
  void Error(SourceLocation at, std::string message) {
    diagnostics_.push_back({std::move(at), Severity::kError, std::move(message)});
  }
  LoadedConfig Finish() {
    LoadedConfig result;
    result.diagnostics = std::move(diagnostics_);
    if (result.diagnostics.empty()) result.config = std::move(config_);
    return result;
  }

  // A path relative to the configuration file's folder; a named source stays a name.
  std::string Resolve(const std::string& name) const {
    if (name == "default" || name == "fred" || name == "ecb" || fs::path(name).is_absolute()) return name;
    return (folder_ / name).lexically_normal().string();
  }

  std::optional<std::vector<std::string>> Strings(const YAML::Node& value, std::string_view key) {
    std::vector<std::string> out;
    if (value.IsScalar() && !value.Scalar().empty()) {
      out.push_back(value.Scalar());
      return out;
    }
    if (value.IsSequence() && value.size() > 0) {
      for (const YAML::Node& item : value) {
        if (!item.IsScalar() || item.Scalar().empty()) {
          Error(At(item.Mark()), fmt::format("'{}' entries must be non-empty strings", key));
          return std::nullopt;
        }
        out.push_back(item.Scalar());
      }
      return out;
    }
    Error(At(value.Mark()), fmt::format("'{}' must be a string or a list of strings", key));
    return std::nullopt;
  }

  void ReadTolerance(const YAML::Node& value) {
    const std::string original = value.IsScalar() ? value.Scalar() : std::string();
    const std::optional<Decimal> fraction = ParseRateTolerance(original);
    if (!fraction) {
      Error(At(value.Mark()), fmt::format("'rate_tolerance' must be a percentage below 100% (0.5%) or a fraction "
                                          "below 1 (0.005): '{}'",
                                          original));
      return;
    }
    config_.rate_tolerance = ConfigSetting<Decimal>{*fraction, At(value.Mark())};
  }

  void ReadSeverity(const YAML::Node& value) {
    if (!value.IsMap()) {
      Error(At(value.Mark()), "'severity' must map finding codes to error, warning, note or off: "
                              "{rate-deviation: error, false-precision: off}");
      return;
    }
    for (const auto& kv : value) {
      const std::string code = kv.first.IsScalar() ? kv.first.Scalar() : "";
      const std::string level = kv.second.IsScalar() ? kv.second.Scalar() : "";
      if (std::find(codes_.begin(), codes_.end(), code) == codes_.end()) {
        Error(At(kv.first.Mark()),
              fmt::format("unknown finding code '{}'; the codes are {}", code, fmt::join(codes_, ", ")));
        continue;
      }
      std::optional<Severity> severity;
      if (level == "error") {
        severity = Severity::kError;
      } else if (level == "warning") {
        severity = Severity::kWarning;
      } else if (level == "note") {
        severity = Severity::kNote;
      } else if (level != "off") {
        Error(At(kv.second.Mark()),
              fmt::format("severity of '{}' must be error, warning, note or off: '{}'", code, level));
        continue;
      }
      config_.severity[code] = ConfigSetting<std::optional<Severity>>{severity, At(kv.second.Mark())};
    }
  }

  std::string path_;
  const std::vector<std::string_view>& codes_;
  const std::vector<std::string_view>& formats_;
  fs::path folder_;
  Config config_;
  Diagnostics diagnostics_;
};

}  // namespace

LoadedConfig LoadConfig(const std::string& path, std::string_view contents,
                        const std::vector<std::string_view>& known_codes,
                        const std::vector<std::string_view>& known_formats) {
  return ConfigReader(path, known_codes, known_formats).Read(contents);
}

std::optional<Decimal> ParseRateTolerance(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const bool percent = !text.empty() && text.back() == '%';
  if (percent) text.remove_suffix(1);
  auto value = Decimal::Parse(text);
  if (!value || value->sign() < 0) return std::nullopt;
  const Decimal fraction = percent ? *value * Decimal::Fraction(1, 100) : *value;
  if (fraction >= Decimal(1)) return std::nullopt;
  return fraction;
}

std::optional<fs::path> FindConfigFile(const fs::path& start) {
  std::error_code ec;
  fs::path folder = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  while (true) {
    const fs::path candidate = folder / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (!folder.has_parent_path() || folder.parent_path() == folder) return std::nullopt;
    folder = folder.parent_path();
  }
}

bool IsIgnoredPath(const Config& config, const std::string& path) {
  if (!config.ignore) return false;
  std::error_code ec;
  const fs::path folder = fs::weakly_canonical(fs::absolute(fs::path(config.path).parent_path(), ec), ec);
  const fs::path full = fs::weakly_canonical(fs::absolute(path, ec), ec);
  const std::string relative = full.lexically_relative(folder).generic_string();
  if (relative.empty() || relative == ".." || relative.rfind("../", 0) == 0) return false;  // outside the configuration's folder
  for (std::string pattern : config.ignore->value) {
    while (pattern.size() > 1 && pattern.back() == '/') pattern.pop_back();
    while (pattern.rfind("./", 0) == 0) pattern.erase(0, 2);
    if (::fnmatch(pattern.c_str(), relative.c_str(), 0) == 0) return true;
    // A folder: everything under it.
    if (relative.size() > pattern.size() && relative.compare(0, pattern.size(), pattern) == 0 &&
        relative[pattern.size()] == '/') {
      return true;
    }
  }
  return false;
}

}  // namespace figcheck
