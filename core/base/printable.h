// Printable: the one escaping every human-readable line figcheck writes goes through (the text
// report, messages on standard error, the output of parse, rates, convert and extract), so that
// no byte of an input (a file name, a cell, an argument) can act on a terminal or a CI log.
//
// A file named "nl\n::error file=evil.yaml::x" must not start a second line that GitHub Actions
// reads as an annotation; "esc\e[2J.yaml" must not clear the screen; a right-to-left override
// must not reorder what a reviewer reads. Text that is not plain is shown, never dropped:
//   LF -> \n, CR -> \r, tab -> one space, other C0 controls and DEL -> \xNN,
//   C1 controls (U+0080..U+009F) and the bidirectional controls (U+200E, U+200F, U+202A..U+202E,
//   U+2066..U+2069), U+2028, U+2029 -> \u{XXXX},
//   a byte that is not part of valid UTF-8 -> \xNN.
// Everything else (Hangul, ₩, ≈) passes as it is. Text longer than kMaxPrintableBytes (a 10 MB
// cell, a 10,000-digit figure) is clipped in the middle: "1234…[9998000 bytes]…7890".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace figcheck {

inline constexpr std::size_t kMaxPrintableBytes = 1500;

std::string Printable(std::string_view text);

}  // namespace figcheck
