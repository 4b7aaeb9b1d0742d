// The YAML rate table: `source: NAME` and `rates:` entries of {date, base, quote, rate[, source]}.
#include <algorithm>
#include <utility>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include "core/base/utf8.h"
#include "core/base/yaml_limits.h"
#include "core/rates/rate_file_formats.h"

namespace figcheck::rates_internal {

namespace {

class YamlReader {
 public:
  YamlReader(std::string_view name, std::string_view text, const FileReader& reader)
      : errors_(std::string(name)), builder_(std::string(name)), text_(text), reader_(reader) {}

  RateFileResult Run() {
    if (auto deep = FindExcessNesting(text_)) {
      AddAtOffset(*deep, ExcessNestingMessage());
      return std::move(errors_.diagnostics());
    }
    if (auto extra = FindExtraDocument(text_)) {
      AddAtOffset(extra->offset, extra->message);
      return std::move(errors_.diagnostics());
    }
    YAML::Node root;
    try {
      root = YAML::Load(std::string(text_));
    } catch (const YAML::DeepRecursion& e) {
      Add(e.mark, ExcessNestingMessage());
      return std::move(errors_.diagnostics());
    } catch (const YAML::Exception& e) {
      Add(e.mark, fmt::format("invalid yaml: {} (no rate file format fits; tried {})", e.msg, kFormatsTried));
      return std::move(errors_.diagnostics());
    }
    if (auto mark = FindExcessNodes(root)) {
      Add(*mark, ExcessNodesMessage());
      return std::move(errors_.diagnostics());
    }
    const YAML::Mark top{};
    if (!root.IsMap()) {
      Add(root.IsDefined() && !root.IsNull() ? root.Mark() : top,
          fmt::format("not a rate file figcheck reads (a YAML rate table is a map with 'source' and 'rates'); "
                      "tried {}",
                      kFormatsTried));
      return std::move(errors_.diagnostics());
    }
    for (const auto& entry : root) {
      if (entry.first.IsScalar() && entry.first.Scalar() == "file") {
        return ReadRateDescriptor(errors_.file(), text_, root, reader_);
      }
    }
    std::string source_name = errors_.file();
    YAML::Node rates;
    bool seen_source = false, seen_rates = false;
    for (const auto& entry : root) {
      const std::string key = entry.first.Scalar();
      if ((key == "source" && std::exchange(seen_source, true)) || (key == "rates" && std::exchange(seen_rates, true))) {
        Add(entry.first.Mark(), fmt::format("duplicate key '{}'", key));
        return std::move(errors_.diagnostics());
      }
      if (key == "source") {
        if (auto text = ScalarText(entry.second, entry.first.Mark(), "source")) source_name = *text;
      } else if (key == "rates") {
        rates = entry.second;
      } else {
        Add(entry.first.Mark(), fmt::format("unknown key '{}' (a rate table has 'source' and 'rates'; a descriptor "
                                            "has 'file', 'pair' and 'columns')",
                                            key));
      }
    }
    if (!rates.IsDefined() || rates.IsNull()) {
      Add(root.Mark(), "missing key 'rates'");
      return std::move(errors_.diagnostics());
    }
    if (!rates.IsSequence()) {
      Add(rates.Mark(), "'rates' must be a list of {date, base, quote, rate}");
      return std::move(errors_.diagnostics());
    }
    const std::uint16_t source = builder_.Source(source_name);
    for (const auto& entry : rates) {
      if (errors_.full()) break;
      ReadEntry(entry, source);
    }
    Diagnostics& diagnostics = errors_.diagnostics();
    auto owned = std::make_shared<const std::string>(std::move(arena_));
    auto table = builder_.Finish(errors_.file(), owned, *owned, &diagnostics);
    if (!diagnostics.empty()) return std::move(diagnostics);
    return table;
  }

 private:
  void Add(const YAML::Mark& mark, std::string message) {
    if (mark.is_null() || mark.pos < 0) {
      errors_.Add(0, 0, std::move(message));
      return;
    }
    const auto pos = static_cast<std::size_t>(mark.pos);
    const std::size_t line_start = pos == 0 ? 0 : text_.rfind('\n', pos - 1) + 1;  // npos + 1 == 0
    errors_.Add(mark.line + 1, CodePointColumn(text_.substr(line_start), pos - line_start) + 1, std::move(message));
  }

  // For the nesting pre-scan, which has an offset and no yaml-cpp mark.
  void AddAtOffset(std::size_t pos, std::string message) {
    pos = std::min(pos, text_.size());
    const std::size_t line_start = pos == 0 ? 0 : text_.rfind('\n', pos - 1) + 1;  // npos + 1 == 0
    const auto line = 1 + std::count(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(line_start), '\n');
    errors_.Add(static_cast<int>(line), CodePointColumn(text_.substr(line_start), pos - line_start) + 1,
                std::move(message));
  }

  // The text of a scalar value; an error at the value (or `key_mark` when it has none) otherwise.
  std::optional<std::string> ScalarText(const YAML::Node& node, const YAML::Mark& key_mark, std::string_view key) {
    if (!node.IsDefined() || node.IsNull()) {
      Add(key_mark, fmt::format("'{}' has no value", key));
      return std::nullopt;
    }
    if (!node.IsScalar()) {
      Add(node.Mark(), fmt::format("'{}' must be a single value", key));
      return std::nullopt;
    }
    return node.Scalar();
  }

  void ReadEntry(const YAML::Node& entry, std::uint16_t file_source) {
    if (!entry.IsMap()) {
      Add(entry.Mark(), "a rate is a map {date, base, quote, rate}");
      return;
    }
    struct Field {
      std::string_view key;
      bool present = false;
      YAML::Node value;
      YAML::Mark mark;
    };
    Field fields[] = {{"date", false, {}, {}}, {"base", false, {}, {}}, {"quote", false, {}, {}},
                      {"rate", false, {}, {}}, {"source", false, {}, {}}};
    bool ok = true;
    for (const auto& kv : entry) {
      const std::string key = kv.first.Scalar();
      Field* field = nullptr;
      for (Field& f : fields) {
        if (f.key == key) field = &f;
      }
      if (field == nullptr) {
        Add(kv.first.Mark(), fmt::format("unknown key '{}' (expected date, base, quote, rate, source)", key));
        ok = false;
        continue;
      }
      if (field->present) {
        // yaml-cpp keeps the last of two equal keys; a second 'rate' must not win silently.
        Add(kv.first.Mark(), fmt::format("duplicate key '{}'", key));
        ok = false;
        continue;
      }
      field->present = true;
      field->value = kv.second;
      field->mark = kv.first.Mark();
    }
    std::optional<std::string> text[5];
    for (int i = 0; i < 5; ++i) {
      if (!fields[i].present) {
        if (i < 4) {
          Add(entry.Mark(), fmt::format("missing key '{}'", fields[i].key));
          ok = false;
        }
        continue;
      }
      text[i] = ScalarText(fields[i].value, fields[i].mark, fields[i].key);
      ok = ok && text[i].has_value();
    }
    if (!ok) return;
    const auto date = Date::Parse(*text[0]);
    if (!date) {
      Add(fields[0].value.Mark(), fmt::format("invalid date '{}' (expected YYYY-MM-DD)", *text[0]));
      ok = false;
    }
    const Currency* base = FindCurrencyByCode(*text[1]);
    const Currency* quote = FindCurrencyByCode(*text[2]);
    if (base == nullptr) Add(fields[1].value.Mark(), fmt::format("unknown currency '{}'", *text[1]));
    if (quote == nullptr) Add(fields[2].value.Mark(), fmt::format("unknown currency '{}'", *text[2]));
    if (base != nullptr && quote != nullptr && base->code == quote->code) {
      Add(fields[2].value.Mark(), fmt::format("base and quote are the same currency '{}'", *text[2]));
      ok = false;
    }
    if (auto problem = CheckRateText(*text[3])) {
      Add(fields[3].value.Mark(), std::move(*problem));
      ok = false;
    }
    if (!ok || base == nullptr || quote == nullptr) return;
    const std::uint16_t source = text[4] ? builder_.Source(*text[4]) : file_source;
    const std::size_t offset = arena_.size();
    arena_ += *text[3];
    const YAML::Mark mark = fields[3].value.Mark();
    const auto pos = static_cast<std::size_t>(mark.pos);
    const std::size_t line_start = pos == 0 ? 0 : text_.rfind('\n', pos - 1) + 1;  // npos + 1 == 0
    builder_.Add(builder_.Series(*base, *quote), *date, offset, text[3]->size(), source, mark.line + 1,
                 CodePointColumn(text_.substr(line_start), pos - line_start) + 1);
  }

  ErrorList errors_;
  RateTableBuilder builder_;
  std::string_view text_;
  const FileReader& reader_;
  std::string arena_;  // the rate texts, which the table refers to
};

}  // namespace

RateFileResult ReadYamlRateFile(std::string_view name, std::string_view text, std::size_t body,
                                const FileReader& reader) {
  return YamlReader(name, text.substr(body), reader).Run();
}

}  // namespace figcheck::rates_internal
