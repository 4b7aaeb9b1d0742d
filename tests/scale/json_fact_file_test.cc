#include "core/facts/json_fact_file.h"

#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "core/facts/loader.h"

namespace figcheck {
namespace {

std::string Yaml(std::string_view json) {
  auto result = JsonFactFileAsYaml("-", json);
  if (auto* d = std::get_if<Diagnostic>(&result)) return "error: " + d->ToString();
  return std::get<std::string>(result);
}

TEST(JsonFactFileTest, NumbersKeepTheirTextExactly) {
  EXPECT_EQ(Yaml(R"({"a":1.10,"b":7500000000,"c":-3,"d":1e3,"e":18446744073709551616})"),
            R"({"a": 1.10, "b": 7500000000, "c": -3, "d": 1e3, "e": 18446744073709551616})");
}

TEST(JsonFactFileTest, StringsAreRewrittenSoYamlReadsThem) {
  // A surrogate pair (which yaml-cpp rejects) becomes UTF-8; "\/" becomes "/".
  EXPECT_EQ(Yaml(R"({"t":"\ud83d\ude00 a\/b \u00e9 \"q\" 8조"})"), "{\"t\": \"\xF0\x9F\x98\x80 a/b \xC3\xA9 \\\"q\\\" 8조\"}");
  EXPECT_EQ(Yaml(R"({"l":[true,false,null,[],{}]})"), R"({"l": [true, false, null, [], {}]})");
}

TEST(JsonFactFileTest, InvalidJsonIsAnErrorAtItsColumn) {
  EXPECT_EQ(Yaml(R"({"article": oops})"),
            "error: -:1:13: error: invalid JSON: syntax error while parsing value - invalid literal; last read: "
            "'\"article\": o'");
  EXPECT_EQ(Yaml(R"({"a": 1)"), "error: -:1:8: error: invalid JSON: syntax error while parsing object - unexpected "
                                "end of input; expected '}'");
}

TEST(JsonFactFileTest, OnlyAnObjectIsAFactFile) {
  EXPECT_EQ(Yaml("[1, 2]"), R"(error: -:1:1: error: a fact file must be a JSON object ({"article": ..., "facts": [...]}))");
  EXPECT_EQ(Yaml("\"text\""), R"(error: -:1:1: error: a fact file must be a JSON object ({"article": ..., "facts": [...]}))");
}

TEST(JsonFactFileTest, TheLoaderReadsTheRewriteWithNumbersAsWritten) {
  const std::string yaml = Yaml(
      R"({"article":{"id":"x","published":"2020-07-29"},"facts":[{"id":"a","amount":{"value":7.50,"currency":"USD"},)"
      R"("converted":{"value":8950.0,"currency":"KRW"}}]})");
  const LoadedFactFile loaded = LoadFactFile("-", yaml);
  ASSERT_TRUE(loaded.file) << (loaded.diagnostics.empty() ? "" : loaded.diagnostics[0].ToString());
  ASSERT_EQ(loaded.file->facts.size(), 1u);
  EXPECT_EQ(loaded.file->facts[0].amount->amount.value.ToString(), "7.5");
  // 8950.0 keeps its stated unit (0.1): it covers [8949.95, 8950.05).
  EXPECT_EQ(loaded.file->facts[0].converted->amount.Covers().ToString(), "[8949.95, 8950.05)");
}

}  // namespace
}  // namespace figcheck
