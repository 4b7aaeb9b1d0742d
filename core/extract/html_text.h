// The text of an HTML page, and where each of its bytes came from.
//
// An article saved from a browser is HTML; the extractor reads plain text. HtmlToText drops the
// markup (tags, comments, <script> and <style> bodies), ends a line at block-level tags (<p>,
// <br>, <div>, <li>, headings, table rows and cells) so sentences do not run across paragraphs,
// and decodes character references (&amp; &nbsp; &#8361; ...). For every byte of the text it
// keeps the offset of the byte in the page that gave it, so a figure found in the text is placed
// at its line and column in the file the editor opened.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck {

struct HtmlText {
  std::string text;
  std::vector<std::size_t> source;  // source[i]: offset in the page of text[i]; one past the end last
};

HtmlText HtmlToText(std::string_view html);

// True when `text` (after blanks and a BOM) starts like an HTML document or fragment:
// "<!doctype", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta" or "<!--"
// (case-insensitive).
bool LooksLikeHtml(std::string_view text);

}  // namespace figcheck
