#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "fixtures.h"
#include "newsrail/click_eval.h"
#include "newsrail/click_tasks.h"
#include "newsrail/feed_index.h"
#include "newsrail/read_next.h"

using namespace newsrail;
using namespace newsrail::fixtures;

TEST_CASE("click metrics: MRR, HR@10 and nDCG@10 of the clicked items' ranks") {
  const ClickMetrics m = click_metrics({1, 2, 0, 11, 10});
  CHECK(m.tasks == 5);
  CHECK(m.mrr == doctest::Approx((1 + 0.5 + 0 + 1.0 / 11 + 0.1) / 5));
  CHECK(m.hr10 == doctest::Approx(3.0 / 5));
  CHECK(m.ndcg10 == doctest::Approx((1 + 1 / std::log2(3.0) + 1 / std::log2(11.0)) / 5));
  const ClickMetrics none = click_metrics({});
  CHECK(none.tasks == 0);
  CHECK(none.mrr == 0);
  CHECK(click_rank({"a", "b", "c"}, "c") == 3);
  CHECK(click_rank({"a", "b", "c"}, "z") == 0);
}

TEST_CASE("a click task set round-trips through JSON; bad tasks are skipped, named") {
  ClickTask t;
  t.article = "a";
  t.candidates = {"b", "c"};
  t.clicked = "c";
  t.now = kNow;
  t.history.entries.push_back({"a", kNow - 60, "Politics", {"Election"}});
  Diagnostics d;
  const std::vector<ClickTask> back = click_tasks_from_json(click_tasks_to_json({t, t}), d);
  CHECK(d.empty());
  REQUIRE(back.size() == 2);
  CHECK(back[1].candidates == t.candidates);
  CHECK(back[1].clicked == "c");
  CHECK(back[1].now == kNow);
  REQUIRE(back[1].history.entries.size() == 1);
  CHECK(back[1].history.entries[0].tags == std::vector<std::string>{"Election"});

  Diagnostics bad;
  const auto some = click_tasks_from_json(
      R"({"version":1,"tasks":[{"article":"a","candidates":["b"],"clicked":"x","now":1},
          {"article":"a","candidates":["b"],"clicked":"b","now":1}, 7]})",
      bad);
  CHECK(some.size() == 1);
  REQUIRE(bad.size() == 2);
  CHECK(bad[0].path == "/tasks/0/clicked");
  CHECK(bad[1].path == "/tasks/2");
  Diagnostics junk;
  CHECK(click_tasks_from_json("not json", junk).empty());
  CHECK(junk.size() == 1);
}

TEST_CASE("Read Next's click rank is the clicked item's place in read_next's list") {
  const FeedIndex index(feed({
      article("a", "Armenia Azerbaijan peace summit in Moscow", "Politics", {"Armenia"}, 1, 10),
      article("b", "Armenia and Azerbaijan resume peace talks", "Politics", {"Armenia"}, 2, 20),
      article("c", "Club World Cup ends with upsets", "Sports", {"Football"}, 3, 900),
      article("d", "Heatwave in southern Europe", "Environment", {"Europe"}, 4, 50),
  }));
  ClickTask t;
  t.article = "a";
  t.candidates = {"b", "c", "d"};
  t.now = kNow;
  ReadNextRequest r;
  r.article = "a";
  r.candidates = t.candidates;
  r.limit = 3;
  r.now = kNow;
  const RankedList list = read_next(index, r, {});
  REQUIRE(list.items.size() == 3);
  for (std::size_t k = 0; k < 3; ++k) {
    t.clicked = list.items[k].id;
    CHECK(read_next_click_ranks(index, {t}, RankingOptions{}) == std::vector<std::size_t>{k + 1});
  }
}

TEST_CASE("simulated readers: the same feed and seed give the same tasks, each well formed") {
  Feed f;
  for (int i = 0; i < 60; ++i)
    f.items.push_back(article("x" + std::to_string(i), "Story " + std::to_string(i),
                              i % 3 ? "Politics" : "Sports", {i % 2 ? "Election" : "Football"},
                              i % 20, 10 + i));
  f.generated_at = kNow;
  ClickTaskOptions o;
  o.tasks = 20;
  o.candidates = 10;
  const std::vector<ClickTask> a = make_click_tasks(f, o), b = make_click_tasks(f, o);
  REQUIRE_FALSE(a.empty());
  CHECK(click_tasks_to_json(a) == click_tasks_to_json(b));
  for (const ClickTask& t : a) {
    CHECK(t.candidates.size() == 10);
    CHECK(click_rank(t.candidates, t.clicked) > 0);
    REQUIRE_FALSE(t.history.entries.empty());
    CHECK(t.history.entries.back().id == t.article);
    for (const HistoryEntry& e : t.history.entries) CHECK(click_rank(t.candidates, e.id) == 0);
  }
  // The click weights (the benchmark's ceiling): one per candidate, the clicked one's above 0,
  // and the same tasks drawn as without them.
  std::vector<std::vector<double>> weights;
  CHECK(click_tasks_to_json(make_click_tasks(f, o, &weights)) == click_tasks_to_json(a));
  REQUIRE(weights.size() == a.size());
  for (std::size_t t = 0; t < a.size(); ++t) {
    REQUIRE(weights[t].size() == a[t].candidates.size());
    const std::size_t k = click_rank(a[t].candidates, a[t].clicked) - 1;
    CHECK(weights[t][k] > 0);
  }
  o.seed = 2;
  CHECK(click_tasks_to_json(make_click_tasks(f, o)) != click_tasks_to_json(a));
}
