// Tests of shared/src/feed_stream.cpp: a feed's bytes through nlohmann-json's SAX parser, one
// item at a time.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newsrail/detail/feed_stream.h"

using newsrail::detail::FeedStream;
using newsrail::detail::ItemSink;
using newsrail::detail::stream_feed;
using newsrail::detail::StreamLimits;
using json = newsrail::Json;

namespace {

struct Collect : ItemSink {
  std::vector<std::size_t> positions;
  std::vector<json> items;
  int begins = 0;
  void begin_items() override {
    ++begins;
    positions.clear();
    items.clear();
  }
  void item(std::size_t position, json& value) override {
    positions.push_back(position);
    items.push_back(std::move(value));
  }
};

FeedStream run(const std::string& text, Collect& sink, StreamLimits limits = {}) {
  return stream_feed(text, limits, sink);
}

}  // namespace

TEST_CASE("items arrive one by one as DOMs; other members are kept") {
  Collect sink;
  const FeedStream s = run(R"({"version": "v", "items": [{"id": "a", "tags": ["x", "y"]},
      {"id": "b", "_newsrail": {"views": {"1h": 3}}}, 7, "s", null],
      "title": "T", "_newsrail": {"generated_at": "2025-01-01T00:00:00Z"}})",
                           sink);
  REQUIRE_FALSE(s.failed);
  CHECK(s.root_type == json::value_t::object);
  CHECK(s.items_type == json::value_t::array);
  CHECK(s.item_count == 5);
  CHECK(s.members == json::parse(R"({"version": "v", "title": "T",
      "_newsrail": {"generated_at": "2025-01-01T00:00:00Z"}})"));
  REQUIRE(sink.items.size() == 5);
  CHECK(sink.positions == std::vector<std::size_t>{0, 1, 2, 3, 4});
  CHECK(sink.items[0] == json::parse(R"({"id": "a", "tags": ["x", "y"]})"));
  CHECK(sink.items[1]["_newsrail"]["views"]["1h"] == 3);
  CHECK(sink.items[2] == 7);
  CHECK(sink.items[3] == "s");
  CHECK(sink.items[4].is_null());
  CHECK(s.warnings.empty());
}

TEST_CASE("the root and items may be any type; the caller names what is wrong") {
  Collect sink;
  CHECK(run("[1, [2, {\"items\": []}]]", sink).root_type == json::value_t::array);
  CHECK(run("\"feed\"", sink).root_type == json::value_t::string);
  CHECK(run(R"({"items": {"a": [1]}})", sink).items_type == json::value_t::object);
  CHECK(run(R"({"items": 3})", sink).items_type == json::value_t::number_unsigned);
  const FeedStream none = run(R"({"title": "x"})", sink);
  CHECK(none.items_type == json::value_t::discarded);
  CHECK(sink.items.empty());
}

TEST_CASE("duplicate keys keep the last value, also a repeated items array") {
  Collect sink;
  const FeedStream s = run(R"({"title": "one", "items": [{"id": "a"}], "title": "two",
              "items": [{"id": "b", "id": "c"}]})",
                           sink);
  REQUIRE_FALSE(s.failed);
  CHECK(s.members["title"] == "two");
  CHECK(sink.begins == 2);
  REQUIRE(sink.items.size() == 1);
  CHECK(sink.items[0]["id"] == "c");
}

TEST_CASE("items past the limit are parsed for syntax and counted, not built") {
  Collect sink;
  StreamLimits limits;
  limits.max_items = 2;
  const FeedStream s =
      run(R"({"items": [{"id": 1}, {"id": 2}, {"id": 3, "x": [1]}, 4]})", sink, limits);
  REQUIRE_FALSE(s.failed);
  CHECK(s.item_count == 4);
  CHECK(sink.items.size() == 2);
  const FeedStream bad = run(R"({"items": [{"id": 1}, {"id": 2}, {"id": 3,]}]})", sink, limits);
  CHECK(bad.failed);
}

TEST_CASE("a syntax error is one error with line and column, and no message prefix") {
  Collect sink;
  const FeedStream s = run("{\"version\": \"v\",\n  \"items\": [,]\n}", sink);
  REQUIRE(s.failed);
  CHECK(s.error.line == 2);
  CHECK(s.error.column == 13);
  CHECK(s.error.message.find("not valid JSON: syntax error") == 0);
  CHECK(s.error.message.find("[json.exception") == std::string::npos);
  CHECK(s.error.message.find("line 2") == std::string::npos);

  const FeedStream empty = run("", sink);
  REQUIRE(empty.failed);
  CHECK(empty.error.line == 1);
  CHECK(empty.error.column == 1);
  CHECK(run("{\"items\": []} x", sink).failed);                   // Trailing garbage.
  CHECK(run("{\"a\": 1,}", sink).failed);                         // Trailing comma.
  CHECK(run("{\"a\": 1} // c", sink).failed);                     // Comments.
  CHECK(run(std::string("{\"a\": \"x\0y\"}", 12), sink).failed);  // A raw NUL in a string.
}

TEST_CASE("nesting deeper than the limit is an error where it happens") {
  Collect sink;
  std::string deep = "{\"items\": [";
  for (int i = 0; i < 300; ++i) deep += "[";
  const FeedStream s = run(deep, sink);
  REQUIRE(s.failed);
  CHECK(s.error.message.find("nested deeper than 256") != std::string::npos);
  CHECK(s.error.line == 1);
  // The 257th open bracket: `{` is level 1, `[` of items level 2, then 255 more.
  CHECK(s.error.column == static_cast<int>(std::string("{\"items\": [").size()) + 255);

  std::string ok = "{\"items\": [";
  for (int i = 0; i < 254; ++i) ok += "[";
  for (int i = 0; i < 254; ++i) ok += "]";
  ok += "]}";
  CHECK_FALSE(run(ok, sink).failed);
}

TEST_CASE("a number beyond the double range costs its field, with a warning naming it") {
  Collect sink;
  const FeedStream s = run(R"({"title": "T", "x": -1e999, "items": [{"id": "a"},
      {"id": "b", "_newsrail": {"views": {"24h": 1e400, "1h": 2}}, "n": [1, 2E+500]}, 9e9999,
      {"id": "c"}]})",
                           sink);
  REQUIRE_FALSE(s.failed);
  REQUIRE(sink.items.size() == 4);  // Each item once, though the document was read four times.
  CHECK(sink.positions == std::vector<std::size_t>{0, 1, 2, 3});
  CHECK(sink.items[1]["_newsrail"]["views"]["24h"].is_null());
  CHECK(sink.items[1]["_newsrail"]["views"]["1h"] == 2);
  CHECK(sink.items[1]["n"] == json::parse("[1, null]"));
  CHECK(sink.items[2].is_null());
  CHECK(sink.items[3]["id"] == "c");
  CHECK(s.members["x"].is_null());
  REQUIRE(s.warnings.size() == 4);
  CHECK(s.warnings[0].path == "/x");
  CHECK(s.warnings[1].path == "/items/1/_newsrail/views/24h");
  CHECK(s.warnings[2].path == "/items/1/n/1");
  CHECK(s.warnings[3].path == "/items/2");
  CHECK(s.warnings[0].message.find("beyond the double range") != std::string::npos);

  std::string many = "{\"items\": [";
  for (int i = 0; i < 20; ++i) many += "1e999,";
  many += "1]}";
  const FeedStream too_many = run(many, sink);
  CHECK(too_many.failed);
  CHECK(too_many.error.message.find("more than 16 numbers") != std::string::npos);
}

TEST_CASE("strings keep escapes decoded and keys with / and ~ are escaped in pointers") {
  Collect sink;
  const FeedStream s =
      run(R"({"items": [{"t": "a\"b\u00e9\ud83d\ude00", "a/b~c": {"k": 1e400}}]})", sink);
  REQUIRE_FALSE(s.failed);
  REQUIRE(sink.items.size() == 1);
  CHECK(sink.items[0]["t"] == "a\"b\xC3\xA9\xF0\x9F\x98\x80");
  REQUIRE(s.warnings.size() == 1);
  CHECK(s.warnings[0].path == "/items/0/a~1b~0c/k");
}
