#include "core/base/yaml_document.h"
#include "core/base/yaml_limits.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace figcheck {
namespace {

// A node and everything under it as text: kind, position, plain-or-not, value; so two trees
// that print the same are the same to the loader. At most 20,000 lines: an alias bomb
// (tests/bad/facts/billion-laughs.yaml) stands for far more nodes than anyone should print.
void Describe(const YamlDocument::Node& node, int depth, std::string* out) {
  if (depth > 80 || out->size() > 20000 * 40) return;
  const std::size_t offset = node.Offset();
  *out += std::string(static_cast<std::size_t>(depth) * 2, ' ');
  *out += "@" + (offset == YamlDocument::kNoOffset ? std::string("-") : std::to_string(offset)) + " ";
  switch (node.kind()) {
    case YamlDocument::Kind::kUndefined: *out += "undefined\n"; return;
    case YamlDocument::Kind::kNull: *out += "null\n"; return;
    case YamlDocument::Kind::kScalar:
      *out += (node.NonPlain() ? "quoted '" : "plain '") + std::string(node.Scalar()) + "'\n";
      return;
    case YamlDocument::Kind::kSequence: *out += "sequence\n"; break;
    case YamlDocument::Kind::kMap: *out += "map\n"; break;
  }
  for (std::size_t i = 0; i < node.ChildCount(); ++i) Describe(node.Child(i), depth + 1, out);
}

std::string ViaLibYaml(std::string_view text) {
  auto doc = YamlDocument::Parse(text);
  if (!doc) return "refused";
  std::string out;
  Describe(doc->root(), 0, &out);
  return out;
}

std::string ViaYamlCpp(std::string_view text) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception&) {
    return "refused";
  }
  const YamlDocument doc = YamlDocument::FromYamlCpp(root);
  std::string out;
  Describe(doc.root(), 0, &out);
  return out;
}

TEST(YamlDocumentTest, ReadsWhatYamlCppReadsWithTheSamePositions) {
  for (std::string_view text : {
           "a: 1\nb: 한국어 텍스트\nc:\nd: [1, 2]\n",
           "article:\n  id: x\n  title: '\"美 제재\"…中'\nfacts:\n  - id: a\n    amount: 75억 달러\n",
           "facts:\n- id: a\n  amount:\n- id: b\n",
           "a: ~\nb: null\nc: Null\nd: NULL\ne: ''\nf: \"\"\ng: nil\n",
           "a: &x {value: 1, currency: USD}\nb: *x\n",
           "a: |\n  line one\n  line two\nb: >\n  folded\n  text\n",
           "a: !!str 12\nb: ! 12\nc: !custom x\n",
           "- [a, b, [c, d]]\n- {x: 1}\n-\n- - nested\n  - more\n",
           "? complex\n: value\n",
           "a: 1\n---\nb: 2\n",
           "",
           "# only a comment\n",
           "~\n",
           "a:\r\n  b: c\r\n",
           "key: 'it''s'\nother: \"tab\\there\"\n",
           "a: !!str null\nb: !!str\nc: &anchor\nd: *anchor\ne: ! ~\n",
           "- \n-\n- ~\n",
           "a: {b: , c: ~}\n",
           "a: # a note\nb: 1\n",
           "a:\n\n  # a comment\n\nb: x\n",
           "a:",
           "a:\n",
           "a:\r\nb:\r\n",
           "- a\n-\n",
           "facts:\n  - id: x\n    amount:   \t\n    converted: y\n",
           "a: {b: }\n",
           "a: [x, {b: }]\n",
       }) {
    EXPECT_EQ(ViaLibYaml(text), ViaYamlCpp(text)) << text;
  }
}

// Every fact file in the repository (examples, golden cases, the catalogue of bad input): the
// loader reads each through this tree, so each must read as yaml-cpp read it.
TEST(YamlDocumentTest, ReadsEveryFactFileOfTheRepositoryAsYamlCppDoes) {
  int compared = 0;
  for (const char* dir : {"facts", "tests"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(FIGCHECK_SOURCE_DIR) / dir)) {
      std::error_code error;  // tests/bad/folder holds a symbolic link loop
      if (entry.is_symlink(error) || !entry.is_regular_file(error) || entry.path().extension() != ".yaml") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      std::string text = buffer.str();
      while (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // as the loader does
      // The loader refuses these before any parser sees them.
      if (FindExcessNesting(text) || FindExtraDocument(text)) continue;
      const auto doc = YamlDocument::Parse(text);
      if (!doc) continue;  // the loader asks yaml-cpp then, and reads its tree
      if (doc->FindExcessNodes(kMaxYamlNodes)) continue;  // refused before it is read (an alias bomb)
      const std::string libyaml = ViaLibYaml(text);
      EXPECT_EQ(libyaml, ViaYamlCpp(text)) << entry.path();
      ++compared;
    }
  }
  EXPECT_GT(compared, 20);
}

TEST(YamlDocumentTest, AnAliasIsTheAnchoredNodeCountedEachTimeItIsReached) {
  const auto doc = YamlDocument::Parse("a: &x [1, 2, 3]\nb: [*x, *x, *x]\n");
  ASSERT_TRUE(doc.has_value());
  const auto root = doc->root();
  EXPECT_TRUE(root.Child(1).Is(root.Child(3).Child(0)));
  // root, 2 keys, the anchored list (4 nodes) reached 4 times, the outer list: 1 + 2 + 16 + 1.
  EXPECT_FALSE(doc->FindExcessNodes(20).has_value());
  EXPECT_TRUE(doc->FindExcessNodes(19).has_value());
}

TEST(YamlDocumentTest, RefusesBrokenYamlAndUnknownAnchors) {
  YamlDocument::ParseFailure failure;
  EXPECT_FALSE(YamlDocument::Parse("a: [1, 2\n", &failure).has_value());
  EXPECT_FALSE(failure.message.empty());
  EXPECT_FALSE(YamlDocument::Parse("a: *nowhere\n", &failure).has_value());
  EXPECT_EQ(failure.message, "the referenced anchor is not defined");
  EXPECT_EQ(failure.offset, 3u);
}

}  // namespace
}  // namespace figcheck
