#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "newsrail/ranking_json.h"

using namespace newsrail;
using namespace newsrail::fixtures;

TEST_CASE("a ranked article list carries what the widget shows and why it ranks there") {
  Article a = article("a", "Title A", "Politics", {}, 2, 340);
  a.image = {"/img/a.jpg", "Alt text", "(AP)"};
  a.reading_minutes = 3;
  const FeedIndex index(feed({a}));
  RankedList list;
  RankedItem item;
  item.index = 0;
  item.id = "a";
  item.score = 0.1234567891;
  item.placement = Placement::kFillSection;
  item.breakdown = {{"text", 0.1}, {"freshness", 0.0234567891}};
  list.items.push_back(item);
  list.notes.push_back("a note");
  const auto j = nlohmann::json::parse(articles_to_json(index, list, "read-next", kNow, kDay));
  CHECK(j["module"] == "read-next");
  CHECK(j["now"] == "2025-06-26T18:00:00Z");
  REQUIRE(j["items"].size() == 1);
  const auto& x = j["items"][0];
  CHECK(x["rank"] == 1);
  CHECK(x["title"] == "Title A");
  CHECK(x["placement"] == "fill-section");
  CHECK(x["score"] == 0.123457);  // rounded to 6 decimals
  CHECK(x["breakdown"]["freshness"] == 0.023457);
  CHECK(x["views"] == 340);
  CHECK(x["reading_minutes"] == 3);
  CHECK(x["image"]["credit"] == "(AP)");
  CHECK(x["published"] == "2025-06-26T16:00:00Z");
  CHECK(j["notes"][0] == "a note");
}

TEST_CASE("a ticker list carries text, link, times and priority") {
  Feed f = feed({});
  f.breaking.push_back({"b1", "Line", "/b1", kNow - kHour, kNow + kHour, 2});
  RankedList list;
  RankedItem item;
  item.index = 0;
  item.id = "b1";
  item.score = 2;
  item.breakdown = {{"priority", 2}};
  list.items.push_back(item);
  f.breaking.push_back({"b2", "No expiry", "", kNow - kHour, 0, 0});
  RankedItem second = item;
  second.index = 1;
  second.id = "b2";
  list.items.push_back(second);
  const auto j = nlohmann::json::parse(breaking_to_json(f, list, kNow, 6 * kHour));
  CHECK(j["module"] == "ticker");
  CHECK(j["items"][0]["text"] == "Line");
  CHECK(j["items"][0]["expires"] == "2025-06-26T19:00:00Z");
  CHECK(j["items"][0]["priority"] == 2);
  CHECK(j["items"][1]["expires"] == "2025-06-26T23:00:00Z");  // published + the default lifetime
}
