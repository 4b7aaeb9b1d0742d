#include "core/facts/loader.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/base/yaml_document.h"

namespace figcheck {
namespace {

std::string Errors(const LoadedFactFile& loaded) {
  std::string out;
  for (const Diagnostic& d : loaded.diagnostics) out += d.ToString() + "\n";
  return out;
}

constexpr std::string_view kHeader =
    "article:\n"
    "  id: a1\n"
    "  published: 2020-07-29\n"
    "facts:\n";

TEST(LoaderTest, ReadsConversionGrowthAndAmountFacts) {
  const std::string text = std::string(kHeader) +
                           "  - id: sensetime-valuation\n"
                           "    amount: 75억 달러\n"
                           "    converted: 한화 약 8조 9512억원\n"
                           "  - id: iflytek-net-profit\n"
                           "    previous: 5억4200만위안\n"
                           "    current: 8억1900만위안\n"
                           "    change: 51%\n"
                           "  - id: target\n"
                           "    amount: {value: \"150000000000\", currency: USD}\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  const FactFile& file = *loaded.file;
  EXPECT_EQ(file.article.id, "a1");
  EXPECT_EQ(file.article.published->ToString(), "2020-07-29");
  ASSERT_EQ(file.facts.size(), 3u);
  EXPECT_EQ(file.facts[0].kind, FactKind::kConversion);
  EXPECT_EQ(file.facts[0].converted->amount.value.ToString(), "8951200000000");
  EXPECT_EQ(file.facts[0].converted->location.ToString(), "a.yaml:7:16");
  EXPECT_EQ(file.facts[0].location.ToString(), "a.yaml:5:5");
  EXPECT_EQ(file.facts[1].kind, FactKind::kGrowth);
  EXPECT_EQ(file.facts[1].change->change.value.ToString(), "51");
  EXPECT_EQ(file.facts[2].kind, FactKind::kAmount);
  EXPECT_EQ(file.facts[2].amount->amount.value.ToString(), "150000000000");
  EXPECT_EQ(file.facts[2].amount->amount.unit.ToString(), "1");
  EXPECT_FALSE(file.check.rate_tolerance.has_value());  // the checker's default applies
}

TEST(LoaderTest, ReadsTheCheckBlock) {
  const std::string text =
      "article: {id: a1, published: 2020-07-29}\n"
      "check:\n"
      "  rate_date: 2020-07-28\n"
      "  rate_tolerance: 1.5%\n"
      "  rates: [fred, rates/mine.csv]\n"
      "facts: []\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  EXPECT_EQ(loaded.file->check.rate_date->ToString(), "2020-07-28");
  EXPECT_EQ(loaded.file->check.rate_tolerance->ToString(), "0.015");
  EXPECT_EQ(loaded.file->check.rates, (std::vector<std::string>{"fred", "rates/mine.csv"}));
}

TEST(LoaderTest, InvalidYamlNamesLineAndColumn) {
  EXPECT_EQ(Errors(LoadFactFile("bad.yaml", "article:\n  id: [a, b\nfacts: []\n")),
            "bad.yaml:3:6: error: invalid YAML: end of sequence flow not found\n");
}

TEST(LoaderTest, UnknownKeySuggestsTheKeyItMeant) {
  const std::string text = std::string(kHeader) +
                           "  - id: x\n"
                           "    amount: 75억 달러\n"
                           "    convrted: 8조원\n";
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", text)),
            "a.yaml:7:5: error: unknown fact key 'convrted' (did you mean 'converted'?)\n");
}

TEST(LoaderTest, MissingRequiredKeysAreErrors) {
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "facts: []\n")), "a.yaml:1:1: error: missing required key 'article'\n");
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "article: {title: t, published: 2020-07-29}\nfacts: []\n")),
            "a.yaml:1:10: error: missing required key 'id' in article\n");
  const std::string text = std::string(kHeader) + "  - id: x\n    previous: 5억원\n    change: 51%\n";
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", text)), "a.yaml:5:5: error: growth fact 'x' is missing required key 'current'\n");
}

TEST(LoaderTest, DuplicateIdsAndDuplicateKeysAreErrors) {
  const std::string text = std::string(kHeader) +
                           "  - id: x\n    amount: 1억원\n"
                           "  - id: x\n    amount: 2억원\n    amount: 3억원\n";
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", text)),
            "a.yaml:7:5: error: duplicate fact id 'x'\n"
            "a.yaml:9:5: error: duplicate key 'amount'\n");
}

TEST(LoaderTest, UnreadableAmountPointsIntoTheFigure) {
  const std::string text = std::string(kHeader) + "  - id: x\n    amount: 75억 닭러\n    converted: 8조원\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  ASSERT_EQ(loaded.diagnostics.size(), 1u) << Errors(loaded);
  EXPECT_EQ(loaded.diagnostics[0].location.ToString(), "a.yaml:6:17");
  EXPECT_NE(loaded.diagnostics[0].message.find("닭러"), std::string::npos);
}

TEST(LoaderTest, DatesThatAreNotDaysAreErrors) {
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "article:\n  id: a\n  published: 2020-02-30\nfacts: []\n")),
            "a.yaml:3:14: error: 'published' is not a date (YYYY-MM-DD): '2020-02-30'\n");
  EXPECT_EQ(Errors(LoadFactFile("a.yaml", "article:\n  id: a\n  published: July 29\nfacts: []\n")),
            "a.yaml:3:14: error: 'published' is not a date (YYYY-MM-DD): 'July 29'\n");
}

TEST(LoaderTest, AnUndatedConversionLoads) {
  // `published` is optional: an undated conversion is checked for plausibility (docs/CHECKS.md),
  // never an input error.
  const std::string text = "article: {id: a}\nfacts:\n  - id: x\n    amount: 1억 달러\n    converted: 1200억원\n";
  const LoadedFactFile loaded = LoadFactFile("a.yaml", text);
  EXPECT_EQ(Errors(loaded), "");
  ASSERT_TRUE(loaded.file);
  EXPECT_EQ(loaded.file->facts.size(), 1u);
}

TEST(LoaderTest, HostileInputFailsFastWithAClearError) {
  std::string deep = "article: {id: a}\nfacts: ";
  for (int i = 0; i < 10000; ++i) deep += "[";
  EXPECT_EQ(Errors(LoadFactFile("deep.yaml", deep)), "deep.yaml:2:71: error: nesting deeper than 64 levels\n");
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    laughs += fmt::format("{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n", c, c, fmt::arg("p", static_cast<char>(c - 1)));
  }
  const LoadedFactFile loaded = LoadFactFile("laughs.yaml", laughs);
  ASSERT_EQ(loaded.diagnostics.size(), 1u);
  EXPECT_NE(loaded.diagnostics[0].message.find("alias expansion"), std::string::npos);
  EXPECT_EQ(Errors(LoadFactFile("utf8.yaml", "article: {id: \xff}\n")), "utf8.yaml:1:15: error: invalid UTF-8\n");
  EXPECT_EQ(Errors(LoadFactFile("empty.yaml", "")), "empty.yaml:1:1: error: empty fact file: expected 'article' and 'facts'\n");
}

TEST(LoaderTest, AcceptsABomAndCrlf) {
  const LoadedFactFile loaded =
      LoadFactFile("a.yaml", "\xEF\xBB\xBF" "article:\r\n  id: a\r\n  published: 2020-07-29\r\nfacts:\r\n  - id: x\r\n    amount: 1억원\r\n");
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  EXPECT_EQ(loaded.file->facts[0].amount->location.ToString(), "a.yaml:6:13");
}

// JSON fact files (`check x.json`, one per line of `check --ndjson`): parsed as JSON into the
// loader's node tree (YamlDocument::ParseJson), never rewritten as YAML text, so numbers keep
// their text and every place is in the JSON itself.

std::string JsonErrors(std::string_view json) { return Errors(LoadFactFile("-", json, FactFileSyntax::kJson)); }

// "-:1:<column of the first `needle` in `json`>: error: <message>\n", the column in code points.
std::string ErrorAt(std::string_view json, std::string_view needle, std::string_view message) {
  const std::size_t at = json.find(needle);
  EXPECT_NE(at, std::string_view::npos) << needle;
  const auto column = 1 + std::count_if(json.begin(), json.begin() + static_cast<std::ptrdiff_t>(at),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  return "-:1:" + std::to_string(column) + ": error: " + std::string(message) + "\n";
}

TEST(JsonFactFileTest, NumbersKeepTheirTextExactly) {
  const std::string_view json =
      R"({"a":1.10,"b":7500000000,"c":-3,"d":1e3,"e":18446744073709551616,)"
      R"("f":123456789012345678901234567890.12345678901234567890,"g":1192.98,"h":-0,"i":2.5E-3})";
  const auto doc = YamlDocument::ParseJson(json);
  ASSERT_TRUE(doc);
  const YamlDocument::Node root = doc->root();
  ASSERT_TRUE(root.IsMap());
  std::string texts;
  for (std::size_t i = 0; i + 1 < root.ChildCount(); i += 2) {
    EXPECT_FALSE(root.Child(i + 1).NonPlain());
    texts += std::string(root.Child(i).Scalar()) + "=" + std::string(root.Child(i + 1).Scalar()) + " ";
  }
  EXPECT_EQ(texts,
            "a=1.10 b=7500000000 c=-3 d=1e3 e=18446744073709551616 "
            "f=123456789012345678901234567890.12345678901234567890 g=1192.98 h=-0 i=2.5E-3 ");
}

TEST(JsonFactFileTest, StringsLiteralsAndPlaces) {
  const std::string_view json = R"( {"t": "\ud83d\ude00 a\/b \u00e9 \"q\" 8조", "l": [true, false, null, "null", [], {}]})";
  const auto doc = YamlDocument::ParseJson(json);
  ASSERT_TRUE(doc);
  const YamlDocument::Node root = doc->root();
  EXPECT_EQ(root.Offset(), 1u);
  EXPECT_EQ(root.Child(0).Offset(), 2u);  // the key's opening quote
  EXPECT_EQ(root.Child(1).Scalar(), "\xF0\x9F\x98\x80 a/b \xC3\xA9 \"q\" 8조");
  EXPECT_TRUE(root.Child(1).NonPlain());
  EXPECT_EQ(root.Child(1).Offset(), json.find("\"\\ud83d"));
  const YamlDocument::Node list = root.Child(3);
  ASSERT_TRUE(list.IsSequence());
  ASSERT_EQ(list.size(), 6u);
  EXPECT_EQ(list.Offset(), json.find('['));
  EXPECT_EQ(list.Child(0).Scalar(), "true");
  EXPECT_FALSE(list.Child(0).NonPlain());
  EXPECT_EQ(list.Child(1).Offset(), json.find("false"));
  EXPECT_TRUE(list.Child(2).IsNull());
  EXPECT_EQ(list.Child(2).Offset(), json.find("null"));
  EXPECT_TRUE(list.Child(3).IsScalar());  // a string "null" is text
  EXPECT_EQ(list.Child(3).Offset(), json.find("\"null\""));
  EXPECT_TRUE(list.Child(4).IsSequence());
  EXPECT_EQ(list.Child(4).size(), 0u);
  EXPECT_EQ(list.Child(5).Offset(), json.find("{}"));
  // A byte order mark (which the loader strips first) does not shift the places.
  const auto bom = YamlDocument::ParseJson("\xEF\xBB\xBF{\"a\": 1}");
  ASSERT_TRUE(bom);
  EXPECT_EQ(bom->root().Offset(), 3u);
  EXPECT_EQ(bom->root().Child(1).Offset(), 9u);
  EXPECT_EQ(JsonErrors("\xEF\xBB\xBF{\"article\": {\"id\": \"a\"}, \"fact\": []}"),
            "-:1:1: error: missing required key 'facts'\n"
            "-:1:26: error: unknown top-level key 'fact' (did you mean 'facts'?)\n");
}

TEST(JsonFactFileTest, TheLoaderReadsNumbersAsWritten) {
  const LoadedFactFile loaded = LoadFactFile(
      "-",
      R"({"article":{"id":"x","published":"2020-07-29"},"facts":[{"id":"a","amount":{"value":7.50,"currency":"USD"},)"
      R"("converted":{"value":8950.0,"currency":"KRW"}},{"id":"b","amount":{"value":)"
      R"(123456789012345678901234567890,"currency":"KRW"}},{"id":"c","amount":{"value":1.10,"currency":"USD"}}]})",
      FactFileSyntax::kJson);
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  ASSERT_EQ(loaded.file->facts.size(), 3u);
  EXPECT_EQ(loaded.file->article.published->ToString(), "2020-07-29");
  EXPECT_EQ(loaded.file->facts[0].amount->amount.value.ToString(), "7.5");
  EXPECT_EQ(loaded.file->facts[0].amount->text, "7.50 USD");
  // 8950.0 keeps its stated unit (0.1): it covers [8949.95, 8950.05).
  EXPECT_EQ(loaded.file->facts[0].converted->amount.Covers().ToString(), "[8949.95, 8950.05)");
  // Beyond 64 bits, exactly.
  EXPECT_EQ(loaded.file->facts[1].amount->amount.value.ToString(), "123456789012345678901234567890");
  EXPECT_EQ(loaded.file->facts[2].amount->amount.unit.ToString(), "0.01");
}

TEST(JsonFactFileTest, InvalidJsonIsAnErrorAtItsColumn) {
  EXPECT_EQ(JsonErrors(R"({"article": oops})"),
            "-:1:13: error: invalid JSON: syntax error while parsing value - invalid literal; last read: "
            "'\"article\": o'\n");
  EXPECT_EQ(JsonErrors(R"({"a": 1)"), "-:1:8: error: invalid JSON: syntax error while parsing object - unexpected "
                                      "end of input; expected '}'\n");
  // Trailing text after the object.
  EXPECT_EQ(JsonErrors(R"({"article": {"id": "a"}, "facts": []} x)"),
            "-:1:39: error: invalid JSON: syntax error while parsing value - invalid literal; last read: "
            "'\"facts\": []} x'; expected end of input\n");
  EXPECT_EQ(JsonErrors(R"({"article": {"id": "a"}, "facts": []} {})"),
            "-:1:39: error: invalid JSON: syntax error while parsing value - unexpected '{'; expected end of input\n");
  EXPECT_EQ(JsonErrors(""),
            "-:1:1: error: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', "
            "'{', or a literal\n");
}

TEST(JsonFactFileTest, OnlyAnObjectIsAFactFile) {
  const std::string message = R"(error: a fact file must be a JSON object ({"article": ..., "facts": [...]}))";
  EXPECT_EQ(JsonErrors("[1, 2]"), "-:1:1: " + message + "\n");
  EXPECT_EQ(JsonErrors("  \"text\""), "-:1:3: " + message + "\n");
  EXPECT_EQ(JsonErrors("null"), "-:1:1: " + message + "\n");
  EXPECT_EQ(JsonErrors("12.50"), "-:1:1: " + message + "\n");
}

TEST(JsonFactFileTest, InvalidUtf8AndControlCharactersAreErrorsAtTheirColumn) {
  EXPECT_EQ(JsonErrors("{\"article\": {\"id\": \"\xff\"}}"), "-:1:21: error: invalid UTF-8\n");
  EXPECT_EQ(JsonErrors("{\"article\": {\"id\": \"a\x01\"}}"),
            "-:1:22: error: control character U+0001 (only tab, CR and LF may appear)\n");
  // A raw tab is text to the byte check and an error to JSON.
  EXPECT_EQ(JsonErrors("{\"article\": {\"id\": \"a\tb\"}}"),
            "-:1:22: error: invalid JSON: syntax error while parsing value - invalid string: control character U+0009 "
            "(HT) must be escaped to \\u0009 or \\t; last read: '\"a<U+0009>'\n");
}

TEST(JsonFactFileTest, NestingAndSizeLimitsAreTheYamlOnes) {
  // 64 levels are read; the 65th bracket is refused where it is, before anything below it.
  const std::string ok = R"({"a":)" + std::string(63, '[') + std::string(63, ']') + "}";
  EXPECT_TRUE(YamlDocument::ParseJson(ok));
  const std::string deep = R"({"a":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(JsonErrors(deep), "-:1:" + std::to_string(5 + 64) + ": error: nesting deeper than 64 levels\n");
  YamlDocument::ParseFailure failure;
  EXPECT_FALSE(YamlDocument::ParseJson("[1, 2, 3]", &failure, 64, 3));
  EXPECT_EQ(failure.message, "more than 3 JSON values");
  EXPECT_EQ(failure.offset, 7u);
  std::string wide = R"({"facts": [)";
  for (int i = 0; i < 200001; ++i) wide += i == 0 ? "0" : ",0";
  wide += "]}";
  // Root, key, list and 199997 numbers are 200000 values: the next number is one too many.
  std::size_t at = wide.find('[') + 1;
  for (int i = 0; i < 199997; ++i) at = wide.find(',', at) + 1;
  EXPECT_EQ(JsonErrors(wide), "-:1:" + std::to_string(at + 1) + ": error: more than 200000 JSON values\n");
}

// The loader's rules, at the JSON's own places.
TEST(JsonFactFileTest, LoaderErrorsPointIntoTheJson) {
  const std::string unknown = R"({"article": {"id": "a", "titel": "x"}, "facts": []})";
  EXPECT_EQ(JsonErrors(unknown), ErrorAt(unknown, R"("titel")", "unknown article key 'titel' (did you mean 'title'?)"));

  const std::string no_facts = R"(  {"article": {"id": "a"}})";
  EXPECT_EQ(JsonErrors(no_facts), "-:1:3: error: missing required key 'facts'\n");

  const std::string no_id = R"({"article": {"id": "a"}, "facts": [{"id": "x", "amount": "1달러"}, {"amount": "2달러"}]})";
  EXPECT_EQ(JsonErrors(no_id), ErrorAt(no_id, R"({"amount")", "missing required key 'id' in a fact"));

  const std::string bad_amount = R"({"article": {"id": "a"}, "facts": [{"id": "x", "amount": "1o달러"}]})";
  EXPECT_EQ(JsonErrors(bad_amount),
            ErrorAt(bad_amount, R"("1o)", "cannot read '1o달러' as an amount: unknown currency 'o달러'"));

  const std::string bad_value =
      R"({"article": {"id": "a"}, "facts": [{"id": "x", "amount": {"value": -3, "currency": "USD"}}]})";
  EXPECT_EQ(JsonErrors(bad_value), ErrorAt(bad_value, "-3", "'value' must be a positive decimal number: '-3'"));

  const std::string bad_date = R"({"article": {"id": "a", "published": "July 29"}, "facts": []})";
  EXPECT_EQ(JsonErrors(bad_date), ErrorAt(bad_date, R"("July)", "'published' is not a date (YYYY-MM-DD): 'July 29'"));

  const std::string not_text = R"({"article": {"id": ["a"]}, "facts": []})";
  EXPECT_EQ(JsonErrors(not_text), ErrorAt(not_text, "[\"a\"]", "'id' must be text"));

  // Columns count code points, not bytes.
  const std::string korean = R"({"article": {"id": "기사", "titel": "x"}, "facts": []})";
  EXPECT_EQ(JsonErrors(korean), "-:1:26: error: unknown article key 'titel' (did you mean 'title'?)\n");
}

TEST(JsonFactFileTest, DuplicateKeysAreErrorsAtTheSecondKey) {
  const std::string top = R"({"article": {"id": "a"}, "facts": [], "facts": []})";
  EXPECT_EQ(JsonErrors(top), "-:1:39: error: duplicate key 'facts'\n");
  const std::string fact =
      R"({"article": {"id": "a"}, "facts": [{"id": "x", "amount": "1달러", "amount": "2달러"}]})";
  EXPECT_EQ(JsonErrors(fact), "-:1:65: error: duplicate key 'amount'\n");
  const std::string amount =
      R"({"article": {"id": "a"}, "facts": [{"id": "x", "amount": {"value": "1", "value": "2", "currency": "USD"}}]})";
  EXPECT_EQ(JsonErrors(amount), ErrorAt(amount, R"("value": "2")", "duplicate key 'value'"));
}

TEST(JsonFactFileTest, AMultiLineJsonFileHasLinesAndColumns) {
  const std::string json =
      "{\"article\": {\"id\": \"a\"},\n"
      " \"check\": {\"rate_window\": \"week\"},\n"
      " \"facts\": [\n"
      "   {\"id\": \"g\", \"current\": \"8억1900만위안\",\n"
      "    \"change\": \"51%\"}]}\n";
  EXPECT_EQ(Errors(LoadFactFile("x.json", json, FactFileSyntaxOf("x.json", json))),
            "x.json:2:27: error: 'rate_window' must be a number of business days from 0 to 999: 'week'\n");
  std::string fixed = json;
  fixed.replace(fixed.find("\"week\""), 6, "5");
  const LoadedFactFile ok = LoadFactFile("x.json", fixed, FactFileSyntax::kJson);
  ASSERT_TRUE(ok.file) << Errors(ok);
  EXPECT_EQ(ok.file->check.rate_window, 5);
  EXPECT_EQ(ok.file->facts[0].location.ToString(), "x.json:4:4");
  EXPECT_EQ(ok.file->facts[0].change->location.ToString(), "x.json:5:15");
}

TEST(JsonFactFileTest, SyntaxFollowsTheNameThenTheText) {
  EXPECT_EQ(FactFileSyntaxOf("a.json", "article: {}"), FactFileSyntax::kJson);
  EXPECT_EQ(FactFileSyntaxOf("a.yaml", "{\"article\": {}}"), FactFileSyntax::kYaml);
  EXPECT_EQ(FactFileSyntaxOf("a.yml", "{}"), FactFileSyntax::kYaml);
  EXPECT_EQ(FactFileSyntaxOf("<stdin>", "\xEF\xBB\xBF \n {\"article\": {}}"), FactFileSyntax::kJson);
  EXPECT_EQ(FactFileSyntaxOf("<stdin>", "article: {}"), FactFileSyntax::kYaml);
  // A YAML flow mapping on standard input stays YAML, as it always was read.
  const std::string flow =
      "{article: {id: a, published: 2020-07-29}, facts: [{id: f, amount: 75억 달러, converted: 8조 9512억원}]}\n";
  EXPECT_EQ(FactFileSyntaxOf("<stdin>", flow), FactFileSyntax::kYaml);
  const LoadedFactFile loaded = LoadFactFile("<stdin>", flow, FactFileSyntaxOf("<stdin>", flow));
  ASSERT_TRUE(loaded.file) << Errors(loaded);
  EXPECT_EQ(loaded.file->facts.size(), 1u);
  // Broken JSON from standard input is read as YAML, whose error still names the place.
  EXPECT_EQ(FactFileSyntaxOf("<stdin>", "{\"article\": {\"id\": \"a\",}"), FactFileSyntax::kYaml);
}

}  // namespace
}  // namespace figcheck
