#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newsrail/history.h"

using namespace newsrail;

namespace {

constexpr Seconds kNow = 1750960800;  // 2025-06-26T18:00:00Z

Article article(std::string id, std::string section = "", std::vector<std::string> tags = {}) {
  Article a;
  a.id = std::move(id);
  a.title = "Title of " + a.id;
  a.section = std::move(section);
  a.tags = std::move(tags);
  return a;
}

std::vector<std::string> ids(const ReadingHistory& h) {
  std::vector<std::string> out;
  for (const HistoryEntry& e : h.entries) out.push_back(e.id);
  return out;
}

}  // namespace

TEST_CASE("a history written to JSON reads back entry for entry") {
  ReadingHistory h;
  record_read(h, article("a", "Politics", {"Election", "Senate"}), kNow - 100);
  record_read(h, article("b/ü\"x"), kNow - 50);
  record_read(h, article("c", "Sport"), kNow);
  const std::string json = history_to_json(h);
  CHECK(json.rfind(R"({"version":1,"entries":[{"id":"a","t":1750960700,"s":"Politics",)", 0) == 0);

  Diagnostics d;
  const ReadingHistory back = history_from_json(json, d);
  CHECK(d.empty());
  REQUIRE(back.entries.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(back.entries[i].id == h.entries[i].id);
    CHECK(back.entries[i].time == h.entries[i].time);
    CHECK(back.entries[i].section == h.entries[i].section);
    CHECK(back.entries[i].tags == h.entries[i].tags);
  }
  CHECK(history_to_json(back) == json);
}

TEST_CASE("recording past capacity drops the oldest reads") {
  ReadingHistory h;
  REQUIRE(h.capacity == 200);
  for (int i = 0; i < 205; ++i) record_read(h, article("a" + std::to_string(i)), kNow + i);
  REQUIRE(h.entries.size() == 200);
  CHECK(h.entries.front().id == "a5");
  CHECK(h.entries.back().id == "a204");
  CHECK_FALSE(has_read(h, "a4"));
  CHECK(has_read(h, "a5"));
}

TEST_CASE("a re-read moves the article to the newest place, once") {
  ReadingHistory h;
  record_read(h, article("a"), kNow - 30);
  record_read(h, article("b"), kNow - 20);
  record_read(h, article("c"), kNow - 10);
  record_read(h, article("a"), kNow);
  CHECK(ids(h) == std::vector<std::string>{"b", "c", "a"});
  CHECK(h.entries.back().time == kNow);
}

TEST_CASE("entries keep at most 8 tags and cut long strings at a code point") {
  std::vector<std::string> tags;
  for (int i = 0; i < 12; ++i) tags.push_back("tag" + std::to_string(i));
  tags[0] = std::string(127, 'x') + "é";  // 129 bytes: the é would be split at 128.
  ReadingHistory h;
  record_read(h, article(std::string(600, 'i'), std::string(200, 's'), tags), kNow);
  const HistoryEntry& e = h.entries.at(0);
  CHECK(e.id.size() == 512);
  CHECK(e.section.size() == 128);
  REQUIRE(e.tags.size() == 8);
  CHECK(e.tags[0] == std::string(127, 'x'));
  CHECK(e.tags[7] == "tag7");
  CHECK(has_read(h, std::string(600, 'i')));  // The full id still finds its cut entry.
}

TEST_CASE("corrupt or foreign history gives an empty history and one warning") {
  for (const char* bad : {"{\"version\":1,\"entries\":[", "", "[]", "{\"entries\":[]}",
                          "{\"version\":2,\"entries\":[]}", "{\"version\":1,\"entries\":{}}",
                          "{\"version\":\"1\",\"entries\":[]}"}) {
    Diagnostics d;
    const ReadingHistory h = history_from_json(bad, d, 50);
    CHECK_MESSAGE(h.entries.empty(), bad);
    CHECK_MESSAGE(h.capacity == 50, bad);
    REQUIRE_MESSAGE(d.size() == 1, bad);
    CHECK(d[0].severity == Severity::kWarning);
  }
}

TEST_CASE("a bad entry is skipped with a warning naming its path") {
  Diagnostics d;
  const ReadingHistory h = history_from_json(
      R"({"version":1,"entries":[{"id":"a","t":1},{"id":"b","t":2,"s":"X","tags":["t"]},
          {"id":"c","t":3},{"id":"d","t":-4},{"t":5},{"id":"f","t":6,"tags":[1]},"g",
          {"id":"h","t":8,"s":null}]})",
      d);
  CHECK(ids(h) == std::vector<std::string>{"a", "b", "c", "h"});
  REQUIRE(d.size() == 4);
  CHECK(d[0].path == "/entries/3");
  CHECK(d[1].path == "/entries/4");
  CHECK(d[2].path == "/entries/5");
  CHECK(d[3].path == "/entries/6");
}

TEST_CASE("reading keeps the newest entries up to capacity, one per id") {
  Diagnostics d;
  const ReadingHistory h = history_from_json(
      R"({"version":1,"entries":[{"id":"a","t":1},{"id":"b","t":2},{"id":"a","t":3},
          {"id":"c","t":4}]})",
      d, 2);
  CHECK(d.empty());
  CHECK(ids(h) == std::vector<std::string>{"a", "c"});
  CHECK(h.entries[0].time == 3);

  const ReadingHistory roomy = history_from_json(
      R"({"version":1,"entries":[{"id":"a","t":1},{"id":"b","t":2},{"id":"a","t":3}]})", d);
  CHECK(ids(roomy) == std::vector<std::string>{"b", "a"});
  CHECK(roomy.entries[1].time == 3);
}
