#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "fixtures.h"
#include "newsrail/feed_parser.h"
#include "newsrail/rfc3339.h"

using namespace newsrail;
using newsrail::fixtures::read_text;

namespace {

// A feed around the given items (JSON text of the array's contents).
std::string feed_with(const std::string& items, const std::string& extension = "{}") {
  return R"({"version": "https://jsonfeed.org/version/1.1", "title": "T", "language": "en",
             "_newsrail": )" +
         extension + R"(, "items": [)" + items + "]}";
}

const char* kGood =
    R"({"id": "a", "title": "Good", "url": "/a", "date_published": "2025-06-26T10:00:00Z"})";

// Returns the diagnostics whose path is `path`.
std::size_t count_at(const FeedParseResult& r, const std::string& path) {
  std::size_t n = 0;
  for (const Diagnostic& d : r.diagnostics) n += d.path == path;
  return n;
}

}  // namespace

TEST_CASE("a complete item fills every field of the model") {
  const auto r = parse_feed(feed_with(R"J({
    "id": "x1", "url": "https://news.example/x1", "title": "  Russia offers\n to host summit ",
    "summary": "Moscow says it is ready.", "content_text": "One two three.",
    "image": "/img/x1.jpg", "date_published": "2023-07-15T22:12:00+03:00",
    "date_modified": "2023-07-16T08:00:00Z", "authors": [{"name": "Al Mayadeen English"}],
    "tags": ["Russia", "Armenia", "Russia"], "language": "en-GB", "unknown_field": {"x": 1},
    "_newsrail": {"section": "Politics", "region": "Asia", "views": {"24h": 340, "1h": 12, "7d": 2100},
                  "related": ["x2"], "recommend": false, "image_alt": "Three leaders",
                  "image_credit": "(Sputnik)", "reading_minutes": 4, "future": true}})J",
                                      R"({"generated_at": "2025-06-26T18:00:00Z",
        "sections": ["Politics", "Economy"], "regions": ["Asia"]})"));
  REQUIRE(r.usable());
  REQUIRE(r.diagnostics.size() == 1);  // "x2" is no item of this one-item feed
  CHECK(r.diagnostics[0].path == "/items/0/_newsrail/related/0");
  REQUIRE(r.feed.items.size() == 1);
  const Article& a = r.feed.items[0];
  CHECK(a.id == "x1");
  CHECK(a.title == "Russia offers to host summit");
  CHECK(a.summary == "Moscow says it is ready.");
  CHECK(a.text == "One two three.");
  CHECK(a.url == "https://news.example/x1");
  CHECK(a.published == *parse_rfc3339("2023-07-15T19:12:00Z"));
  CHECK(a.modified == *parse_rfc3339("2023-07-16T08:00:00Z"));
  CHECK(a.authors == std::vector<std::string>{"Al Mayadeen English"});
  CHECK(a.tags == std::vector<std::string>{"Russia", "Armenia"});
  CHECK(a.language == "en-GB");
  CHECK(a.section == "Politics");
  CHECK(a.region == "Asia");
  REQUIRE(a.views.size() == 3);
  CHECK(a.views[0].window == 3600);
  CHECK(views_in_window(a, 86400) == 340);
  CHECK(views_in_window(a, 604800) == 2100);
  CHECK(views_in_window(a, 6 * 3600) == -1);
  CHECK(a.related == std::vector<std::string>{"x2"});
  CHECK_FALSE(a.recommend);
  CHECK(a.image.url == "/img/x1.jpg");
  CHECK(a.image.alt == "Three leaders");
  CHECK(a.image.credit == "(Sputnik)");
  CHECK(a.reading_minutes == 4);
  CHECK(r.feed.generated_at == 1750960800);
  CHECK(r.feed.sections == std::vector<std::string>{"Politics", "Economy"});
  CHECK(r.feed.title == "T");
}

TEST_CASE("defaults: feed language, modified = published, reading time from the body") {
  std::string body;
  for (int i = 0; i < 401; ++i) body += "word ";
  const auto r =
      parse_feed(feed_with(R"({"id": 7, "title": "T", "date_published": "2025-01-01T00:00:00Z",
                                          "content_text": ")" +
                           body + R"("})"));
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].id == "7");  // JSON Feed: a numeric id is read as a string.
  CHECK(r.feed.items[0].language == "en");
  CHECK(r.feed.items[0].modified == r.feed.items[0].published);
  CHECK(r.feed.items[0].reading_minutes == 3);
  CHECK(r.feed.items[0].recommend);
}

TEST_CASE("content_html becomes plain text when there is no content_text") {
  const auto r = parse_feed(feed_with(
      R"({"id": "h", "title": "T", "content_html": "<p>Hello &amp; <b>welcome</b></p><script>evil()</script>"})"));
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].text.find("Hello & welcome") != std::string::npos);
  CHECK(r.feed.items[0].text.find("evil") == std::string::npos);
}

TEST_CASE("a javascript: link, a bad date and a duplicate id skip only their items") {
  const auto r = parse_feed(read_text(NEWSRAIL_SOURCE_DIR "/tests/data/three-bad-items.json"));
  REQUIRE(r.usable());
  REQUIRE(r.feed.items.size() == 2);
  CHECK(r.feed.items[0].id == "good-1");
  CHECK(r.feed.items[0].title == "A good item");  // the first of the duplicates is kept
  CHECK(r.feed.items[1].id == "good-2");
  REQUIRE(r.diagnostics.size() == 3);
  CHECK(r.diagnostics[0].path == "/items/1/url");
  CHECK(r.diagnostics[0].message.find("javascript:") != std::string::npos);
  CHECK(r.diagnostics[1].path == "/items/2/date_published");
  CHECK(r.diagnostics[1].message.find("26 June 2025") != std::string::npos);
  CHECK(r.diagnostics[2].path == "/items/3/id");
  CHECK(r.diagnostics[2].message.find("duplicate") != std::string::npos);
  for (const Diagnostic& d : r.diagnostics) CHECK(d.severity == Severity::kWarning);
}

TEST_CASE("items missing what they cannot do without are skipped with the reason") {
  const auto r = parse_feed(feed_with(std::string(kGood) + R"(,
    {"title": "no id"},
    {"id": "", "title": "empty id"},
    {"id": {"x": 1}, "title": "object id"},
    {"id": "nt"},
    {"id": "tt", "title": 42},
    {"id": "et", "title": "   "},
    {"id": "du", "title": "data url", "url": "data:text/html,hi"},
    {"id": "ud", "title": "numeric url", "url": 5},
    {"id": "md", "title": "bad modified", "date_modified": "2025-02-30T00:00:00Z"},
    "a string item", null, 12, [1])"));
  REQUIRE(r.usable());
  REQUIRE(r.feed.items.size() == 1);
  CHECK(count_at(r, "/items/1/id") == 1);
  CHECK(count_at(r, "/items/2/id") == 1);
  CHECK(count_at(r, "/items/3/id") == 1);
  CHECK(count_at(r, "/items/4/title") == 1);
  CHECK(count_at(r, "/items/5/title") == 1);
  CHECK(count_at(r, "/items/6/title") == 1);
  CHECK(count_at(r, "/items/7/url") == 1);
  CHECK(count_at(r, "/items/8/url") == 1);
  CHECK(count_at(r, "/items/9/date_modified") == 1);
  for (int i = 10; i <= 13; ++i) CHECK(count_at(r, "/items/" + std::to_string(i)) == 1);
  CHECK(r.diagnostics.size() == 13);
}

TEST_CASE("a bad optional field is dropped and its item kept") {
  const auto r =
      parse_feed(feed_with(R"({"id": "o", "title": "T", "summary": 5, "tags": ["ok", 3, "ok2"],
     "authors": "me", "image": "javascript:x", "language": ["en"],
     "_newsrail": {"section": 1, "views": {"24h": -4, "1h": 1.5, "1x": 3, "7d": 70, "6h": "12"},
                   "recommend": "no", "related": "x", "reading_minutes": 0}})"));
  REQUIRE(r.feed.items.size() == 1);
  const Article& a = r.feed.items[0];
  CHECK(a.tags == std::vector<std::string>{"ok", "ok2"});
  CHECK(a.summary.empty());
  CHECK(a.image.url.empty());
  CHECK(a.recommend);
  REQUIRE(a.views.size() == 1);
  CHECK(views_in_window(a, 604800) == 70);
  CHECK(count_at(r, "/items/0/summary") == 1);
  CHECK(count_at(r, "/items/0/tags/1") == 1);
  CHECK(count_at(r, "/items/0/authors") == 1);
  CHECK(count_at(r, "/items/0/image") == 1);
  CHECK(count_at(r, "/items/0/language") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/section") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/views/24h") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/views/1h") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/views/1x") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/views/6h") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/recommend") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/related") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/reading_minutes") == 1);
}

TEST_CASE("a skipped list entry is named by its own position in the array") {
  // Every element counts, kept or not: [1, 2, "ok", 3] names /tags/0, /tags/1 and /tags/3.
  const auto r = parse_feed(feed_with(R"({"id": "o", "title": "T", "tags": [1, 2, "ok", 3],
     "_newsrail": {"related": ["r1", 7, "r2"]}})"));
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].tags == std::vector<std::string>{"ok"});
  CHECK(count_at(r, "/items/0/tags/0") == 1);
  CHECK(count_at(r, "/items/0/tags/1") == 1);
  CHECK(count_at(r, "/items/0/tags/2") == 0);
  CHECK(count_at(r, "/items/0/tags/3") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/related/1") == 1);
}

TEST_CASE("not JSON gives one error with line and column") {
  const auto r =
      parse_feed("{\"version\": \"https://jsonfeed.org/version/1.1\",\n  \"items\": [,]\n}");
  CHECK_FALSE(r.usable());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].severity == Severity::kError);
  CHECK(r.diagnostics[0].line == 2);
  CHECK(r.diagnostics[0].column == 13);
  CHECK(r.diagnostics[0].message.find("not valid JSON") == 0);
  CHECK(r.feed.items.empty());

  SUBCASE("empty input") {
    const auto e = parse_feed("");
    REQUIRE(e.diagnostics.size() == 1);
    CHECK(e.diagnostics[0].line == 1);
  }
  SUBCASE("truncated input") {
    const auto e = parse_feed(feed_with(kGood).substr(0, 80));
    REQUIRE(e.diagnostics.size() == 1);
    CHECK_FALSE(e.usable());
  }
}

TEST_CASE("a wrong top-level type or version is one error naming it") {
  auto only_error = [](const std::string& text, const char* path, const char* needle) {
    const auto r = parse_feed(text);
    CAPTURE(text);
    CHECK_FALSE(r.usable());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].path == path);
    CHECK(r.diagnostics[0].message.find(needle) != std::string::npos);
  };
  only_error("[1, 2]", "", "not an array");
  only_error("\"feed\"", "", "not a string");
  only_error(R"({"items": []})", "/version", "missing JSON Feed version");
  only_error(R"({"version": "https://jsonfeed.org/version/2", "items": []})", "/version",
             "unsupported version");
  only_error(R"({"version": "https://jsonfeed.org/version/1.1", "items": {}})", "/items",
             "not an object");
  only_error(R"({"version": "https://jsonfeed.org/version/1.1"})", "/items", "missing");
}

TEST_CASE("JSON Feed 1.0 documents are read too") {
  const auto r = parse_feed(R"({"version": "https://jsonfeed.org/version/1", "title": "Old",
     "items": [{"id": "1", "title": "T", "author": {"name": "Ana"}}]})");
  REQUIRE(r.usable());
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].authors == std::vector<std::string>{"Ana"});
}

TEST_CASE("invalid UTF-8 is repaired and reported, never a failure") {
  const std::string bad_title = std::string("Caf") + "\xC3" + "x \xFF y";
  const auto r = parse_feed(feed_with(R"({"id": "u", "title": ")" + bad_title + R"("})"));
  REQUIRE(r.usable());
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "Caf\xEF\xBF\xBDx \xEF\xBF\xBD y");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.find("invalid UTF-8: 2 byte sequence(s)") == 0);
  CHECK(r.diagnostics[0].message.find("line 2") != std::string::npos);
}

TEST_CASE("limits: feed size is an error, item count and long strings are warnings") {
  ParseLimits limits;
  SUBCASE("feed size") {
    limits.max_feed_bytes = 100;
    const auto r = parse_feed(feed_with(kGood), limits);
    CHECK_FALSE(r.usable());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("over the limit of 100") != std::string::npos);
  }
  SUBCASE("item count") {
    limits.max_items = 2;
    const auto r = parse_feed(feed_with(R"({"id": "1", "title": "A"}, {"id": "2", "title": "B"},
                                           {"id": "3", "title": "C"})"),
                              limits);
    CHECK(r.usable());
    CHECK(r.feed.items.size() == 2);
    CHECK(count_at(r, "/items/2") == 1);
  }
  SUBCASE("long title, summary and tag are truncated on a character boundary") {
    limits.max_title_bytes = 10;
    limits.max_field_bytes = 4;
    const auto r = parse_feed(
        feed_with(R"({"id": "1", "title": "Elección presidencial", "tags": ["ñññ"]})"), limits);
    REQUIRE(r.feed.items.size() == 1);
    CHECK(r.feed.items[0].title == "Elección");
    CHECK(r.feed.items[0].tags == std::vector<std::string>{"ññ"});
    CHECK(count_at(r, "/items/0/title") == 1);
    CHECK(count_at(r, "/items/0/tags/0") == 1);
  }
  SUBCASE("a long id skips the item") {
    limits.max_id_bytes = 3;
    const auto r =
        parse_feed(feed_with(R"({"id": "1234", "title": "A"}, {"id": "1", "title": "B"})"), limits);
    CHECK(r.feed.items.size() == 1);
    CHECK(count_at(r, "/items/0/id") == 1);
  }
}

TEST_CASE("breaking lines: good ones load, bad ones are skipped with their path") {
  const auto r =
      parse_feed(feed_with(kGood, R"J({"generated_at": "2025-06-26T18:00:00Z", "breaking": [
      {"id": "b1", "text": "A vehicle exploded", "date_published": "2025-06-26T17:00:00Z",
       "date_expires": "2025-06-26T20:00:00Z", "priority": 2, "url": "/b1"},
      {"id": "b2", "text": "No date"},
      {"id": "b3", "text": "Bad link", "url": "javascript:void(0)"},
      {"id": "b4"},
      {"id": "b1", "text": "Duplicate"},
      {"id": "b5", "text": "Bad expiry", "date_expires": "soon"},
      {"id": "b6", "text": "Bad priority", "priority": "high"}]})J"));
  REQUIRE(r.usable());
  REQUIRE(r.feed.breaking.size() == 3);
  const BreakingItem& b = r.feed.breaking[0];
  CHECK(b.id == "b1");
  CHECK(b.priority == 2);
  CHECK(b.url == "/b1");
  CHECK(b.expires - b.published == 3 * 3600);
  CHECK(r.feed.breaking[1].published == 1750960800);  // generated_at stands in for a missing date
  CHECK(r.feed.breaking[2].id == "b6");
  CHECK(r.feed.breaking[2].priority == 0);
  CHECK(count_at(r, "/_newsrail/breaking/1/date_published") == 1);
  CHECK(count_at(r, "/_newsrail/breaking/2/url") == 1);
  CHECK(count_at(r, "/_newsrail/breaking/3/text") == 1);
  CHECK(count_at(r, "/_newsrail/breaking/4/id") == 1);
  CHECK(count_at(r, "/_newsrail/breaking/5/date_expires") == 1);
  CHECK(count_at(r, "/_newsrail/breaking/6/priority") == 1);
}

TEST_CASE("the sample feed loads without a diagnostic") {
  const auto r = parse_feed(read_text(NEWSRAIL_SOURCE_DIR "/web/demo/feed.json"));
  for (const Diagnostic& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  CHECK(r.usable());
  CHECK(r.diagnostics.empty());
  CHECK(r.feed.items.size() >= 20);
  CHECK(r.feed.breaking.size() == 10);
  bool found = false;
  for (const Article& a : r.feed.items)
    if (a.title == "Russia offers to host Armenia-Azerbaijan summit amid EU, US failure") {
      found = true;
      CHECK(a.reading_minutes == 3);  // as the reference page says
      CHECK(a.tags.size() == 7);
    }
  CHECK(found);
}

TEST_CASE("deeply nested and hostile documents never crash") {
  std::string deep(5000, '[');
  deep += std::string(5000, ']');
  CHECK_FALSE(parse_feed(deep).usable());
  CHECK_FALSE(parse_feed(std::string("\0\0\0", 3)).usable());
  CHECK_FALSE(
      parse_feed("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [").usable());
  const auto r = parse_feed(feed_with(R"({"id": "1", "title": "T", "_newsrail": [1, 2]})"));
  CHECK(r.feed.items.size() == 1);
  CHECK(count_at(r, "/items/0/_newsrail") == 1);
}

TEST_CASE("a packed item's terms are read; past 64, the weakest are dropped with a warning") {
  std::string terms;
  for (int i = 0; i < 70; ++i)
    terms +=
        (i ? "," : "") + std::string("\"t") + std::to_string(i) + "\": " + std::to_string(i + 1);
  const auto r = parse_feed(feed_with(R"({"id": "p", "title": "T", "_newsrail": {"terms": {)" +
                                      terms + R"(, "bad": -1}}})"));
  REQUIRE(r.feed.items.size() == 1);
  const auto& t = r.feed.items[0].terms;
  REQUIRE(t.size() == 64);
  for (const WeightedTerm& w : t) CHECK(w.weight >= 7);  // t0..t5 (weights 1..6) dropped
  CHECK(count_at(r, "/items/0/_newsrail/terms") == 1);
  CHECK(count_at(r, "/items/0/_newsrail/terms/bad") == 1);
}

#include "newsrail/utf8.h"  // is_valid_utf8, for the fuzz regression tests below

// Found by tests/fuzz/fuzz_feed_parser: nlohmann's syntax error quotes the bytes it read up to the
// bad one ("last read: '1\xC3'"), which can end inside a multi-byte character, so the error message
// was not valid UTF-8 (the readable report printed it as is).
TEST_CASE("fuzz regression: a syntax error quoting a partial character is valid UTF-8") {
  for (const std::string& input :
       {std::string("[1\xC3\xA9]"), std::string("{\"a\": t\xE2\x82\xAC}"),
        std::string("{\"items\": [], \xC3\xA9}")}) {
    const FeedParseResult r = parse_feed(input);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::kError);
    CHECK(r.diagnostics[0].message.rfind("not valid JSON", 0) == 0);
    CHECK(is_valid_utf8(r.diagnostics[0].message));
  }
}

// Found by tests/fuzz/fuzz_feed_parser (feed_to_json round trip): a summary cut at its limit just
// after a tab kept the tab at its end, so writing the feed and reading it back (which trims) gave
// another summary.
TEST_CASE("fuzz regression: a field cut at its limit never ends with whitespace") {
  ParseLimits limits;
  limits.max_summary_bytes = 8;
  limits.max_text_bytes = 6;
  const std::string item = R"({"id": "a", "title": "T", "summary": "Summary\t\r\n tail",
                               "content_text": "Body\r\n\t more"})";
  const auto r = parse_feed(feed_with(item), limits);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].summary == "Summary");
  CHECK(r.feed.items[0].text == "Body");
}

// Issue 16, item 5: what a publisher's hand-written feed got wrong without a word from validate.

namespace {

// Returns the message of the one diagnostic at `path`, or "" (a failed check shows them all).
std::string message_at(const FeedParseResult& r, const std::string& path) {
  for (const Diagnostic& d : r.diagnostics)
    if (d.path == path) return d.message;
  for (const Diagnostic& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  return "";
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a url that looks like a host without a scheme is kept with a warning that quotes it") {
  const auto r = parse_feed(feed_with(R"(
    {"id": "h1", "title": "T", "url": "www.site.example/news/x"},
    {"id": "h2", "title": "T", "url": "courier.example/news/y", "image": "cdn.courier.example/y.jpg"},
    {"id": "ok1", "title": "T", "url": "news/x.html", "image": "img/y.jpg"},
    {"id": "ok2", "title": "T", "url": "index.html"},
    {"id": "ok3", "title": "T", "url": "/www.site.example/x"},
    {"id": "ok4", "title": "T", "url": "//www.site.example/x"},
    {"id": "ok5", "title": "T", "url": "story.php?id=3"})"));
  REQUIRE(r.usable());
  CHECK(r.feed.items.size() == 7);  // a relative link is still safe: the items stay
  CHECK(r.feed.items[0].url == "www.site.example/news/x");
  const std::string m = message_at(r, "/items/0/url");
  CHECK(has(m, "\"www.site.example/news/x\""));
  CHECK(has(m, "host without a scheme"));
  CHECK(has(m, "https://www.site.example/news/x"));
  CHECK(count_at(r, "/items/1/url") == 1);
  CHECK(count_at(r, "/items/1/image") == 1);
  CHECK(r.diagnostics.size() == 3);
}

TEST_CASE("a section or region missing from _newsrail.sections / regions is kept with a warning") {
  const auto r = parse_feed(feed_with(R"(
    {"id": "a", "title": "T", "_newsrail": {"section": "politics", "region": "Europe"}},
    {"id": "b", "title": "T", "_newsrail": {"section": "Economie"}},
    {"id": "c", "title": "T", "_newsrail": {"section": "Sprots", "region": "Asia"}})",
                                      R"({"sections": ["Politics", "Économie"],
                                          "regions": ["Europe"]})"));
  REQUIRE(r.feed.items.size() == 3);
  CHECK(r.feed.items[2].section == "Sprots");  // kept: the item still ranks
  const std::string m = message_at(r, "/items/2/_newsrail/section");
  CHECK(has(m, "\"Sprots\""));
  CHECK(has(m, "_newsrail.sections"));
  CHECK(has(message_at(r, "/items/2/_newsrail/region"), "\"Asia\""));
  CHECK(r.diagnostics.size() == 2);  // case and accents do not count

  // Without the lists, any label is fine.
  const auto free = parse_feed(feed_with(R"({"id": "c", "title": "T",
                                             "_newsrail": {"section": "Sprots", "region": "Asia"}})"));
  CHECK(free.diagnostics.empty());
}

TEST_CASE("a related id that names no item of the feed, or the item itself, is warned about") {
  const auto r = parse_feed(feed_with(R"(
    {"id": "a", "title": "T", "_newsrail": {"related": ["b", "gone", "a"]}},
    {"id": "b", "title": "T", "_newsrail": {"related": ["a"]}})"));
  REQUIRE(r.feed.items.size() == 2);
  CHECK(r.feed.items[0].related == std::vector<std::string>{"b", "gone", "a"});
  CHECK(has(message_at(r, "/items/0/_newsrail/related/1"), "\"gone\""));
  CHECK(has(message_at(r, "/items/0/_newsrail/related/2"), "itself"));
  CHECK(r.diagnostics.size() == 2);
}

TEST_CASE("a breaking line that expires before it is published is warned about") {
  const auto r =
      parse_feed(feed_with(kGood, R"J({"generated_at": "2025-06-26T18:00:00Z", "breaking": [
      {"id": "b1", "text": "Backwards", "date_published": "2025-06-26T17:00:00Z",
       "date_expires": "2025-06-26T16:00:00Z"},
      {"id": "b2", "text": "Expired already, dated by the feed", "date_expires": "2025-06-26T12:00:00Z"},
      {"id": "b3", "text": "Fine", "date_published": "2025-06-26T17:00:00Z",
       "date_expires": "2025-06-26T19:00:00Z"}]})J"));
  REQUIRE(r.feed.breaking.size() == 3);
  const std::string m = message_at(r, "/_newsrail/breaking/0/date_expires");
  CHECK(has(m, "2025-06-26T16:00:00Z"));
  CHECK(has(m, "2025-06-26T17:00:00Z"));
  CHECK(has(m, "never shows"));
  // b2 has no date_published of its own: generated_at stands in (one warning for that only).
  CHECK(count_at(r, "/_newsrail/breaking/1/date_expires") == 0);
  CHECK(r.diagnostics.size() == 2);
}

TEST_CASE("a date without a time zone says to add Z or an offset") {
  const auto r = parse_feed(feed_with(std::string(kGood) + R"(,
    {"id": "n", "title": "T", "date_published": "2026-12-02T01:10:00"},
    {"id": "d", "title": "T", "date_published": "2026-12-02"},
    {"id": "x", "title": "T", "date_published": "yesterday"})"));
  CHECK(r.feed.items.size() == 1);
  const std::string m = message_at(r, "/items/1/date_published");
  CHECK(has(m, "not an RFC 3339 date: \"2026-12-02T01:10:00\""));
  CHECK(has(m, "add Z or an offset"));
  CHECK(has(m, "the item is skipped"));
  CHECK(has(message_at(r, "/items/2/date_published"), "add a time"));
  CHECK_FALSE(has(message_at(r, "/items/3/date_published"), "add"));
}

TEST_CASE("warnings quote the bad value and say what was kept") {
  const auto r = parse_feed(feed_with(R"({"id": "o", "title": "T", "summary": 5,
     "_newsrail": {"views": {"24h": "410", "1h": -4, "1x": 3, "7d": 70},
                   "recommend": "no", "reading_minutes": 0}})",
                                      R"J({"breaking": [{"id": "b", "text": "t", "priority": "high",
                                  "date_published": "2025-06-26T17:00:00Z"}]})J"));
  REQUIRE(r.feed.items.size() == 1);
  const std::string base = "/items/0/_newsrail/";
  CHECK(has(message_at(r, base + "views/24h"), "must be a non-negative integer, not \"410\""));
  CHECK(has(message_at(r, base + "views/1h"), "not -4"));
  CHECK(has(message_at(r, base + "views/1x"), "\"1x\""));
  CHECK(has(message_at(r, base + "recommend"), "not a string (\"no\"); ignored"));
  CHECK(has(message_at(r, base + "reading_minutes"), "not 0"));
  CHECK(has(message_at(r, "/items/0/summary"), "not a number (5)"));
  CHECK(has(message_at(r, "/_newsrail/breaking/0/priority"), "not \"high\"; 0 is used"));
}
