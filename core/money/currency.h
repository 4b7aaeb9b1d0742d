// Currency: an ISO 4217 currency (code, English name, minor units) and the names articles use.
//
// The table is fixed at build time; Currency values are pointers into it, so comparing two
// currencies is comparing pointers. Aliases cover Korean (달러, 원, 위안, 엔, 유로), English (won,
// yuan, dollar), symbols ($, ₩, €, £, 元, 円) and codes (USD, US$, RMB). A bare '¥' is ambiguous
// (yen or yuan) and resolves only with a currency given from context.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace figcheck {

struct Currency {
  std::string_view code;        // "KRW"
  std::string_view name;        // "South Korean won"
  int minor_units;              // 0 for KRW and JPY, 2 for USD
  std::string_view korean;      // "원" — how a Korean article writes the unit after a number
  std::string_view symbol;      // "₩"; empty when there is none
};

// Every currency figcheck knows, in code order.
std::span<const Currency> AllCurrencies();

// The currency with this ISO code (case-insensitive), or nullptr.
const Currency* FindCurrencyByCode(std::string_view code);

enum class AliasMatch { kNone, kCurrency, kAmbiguous };

struct CurrencyAlias {
  AliasMatch match = AliasMatch::kNone;
  const Currency* currency = nullptr;  // set when match == kCurrency
};

// Resolves a name an article uses for a currency ("달러", "US$", "yuan", "元", "KRW").
// Case-insensitive for Latin letters. "¥" gives kAmbiguous.
CurrencyAlias ResolveCurrencyAlias(std::string_view alias);

// The longest alias that `text` starts with, for scanners: returns its byte length (0 if none)
// and fills `out`. Aliases made only of Latin letters must end at a word boundary.
std::size_t MatchCurrencyAliasPrefix(std::string_view text, CurrencyAlias* out);
// The longest alias that `text` ends with (same rules), for Korean "75억 달러" style suffixes.
std::size_t MatchCurrencyAliasSuffix(std::string_view text, CurrencyAlias* out);

}  // namespace figcheck
