// Writing amounts back the way articles do: the Korean way ("8조 9473억 5000만원") and the
// English way ("₩8.95 trillion", "$7.5 billion"), at a chosen unit.
#pragma once

#include <string>

#include "core/money/amount.h"

namespace figcheck {

// `value` rounded half-up to `unit`, written with Korean myriad units (만, 억, 조, 경) and the
// currency's Korean name: 8947350000000 KRW at unit 1만 -> "8조 9473억 5000만원".
std::string WriteKorean(const Decimal& value, const Currency& currency, const Decimal& unit);
// `value` written with English scale words and the currency's symbol (or code):
// 8947350000000 KRW at unit 10^10 -> "₩8.95 trillion"; at unit 1 -> "₩8,947,350,000,000".
std::string WriteEnglish(const Decimal& value, const Currency& currency, const Decimal& unit);
// `value` written the way `style` was written (Korean or English, same unit and scale word),
// for a corrected figure: WriteLike(89473e8, <"한화 약 8조 9512억원">) -> "한화 약 8조 9473억원".
// `value` is rounded half-up to `style.unit`; the text before and after the number ("한화 약 ",
// " billion", "원 이상") is kept as written.
std::string WriteLike(const Decimal& value, const Amount& style, std::string_view style_text);
// Whether `text` holds a Hangul syllable (a figure written the Korean way: "1조1930억원").
bool HasHangul(std::string_view text);

}  // namespace figcheck
