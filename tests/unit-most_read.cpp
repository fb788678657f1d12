#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "newsrail/feed_parser.h"
#include "newsrail/most_read.h"
#include "newsrail/same_story.h"
#include "newsrail/synthetic_feed.h"

using namespace newsrail;

namespace {

constexpr Seconds kNow = 1750960800;  // 2025-06-26T18:00:00Z
constexpr Seconds kHour = 3600;
constexpr Seconds kDay = 86400;

// An article with `views24` views in 24h (none when negative) and optionally a 1h count.
Article art(std::string id, std::string title, Seconds published, std::int64_t views24,
            std::string section = "", std::int64_t views1h = -1) {
  Article a;
  a.id = std::move(id);
  a.url = "https://news.example/" + a.id;
  a.title = std::move(title);
  a.section = std::move(section);
  a.language = "en";
  a.published = published;
  a.modified = published;
  if (views1h >= 0) a.views.push_back({kHour, views1h});
  if (views24 >= 0) a.views.push_back({kDay, views24});
  return a;
}

FeedIndex index_of(std::vector<Article> items) {
  Feed f;
  f.language = "en";
  f.generated_at = kNow;
  f.items = std::move(items);
  return FeedIndex(std::move(f));
}

MostReadRequest request(std::size_t limit = 5) {
  MostReadRequest r;
  r.limit = limit;
  r.now = kNow;
  return r;
}

std::vector<std::string> ids(const RankedList& list) {
  std::vector<std::string> out;
  for (const RankedItem& i : list.items) out.push_back(i.id);
  return out;
}

double sum(const std::vector<ScoreTerm>& terms) {
  double s = 0;
  for (const ScoreTerm& t : terms) s += t.value;
  return s;
}

// Distinct headlines (no two share a content word).
const char* kTitles[] = {"Senate passes budget bill",     "Storm floods coastal towns",
                         "Striker signs record contract", "Central bank holds rates",
                         "Museum returns looted bronzes", "Wildfire forces evacuations",
                         "Teachers vote on walkout",      "Comet visible tonight"};

}  // namespace

TEST_CASE("most read orders by views in the window, with index and breakdown") {
  const FeedIndex index =
      index_of({art("a", kTitles[0], kNow - kHour, 100), art("b", kTitles[1], kNow - kHour, 340),
                art("c", kTitles[2], kNow - kHour, 7), art("d", kTitles[3], kNow - kHour, -1)});
  const RankedList r = most_read(index, request());
  CHECK(ids(r) == std::vector<std::string>{"b", "a", "c", "d"});
  CHECK(r.notes.empty());
  REQUIRE(r.items.size() == 4);
  CHECK(r.items[0].index == 1);
  CHECK(r.items[0].score == 340);
  CHECK(r.items[0].placement == Placement::kScored);
  REQUIRE(r.items[0].breakdown.size() == 1);
  CHECK(r.items[0].breakdown[0].name == "views");
  CHECK(r.items[0].breakdown[0].value == 340);
  CHECK(r.items[3].score == 0);  // No count in the window counts as 0 views.
}

TEST_CASE("a window the feed lacks falls back to the nearest one, with a note") {
  const FeedIndex index = index_of({art("a", kTitles[0], kNow - kHour, 100, "", 50),
                                    art("b", kTitles[1], kNow - kHour, 340, "", 5)});
  MostReadRequest r = request();
  r.window = 6 * kHour;  // 24h is nearer to 6h than 1h is, by ratio.
  const RankedList list = most_read(index, r);
  CHECK(ids(list) == std::vector<std::string>{"b", "a"});
  CHECK(list.notes == std::vector<std::string>{"the feed has no 6h views; using 24h"});

  r.window = kHour;
  const RankedList hourly = most_read(index, r);
  CHECK(ids(hourly) == std::vector<std::string>{"a", "b"});
  CHECK(hourly.notes.empty());
}

TEST_CASE("a feed without view counts lists newest first, with a note") {
  const FeedIndex index = index_of({art("old", kTitles[0], kNow - 3 * kHour, -1),
                                    art("new", kTitles[1], kNow - kHour, -1),
                                    art("mid", kTitles[2], kNow - 2 * kHour, -1)});
  const RankedList r = most_read(index, request());
  CHECK(ids(r) == std::vector<std::string>{"new", "mid", "old"});
  CHECK(r.notes == std::vector<std::string>{"the feed has no view counts; newest first"});
  for (const RankedItem& i : r.items) CHECK(i.score == 0);
}

TEST_CASE("the section filter compares labels normalised; an unknown one gives a note") {
  const FeedIndex index = index_of({art("a", kTitles[0], kNow - kHour, 100, "Politics"),
                                    art("b", kTitles[1], kNow - kHour, 340, "Weather"),
                                    art("c", kTitles[2], kNow - kHour, 50, "Politics")});
  MostReadRequest r = request();
  r.section = "POLITICS";
  CHECK(ids(most_read(index, r)) == std::vector<std::string>{"a", "c"});

  r.section = "Sport";
  const RankedList none = most_read(index, r);
  CHECK(none.items.empty());
  CHECK(none.notes == std::vector<std::string>{"no article is in section \"Sport\""});
}

TEST_CASE("the article being read is excluded") {
  const FeedIndex index =
      index_of({art("a", kTitles[0], kNow - kHour, 100), art("b", kTitles[1], kNow - kHour, 340),
                art("c", kTitles[2], kNow - kHour, 50)});
  MostReadRequest r = request();
  r.exclude = {"b", "not-in-feed"};
  CHECK(ids(most_read(index, r)) == std::vector<std::string>{"a", "c"});
  r.exclude = {"https://news.example/a"};  // By URL, as FeedIndex::find resolves it.
  CHECK(ids(most_read(index, r)) == std::vector<std::string>{"b", "c"});
}

TEST_CASE("the article being read is excluded when its URL came from a shared link") {
  const FeedIndex index =
      index_of({art("a", kTitles[0], kNow - kHour, 100), art("b", kTitles[1], kNow - kHour, 340),
                art("c", kTitles[2], kNow - kHour, 50)});
  MostReadRequest r = request();
  r.exclude = {"https://news.example/b?utm_source=facebook&utm_medium=social#comments"};
  CHECK(ids(most_read(index, r)) == std::vector<std::string>{"a", "c"});
}

TEST_CASE("items with recommend:false (sponsored) are left out of Most Read by default") {
  Article sponsored = art("shop-local", "Sponsored: Shop local this weekend", kNow - kHour, 3000);
  sponsored.recommend = false;
  const FeedIndex index = index_of({art("a", kTitles[0], kNow - kHour, 5000), sponsored,
                                    art("b", kTitles[1], kNow - kHour, 340)});
  CHECK(ids(most_read(index, request())) == std::vector<std::string>{"a", "b"});
  MostReadOptions options;
  options.include_unrecommended = true;
  CHECK(ids(most_read(index, request(), options)) ==
        std::vector<std::string>{"a", "shop-local", "b"});
}

TEST_CASE("decay ranks a fresh article above an old leader; the breakdown sums to the score") {
  const FeedIndex index = index_of(
      {art("old", kTitles[0], kNow - 5 * kDay, 1000), art("fresh", kTitles[1], kNow - kHour, 400)});
  CHECK(ids(most_read(index, request())) == std::vector<std::string>{"old", "fresh"});

  MostReadOptions o;
  o.half_life = kDay;
  const RankedList r = most_read(index, request(), o);
  CHECK(ids(r) == std::vector<std::string>{"fresh", "old"});
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[1].score == doctest::Approx(1000.0 / 32));
  REQUIRE(r.items[1].breakdown.size() == 2);
  CHECK(r.items[1].breakdown[0].name == "views");
  CHECK(r.items[1].breakdown[0].value == 1000);
  CHECK(r.items[1].breakdown[1].name == "decay");
  CHECK(r.items[1].breakdown[1].value == doctest::Approx(1000.0 / 32 - 1000));
  for (const RankedItem& i : r.items) CHECK(sum(i.breakdown) == doctest::Approx(i.score));
}

TEST_CASE("trending ranks a fast riser above the all-day leader") {
  const FeedIndex index = index_of({art("leader", kTitles[0], kNow - 10 * kHour, 5000, "", 100),
                                    art("riser", kTitles[1], kNow - 2 * kHour, 300, "", 200),
                                    art("quiet", kTitles[2], kNow - 2 * kHour, 0, "", 0)});
  CHECK(ids(most_read(index, request())) == std::vector<std::string>{"leader", "riser", "quiet"});

  MostReadRequest r = request();
  r.trending = true;
  const RankedList t = most_read(index, r);
  CHECK(ids(t) == std::vector<std::string>{"riser", "quiet", "leader"});
  CHECK(t.notes.empty());
  REQUIRE(t.items.size() == 3);
  // (200 + 5) / (300 * 1/24 + 5); a quiet article's lift is exactly 1.
  CHECK(t.items[0].score == doctest::Approx(205.0 / 17.5));
  CHECK(t.items[1].score == 1);
  CHECK(t.items[0].breakdown[0].name == "views");
  CHECK(t.items[0].breakdown[0].value == 200);
  CHECK(t.items[0].breakdown[1].name == "trend");
  for (const RankedItem& i : t.items) CHECK(sum(i.breakdown) == doctest::Approx(i.score));
}

TEST_CASE("trending with one view window falls back to views, with a note") {
  const FeedIndex index =
      index_of({art("a", kTitles[0], kNow - kHour, 100), art("b", kTitles[1], kNow - kHour, 340)});
  MostReadRequest r = request();
  r.trending = true;
  const RankedList t = most_read(index, r);
  CHECK(ids(t) == std::vector<std::string>{"b", "a"});
  CHECK(t.notes == std::vector<std::string>{"trending needs two view windows near 1h and 24h; "
                                            "ranking by views"});
}

TEST_CASE("equal scores go to the newer article, then the smaller id") {
  const FeedIndex index = index_of(
      {art("b", kTitles[0], kNow - 2 * kHour, 100), art("c", kTitles[1], kNow - kHour, 100),
       art("a", kTitles[2], kNow - 2 * kHour, 100), art("B", kTitles[3], kNow - 2 * kHour, 100)});
  CHECK(ids(most_read(index, request())) == std::vector<std::string>{"c", "B", "a", "b"});
}

TEST_CASE("max_age leaves out older and undated articles; articles from the future wait") {
  const FeedIndex index = index_of(
      {art("edge", kTitles[0], kNow - 2 * kDay, 10),
       art("older", kTitles[1], kNow - 2 * kDay - 1, 900), art("undated", kTitles[2], 0, 800),
       art("soon", kTitles[3], kNow + 300, 5), art("future", kTitles[4], kNow + 301, 1000)});
  CHECK(ids(most_read(index, request())) ==
        std::vector<std::string>{"older", "undated", "edge", "soon"});
  MostReadOptions o;
  o.max_age = 2 * kDay;
  CHECK(ids(most_read(index, request(), o)) == std::vector<std::string>{"edge", "soon"});
}

TEST_CASE("a repost with a near-identical headline folds into the leader") {
  const FeedIndex index = index_of(
      {art("orig", "Senate passes the budget bill", kNow - 5 * kHour, 900),
       art("repost", "UPDATED: Senate passes budget bill", kNow - kHour, 400),
       art("other", kTitles[1], kNow - kHour, 500), art("same-url", kTitles[2], kNow - kHour, 100),
       art("last", kTitles[3], kNow - kHour, 50)});
  // Point "same-url" at the leader's page: one story, two ids.
  Feed f = index.feed();
  f.items[3].url = f.items[0].url;
  const FeedIndex same(std::move(f));
  const RankedList r = most_read(same, request(3));
  CHECK(ids(r) == std::vector<std::string>{"orig", "other", "last"});
  REQUIRE(r.items.size() == 3);
  CHECK(r.items[0].collapsed == std::vector<std::string>{"repost", "same-url"});
  CHECK(r.items[1].collapsed.empty());

  MostReadOptions never;
  never.duplicate_title_similarity = 1.0;  // Only identical title terms (and URLs) fold.
  CHECK(ids(most_read(same, request(3), never)) ==
        std::vector<std::string>{"orig", "other", "repost"});
}

TEST_CASE("duplicates beyond the first selection batch still leave limit distinct items") {
  std::vector<Article> items;
  for (int i = 0; i < 60; ++i)  // 60 copies of one story outrank everything else.
    items.push_back(
        art("dup" + std::to_string(100 + i), "Storm floods coastal towns", kNow - kHour, 1000 - i));
  for (int i = 0; i < 3; ++i)
    items.push_back(art("x" + std::to_string(i), kTitles[4 + i], kNow - kHour, 10 - i));
  const RankedList r = most_read(index_of(std::move(items)), request(3));
  CHECK(ids(r) == std::vector<std::string>{"dup100", "x0", "x1"});
  REQUIRE(!r.items.empty());
  CHECK(r.items[0].collapsed.size() == 59);
}

TEST_CASE("partial selection returns exactly what a full sort would") {
  // 3000 articles with repeating views, dates and headlines from a small vocabulary.
  const char* words[] = {"storm",    "senate", "budget",  "striker", "museum", "wildfire",
                         "teachers", "comet",  "harbour", "bridge",  "rates",  "election"};
  std::vector<Article> items;
  std::uint32_t seed = 12345;
  auto next = [&seed]() { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int i = 0; i < 3000; ++i) {
    std::string title;
    for (int w = 0; w < 3; ++w) title += std::string(words[next() % 12]) + " ";
    items.push_back(art("id" + std::to_string(next() % 100000) + "-" + std::to_string(i), title,
                        kNow - static_cast<Seconds>(next() % 50) * kHour,
                        static_cast<std::int64_t>(next() % 40), i % 3 ? "News" : "Sport"));
  }
  const FeedIndex index = index_of(items);

  for (Seconds half_life : {Seconds{0}, kDay})  // Without decay, many scores tie.
    for (std::size_t limit : {std::size_t{1}, std::size_t{5}, std::size_t{20}}) {
      MostReadOptions o;
      o.half_life = half_life;
      const RankedList r = most_read(index, request(limit), o);
      REQUIRE(r.items.size() == limit);
      // The reference: every candidate scored the same way, fully sorted, folded in order.
      std::vector<std::size_t> order(index.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::vector<double> score(index.size());
      for (std::size_t i = 0; i < order.size(); ++i) {
        const Article& a = index.article(i);
        score[i] = static_cast<double>(std::max<std::int64_t>(0, views_in_window(a, kDay)));
        if (half_life > 0) score[i] *= std::exp2(-static_cast<double>(kNow - a.published) / kDay);
      }
      std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        if (score[x] != score[y]) return score[x] > score[y];
        if (index.article(x).published != index.article(y).published)
          return index.article(x).published > index.article(y).published;
        return index.article(x).id < index.article(y).id;
      });
      std::vector<std::size_t> kept;
      for (std::size_t i : order) {
        if (kept.size() == limit) break;
        bool dup = false;
        for (std::size_t k : kept) {
          const double j = jaccard(index.indexed(k).title_terms, index.indexed(i).title_terms);
          dup = dup || (j > 0 && j >= o.duplicate_title_similarity);
        }
        if (!dup) kept.push_back(i);
      }
      for (std::size_t k = 0; k < limit; ++k) CHECK(r.items[k].index == kept[k]);
    }
}

TEST_CASE("an empty feed gives an empty list; a one-article feed gives that article") {
  CHECK(most_read(index_of({}), request()).items.empty());
  const FeedIndex one = index_of({art("only", kTitles[0], kNow - kHour, 3)});
  CHECK(ids(most_read(one, request())) == std::vector<std::string>{"only"});
  CHECK(most_read(one, request(0)).items.empty());
  MostReadRequest r = request();
  r.exclude = {"only"};
  CHECK(most_read(one, r).items.empty());
}

TEST_CASE("Most Read takes now as given: 0 is not known, and ages are ignored") {
  // The service resolves 0 to the feed's generated_at (unit-service.cpp); most_read() does not.
  const FeedIndex index = index_of(
      {art("a", kTitles[0], kNow - kHour, 100), art("later", kTitles[1], kNow + kDay, 900)});
  MostReadRequest r = request();
  r.now = 0;
  const RankedList unknown = most_read(index, r);
  CHECK(ids(unknown) == std::vector<std::string>{"later", "a"});
  REQUIRE(unknown.notes.size() == 1);
  CHECK(unknown.notes[0].find("article ages are ignored") != std::string::npos);
  r.now = kNow;
  CHECK(ids(most_read(index, r)) == std::vector<std::string>{"a"});
  r.now = kNow + kDay;
  CHECK(ids(most_read(index, r)) == std::vector<std::string>{"later", "a"});
}

TEST_CASE("Most Read keeps to the page's language, unless the feed has none in it") {
  using namespace newsrail;
  Feed f;
  f.language = "en";
  f.generated_at = 1750960800;
  for (const auto& [id, lang, views] : std::vector<std::tuple<std::string, std::string, int>>{
           {"a", "", 100}, {"b", "es", 500}, {"c", "en", 50}}) {
    Article a;
    a.id = id;
    a.title = id == "a" ? "Markets rally" : id == "b" ? "Elecciones en Chile" : "Storm hits coast";
    a.language = lang;
    a.published = f.generated_at - 3600;
    a.views = {{86400, views}};
    f.items.push_back(a);
  }
  const FeedIndex index(std::move(f));
  MostReadRequest r;
  r.language = "en";
  const RankedList en = most_read(index, r);
  REQUIRE(en.items.size() == 2);  // "a" has no language of its own: the feed's, English
  CHECK(en.items[0].id == "a");
  CHECK(en.items[1].id == "c");
  r.language = "ES";
  REQUIRE(most_read(index, r).items.size() == 1);
  r.language = "ar";
  const RankedList any = most_read(index, r);
  CHECK(any.items.size() == 3);
  CHECK_FALSE(any.notes.empty());
}

// The same-story rule and the future tolerance are the core's (same_story.h), from the options.

TEST_CASE("most read's future tolerance is ticker.future_tolerance") {
  const FeedIndex index =
      index_of({art("now", kTitles[0], kNow - kHour, 10), art("soon", kTitles[3], kNow + 300, 5),
                art("future", kTitles[4], kNow + 301, 1000)});
  RankingOptions o;
  CHECK(ids(most_read(index, request(), o)) == std::vector<std::string>{"now", "soon"});
  o.ticker.future_tolerance = 0;
  CHECK(ids(most_read(index, request(), o)) == std::vector<std::string>{"now"});
  o.ticker.future_tolerance = 3600;
  CHECK(ids(most_read(index, request(), o)) == std::vector<std::string>{"future", "now", "soon"});
}

TEST_CASE("most read folds exactly the reposts same_story() joins by URL and headline") {
  SyntheticOptions synth;
  synth.articles = 600;
  FeedParseResult parsed = parse_feed(make_synthetic_feed(synth));
  REQUIRE(parsed.usable());
  const FeedIndex index(std::move(parsed.feed));
  for (const double threshold : {0.75, 0.5, 0.3}) {
    RankingOptions o;
    o.most_read.duplicate_title_similarity = threshold;
    SameStoryThresholds same = same_story_thresholds(o);
    same.text.reset();  // Most Read does not compare texts.
    const RankedList r = most_read(index, request(30), o);
    REQUIRE(r.items.size() == 30);
    std::size_t folded = 0;
    for (std::size_t a = 0; a < r.items.size(); ++a) {
      for (std::size_t b = a + 1; b < r.items.size(); ++b)
        CHECK_FALSE(same_story(index, r.items[a].index, r.items[b].index, same));
      for (const std::string& id : r.items[a].collapsed) {
        ++folded;
        CHECK(same_story(index, r.items[a].index, *index.find(id), same));
      }
    }
    if (threshold < 0.75) CHECK(folded > 0);
  }
}

TEST_CASE("most read does not fold articles alike only by text") {
  const std::string body =
      "The harbour authority closed the northern terminal after cranes failed during the night. "
      "Dock workers said the repairs would take three weeks, and shipping lines diverted vessels.";
  std::vector<Article> items = {art("a", "Cranes fail at the northern terminal", kNow - kHour, 50),
                                art("b", "Exporters count the cost of a closed quay", kNow, 40)};
  items[0].text = items[1].text = body;
  const FeedIndex index = index_of(std::move(items));
  RankingOptions o;
  o.read_next.duplicate_similarity = 0.1;
  REQUIRE(same_story(index, 0, 1, same_story_thresholds(o)).reason == SameStoryReason::kTextCosine);
  CHECK(ids(most_read(index, request(), o)) == std::vector<std::string>{"a", "b"});
}
