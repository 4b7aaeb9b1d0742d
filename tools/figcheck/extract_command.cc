// `figcheck extract ARTICLE.txt [--published YYYY-MM-DD] [-o FILE]`: drafts a fact file from an
// article's raw text. `figcheck extract --evaluate CORPUS.tsv` measures the extractor against a
// labelled corpus (tests/extract/corpus/) and prints precision and recall.
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

#include "core/base/date.h"
#include "core/extract/corpus.h"
#include "core/extract/draft.h"
#include "core/extract/draft_writer.h"
#include "tools/figcheck/commands.h"

namespace figcheck::cli {
namespace {

struct ExtractArgs {
  std::string article;
  std::string published;
  std::string output;
  std::string evaluate;
};

std::optional<std::string> ReadAll(std::istream& in) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buffer.str();
}

std::optional<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buffer.str();
}

int RunEvaluate(const std::string& path) {
  const auto contents = ReadWholeFile(path);
  if (!contents) {
    std::fprintf(stderr, "%s: error: cannot read the file\n", path.c_str());
    return 2;
  }
  std::vector<std::string> errors;
  const std::vector<LabelledSentence> corpus = ReadCorpus(path, *contents, &errors);
  for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
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
    std::fprintf(stderr, "figcheck extract: error: give an article file, - for standard input (or --evaluate CORPUS)\n");
    return 2;
  }
  ExtractOptions options;
  if (!args.published.empty()) {
    options.published = Date::Parse(args.published);
    if (!options.published) {
      std::fprintf(stderr, "figcheck extract: error: --published '%s' is not a date (YYYY-MM-DD)\n",
                   args.published.c_str());
      return 2;
    }
  }
  const std::string name = from_stdin ? std::string("<stdin>") : args.article;
  const auto contents = from_stdin ? ReadAll(std::cin) : ReadWholeFile(args.article);
  if (!contents) {
    std::fprintf(stderr, "%s: error: cannot read the %s\n", name.c_str(), from_stdin ? "input" : "file");
    return 2;
  }
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
    std::fprintf(stderr,
                 "%s: warning: no publication date in the text; add `published:` or pass --published YYYY-MM-DD\n",
                 name.c_str());
  }
  if (args.output.empty() || args.output == "-") {
    std::fwrite(yaml.data(), 1, yaml.size(), stdout);
    return 0;
  }
  std::ofstream out(args.output, std::ios::binary);
  out << yaml;
  out.close();
  if (!out) {
    std::fprintf(stderr, "%s: error: cannot write the file\n", args.output.c_str());
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
