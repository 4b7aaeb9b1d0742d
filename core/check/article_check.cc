#include "core/check/article_check.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

#include "core/base/utf8.h"
#include "core/extract/draft_writer.h"
#include "core/extract/html_text.h"
#include "core/facts/loader.h"

namespace figcheck {
namespace {

// Byte offset of the code point `code_points` into `text`.
std::size_t ByteOfCodePoint(std::string_view text, std::size_t code_points) {
  std::size_t pos = 0;
  for (std::size_t n = 0; n < code_points && pos < text.size(); ++n) {
    std::size_t length = 1;
    DecodeAt(text, pos, &length);
    pos += length;
  }
  return pos;
}

std::size_t CodePoints(std::string_view text) { return static_cast<std::size_t>(CodePointColumn(text, text.size())); }

// Keys are a YAML location's "line:column" (the file is the same for all).
using SpanByYamlPlace = std::map<std::pair<int, int>, FigureSpan>;

std::pair<int, int> Place(const SourceLocation& l) { return {l.line, l.column}; }

// Where the figure `printed` of a fact whose sentence is text[sentence, sentence_end) is in the
// article; the sentence's start when the extractor completed the figure and it is not printed as
// it stands. `source` maps each byte of `text` to its byte in `original` (empty: the same).
FigureSpan SpanOf(const std::string& name, std::string_view original, std::string_view text,
                  const std::vector<std::size_t>& source, std::string_view printed, std::size_t sentence,
                  std::size_t sentence_end) {
  FigureSpan span;
  span.text = std::string(printed);
  std::size_t at = printed.empty() ? std::string_view::npos : text.find(printed, sentence);
  std::size_t length = printed.size();
  if (at == std::string_view::npos || at + printed.size() > sentence_end) {
    at = sentence;
    length = 0;
  }
  span.in_quote = CodePoints(text.substr(sentence, at - sentence));
  const std::size_t begin = source.empty() ? at : source[at];
  const std::size_t end = source.empty() ? at + length : length == 0 ? begin : source[at + length - 1] + 1;
  span.location = LocationOfByte(name, original, begin);
  span.offset = CodePoints(original.substr(0, begin));
  // In a page, "8조&nbsp;9512억원" is longer than the figure: the span covers what the page prints.
  span.length = CodePoints(original.substr(begin, end - begin));
  if (!source.empty() && length > 0) {
    std::size_t last = source[at + length - 1];
    while (last + 1 < original.size() && (static_cast<unsigned char>(original[last + 1]) & 0xC0) == 0x80) ++last;
    span.length = CodePoints(original.substr(begin, last + 1 - begin));
  }
  return span;
}

// The article place for the YAML place `at`: the figure's, else that of the fact whose entry
// holds the line (the nearest fact entry above it).
const FigureSpan* Lookup(const SpanByYamlPlace& spans, const std::map<int, FigureSpan>& fact_by_line,
                         const SourceLocation& at) {
  if (auto it = spans.find(Place(at)); it != spans.end()) return &it->second;
  auto it = fact_by_line.upper_bound(at.line);
  if (it == fact_by_line.begin()) return nullptr;
  return &std::prev(it)->second;
}

}  // namespace

SourceLocation LocationOfByte(const std::string& file, std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t begin = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(begin), '\n'));
  return SourceLocation{file, line, 1 + CodePointColumn(text.substr(begin), offset - begin)};
}

bool LoadsAsFactFile(std::string_view name, std::string_view contents) {
  return LoadFactFile(name, contents, FactFileSyntaxOf(name, contents)).file.has_value();
}

ArticleCheck CheckArticleText(const std::string& name, std::string_view contents, const ArticleCheckOptions& options,
                              const RateSourceCache& sources) {
  ArticleCheck out;
  const bool html = options.markup == ArticleMarkup::kHtml ||
                    (options.markup == ArticleMarkup::kGuess && LooksLikeHtml(contents));
  const HtmlText page = html ? HtmlToText(contents) : HtmlText{};
  const std::string_view text = html ? std::string_view(page.text) : contents;

  ExtractOptions extract;
  extract.published = options.published;
  out.draft = ExtractDraft(name, text, extract);

  FileResult& result = out.result;
  result.path = name;
  // An undated article is still checked: its conversions for plausibility against the pair's whole
  // history (an `undated` note on each), never an input error (docs/CHECKS.md).
  // The draft as checked: every fact as it stands (see the header).
  ArticleDraft checked = out.draft;
  checked.text.clear();
  for (DraftFact& f : checked.facts) f.draft.clear();
  const std::string yaml = WriteDraftYaml(checked);
  LoadedFactFile loaded = LoadFactFile(name, yaml);
  if (!loaded.file) {
    // The extractor writes what the loader reads; if not, say so at the article's start.
    for (Diagnostic d : loaded.diagnostics) {
      d.message = "the facts drafted from this article do not load (" + d.location.ToString() + ": " + d.message + ")";
      d.location = SourceLocation{name, 1, 1};
      result.diagnostics.push_back(std::move(d));
    }
    return out;
  }
  const FactFile& file = *loaded.file;
  RateSourceResult rates = sources.Open(options.run.rates.empty() ? options.run.default_rates : options.run.rates);
  if (auto* diags = std::get_if<Diagnostics>(&rates)) {
    result.article_id = file.article.id;
    result.title = file.article.title;
    result.diagnostics = *diags;
    return out;
  }
  result = CheckFactFile(file, *std::get<std::shared_ptr<const RateSource>>(rates), options.run.check);
  result.path = name;
  for (Diagnostic& d : loaded.diagnostics) result.diagnostics.push_back(std::move(d));  // warnings, if any
  ApplySeverities(options.run.policy, &result);  // .figcheck.yaml's severity: (drafts are checked as they stand)

  // YAML places -> article places.
  SpanByYamlPlace spans;
  std::map<int, FigureSpan> fact_by_line;
  std::map<std::string, std::vector<FigureSpan>> spans_of_fact;
  for (const Fact& fact : file.facts) {
    auto draft = std::find_if(checked.facts.begin(), checked.facts.end(), [&](const DraftFact& d) { return d.id == fact.id; });
    if (draft == checked.facts.end()) continue;
    const std::size_t sentence = ByteOfCodePoint(text, draft->span_begin);
    const std::size_t sentence_end = ByteOfCodePoint(text, draft->span_end);
    std::vector<FigureSpan>& fact_spans = spans_of_fact[fact.id];
    auto add = [&](const std::string& printed, const SourceLocation& at) {
      FigureSpan span = SpanOf(name, contents, text, page.source, printed, sentence, sentence_end);
      spans.emplace(Place(at), span);
      fact_spans.push_back(std::move(span));
    };
    for (const auto* stated : {&fact.amount, &fact.converted, &fact.previous, &fact.current}) {
      if (stated->has_value()) add((*stated)->text, (*stated)->location);
    }
    if (fact.change) add(fact.change->text, fact.change->location);
    FigureSpan first =
        fact_spans.empty() ? SpanOf(name, contents, text, page.source, "", sentence, sentence_end) : fact_spans.front();
    spans.emplace(Place(fact.location), first);
    fact_by_line.emplace(fact.location.line, first);
  }
  auto move = [&](SourceLocation* at) {
    if (at->file != name) return;  // a rate file keeps its own place
    const FigureSpan* span = Lookup(spans, fact_by_line, *at);
    *at = span ? span->location : SourceLocation{name, 1, 1};
  };
  for (FactResult& fact : result.facts) {
    move(&fact.location);
    for (Finding& f : fact.findings) move(&f.location);
    if (auto it = spans_of_fact.find(fact.id); it != spans_of_fact.end()) fact.spans = it->second;
  }
  for (Finding& f : result.findings) move(&f.location);
  for (Diagnostic& d : result.diagnostics) move(&d.location);
  // Details that name a place in the YAML ("sensetime-valuation (x.yaml:9:16): implies ..."): a
  // value of the detail's phrase that is exactly such a place, renamed once.
  const std::string opening = name + ":";
  auto rename_place = [&](std::string* value) {
    if (value->compare(0, opening.size(), opening) != 0) return;
    int line = 0, column = 0;
    char tail = 0;
    if (std::sscanf(value->c_str() + opening.size(), "%d:%d%c", &line, &column, &tail) != 2) return;
    SourceLocation place{name, line, column};
    move(&place);
    *value = place.ToString();
  };
  std::function<void(Phrase*)> rename_phrase = [&](Phrase* phrase) {
    for (MessageArg& arg : phrase->args) {
      if (arg.phrase.empty()) {
        rename_place(&arg.text);
      } else {
        for (Phrase& inner : arg.phrase) rename_phrase(&inner);
      }
    }
  };
  auto rename = [&](std::vector<Phrase>* details) {
    for (Phrase& d : *details) rename_phrase(&d);
  };
  for (FactResult& fact : result.facts) {
    for (Finding& f : fact.findings) rename(&f.details);
  }
  for (Finding& f : result.findings) rename(&f.details);
  return out;
}

}  // namespace figcheck
