#include "core/facts/loader.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "core/base/edit_distance.h"
#include "core/base/utf8.h"
#include "core/base/yaml_document.h"
#include "core/money/parse.h"

namespace figcheck {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

const std::set<std::string, std::less<>> kTopKeys = {"article", "check", "facts"};
const std::set<std::string, std::less<>> kArticleKeys = {"id", "title", "publisher", "published",
                                                         "language", "text", "url"};
const std::set<std::string, std::less<>> kCheckKeys = {"rate_date", "rate_window", "rate_tolerance", "rates"};
const std::set<std::string, std::less<>> kFactKeys = {"id", "kind", "quote", "source", "rate_date", "rate",
                                                      "amount", "converted", "previous", "current", "change",
                                                      "span", "draft", "ignore", "reason"};
const std::set<std::string, std::less<>> kAmountMapKeys = {"value", "currency", "unit", "approximate", "bound"};

class Loader {
 public:
  using Node = YamlDocument::Node;

  Loader(std::string_view name, std::string_view contents, FactFileSyntax syntax)
      : name_(name), contents_(contents), syntax_(syntax) {
    // Every leading byte order mark: yaml-cpp skips a second one too without counting its bytes,
    // which shifted every column by 3.
    while (contents_.substr(0, kBom.size()) == kBom) contents_.remove_prefix(kBom.size());
  }

  LoadedFactFile Run() {
    LoadedFactFile result;
    if (contents_.size() > kMaxFactFileBytes) {
      Error(SourceLocation{std::string(name_), 1, 1},
            fmt::format("file is {} bytes; the limit for a fact file is {} bytes (8 MiB)", contents_.size(),
                        kMaxFactFileBytes));
      return Finish(std::nullopt);
    }
    // JSON's nesting is counted by its parser, bracket by bracket.
    if (syntax_ == FactFileSyntax::kYaml) {
      if (auto deep = FindExcessNesting(contents_)) {
        Error(AtOffset(*deep), ExcessNestingMessage());
        return Finish(std::nullopt);
      }
    }
    if (auto bad = FirstInvalidUtf8()) {
      Error(AtOffset(bad->first), bad->second);
      return Finish(std::nullopt);
    }
    if (syntax_ == FactFileSyntax::kJson) return Read(ParseJson());
    if (auto extra = FindExtraDocument(contents_)) {
      Error(AtOffset(extra->offset), extra->message);
      return Finish(std::nullopt);
    }
    // LibYAML's event parser reads the text (several times faster than yaml-cpp's Load, which
    // was a third of a run: issue 16). When it refuses, yaml-cpp (the parser these messages
    // were written against) says why in its own words and at its own mark, and reads what it
    // alone accepts, so one set of rules and messages holds whichever parser read the file.
    std::optional<YamlDocument> document = YamlDocument::Parse(contents_);
    if (!document) {
      YAML::Node yaml_cpp_root;
      try {
        yaml_cpp_root = YAML::Load(std::string(contents_));
      } catch (const YAML::DeepRecursion& e) {
        Error(At(e.mark), ExcessNestingMessage());
        return Finish(std::nullopt);
      } catch (const YAML::Exception& e) {
        Error(At(e.mark), fmt::format("invalid YAML: {}", e.msg));
        return Finish(std::nullopt);
      }
      if (auto mark = FindExcessNodes(yaml_cpp_root)) {
        Error(At(*mark), ExcessNodesMessage());
        return Finish(std::nullopt);
      }
      document = YamlDocument::FromYamlCpp(yaml_cpp_root);
    }
    return Read(std::move(document));
  }

 private:
  // JSON text, parsed as JSON: the parser's own limits are the YAML ones (depth, values).
  std::optional<YamlDocument> ParseJson() {
    YamlDocument::ParseFailure failure;
    std::optional<YamlDocument> document = YamlDocument::ParseJson(contents_, &failure);
    if (!document) Error(AtOffset(failure.offset), std::move(failure.message));
    return document;
  }

  // The fact file in `document` (nullopt: the parse failed and said why).
  LoadedFactFile Read(std::optional<YamlDocument> document) {
    if (!document) return Finish(std::nullopt);
    const Node root = document->root();
    if (syntax_ == FactFileSyntax::kJson && !root.IsMap()) {
      Error(At(root), "a fact file must be a JSON object ({\"article\": ..., \"facts\": [...]})");
      return Finish(std::nullopt);
    }
    if (!root.IsDefined() || root.IsNull()) {
      Error(SourceLocation{std::string(name_), 1, 1}, "empty fact file: expected 'article' and 'facts'");
      return Finish(std::nullopt);
    }
    if (auto excess = document->FindExcessNodes(kMaxYamlNodes)) {
      Error(At(*excess), ExcessNodesMessage());
      return Finish(std::nullopt);
    }
    FactFile file;
    file.path = std::string(name_);
    if (!root.IsMap()) {
      Error(At(root), "a fact file is a mapping with 'article' and 'facts'");
      return Finish(std::nullopt);
    }
    CheckKeys(root, kTopKeys, "top-level");
    const Node article = Child(root, "article");
    if (!article) {
      Error(At(root), "missing required key 'article'");
    } else {
      ReadArticle(article, &file.article);
    }
    if (const Node check = Child(root, "check")) ReadCheck(check, &file.check);
    const Node facts = Child(root, "facts");
    if (!facts) {
      Error(At(root), "missing required key 'facts'");
    } else if (!facts.IsSequence()) {
      Error(At(facts), "'facts' must be a list of facts");
    } else if (facts.size() > kMaxFacts) {
      Error(At(facts), fmt::format("{} facts; the limit is {} per file", facts.size(), kMaxFacts));
    } else {
      std::set<std::string, std::less<>> ids;
      for (const Node& entry : facts) {
        Fact fact;
        if (ReadFact(entry, &fact)) {
          if (!fact.id.empty() && !ids.insert(fact.id).second) {
            Error(fact.location, fmt::format("duplicate fact id '{}'", fact.id));
          }
          file.facts.push_back(std::move(fact));
        }
      }
    }
    return Finish(std::move(file));
  }

  LoadedFactFile Finish(std::optional<FactFile> file) {
    LoadedFactFile result;
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
    const bool has_error = std::any_of(diagnostics_.begin(), diagnostics_.end(),
                                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
    if (!has_error) result.file = std::move(file);
    result.diagnostics = std::move(diagnostics_);
    return result;
  }

  SourceLocation AtOffset(std::size_t offset) const {
    offset = std::min(offset, contents_.size());
    // Every fact asks for several locations: find the line by binary search over line starts
    // (computed once per file), not by counting newlines from the top each time.
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (std::size_t i = contents_.find('\n'); i != std::string_view::npos; i = contents_.find('\n', i + 1)) {
        line_starts_.push_back(i + 1);
      }
    }
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t start = *(next - 1);
    const int line = static_cast<int>(next - line_starts_.begin());
    return SourceLocation{std::string(name_), line, 1 + CodePointColumn(contents_.substr(start), offset - start)};
  }

  // yaml-cpp marks are 0-based and count bytes; ours are 1-based code points.
  SourceLocation At(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return SourceLocation{std::string(name_), 0, 0};
    return AtOffset(static_cast<std::size_t>(mark.pos));
  }

  // Where a node starts; a value nobody wrote (key:) has no place, as in yaml-cpp.
  SourceLocation At(const Node& node) const {
    if (node.Offset() == YamlDocument::kNoOffset) return SourceLocation{std::string(name_), 0, 0};
    return AtOffset(node.Offset());
  }

  void Error(SourceLocation location, std::string message) {
    diagnostics_.push_back(Diagnostic{std::move(location), Severity::kError, std::move(message)});
  }

  // The first byte that is not UTF-8 text, and what is wrong there: fact files are UTF-8 and
  // hold no control characters but tab, CR and LF.
  std::optional<std::pair<std::size_t, std::string>> FirstInvalidUtf8() const {
    if (contents_.starts_with(std::string_view("\xFF\xFE\0\0", 4)) ||
        contents_.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
      return std::make_pair(std::size_t{0}, std::string("UTF-32 text: save the fact file as UTF-8"));
    }
    if (contents_.starts_with("\xFF\xFE") || contents_.starts_with("\xFE\xFF")) {
      return std::make_pair(std::size_t{0}, std::string("UTF-16 text: save the fact file as UTF-8"));
    }
    for (std::size_t offset = 0; offset < contents_.size();) {
      const auto decoded = DecodeUtf8(contents_, offset);
      if (!decoded) return std::make_pair(offset, std::string("invalid UTF-8"));
      const char32_t c = decoded->code_point;
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
        return std::make_pair(offset, fmt::format("control character U+{:04X} (only tab, CR and LF may appear)",
                                                  static_cast<std::uint32_t>(c)));
      }
      offset += decoded->length;
    }
    return std::nullopt;
  }

  // Unknown keys are errors (a typo must not silently disable a check), and so are duplicates,
  // which yaml-cpp would otherwise resolve silently.
  void CheckKeys(const Node& map, const std::set<std::string, std::less<>>& allowed, std::string_view what) {
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i + 1 < map.ChildCount(); i += 2) {
      const Node key_node = map.Child(i);
      if (!key_node.IsScalar()) {
        Error(At(key_node), fmt::format("{} keys must be plain names", what));
        continue;
      }
      const std::string_view key = key_node.Scalar();
      if (!seen.insert(std::string(key)).second) {
        Error(At(key_node), fmt::format("duplicate key '{}'", key));
      }
      if (allowed.count(key) == 0) {
        std::string best;
        std::size_t best_distance = 3;
        for (const std::string& candidate : allowed) {
          const std::size_t d = EditDistance(key, candidate);
          if (d < best_distance) best_distance = d, best = candidate;
        }
        Error(At(key_node), best.empty() ? fmt::format("unknown {} key '{}'", what, key)
                                                : fmt::format("unknown {} key '{}' (did you mean '{}'?)", what, key, best));
      }
    }
  }

  // One key of a mapping and its value.
  struct Entry {
    std::string_view key;
    Node key_node;
    Node value;
  };

  // The entries with plain keys of `map`, in order, read once per mapping: yaml-cpp's map[key]
  // converts every key it passes through a stringstream, and a fact asks for a dozen keys.
  const std::vector<Entry>& EntriesOf(const Node& map) {
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
      if (it->first.Is(map)) return it->second;
    }
    std::vector<Entry> entries;
    for (std::size_t i = 0; i + 1 < map.ChildCount(); i += 2) {
      const Node key = map.Child(i);
      if (key.IsScalar()) entries.push_back(Entry{key.Scalar(), key, map.Child(i + 1)});
    }
    entries_.emplace_back(map, std::move(entries));
    return entries_.back().second;
  }

  // map[key]: the value of the first entry with that key; not IsDefined() when there is none.
  Node Child(const Node& map, std::string_view key) {
    for (const Entry& e : EntriesOf(map)) {
      if (e.key == key) return e.value;
    }
    return Node();
  }

  // Locates a key's value, or the key itself when the value is null (yaml-cpp gives null marks).
  SourceLocation ValueLocation(const Node& map, std::string_view key) {
    for (const Entry& e : EntriesOf(map)) {
      if (e.key == key) {
        return e.value.Offset() == YamlDocument::kNoOffset ? At(e.key_node) : At(e.value);
      }
    }
    return At(map);
  }

  std::optional<std::string> ReadString(const Node& map, std::string_view key, bool required,
                                        std::string_view what) {
    const Node node = Child(map, key);
    if (!node) {
      if (required) Error(At(map), fmt::format("missing required key '{}' in {}", key, what));
      return std::nullopt;
    }
    if (!node.IsScalar()) {
      Error(ValueLocation(map, key), fmt::format("'{}' must be text", key));
      return std::nullopt;
    }
    if (node.IsNull() || node.Scalar().empty()) {
      if (required) Error(ValueLocation(map, key), fmt::format("'{}' is empty", key));
      return required ? std::nullopt : std::optional<std::string>(std::string());
    }
    return std::string(node.Scalar());
  }

  std::optional<Date> ReadDate(const Node& map, std::string_view key) {
    auto text = ReadString(map, key, false, "");
    if (!text || text->empty()) return std::nullopt;
    auto date = Date::Parse(*text);
    if (!date) Error(ValueLocation(map, key), fmt::format("'{}' is not a date (YYYY-MM-DD): '{}'", key, *text));
    return date;
  }

  void ReadArticle(const Node& node, Article* article) {
    article->location = At(node);
    if (!node.IsMap()) {
      Error(At(node), "'article' must be a mapping with at least 'id'");
      return;
    }
    CheckKeys(node, kArticleKeys, "article");
    if (auto id = ReadString(node, "id", true, "article")) article->id = *id;
    for (auto [key, field] : {std::pair{"title", &article->title}, std::pair{"publisher", &article->publisher},
                              std::pair{"language", &article->language}, std::pair{"text", &article->text}}) {
      if (auto value = ReadString(node, key, false, "article")) *field = *value;
    }
    (void)ReadString(node, "url", false, "article");
    article->published = ReadDate(node, "published");
  }

  std::optional<Decimal> ReadPercentage(const Node& map, std::string_view key) {
    auto text = ReadString(map, key, false, "");
    if (!text || text->empty()) return std::nullopt;
    std::string_view t = *text;
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    bool percent = !t.empty() && t.back() == '%';
    if (percent) t.remove_suffix(1);
    auto value = Decimal::Parse(t);
    if (!value || value->sign() < 0) {
      Error(ValueLocation(map, key), fmt::format("'{}' must be a non-negative number or percentage: '{}'", key, *text));
      return std::nullopt;
    }
    return percent ? *value * Decimal::Fraction(1, 100) : *value;
  }

  void ReadCheck(const Node& node, CheckSettings* check) {
    if (!node.IsMap()) {
      Error(At(node), "'check' must be a mapping");
      return;
    }
    CheckKeys(node, kCheckKeys, "check");
    check->rate_date = ReadDate(node, "rate_date");
    if (auto window = ReadString(node, "rate_window", false, "")) {
      // A count of business days: plain digits, at most 3 of them (a window of years is not a window).
      const bool digits = !window->empty() && window->size() <= 3 &&
                          std::all_of(window->begin(), window->end(), [](char c) { return c >= '0' && c <= '9'; });
      if (digits) {
        check->rate_window = std::stoi(*window);
      } else {
        Error(ValueLocation(node, "rate_window"),
              fmt::format("'rate_window' must be a number of business days from 0 to 999: '{}'", *window));
      }
    }
    if (auto tolerance = ReadPercentage(node, "rate_tolerance")) {
      if (*tolerance >= Decimal(1)) {
        Error(ValueLocation(node, "rate_tolerance"), "'rate_tolerance' must be below 100%");
      } else {
        check->rate_tolerance = *tolerance;
      }
    }
    if (const Node rates = Child(node, "rates")) {
      check->rates_location = ValueLocation(node, "rates");
      if (rates.IsScalar()) {
        check->rates.emplace_back(rates.Scalar());
      } else if (rates.IsSequence()) {
        for (const Node& r : rates) {
          if (!r.IsScalar() || r.Scalar().empty()) {
            Error(At(r), "'rates' entries must be source names or paths");
          } else {
            check->rates.emplace_back(r.Scalar());
          }
        }
      } else {
        Error(*check->rates_location, "'rates' must be a source name, a path, or a list of them");
      }
    }
  }

  std::optional<StatedAmount> ReadAmount(const Node& fact, std::string_view key, bool allow_percentage = false) {
    const Node node = Child(fact, key);
    if (!node) return std::nullopt;
    StatedAmount stated;
    stated.location = ValueLocation(fact, key);
    if (node.IsScalar() && !node.IsNull()) {
      stated.text = std::string(node.Scalar());
      auto parsed = ParseAmount(stated.text);
      if (allow_percentage && std::holds_alternative<ParseError>(parsed)) {
        // A growth figure between two rates (3.2% to 4.1%, a change of 0.9%p).
        auto change = ParseChange(stated.text);
        if (auto* c = std::get_if<Change>(&change);
            c && c->kind == ChangeKind::kPercent && c->sign == ChangeSign::kUnspecified && c->value.sign() >= 0) {
          stated.percentage = true;
          stated.amount.value = c->value;
          stated.amount.unit = c->unit;
          stated.amount.approximate = c->approximate;
          stated.amount.bound = c->bound;
          return stated;
        }
      }
      if (auto* error = std::get_if<ParseError>(&parsed)) {
        SourceLocation at = stated.location;
        if (!node.NonPlain() && at.column > 0) at.column += error->column - 1;  // plain scalars only
        Error(at, fmt::format("cannot read '{}' as an amount: {}", stated.text, error->message));
        return std::nullopt;
      }
      stated.amount = std::get<Amount>(parsed);
      return stated;
    }
    if (node.IsMap()) {
      CheckKeys(node, kAmountMapKeys, "amount");
      auto value_text = ReadString(node, "value", true, std::string(key));
      auto currency_text = ReadString(node, "currency", true, std::string(key));
      if (!value_text || !currency_text) return std::nullopt;
      const Currency* currency = FindCurrencyByCode(*currency_text);
      if (!currency) {
        const CurrencyAlias alias = ResolveCurrencyAlias(*currency_text);
        currency = alias.currency;
      }
      if (!currency) {
        Error(ValueLocation(node, "currency"), fmt::format("unknown currency '{}'", *currency_text));
        return std::nullopt;
      }
      auto value = Decimal::Parse(*value_text);
      if (!value || value->sign() <= 0) {
        Error(ValueLocation(node, "value"), fmt::format("'value' must be a positive decimal number: '{}'", *value_text));
        return std::nullopt;
      }
      stated.text = fmt::format("{} {}", *value_text, currency->code);
      stated.amount.value = *value;
      stated.amount.currency = currency;
      stated.amount.unit = LastDigitUnit(*value_text);
      if (auto unit_text = ReadString(node, "unit", false, "")) {
        if (!unit_text->empty()) {
          auto unit = Decimal::Parse(*unit_text);
          if (!unit || unit->sign() <= 0) {
            Error(ValueLocation(node, "unit"), fmt::format("'unit' must be a positive decimal number: '{}'", *unit_text));
          } else {
            stated.amount.unit = *unit;
          }
        }
      }
      if (auto approx = ReadString(node, "approximate", false, "")) {
        if (*approx == "true") stated.amount.approximate = true;
        else if (*approx != "false" && !approx->empty()) Error(ValueLocation(node, "approximate"), "'approximate' must be true or false");
      }
      if (auto bound = ReadString(node, "bound", false, "")) {
        bool found = false;
        for (Bound b : {Bound::kExact, Bound::kAtLeast, Bound::kAtMost, Bound::kMoreThan, Bound::kLessThan}) {
          if (BoundName(b) == *bound) stated.amount.bound = b, found = true;
        }
        if (!found && !bound->empty()) {
          Error(ValueLocation(node, "bound"),
                fmt::format("unknown bound '{}' (exact, at_least, at_most, more_than, less_than)", *bound));
        }
      }
      return stated;
    }
    Error(stated.location, fmt::format("'{}' must be an amount as the article writes it, or {{value, currency}}", key));
    return std::nullopt;
  }

  // The place of the last digit of plain decimal text: "7500000000" -> 1, "1194.40" -> 0.01.
  static Decimal LastDigitUnit(std::string_view text) {
    int exponent = 0;
    const auto e = text.find_first_of("eE");
    if (e != std::string_view::npos) {
      if (auto exp = Decimal::Parse(text.substr(e + 1)); exp && exp->is_integer()) {
        exponent = static_cast<int>(exp->numerator());
      }
      text = text.substr(0, e);
    }
    const auto dot = text.find('.');
    const int decimals = dot == std::string_view::npos ? 0 : static_cast<int>(text.size() - dot - 1);
    return Decimal::Pow10(std::clamp(exponent - decimals, -Decimal::kMaxExponent, Decimal::kMaxExponent));
  }

  std::optional<StatedChange> ReadChange(const Node& fact) {
    const Node node = Child(fact, "change");
    if (!node) return std::nullopt;
    StatedChange stated;
    stated.location = ValueLocation(fact, "change");
    if (!node.IsScalar() || node.IsNull()) {
      Error(stated.location, "'change' must be a change as the article writes it: 51%, -3.2%, 3.1%p, 2배");
      return std::nullopt;
    }
    stated.text = std::string(node.Scalar());
    auto parsed = ParseChange(stated.text);
    if (auto* error = std::get_if<ParseError>(&parsed)) {
      Error(stated.location, fmt::format("cannot read '{}' as a change: {}", stated.text, error->message));
      return std::nullopt;
    }
    stated.change = std::get<Change>(parsed);
    return stated;
  }

  // ignore: [code, ...] with its mandatory reason:. The codes are checked against the finding
  // codes by core/check/policy.h, which knows them.
  void ReadIgnore(const Node& node, Fact* fact) {
    const Node ignore = Child(node, "ignore");
    const auto reason = ReadString(node, "reason", false, "");
    if (!ignore) {
      if (reason) Error(ValueLocation(node, "reason"), "'reason' explains an 'ignore'; this fact has no 'ignore'");
      return;
    }
    const SourceLocation at = ValueLocation(node, "ignore");
    if (ignore.IsScalar() && !ignore.IsNull() && !ignore.Scalar().empty()) {
      fact->ignore.push_back({std::string(ignore.Scalar()), at});
    } else if (ignore.IsSequence() && ignore.size() > 0) {
      for (const Node& code : ignore) {
        if (code.IsScalar() && !code.Scalar().empty()) {
          fact->ignore.push_back({std::string(code.Scalar()), At(code)});
        } else {
          Error(At(code), "'ignore' entries must be finding codes: [rate-deviation]");
        }
      }
    } else {
      Error(at, "'ignore' must be a finding code or a list of them: [rate-deviation]");
    }
    if (!reason || reason->find_first_not_of(" \t") == std::string::npos) {
      Error(at, "'ignore' needs a 'reason' saying why the finding does not apply");
    } else {
      fact->ignore_reason = *reason;
    }
  }

  bool ReadFact(const Node& node, Fact* fact) {
    entries_.clear();  // the mappings of earlier facts are not asked for again
    fact->location = At(node);
    if (!node.IsMap()) {
      Error(fact->location, "each fact must be a mapping with at least 'id'");
      return false;
    }
    const std::size_t errors_before = diagnostics_.size();
    CheckKeys(node, kFactKeys, "fact");
    if (auto id = ReadString(node, "id", true, "a fact")) fact->id = *id;
    if (auto quote = ReadString(node, "quote", false, "")) fact->quote = *quote;
    if (auto source = ReadString(node, "source", false, "")) fact->source = *source;
    if (ReadString(node, "draft", false, "")) fact->draft = ValueLocation(node, "draft");
    ReadIgnore(node, fact);
    if (const Node span = Child(node, "span")) {
      bool ok = span.IsSequence() && span.size() == 2;
      if (ok) {
        for (const Node& n : span) ok = ok && n.IsScalar() && Decimal::Parse(n.Scalar()) && Decimal::Parse(n.Scalar())->is_integer();
      }
      if (!ok) Error(ValueLocation(node, "span"), "'span' must be [start, end], character offsets in the article text");
    }
    fact->rate_date = ReadDate(node, "rate_date");
    if (auto rate_text = ReadString(node, "rate", false, "")) {
      if (!rate_text->empty()) {
        std::string digits;
        for (char c : *rate_text) if (c != ',') digits.push_back(c);
        auto value = Decimal::Parse(digits);
        if (!value || value->sign() <= 0) {
          Error(ValueLocation(node, "rate"), fmt::format("'rate' must be a positive number: '{}'", *rate_text));
        } else {
          fact->rate = StatedRate{*rate_text, *value, ValueLocation(node, "rate")};
        }
      }
    }
    fact->amount = ReadAmount(node, "amount");
    fact->converted = ReadAmount(node, "converted");
    fact->previous = ReadAmount(node, "previous", true);
    fact->current = ReadAmount(node, "current", true);
    fact->change = ReadChange(node);
    if (diagnostics_.size() != errors_before) return true;  // keep the id for duplicate checks

    const bool has_conversion = Child(node, "amount") && Child(node, "converted");
    const bool has_growth = Child(node, "current") || Child(node, "change") || Child(node, "previous");
    std::optional<FactKind> kind;
    if (auto kind_text = ReadString(node, "kind", false, "")) {
      if (*kind_text == "conversion") kind = FactKind::kConversion;
      else if (*kind_text == "growth") kind = FactKind::kGrowth;
      else if (*kind_text == "amount") kind = FactKind::kAmount;
      else if (!kind_text->empty()) {
        Error(ValueLocation(node, "kind"), fmt::format("unknown kind '{}' (conversion, growth, amount)", *kind_text));
        return true;
      }
    }
    if (!kind) {
      if (has_growth) kind = FactKind::kGrowth;
      else if (has_conversion) kind = FactKind::kConversion;
      else if (Child(node, "amount")) kind = FactKind::kAmount;
      else {
        Error(fact->location, fmt::format("fact '{}' states no figure: give amount (+ converted), or current + change",
                                          fact->id));
        return true;
      }
    }
    fact->kind = *kind;
    auto require = [&](std::string_view key, bool present) {
      if (!present) Error(fact->location, fmt::format("{} fact '{}' is missing required key '{}'", FactKindName(*kind), fact->id, key));
    };
    auto forbid = [&](std::string_view key) {
      if (Child(node, key)) Error(ValueLocation(node, key), fmt::format("'{}' does not belong in a {} fact", key, FactKindName(*kind)));
    };
    switch (*kind) {
      case FactKind::kConversion:
        require("amount", fact->amount.has_value());
        require("converted", fact->converted.has_value());
        for (auto key : {"previous", "current", "change"}) forbid(key);
        break;
      case FactKind::kGrowth:
        require("current", fact->current.has_value());
        require("change", fact->change.has_value());
        for (auto key : {"amount", "converted"}) forbid(key);
        if (fact->previous && fact->current && fact->previous->amount.currency != fact->current->amount.currency) {
          auto unit_of = [](const StatedAmount& a) {
            return a.amount.currency ? std::string(a.amount.currency->code) : std::string("percent");
          };
          Error(fact->previous->location, fmt::format("'previous' is in {} but 'current' is in {}: a growth figure "
                                                      "compares figures of one kind",
                                                      unit_of(*fact->previous), unit_of(*fact->current)));
        }
        break;
      case FactKind::kAmount:
        require("amount", fact->amount.has_value());
        for (auto key : {"converted", "previous", "current", "change"}) forbid(key);
        break;
    }
    return true;
  }

  std::string_view name_;
  std::string_view contents_;
  FactFileSyntax syntax_;
  Diagnostics diagnostics_;
  mutable std::vector<std::size_t> line_starts_;  // where each line begins, built on first use
  // Mappings read so far (by node identity; the document lives as long as the loader).
  std::vector<std::pair<Node, std::vector<Entry>>> entries_;
};

}  // namespace

std::string_view FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kConversion: return "conversion";
    case FactKind::kGrowth: return "growth";
    case FactKind::kAmount: return "amount";
  }
  return "amount";
}

FactFileSyntax FactFileSyntaxOf(std::string_view name, std::string_view contents) {
  if (name.ends_with(".json")) return FactFileSyntax::kJson;
  if (name.ends_with(".yaml") || name.ends_with(".yml")) return FactFileSyntax::kYaml;
  while (contents.starts_with(kBom)) contents.remove_prefix(kBom.size());
  const std::size_t start = contents.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || contents[start] != '{') return FactFileSyntax::kYaml;
  // A YAML flow mapping starts with '{' too ({article: {id: a}, ...}): such a text was always read
  // as YAML, and still is unless it is JSON through and through.
  return nlohmann::json::accept(contents.substr(start)) ? FactFileSyntax::kJson : FactFileSyntax::kYaml;
}

LoadedFactFile LoadFactFile(std::string_view name, std::string_view contents, FactFileSyntax syntax) {
  try {
    return Loader(name, contents, syntax).Run();
  } catch (const std::exception& e) {
    // yaml-cpp can throw from node access on malformed trees; that is bad input, not a crash.
    LoadedFactFile result;
    result.diagnostics.push_back(
        Diagnostic{SourceLocation{std::string(name), 0, 0}, Severity::kError, fmt::format("cannot read fact file: {}", e.what())});
    return result;
  }
}

}  // namespace figcheck
