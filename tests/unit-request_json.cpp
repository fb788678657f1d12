#include <doctest/doctest.h>

#include "newsrail/request_json.h"

using namespace newsrail;

TEST_CASE("a Most Read request reads every field the widget sends") {
  Diagnostics d;
  const MostReadRequest r = most_read_request_from_json(
      R"({"window": "7d", "section": "Economy", "limit": 3, "exclude": ["a", 5, "b"],
          "trending": true, "now": "2025-06-26T18:00:00Z"})",
      d);
  CHECK(d.empty());
  CHECK(r.window == 7 * 86400);
  CHECK(r.section == "Economy");
  CHECK(r.limit == 3);
  CHECK(r.exclude == std::vector<std::string>{"a", "b"});
  CHECK(r.trending);
  CHECK(r.now == 1750960800);
}

TEST_CASE("bad request fields are warned about with their pointer and the defaults kept") {
  Diagnostics d;
  const MostReadRequest r = most_read_request_from_json(
      R"({"window": "soon", "limit": 0, "now": "yesterday", "trending": 1})", d);
  CHECK(r.window == 86400);
  CHECK(r.limit == 5);
  CHECK(r.now == 0);
  CHECK_FALSE(r.trending);
  REQUIRE(d.size() == 4);
  CHECK(d[0].path == "/window");
  Diagnostics e;
  most_read_request_from_json("not json", e);
  CHECK(e.size() == 1);
  Diagnostics f;
  most_read_request_from_json("", f);
  CHECK(f.empty());
}

TEST_CASE("a Read Next request carries the reader's history, as an object or a string") {
  Diagnostics d;
  ReadingHistory h;
  const ReadNextRequest r = read_next_request_from_json(
      R"({"article": "x", "context": "Page title", "language": "ar", "limit": 6, "now": 1750960800,
          "candidates": ["p", "q"],
          "history": {"version": 1, "entries": [{"id": "a", "t": 1750960000, "s": "Politics", "tags": []}]}})",
      h, d);
  CHECK(d.empty());
  CHECK(r.article == "x");
  CHECK(r.context_text == "Page title");
  CHECK(r.language == "ar");
  CHECK(r.limit == 6);
  CHECK(r.candidates.size() == 2);
  REQUIRE(h.entries.size() == 1);
  CHECK(h.entries[0].id == "a");
  ReadingHistory corrupt;
  Diagnostics w;
  read_next_request_from_json(R"({"history": "{broken"})", corrupt, w);
  CHECK(corrupt.entries.empty());
  CHECK_FALSE(w.empty());
}

TEST_CASE("a ticker request reads limit and now") {
  Diagnostics d;
  const TickerRequest r = ticker_request_from_json(R"({"limit": 3, "now": "1750960800"})", d);
  CHECK(r.limit == 3);
  CHECK(r.now == 1750960800);
  CHECK(d.empty());
}

// Found by tests/fuzz/fuzz_options: {"now": 1.5e92} was cast to an integer out of its range
// (undefined behaviour), and {"now": 9223372036854775807} overflowed `now + 300` in the rankings.
// `now` is now clamped to +-1e17 seconds, so now +- any duration stays in range.
TEST_CASE("fuzz regression: a huge or tiny numeric now is clamped, never out of range") {
  const Seconds kMaxNow = 100000000000000000;
  for (const char* json : {R"({"now": 1.5e92})", R"({"now": 9223372036854775807})"}) {
    Diagnostics d;
    CHECK(most_read_request_from_json(json, d).now == kMaxNow);
    CHECK(ticker_request_from_json(json, d).now == kMaxNow);
    ReadingHistory h;
    CHECK(read_next_request_from_json(json, h, d).now == kMaxNow);
  }
  for (const char* json : {R"({"now": -1.5e92})", R"({"now": -9223372036854775808})"}) {
    Diagnostics d;
    CHECK(most_read_request_from_json(json, d).now == -kMaxNow);
  }
  Diagnostics d;
  CHECK(ticker_request_from_json(R"({"now": 1750960800.9})", d).now == 1750960800);
}

TEST_CASE("requests written as JSON read back to the same request") {
  MostReadRequest m;
  m.window = 6 * 3600;
  m.section = "Politics";
  m.language = "ar";
  m.limit = 7;
  m.exclude = {"a", "b"};
  m.trending = true;
  m.now = 1750960800;
  Diagnostics d;
  const MostReadRequest m2 = most_read_request_from_json(write_json(to_json(m)), d);
  CHECK(d.empty());
  CHECK(m2.window == m.window);
  CHECK(m2.section == m.section);
  CHECK(m2.language == m.language);
  CHECK(m2.limit == m.limit);
  CHECK(m2.exclude == m.exclude);
  CHECK(m2.trending == m.trending);
  CHECK(m2.now == m.now);
  CHECK(write_json(to_json(m)) ==
        R"({"window":"6h","section":"Politics","language":"ar","limit":7,"exclude":["a","b"],)"
        R"("trending":true,"now":1750960800})");

  ReadNextRequest r;
  r.article = "https://example.com/x?utm_source=a";
  r.context_text = "A headline";
  r.limit = 3;
  r.now = 1750960000;
  r.candidates = {"c1"};
  ReadingHistory h;
  h.entries.push_back({"seen", 1750950000, "Politics", {"Tag"}});
  ReadingHistory h2;
  const ReadNextRequest r2 = read_next_request_from_json(write_json(to_json(r, h)), h2, d);
  CHECK(d.empty());
  CHECK(r2.article == r.article);
  CHECK(r2.context_text == r.context_text);
  CHECK(r2.limit == r.limit);
  CHECK(r2.now == r.now);
  CHECK(r2.candidates == r.candidates);
  REQUIRE(h2.entries.size() == 1);
  CHECK(h2.entries[0].id == "seen");
  CHECK(h2.entries[0].tags == std::vector<std::string>{"Tag"});
  CHECK_FALSE(to_json(r, ReadingHistory{}).contains("history"));

  TickerRequest t;
  t.limit = 5;
  t.now = 42;
  const TickerRequest t2 = ticker_request_from_json(write_json(to_json(t)), d);
  CHECK(d.empty());
  CHECK(t2.limit == 5);
  CHECK(t2.now == 42);
}
