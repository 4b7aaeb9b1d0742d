// `figcheck extract ARTICLE.txt [--published YYYY-MM-DD] [-o FILE]`: drafts a fact file from an
// article's raw text. `figcheck extract --evaluate CORPUS.tsv` measures the extractor against a
// labelled corpus (tests/extract/corpus/) and prints precision and recall.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include <unistd.h>

#include <fmt/format.h>

#include "core/base/date.h"
#include "core/base/file_reader.h"
#include "core/base/utf8.h"
#include "core/extract/corpus.h"
#include "core/extract/draft.h"
#include "core/extract/draft_writer.h"
#include "tools/figcheck/commands.h"
#include "tools/figcheck/output.h"
#include "tools/figcheck/standard_streams.h"

namespace figcheck::cli {
namespace {

struct ExtractArgs {
  std::string article;
  std::string published;
  std::string output;
  std::string evaluate;
};

// An article is read as check reads its inputs: at most kMaxInputFileBytes (an endless
// /dev/zero stops there), never a folder, and only UTF-8 text.
std::optional<std::string> ReadArticle(const std::string& name, bool from_stdin, std::string* contents) {
  std::string error;
  if (from_stdin) {
    if (auto failed = ReadStandardInput(kMaxInputFileBytes, contents)) return failed;
  } else if (!DiskFileReader().Read(name, contents, &error)) {
    return error;
  }
  return std::nullopt;
}

// Where `contents` stops being UTF-8 text (a NUL, a control character other than tab, CR, LF
// and form feed, a byte that is not UTF-8, a UTF-16 or UTF-32 byte order mark), as
// "<line>:<column>: <what>", or nullopt for text.
std::optional<std::string> NotText(std::string_view contents) {
  if (contents.starts_with(std::string_view("\xFF\xFE\x00\x00", 4)) ||
      contents.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) {
    return std::string("1:1: error: UTF-32 text, not UTF-8: save the article as UTF-8");
  }
  if (contents.starts_with("\xFF\xFE") || contents.starts_with("\xFE\xFF")) {
    return std::string("1:1: error: UTF-16 text, not UTF-8: save the article as UTF-8");
  }
  int line = 1, column = 1;
  for (std::size_t offset = 0; offset < contents.size();) {
    const auto decoded = DecodeUtf8(contents, offset);
    if (!decoded) return fmt::format("{}:{}: error: invalid UTF-8: not a text file", line, column);
    const char32_t c = decoded->code_point;
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
      return fmt::format("{}:{}: error: control character U+{:04X}: not a text file", line, column,
                         static_cast<std::uint32_t>(c));
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else if (!(offset == 0 && c == 0xFEFF)) {
      ++column;
    }
    offset += decoded->length;
  }
  return std::nullopt;
}

std::optional<std::string> ReadWholeFile(const std::string& path) {
  std::string contents, error;
  if (!DiskFileReader().Read(path, &contents, &error)) return std::nullopt;
  return contents;
}

int RunEvaluate(const std::string& path) {
  const auto contents = ReadWholeFile(path);
  if (!contents) {
    SayLine(path + ": error: cannot read the file");
    return 2;
  }
  std::vector<std::string> errors;
  const std::vector<LabelledSentence> corpus = ReadCorpus(path, *contents, &errors);
  for (const std::string& e : errors) SayLine(e);
  if (!errors.empty()) return 2;
  const Evaluation evaluation = Evaluate(corpus);
  std::fputs(FormatEvaluation(evaluation).c_str(), stdout);
  return 0;
}

int RunExtract(const ExtractArgs& args) {
  if (!args.evaluate.empty()) return RunEvaluate(args.evaluate);
  // No article (or `-`) reads standard input, unless that is a terminal nobody is typing an article into.
  const bool from_stdin = args.article.empty() || args.article == "-";
  if (args.article.empty() && ::isatty(STDIN_FILENO)) {
    SayLine("figcheck extract: error: give an article file, - for standard input (or --evaluate CORPUS)");
    return 2;
  }
  ExtractOptions options;
  if (!args.published.empty()) {
    options.published = Date::Parse(args.published);
    if (!options.published) {
      SayLine(fmt::format("figcheck extract: error: --published '{}' is not a date (YYYY-MM-DD)", args.published));
      return 2;
    }
  }
  const std::string name = from_stdin ? std::string("<stdin>") : args.article;
  // Before anything is read or written: the draft never goes over the article.
  if (auto clash = FindOutputClash({{from_stdin ? std::string() : args.article, "article", false}}, {args.output})) {
    SayLine("figcheck extract: error: " + *clash);
    return 2;
  }
  std::string text;
  if (auto error = ReadArticle(args.article, from_stdin, &text)) {
    SayLine(fmt::format("{}: error: {}", name, *error));
    return 2;
  }
  if (auto where = NotText(text)) {
    SayLine(fmt::format("{}:{}", name, *where));
    return 2;
  }
  const std::optional<std::string> contents = std::move(text);
  if (from_stdin) options.text_path = std::string();
  if (!from_stdin && !args.output.empty() && args.output != "-") {
    // The fact file names its article relative to itself (docs/FACT-FILES.md).
    std::error_code error;
    const std::filesystem::path out_dir = std::filesystem::absolute(args.output, error).parent_path();
    const std::filesystem::path article = std::filesystem::absolute(args.article, error);
    const std::filesystem::path relative = article.lexically_relative(out_dir);
    if (!error && !relative.empty()) options.text_path = relative.generic_string();
  }
  const ArticleDraft draft = ExtractDraft(name, *contents, options);
  const std::string yaml = WriteDraftYaml(draft);
  if (!draft.published) {
    SayLine(name + ": warning: no publication date in the text; add `published:` or pass --published YYYY-MM-DD");
  }
  if (args.output.empty() || args.output == "-") {
    std::fwrite(yaml.data(), 1, yaml.size(), stdout);
    return 0;
  }
  if (auto error = WriteOutputFile(args.output, yaml)) {
    SayLine("figcheck extract: error: " + *error);
    return 2;
  }
  return 0;
}

}  // namespace

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Draft a fact file from an article's raw text");
  cmd->add_option("article", args->article, "The article as published (UTF-8 text, Korean or English); - or nothing reads standard input");
  cmd->add_option("--published", args->published, "Publication date YYYY-MM-DD (wins over a date in the text)");
  cmd->add_option("-o,--output", args->output, "Write the draft here instead of standard output");
  cmd->add_option("--evaluate", args->evaluate,
                  "Measure precision and recall against a labelled corpus (tests/extract/corpus/sentences.tsv)");
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace figcheck::cli
