#include "core/money/currency.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace figcheck {
namespace {

// A selection of ISO 4217 (the currencies that appear in news about money), with minor units
// from the ISO 4217 list.
constexpr std::array kCurrencies = {
    Currency{"AED", "UAE dirham", 2, "디르함", ""},
    Currency{"ARS", "Argentine peso", 2, "아르헨티나 페소", ""},
    Currency{"AUD", "Australian dollar", 2, "호주 달러", "A$"},
    Currency{"BRL", "Brazilian real", 2, "헤알", "R$"},
    Currency{"CAD", "Canadian dollar", 2, "캐나다 달러", "C$"},
    Currency{"CHF", "Swiss franc", 2, "스위스 프랑", ""},
    Currency{"CNY", "Chinese yuan renminbi", 2, "위안", "元"},
    Currency{"CZK", "Czech koruna", 2, "코루나", ""},
    Currency{"DKK", "Danish krone", 2, "덴마크 크로네", ""},
    Currency{"EUR", "Euro", 2, "유로", "€"},
    Currency{"GBP", "Pound sterling", 2, "파운드", "£"},
    Currency{"HKD", "Hong Kong dollar", 2, "홍콩 달러", "HK$"},
    Currency{"HUF", "Hungarian forint", 2, "포린트", ""},
    Currency{"IDR", "Indonesian rupiah", 2, "루피아", ""},
    Currency{"ILS", "Israeli new shekel", 2, "셰켈", "₪"},
    Currency{"INR", "Indian rupee", 2, "루피", "₹"},
    Currency{"JPY", "Japanese yen", 0, "엔", "円"},
    Currency{"KRW", "South Korean won", 0, "원", "₩"},
    Currency{"MXN", "Mexican peso", 2, "멕시코 페소", ""},
    Currency{"MYR", "Malaysian ringgit", 2, "링깃", ""},
    Currency{"NOK", "Norwegian krone", 2, "노르웨이 크로네", ""},
    Currency{"NZD", "New Zealand dollar", 2, "뉴질랜드 달러", "NZ$"},
    Currency{"PHP", "Philippine peso", 2, "필리핀 페소", "₱"},
    Currency{"PLN", "Polish zloty", 2, "즐로티", ""},
    Currency{"RUB", "Russian ruble", 2, "루블", "₽"},
    Currency{"SAR", "Saudi riyal", 2, "리얄", ""},
    Currency{"SEK", "Swedish krona", 2, "스웨덴 크로나", ""},
    Currency{"SGD", "Singapore dollar", 2, "싱가포르 달러", "S$"},
    Currency{"THB", "Thai baht", 2, "바트", "฿"},
    Currency{"TRY", "Turkish lira", 2, "리라", "₺"},
    Currency{"TWD", "New Taiwan dollar", 2, "대만 달러", "NT$"},
    Currency{"USD", "US dollar", 2, "달러", "$"},
    Currency{"VND", "Vietnamese dong", 0, "동", "₫"},
    Currency{"ZAR", "South African rand", 2, "랜드", "R"},
};

struct Alias {
  std::string_view text;
  std::string_view code;  // empty: ambiguous
};

// Names as articles write them. Codes and the `korean` and `symbol` fields above are aliases too.
constexpr std::array kAliases = {
    Alias{"미국 달러", "USD"}, Alias{"미국달러", "USD"}, Alias{"미 달러", "USD"}, Alias{"미달러", "USD"},
    Alias{"불", "USD"}, Alias{"US$", "USD"}, Alias{"U.S.$", "USD"}, Alias{"USD$", "USD"},
    Alias{"dollar", "USD"}, Alias{"dollars", "USD"}, Alias{"US dollars", "USD"}, Alias{"U.S. dollars", "USD"},
    Alias{"원화", "KRW"}, Alias{"한화", "KRW"}, Alias{"W", "KRW"}, Alias{"won", "KRW"}, Alias{"KRW", "KRW"},
    Alias{"위안화", "CNY"}, Alias{"인민폐", "CNY"}, Alias{"RMB", "CNY"}, Alias{"yuan", "CNY"},
    Alias{"renminbi", "CNY"}, Alias{"CN¥", "CNY"}, Alias{"CN\xef\xbf\xa5", "CNY"},
    Alias{"엔화", "JPY"}, Alias{"yen", "JPY"}, Alias{"JP¥", "JPY"},
    Alias{"유로화", "EUR"}, Alias{"euro", "EUR"}, Alias{"euros", "EUR"},
    Alias{"파운드화", "GBP"}, Alias{"pound", "GBP"}, Alias{"pounds", "GBP"}, Alias{"sterling", "GBP"},
    Alias{"홍콩달러", "HKD"}, Alias{"대만달러", "TWD"}, Alias{"싱가포르달러", "SGD"}, Alias{"호주달러", "AUD"},
    Alias{"캐나다달러", "CAD"}, Alias{"뉴질랜드달러", "NZD"}, Alias{"프랑", "CHF"}, Alias{"루피", "INR"},
    Alias{"rupee", "INR"}, Alias{"rupees", "INR"}, Alias{"ruble", "RUB"}, Alias{"rubles", "RUB"},
    Alias{"¥", ""}, Alias{"\xef\xbf\xa5", ""},  // ¥ and fullwidth ￥: yen or yuan
};

bool IsAsciiAlpha(unsigned char c) { return std::isalpha(c) != 0; }

// ASCII only, and inline: std::tolower is a locale-aware call per byte, and alias matching
// runs for every amount of every fact (it was 5% of a whole `figcheck check`).
char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

bool AllAsciiLetters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiAlpha(static_cast<unsigned char>(c)); });
}

template <typename Fn>
void ForEachAlias(Fn&& fn) {
  for (const Currency& c : kCurrencies) {
    fn(c.code, &c);
    fn(c.korean, &c);
    if (!c.symbol.empty()) fn(c.symbol, &c);
  }
  // Each alias's currency, looked up once per process rather than on every match.
  static const std::array<const Currency*, kAliases.size()> kAliasCurrencies = [] {
    std::array<const Currency*, kAliases.size()> out{};
    for (std::size_t i = 0; i < kAliases.size(); ++i) {
      out[i] = kAliases[i].code.empty() ? nullptr : FindCurrencyByCode(kAliases[i].code);
    }
    return out;
  }();
  for (std::size_t i = 0; i < kAliases.size(); ++i) fn(kAliases[i].text, kAliasCurrencies[i]);
}

CurrencyAlias MakeAlias(const Currency* currency) {
  return currency ? CurrencyAlias{AliasMatch::kCurrency, currency} : CurrencyAlias{AliasMatch::kAmbiguous, nullptr};
}

}  // namespace

std::span<const Currency> AllCurrencies() { return kCurrencies; }

const Currency* FindCurrencyByCode(std::string_view code) {
  for (const Currency& c : kCurrencies) {
    if (EqualsIgnoreAsciiCase(c.code, code)) return &c;
  }
  return nullptr;
}

CurrencyAlias ResolveCurrencyAlias(std::string_view alias) {
  CurrencyAlias result;
  ForEachAlias([&](std::string_view text, const Currency* currency) {
    if (result.match == AliasMatch::kNone && EqualsIgnoreAsciiCase(text, alias)) result = MakeAlias(currency);
  });
  return result;
}

std::size_t MatchCurrencyAliasPrefix(std::string_view text, CurrencyAlias* out) {
  std::size_t best = 0;
  ForEachAlias([&](std::string_view alias, const Currency* currency) {
    if (alias.size() <= best || alias.size() > text.size()) return;
    if (!EqualsIgnoreAsciiCase(text.substr(0, alias.size()), alias)) return;
    if (AllAsciiLetters(alias) && alias.size() < text.size() &&
        IsAsciiAlpha(static_cast<unsigned char>(text[alias.size()]))) {
      return;
    }
    best = alias.size();
    *out = MakeAlias(currency);
  });
  return best;
}

std::size_t MatchCurrencyAliasSuffix(std::string_view text, CurrencyAlias* out) {
  std::size_t best = 0;
  ForEachAlias([&](std::string_view alias, const Currency* currency) {
    if (alias.size() <= best || alias.size() > text.size()) return;
    const std::size_t start = text.size() - alias.size();
    if (!EqualsIgnoreAsciiCase(text.substr(start), alias)) return;
    if (AllAsciiLetters(alias) && start > 0 && IsAsciiAlpha(static_cast<unsigned char>(text[start - 1]))) return;
    best = alias.size();
    *out = MakeAlias(currency);
  });
  return best;
}

}  // namespace figcheck
