// The console's feed health (wasm/console/feed_health.cpp): core-only code, tested natively.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "feed_health.h"
#include "fixtures.h"
#include "newsrail/feed_parser.h"
#include "newsrail/same_story.h"
#include "newsrail/synthetic_feed.h"

using namespace newsrail;
using namespace newsrail::fixtures;

namespace {

// The pairs of articles the groups put together (i < j), as a set.
std::set<std::pair<std::size_t, std::size_t>> grouped_pairs(const nrc::FeedHealth& health) {
  std::set<std::pair<std::size_t, std::size_t>> out;
  for (const nrc::DuplicateGroup& g : health.duplicates)
    for (std::size_t a = 0; a < g.items.size(); ++a)
      for (std::size_t b = a + 1; b < g.items.size(); ++b) out.insert({g.items[a], g.items[b]});
  return out;
}

// Every pair same_story() joins, closed over groups (union of pairs within each component).
std::set<std::pair<std::size_t, std::size_t>> brute_force_pairs(const FeedIndex& index,
                                                                const RankingOptions& options) {
  const std::size_t n = index.size();
  std::vector<std::size_t> group(n);
  for (std::size_t i = 0; i < n; ++i) group[i] = i;
  const auto find = [&](std::size_t x) {
    while (group[x] != x) x = group[x];
    return x;
  };
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (same_story(index, i, j, same_story_thresholds(options))) group[find(i)] = find(j);
  std::set<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (find(i) == find(j)) out.insert({i, j});
  return out;
}

FeedIndex synthetic(std::size_t articles) {
  SyntheticOptions synth;
  synth.articles = articles;
  FeedParseResult parsed = parse_feed(make_synthetic_feed(synth));
  REQUIRE(parsed.usable());
  return FeedIndex(std::move(parsed.feed));
}

}  // namespace

TEST_CASE("the console's duplicate groups are exactly what same_story() joins, from the options") {
  const FeedIndex index = synthetic(300);
  RankingOptions options;
  nrc::FeedHealth health;
  nrc::ScanFeed(index, options, health);
  const auto by_default = grouped_pairs(health);
  CHECK(by_default == brute_force_pairs(index, options));

  // Only an option changes: the groups follow it, text cosine included.
  options.most_read.duplicate_title_similarity = 0.4;
  options.read_next.duplicate_similarity = 0.5;
  nrc::UpdateDuplicates(index, options, health);
  const auto looser = grouped_pairs(health);
  CHECK(looser.size() > by_default.size());
  CHECK(looser == brute_force_pairs(index, options));
  bool by_text = false;
  for (const nrc::DuplicateGroup& g : health.duplicates)
    by_text = by_text || g.weakest.reason == SameStoryReason::kTextCosine;
  CHECK(by_text);
}

TEST_CASE("the console groups articles sharing a URL, as Most Read folds them") {
  Feed f =
      feed({article("a", "Senate passes the budget bill"),
            article("b", "Storm floods coastal towns"), article("c", "Comet visible tonight")});
  f.items[2].url = f.items[0].url;
  const FeedIndex index(std::move(f));
  nrc::FeedHealth health;
  nrc::ScanFeed(index, RankingOptions{}, health);
  REQUIRE(health.duplicates.size() == 1);
  CHECK(health.duplicates[0].items == std::vector<std::size_t>{0, 2});
  CHECK(health.duplicates[0].weakest.reason == SameStoryReason::kSameUrl);
}

TEST_CASE("future items are those the lists leave out: ahead of now by more than the tolerance") {
  Feed f = feed({article("now", "Senate passes the budget bill"),
                 article("soon", "Storm floods coastal towns"),
                 article("later", "Comet visible tonight")});
  f.items[1].published = kNow + 120;  // Within the 5 minutes: listed, so not "future".
  f.items[2].published = kNow + 3600;
  RankingOptions options;
  nrc::FeedHealth health;
  nrc::ScanTimes(f, kNow, options, health);
  CHECK(health.future_items == std::vector<std::size_t>{2});

  options.ticker.future_tolerance = 0;
  nrc::ScanTimes(f, kNow, options, health);
  CHECK(health.future_items == std::vector<std::size_t>{1, 2});
}
