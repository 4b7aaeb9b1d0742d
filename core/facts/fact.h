// The fact model: what a fact file (DESIGN.md §2, docs/FACT-FILES.md) says about one article.
//
// Every figure keeps the text the article printed, its parsed reading, and the location of the
// YAML key it came from, so findings can point at it. A FactFile is only built by the loader,
// which guarantees: ids are unique, each fact has the keys its kind needs, every figure parsed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"
#include "core/base/source_location.h"
#include "core/money/amount.h"
#include "core/number/decimal.h"

namespace figcheck {

enum class FactKind { kConversion, kGrowth, kAmount };
std::string_view FactKindName(FactKind kind);  // "conversion", "growth", "amount"

// An amount as the article printed it.
struct StatedAmount {
  std::string text;          // "한화 약 8조 9512억원", or the map's value for {value, currency}
  Amount amount;             // currency is null when the figure is a percentage (see below)
  bool percentage = false;   // a growth figure's previous/current may be a rate, e.g. 3.2%
  SourceLocation location;   // of the value in the fact file
};

// A change as the article printed it.
struct StatedChange {
  std::string text;          // "51%"
  Change change;
  SourceLocation location;
};

// A rate the article itself states ("at 1,194.4 won to the dollar"): quote per base.
struct StatedRate {
  std::string text;
  Decimal value;
  SourceLocation location;
};

struct Fact {
  std::string id;
  FactKind kind = FactKind::kAmount;
  SourceLocation location;               // of the fact's entry in the list
  std::optional<std::string> quote;
  std::optional<std::string> source;
  std::optional<Date> rate_date;          // overrides the file's check.rate_date / published
  std::optional<StatedRate> rate;
  std::optional<StatedAmount> amount;     // conversion, amount
  std::optional<StatedAmount> converted;  // conversion
  std::optional<StatedAmount> previous;   // growth (optional: without it, an implied-previous note)
  std::optional<StatedAmount> current;    // growth
  std::optional<StatedChange> change;     // growth
  // Where the `draft:` line figcheck extract writes is, while nobody has reviewed the fact.
  std::optional<SourceLocation> draft;
  // ignore: [code, ...] (each with where it is written) and the reason: it requires.
  struct Ignored {
    std::string code;
    SourceLocation location;
  };
  std::vector<Ignored> ignore;
  std::optional<std::string> ignore_reason;
};

struct Article {
  std::string id;
  std::string title;
  std::string publisher;
  std::optional<Date> published;
  std::string language;
  std::string text;        // path of the article's text, as written in the file
  SourceLocation location;
};

struct CheckSettings {
  std::optional<Date> rate_date;
  // Business days before the rate date whose rates also count (docs/CHECKS.md, "The rate
  // window"); unset: the checker's default. Not used when a rate date is given explicitly.
  std::optional<int> rate_window;
  std::optional<Decimal> rate_tolerance;                // a fraction; unset: the checker's default
  std::vector<std::string> rates;                       // source names or paths, first wins
  std::optional<SourceLocation> rates_location;
};

struct FactFile {
  std::string path;
  Article article;
  CheckSettings check;
  std::vector<Fact> facts;
};

}  // namespace figcheck
