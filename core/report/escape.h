// Escaping and hashing shared by the report writers: each format's rules for making input text
// (quotes, ids, titles, paths, messages) inert, and the fingerprint SARIF results carry.
//
// Every function takes arbitrary bytes: invalid UTF-8 becomes U+FFFD first, so a writer never
// emits a byte sequence its consumer would reject. Nothing is dropped silently: a character a
// format cannot carry is replaced by U+FFFD where the reader can see it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace figcheck::report {

// `text` with every ill-formed UTF-8 sequence (and encoded surrogates) replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);

// For XML 1.0 and HTML element content and attribute values (quoted with " or '): escapes
// & < > " ' as entities; replaces characters XML 1.0 forbids (C0 controls other than tab, LF,
// CR; U+FFFE, U+FFFF) with U+FFFD. In attributes tab, LF and CR become character references
// so attribute-value normalisation keeps them; in content CR does, for the same reason.
std::string XmlEscape(std::string_view text, bool attribute = false);

// For a GitHub workflow command's message: % CR LF percent-encoded.
std::string GithubMessageEscape(std::string_view text);
// For a GitHub workflow command's property value: also : and ,.
std::string GithubPropertyEscape(std::string_view text);

// For a Markdown (GFM) table cell: backslash-escapes \ ` * _ [ ] | ~ $, writes & < > as
// entities, and newlines as <br>, so the cell stays one inline run of literal text.
std::string MarkdownCellEscape(std::string_view text);

// A relative or absolute file path written as a URI reference (RFC 3986): unreserved
// characters and '/' stay, everything else is percent-encoded byte by byte.
std::string PathToUri(std::string_view path);

// 64-bit FNV-1a of the bytes of `text` (offset basis 14695981039346656037, prime
// 1099511628211), as 16 lower-case hex digits.
std::string Fnv1a64Hex(std::string_view text);

}  // namespace figcheck::report
