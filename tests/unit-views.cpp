// views/: access log lines, the bot list, the counting rules and the warehouse's CSV.
#include <doctest/doctest.h>

#include <string>

#include "fixtures.h"
#include "newsrail/access_log.h"
#include "newsrail/bot_filter.h"
#include "newsrail/rfc3339.h"
#include "newsrail/view_counts_csv.h"
#include "newsrail/views.h"

using namespace newsrail;

namespace {

// Two articles, /a and /b on news.example (fixtures.h).
Feed two_items() {
  return fixtures::feed({fixtures::article("a", "Story a"), fixtures::article("b", "Story b")});
}

const Seconds kNoon = *parse_rfc3339("2026-10-10T12:00:00Z");

// A combined-format line at `t` seconds after noon.
std::string line(int t, const std::string& path, const std::string& ua = "Mozilla/5.0 Firefox",
                 const std::string& client = "10.0.0.1", int status = 200,
                 const std::string& method = "GET") {
  const std::string stamp = format_rfc3339(kNoon + t);  // 2026-10-10T12:MM:SSZ
  const std::string hms = stamp.substr(11, 8);
  return client + " - - [10/Oct/2026:" + hms + " +0000] \"" + method + " " + path + " HTTP/1.1\" " +
         std::to_string(status) + " 512 \"-\" \"" + ua + "\"";
}

BotFilter& bots() {
  static BotFilter filter(embedded_bot_list());
  return filter;
}

}  // namespace

TEST_CASE("a combined line gives its time in UTC, request, status, user agent and client") {
  LogRecord r;
  CHECK(
      parse_log_line("203.0.113.9 - bob [10/Oct/2026:13:55:36 -0700] \"GET /news/a?utm_source=x "
                     "HTTP/1.1\" 200 2326 \"https://ref.example/\" \"Mozilla/5.0 \\\"quoted\\\"\"",
                     r) == "");
  CHECK(r.time == *parse_rfc3339("2026-10-10T20:55:36Z"));
  CHECK(r.method == "GET");
  CHECK(r.path == "/news/a?utm_source=x");
  CHECK(r.status == 200);
  CHECK(r.user_agent == "Mozilla/5.0 \\\"quoted\\\"");
  CHECK(r.client == "203.0.113.9");
  SUBCASE("the common format has no user agent") {
    CHECK(parse_log_line("::1 - - [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.0\" 304 -", r) == "");
    CHECK(r.user_agent.empty());
    CHECK(r.status == 304);
  }
  SUBCASE("an unreadable request line is kept, and never counts") {
    CHECK(parse_log_line("1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] \"-\" 400 0 \"-\" \"-\"", r) ==
          "");
    CHECK(r.method.empty());
    CHECK(r.status == 400);
  }
}

TEST_CASE("a bad line says which field is wrong") {
  LogRecord r;
  CHECK(parse_log_line("garbage", r) == "no [time] field");
  CHECK(parse_log_line("1.2.3.4 - - [32/Foo/2026:99:00:00 +0000] \"GET / HTTP/1.1\" 200 1", r)
            .find("[time]") != std::string::npos);
  CHECK(parse_log_line("1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.1", r) ==
        "the request's quotes are not closed");
  CHECK(parse_log_line("1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.1\" 20 1", r) ==
        "no 3-digit status after the request");
  CHECK(parse_log_line("{\"time\": \"yesterday\", \"path\": \"/\", \"status\": 200}", r)
            .find("\"time\"") != std::string::npos);
  CHECK(parse_log_line("{\"time\": 1, \"status\": 200}", r).find("\"path\"") != std::string::npos);
}

TEST_CASE("fuzz regression: a JSON line's epoch time out of the years 0000-9999 is refused") {
  // fuzz_access_log: {"time": 1e97, ...} overflowed the cast to seconds (UBSan).
  LogRecord r;
  CHECK(parse_log_line("{\"time\": 1e97, \"path\": \"/\", \"status\": 200}", r).find("\"time\"") !=
        std::string::npos);
  CHECK(parse_log_line("{\"time\": -9223372036854775807, \"path\": \"/\", \"status\": 200}", r)
            .find("\"time\"") != std::string::npos);
  CHECK(parse_log_line("{\"time\": 253402300799, \"path\": \"/\", \"status\": 200}", r) == "");
}

TEST_CASE("a JSON line: RFC 3339 or epoch time, status as number or string, GET by default") {
  LogRecord r;
  CHECK(parse_log_line("{\"time\":\"2026-10-10T12:00:00+02:00\",\"path\":\"/news/a\",\"status\":"
                       "\"200\",\"user_agent\":\"UA\",\"client\":\"::1\",\"purpose\":\"prefetch\"}",
                       r) == "");
  CHECK(r.time == kNoon - 7200);
  CHECK(r.method == "GET");
  CHECK(r.status == 200);
  CHECK(r.purpose == "prefetch");
  CHECK(parse_log_line("{\"time\":1791000000,\"path\":\"/x\",\"status\":404,\"method\":\"HEAD\"}",
                       r) == "");
  CHECK(r.time == 1791000000);
  CHECK(r.method == "HEAD");
  CHECK(r.user_agent.empty());
}

TEST_CASE("a line of the README's nginx log_format is read, its Sec-Purpose included") {
  LogRecord r;
  CHECK(parse_log_line("{\"time\":\"2026-10-10T14:00:00+02:00\",\"method\":\"GET\",\"path\":"
                       "\"/a?utm_source=x\",\"status\":200,\"user_agent\":\"Mozilla/5.0\","
                       "\"client\":\"2001:db8::1\",\"purpose\":\"prefetch;prerender\"}",
                       r) == "");
  CHECK(r.time == kNoon);
  CHECK(r.path == "/a?utm_source=x");
  CHECK(r.client == "2001:db8::1");
  const FeedIndex index(two_items());
  ViewCounter counter(index, bots(), kNoon, {3600});
  counter.add(r);
  counter.finish();
  CHECK(counter.report().prefetch == 1);
  CHECK(counter.report().views == 0);
}

TEST_CASE("the bot list: its own examples are bots, browsers are not, patterns portable") {
  BotFilter& filter = bots();
  REQUIRE(filter.ok());
  CHECK(filter.patterns().size() > 1000);
  CHECK(filter.is_bot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
  CHECK(filter.is_bot("curl/8.4.0"));
  CHECK_FALSE(
      filter.is_bot("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"));
  CHECK_FALSE(filter.is_bot(""));
  CHECK(portable_bot_pattern("Googlebot\\/") == "Googlebot/");
  CHECK(portable_bot_pattern("a[\\s\\S]*b\\.c\\!") == "a.*b\\.c!");
  SUBCASE("a list that is not one is refused; a bad entry is reported and skipped") {
    CHECK_FALSE(BotFilter("{}").ok());
    BotFilter partial("[{\"pattern\": \"(\"}, {\"pattern\": \"MyBot\"}, {\"x\": 1}]");
    CHECK(partial.ok());
    CHECK(partial.diagnostics().size() == 2);
    CHECK(partial.is_bot("a MyBot b"));
  }
}

TEST_CASE("counting: GET 2xx to an item's URL, bots, repeats within 30 minutes, windows") {
  const FeedIndex index(two_items());
  ViewCounter counter(index, bots(), kNoon + 7200, {3600, 86400});
  int n = 0;
  const auto add = [&](const std::string& l) { counter.add_line(l, "log", ++n); };
  add(line(0, "/a"));                // counted (24h)
  add(line(60, "/a?utm_source=x"));  // same visitor within 30 min: repeat
  add(line(1799, "/a/"));            // still within 30 min of the last: repeat
  add(line(3599, "/a"));             // 1800 s after the last request: counted
  add(line(3600 + 1, "/a", "Mozilla/5.0 Safari", "10.0.0.2"));    // another visitor (1h)
  add(line(7000, "/b", "Googlebot/2.1"));                         // bot
  add(line(7000, "/b", "Mozilla/5.0", "10.0.0.3", 404));          // not 2xx
  add(line(7000, "/b", "Mozilla/5.0", "10.0.0.3", 200, "HEAD"));  // not GET
  add(line(7000, "/static/app.css"));                             // no item
  add(line(7100, "/b", "Mozilla/5.0", "10.0.0.4"));               // counted (1h)
  add(line(7300, "/b"));                                          // after now
  add("garbage");
  counter.finish();
  const ViewsReport& r = counter.report();
  CHECK(r.lines == 12);
  CHECK(r.bad_lines == 1);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 12);
  CHECK(r.repeats == 2);
  CHECK(r.bots == 1);
  CHECK(r.not_2xx == 1);
  CHECK(r.not_get == 1);
  CHECK(r.not_items == 1);
  CHECK(r.after_now == 1);
  CHECK(r.views == 4);
  // a: 1h = the other visitor's (t > now - 1h = 3600), 24h = all three; b: 1 and 1.
  CHECK(counter.counts() == std::vector<std::int64_t>{1, 3, 1, 1});
  const Feed out = feed_with_views(index.feed(), counter.windows(), counter.counts());
  CHECK(out.items[1].views.size() == 2);
  CHECK(views_in_window(out.items[0], 86400) == 3);
}

TEST_CASE("lines a little out of order count as in order; an item without views gets zeros") {
  const FeedIndex index(two_items());
  ViewCounter counter(index, bots(), kNoon + 7200, {3600});
  counter.add_line(line(100, "/a"), "log", 1);
  counter.add_line(line(40, "/a"), "log", 2);    // logged after a later one: the first view
  counter.add_line(line(2000, "/a"), "log", 3);  // 1900 s after 100: counted
  counter.finish();
  CHECK(counter.report().late == 0);
  CHECK(counter.report().views == 2);
  CHECK(counter.counts() == std::vector<std::int64_t>{0, 0});  // both before now - 1h
}

TEST_CASE("memory: visitor x item pairs older than 30 minutes are forgotten as time goes on") {
  const FeedIndex index(two_items());
  ViewCounter counter(index, bots(), kNoon + 86400, {3600});
  // A new visitor every 10 seconds for 12 hours: 4,320 visitors, about 180 in any 30 minutes.
  for (int i = 0; i < 4320; ++i) {
    LogRecord r;
    r.time = kNoon + i * 10;
    r.method = "GET";
    r.path = "/a";
    r.status = 200;
    r.user_agent = "Mozilla/5.0";
    r.client = "10.1." + std::to_string(i / 256) + "." + std::to_string(i % 256);
    counter.add(r);
  }
  CHECK(counter.tracked_pairs() <= 2 * 180 + 60);
  counter.finish();
  CHECK(counter.report().views == 4320);
}

TEST_CASE("the warehouse's CSV: ids or URLs, rows added up, header and bad rows") {
  const FeedIndex index(two_items());
  const std::string csv =
      "url,period,views\n"
      "/a,1h,3\n"
      "\"https://www.news.example/a/\",1h,2\n"
      "b,7d,9\n"
      "/static/app.css,1h,100\n"
      "/b,30m,1\n"
      "/b,1h,many\n"
      "/b,1h\n";
  const ViewCountsResult r = read_view_counts_csv(csv, index, {3600, 604800});
  CHECK(r.counts == std::vector<std::int64_t>{5, 0, 0, 9});
  CHECK(r.not_items == 1);
  CHECK(r.other_windows == 1);
  CHECK(r.bad_rows == 2);
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].line == 7);
  CHECK(r.diagnostics[1].line == 8);
}
