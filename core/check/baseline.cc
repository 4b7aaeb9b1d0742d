#include "core/check/baseline.h"

#include <filesystem>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/check/policy.h"

namespace figcheck {
namespace {

// Paths compare as written, without "./" and doubled slashes.
std::string NormalPath(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().generic_string();
}

std::tuple<std::string, std::string, std::string> Key(const std::string& path, const Finding& f) {
  return {NormalPath(path), f.fact_id, f.code};
}

}  // namespace

std::variant<Baseline, std::string> Baseline::Parse(const std::string& name, std::string_view text) {
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains("figcheck_baseline") ||
      json["figcheck_baseline"] != 1 || !json.contains("findings") || !json["findings"].is_array()) {
    return fmt::format("{}: not a figcheck baseline (JSON with \"figcheck_baseline\": 1 and \"findings\"; "
                       "write one with --write-baseline)",
                       name);
  }
  Baseline baseline;
  std::size_t index = 0;
  for (const auto& entry : json["findings"]) {
    ++index;
    if (!entry.is_object() || !entry.contains("path") || !entry["path"].is_string() || !entry.contains("fact") ||
        !entry["fact"].is_string() || !entry.contains("code") || !entry["code"].is_string()) {
      return fmt::format("{}: finding {} needs \"path\", \"fact\" and \"code\" strings", name, index);
    }
    ++baseline.remaining_[{NormalPath(entry["path"].get<std::string>()), entry["fact"].get<std::string>(),
                           entry["code"].get<std::string>()}];
  }
  return baseline;
}

void Baseline::Apply(FileResult* result) {
  auto known = [&](const Finding& f) {
    const auto it = remaining_.find(Key(result->path, f));
    if (it == remaining_.end() || it->second == 0) return false;
    --it->second;
    return true;
  };
  auto drop = [&](std::vector<Finding>* findings) { result->suppressed += static_cast<int>(std::erase_if(*findings, known)); };
  for (FactResult& fact : result->facts) {
    drop(&fact.findings);
    SetFactStatus(&fact);
  }
  drop(&result->findings);
}

void BaselineWriter::Add(const FileResult& result) {
  for (const FactResult& fact : result.facts) {
    for (const Finding& f : fact.findings) ++entries_[Key(result.path, f)];
  }
  for (const Finding& f : result.findings) ++entries_[Key(result.path, f)];
}

std::string BaselineWriter::Text() const {
  std::string out = "{\"figcheck_baseline\": 1, \"findings\": [";
  bool first = true;
  for (const auto& [key, count] : entries_) {
    const nlohmann::json entry = {{"path", std::get<0>(key)}, {"fact", std::get<1>(key)}, {"code", std::get<2>(key)}};
    for (int i = 0; i < count; ++i) {
      out += first ? "\n  " : ",\n  ";
      out += fmt::format("{{\"path\": {}, \"fact\": {}, \"code\": {}}}", entry["path"].dump(), entry["fact"].dump(),
                         entry["code"].dump());
      first = false;
    }
  }
  out += first ? "]}\n" : "\n]}\n";
  return out;
}

}  // namespace figcheck
