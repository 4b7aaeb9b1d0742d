#include "core/report/json_writer.h"

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace figcheck {
namespace {

using ordered = nlohmann::ordered_json;

// Writes `j` through JsonWriter, as the reports do, value by value.
void Write(JsonWriter& w, const ordered& j) {
  if (j.is_object()) {
    w.BeginObject();
    for (auto it = j.begin(); it != j.end(); ++it) {
      w.Key(it.key());
      Write(w, it.value());
    }
    w.EndObject();
  } else if (j.is_array()) {
    w.BeginArray();
    for (const ordered& v : j) Write(w, v);
    w.EndArray();
  } else if (j.is_string()) {
    w.String(j.get_ref<const std::string&>());
  } else if (j.is_boolean()) {
    w.Bool(j.get<bool>());
  } else if (j.is_null()) {
    w.Null();
  } else {
    w.Int(j.get<std::int64_t>());
  }
}

std::string Written(const ordered& j, int indent, int level = 0) {
  std::string out;
  JsonWriter w(&out, indent, level);
  Write(w, j);
  return out;
}

std::string Dumped(const ordered& j, int indent) {
  return j.dump(indent, ' ', false, ordered::error_handler_t::replace);
}

ordered Sample() {
  ordered j;
  j["path"] = "facts/a \"quoted\" \\ path.yaml";
  j["title"] = "\"美 제재에도 끄떡없네\"…中 AI\ttab\nnewline\x01\x1f\x7f/slash\b\f\r";
  j["bad"] = std::string("valid then \xFF\xFE bad \xED\xA0\x80 surrogate \xC0\xAF overlong \xE2\x82");
  j["loaded"] = true;
  j["not"] = false;
  j["none"] = nullptr;
  j["line"] = 12;
  j["negative"] = -7;
  j["big"] = std::int64_t{9007199254740993};
  j["empty_list"] = ordered::array();
  j["empty_map"] = ordered::object();
  j["figures"] = {"75억 달러", "한화 약 8조 9512억원"};
  j["nested"] = {{"a", ordered::array({ordered::object(), ordered::array(), 1, "x"})}, {"b", {{"c", nullptr}}}};
  j["findings"] = ordered::array({{{"code", "unit-slip"}, {"details", ordered::array()}}});
  return j;
}

TEST(JsonWriterTest, WritesTheBytesNlohmannDumpWritesIndentedAndCompact) {
  const ordered j = Sample();
  EXPECT_EQ(Written(j, 2), Dumped(j, 2));
  EXPECT_EQ(Written(j, -1), Dumped(j, -1));
  EXPECT_EQ(Written(j, 4), Dumped(j, 4));
  for (const ordered& scalar : {ordered("x"), ordered(3), ordered(nullptr), ordered::array(), ordered::object()}) {
    EXPECT_EQ(Written(scalar, 2), Dumped(scalar, 2));
  }
}

TEST(JsonWriterTest, AValueWrittenAtALevelIsTheDumpIndentedThatDeep) {
  const ordered j = Sample();
  std::string shifted;
  for (char c : Dumped(j, 2)) {
    shifted.push_back(c);
    if (c == '\n') shifted.append(4, ' ');
  }
  EXPECT_EQ(Written(j, 2, 2), shifted);
}

TEST(JsonWriterTest, InvalidUtf8IsReplacedAsNlohmannReplacesIt) {
  std::string out;
  JsonWriter::AppendString("a\xFF" "b\xE2\x82", &out);
  EXPECT_EQ(out, ordered(std::string("a\xFF" "b\xE2\x82")).dump(-1, ' ', false, ordered::error_handler_t::replace));
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace figcheck
