#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "newsrail/most_read.h"
#include "newsrail/ranking_json.h"
#include "newsrail/read_next.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"
#include "newsrail/ticker.h"
#include "newsrail/validation_report.h"

using namespace newsrail;
using namespace newsrail::fixtures;

namespace {

FeedIndex demo_index() {
  FeedParseResult parsed = parse_feed(read_text(NEWSRAIL_SOURCE_DIR "/web/demo/feed.json"));
  REQUIRE(parsed.usable());
  return FeedIndex(std::move(parsed.feed));
}

std::vector<std::string> ids(const RankedList& list) {
  std::vector<std::string> out;
  for (const RankedItem& i : list.items) out.push_back(i.id);
  return out;
}

BreakingItem line(std::string id, std::string text, Seconds published, Seconds expires) {
  BreakingItem b;
  b.id = std::move(id);
  b.text = std::move(text);
  b.published = published;
  b.expires = expires;
  return b;
}

}  // namespace

TEST_CASE("run() ranks at the query's now, else the feed's generated_at, and returns it") {
  Feed f = feed({article("a", "Storm closes the harbour", "Politics", {}, 1, 100),
                 article("later", "Bridge reopens after repairs", "Politics", {}, -24, 900)});
  f.breaking.push_back(line("b", "Minister resigns", kNow - 60, kNow + 60));
  const FeedIndex index(std::move(f));
  const RankingOptions options;

  MostReadQuery most_read_query;
  CHECK(run(index, options, most_read_query).now == kNow);  // 0 = generated_at
  CHECK(ids(run(index, options, most_read_query).list) == std::vector<std::string>{"a"});
  most_read_query.request.now = kNow + kDay;
  CHECK(run(index, options, most_read_query).now == kNow + kDay);
  CHECK(ids(run(index, options, most_read_query).list) == std::vector<std::string>{"later", "a"});

  ReadNextQuery read_next_query;
  read_next_query.request.article = "a";
  CHECK(run(index, options, read_next_query).now == kNow);
  read_next_query.request.now = kNow + kHour;
  CHECK(run(index, options, read_next_query).now == kNow + kHour);

  TickerQuery ticker_query;
  CHECK(run(index, options, ticker_query).now == kNow);
  CHECK(ids(run(index, options, ticker_query).list) == std::vector<std::string>{"b"});
  ticker_query.request.now = kNow + 120;  // After the line's expiry.
  CHECK(run(index, options, ticker_query).now == kNow + 120);
  CHECK(run(index, options, ticker_query).list.items.empty());

  RecordReadQuery record_query;
  record_query.article = "a";
  CHECK(run(index, options, record_query).now == kNow);
  CHECK(run(index, options, record_query).history.entries.at(0).time == kNow);
}

TEST_CASE("the rankings take now as given: only the service resolves it") {
  // A line active at the feed's generated_at; asked directly at now 0, the ticker does not read
  // generated_at for itself (the service passes the resolved value down).
  Feed f = feed({});
  f.breaking.push_back(line("b", "Minister resigns", kNow - 60, kNow + 60));
  const FeedIndex index(std::move(f));
  CHECK(breaking_ticker(index.feed(), TickerRequest{10, 0}).items.empty());
  CHECK(ids(run(index, RankingOptions{}, TickerQuery{}).list) == std::vector<std::string>{"b"});
}

TEST_CASE("a feed without generated_at and a query without now: now stays 0") {
  Feed f = feed({article("a", "Storm closes the harbour", "Politics", {}, 1, 100)});
  f.generated_at = 0;
  const FeedIndex index(std::move(f));
  const MostReadAnswer answer = run(index, RankingOptions{}, MostReadQuery{});
  CHECK(answer.now == 0);
  CHECK(ids(answer.list) == std::vector<std::string>{"a"});
}

TEST_CASE("the request's problems travel with the answer, and as notes in its JSON") {
  const FeedIndex index(feed({article("a", "Storm closes the harbour", "Politics", {}, 1, 100)}));
  const MostReadQuery query = most_read_query_from_json(R"({"limit": 0, "window": "2x"})");
  REQUIRE(query.diagnostics.size() == 2);
  const MostReadAnswer answer = run(index, RankingOptions{}, query);
  REQUIRE(answer.diagnostics.size() == 2);
  CHECK(answer.diagnostics[0].path == "/window");
  const auto j = nlohmann::json::parse(answer_to_json(index, answer));
  REQUIRE(j["notes"].size() == 2);
  CHECK(j["notes"][0] == "request: warning: /window: must look like 1h, 24h or 7d; ignored");
  CHECK(j["notes"][1].get<std::string>().rfind("request: warning: /limit:", 0) == 0);
  CHECK(j["items"].size() == 1);  // Defaults used.

  const auto ticker = nlohmann::json::parse(
      answer_json(index, RankingOptions{}, Question::kTicker, R"({"now": "yesterday"})"));
  REQUIRE(ticker["notes"].size() == 1);
  CHECK(ticker["notes"][0] == "request: warning: /now: must be RFC 3339 or epoch seconds; ignored");
  const auto read_next = nlohmann::json::parse(
      answer_json(index, RankingOptions{}, Question::kReadNext, R"({"article": 7})"));
  REQUIRE(read_next["notes"].size() >= 1);
  CHECK(read_next["notes"].back() == "request: warning: /article: must be a string; ignored");
}

TEST_CASE("run() gives the lists the rankings give at the feed's generated_at, on the demo feed") {
  const FeedIndex index = demo_index();
  const Seconds now = index.feed().generated_at;
  REQUIRE(now != 0);
  RankingOptions options;
  options.most_read.half_life = 6 * 3600;  // Options reach the rankings.

  for (const bool trending : {false, true}) {
    MostReadQuery query;
    query.request.limit = 10;
    query.request.trending = trending;
    MostReadRequest direct = query.request;
    direct.now = now;
    const RankedList expected = most_read(index, direct, options.most_read);
    const std::string expected_json =
        articles_to_json(index, expected, "most-read", now, index.nearest_window(direct.window));
    REQUIRE(!expected.items.empty());
    CHECK(answer_to_json(index, run(index, options, query)) == expected_json);
  }

  for (std::size_t i = 0; i < index.size(); ++i) {
    ReadNextQuery query;
    query.request.article = index.article(i).id;
    record_read(query.history, index.article((i + 1) % index.size()), now - 3600);
    ReadNextRequest direct = query.request;
    direct.now = now;
    const RankedList expected = read_next(index, direct, query.history, options.read_next);
    const std::string expected_json =
        articles_to_json(index, expected, "read-next", now,
                         index.nearest_window(options.read_next.popularity_window));
    CHECK(answer_to_json(index, run(index, options, query)) == expected_json);
  }

  TickerQuery query;
  TickerRequest direct = query.request;
  direct.now = now;
  const RankedList expected = breaking_ticker(index.feed(), direct, options.ticker);
  REQUIRE(!expected.items.empty());
  CHECK(answer_to_json(index, run(index, options, query), 2) ==
        breaking_to_json(index.feed(), expected, now, options.ticker.default_lifetime, 2));
}

TEST_CASE("a read is recorded through the service at the resolved now; an unknown article is not") {
  const FeedIndex index(feed({article("a", "Storm closes the harbour"),
                              article("b", "Bridge reopens after repairs", "Sport", {"Rail"})}));
  RecordReadQuery query;
  query.article = "https://news.example/b";  // Found by URL too.
  query.now = kNow + 5;
  const RecordReadAnswer answer = run(index, RankingOptions{}, query);
  CHECK(answer.found);
  CHECK(answer.now == kNow + 5);
  REQUIRE(answer.history.entries.size() == 1);
  CHECK(answer.history.entries[0].id == "b");
  CHECK(answer.history.entries[0].section == "Sport");

  query.history = answer.history;
  query.article = "missing";
  const RecordReadAnswer unknown = run(index, RankingOptions{}, query);
  CHECK_FALSE(unknown.found);
  CHECK(answer_to_json(unknown) == history_to_json(answer.history));

  // As the wasm module is asked: the history in, the new history out.
  const std::string request = R"({"history": )" + history_to_json(answer.history) +
                              R"(, "article": "a", "now": )" + std::to_string(kNow + 10) + "}";
  Diagnostics d;
  const ReadingHistory after =
      history_from_json(answer_json(index, RankingOptions{}, Question::kRecordRead, request), d);
  CHECK(d.empty());
  REQUIRE(after.entries.size() == 2);
  CHECK(after.entries[1].id == "a");
  CHECK(after.entries[1].time == kNow + 10);
}

TEST_CASE("answer_json from a request gives what the CLI builds from its flags") {
  // `newsrail most-read FEED --window 7d --section Politics --limit 3 --exclude X --pretty` builds
  // this query and prints answer_to_json(index, run(...), 2); the widget sends the JSON.
  const FeedIndex index = demo_index();
  const RankingOptions options;
  MostReadQuery from_flags;
  from_flags.request.window = 7 * 86400;
  from_flags.request.section = "Politics";
  from_flags.request.limit = 3;
  from_flags.request.exclude = {index.article(0).id};
  const std::string request =
      R"({"window": "7d", "section": "Politics", "limit": 3, "exclude": [")" + index.article(0).id +
      R"("]})";
  CHECK(answer_json(index, options, Question::kMostRead, request, 2) ==
        answer_to_json(index, run(index, options, from_flags), 2));

  ReadNextQuery read_next;
  read_next.request.article = index.article(1).id;
  read_next.request.language = "en";
  CHECK(answer_json(index, options, Question::kReadNext,
                    R"({"article": ")" + index.article(1).id + R"(", "language": "en"})") ==
        answer_to_json(index, run(index, options, read_next)));
}

TEST_CASE("validate() is the feed parser's result, written as the validation report") {
  const ValidateAnswer answer = validate(R"({"version": "https://jsonfeed.org/version/1.1"})");
  CHECK(answer.parsed.usable() ==
        parse_feed(R"({"version": "https://jsonfeed.org/version/1.1"})").usable());
  CHECK(answer_to_json(answer) == validation_report_json(answer.parsed));
  CHECK_FALSE(validate("not json").parsed.usable());
}

// A page whose URL is not the feed's (a syndicated copy, an AMP page, a CMS preview) but whose
// title is an item's headline is that item, for every question alike (FeedIndex::find_current):
// Read Next leaves it out, Most Read leaves it out, and reading it is recorded.
TEST_CASE(
    "a page found by its title is the current article for Most Read and the read record too") {
  const FeedIndex index = demo_index();
  const Article& page = index.article(3);
  const std::string title = page.title + " | Al Mayadeen English";
  const std::string url = "https://mirror.example/amp/story-3";  // Not in the feed.
  REQUIRE_FALSE(index.find(url).has_value());

  MostReadQuery most;
  most.request.window = 7 * 86400;
  most.request.limit = 50;
  most.request.exclude = {url};
  const std::vector<std::string> without_title = ids(run(index, RankingOptions{}, most).list);
  REQUIRE(std::find(without_title.begin(), without_title.end(), page.id) != without_title.end());
  most.request.context_text = title;
  const std::vector<std::string> with_title = ids(run(index, RankingOptions{}, most).list);
  CHECK(std::find(with_title.begin(), with_title.end(), page.id) == with_title.end());
  CHECK(with_title.size() + 1 == without_title.size());

  // When the excluded URL is in the feed, the title does not exclude a second article.
  most.request.exclude = {index.article(0).id};
  most.request.context_text = title;
  const std::vector<std::string> by_id = ids(run(index, RankingOptions{}, most).list);
  CHECK(std::find(by_id.begin(), by_id.end(), page.id) != by_id.end());

  RecordReadQuery read;
  read.article = url;
  read.context = title;
  const RecordReadAnswer recorded = run(index, RankingOptions{}, read);
  CHECK(recorded.found);
  REQUIRE(recorded.history.entries.size() == 1);
  CHECK(recorded.history.entries[0].id == page.id);

  // The same through JSON, as the widget asks.
  const std::string request =
      R"({"article": ")" + url + R"(", "context": ")" + title + R"(", "now": 1750960800})";
  Diagnostics d;
  const ReadingHistory after =
      history_from_json(answer_json(index, RankingOptions{}, Question::kRecordRead, request), d);
  REQUIRE(after.entries.size() == 1);
  CHECK(after.entries[0].id == page.id);
  const std::string most_request = R"({"window": "7d", "limit": 50, "exclude": [")" + url +
                                   R"("], "context": ")" + title + R"("})";
  const std::string answer =
      answer_json(index, RankingOptions{}, Question::kMostRead, most_request);
  CHECK(answer.find("\"id\":\"" + page.id + "\"") == std::string::npos);
}
