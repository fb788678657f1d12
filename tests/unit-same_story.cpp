#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixtures.h"
#include "newsrail/feed_index.h"
#include "newsrail/same_story.h"
#include "newsrail/service.h"

using namespace newsrail;
using namespace newsrail::fixtures;

namespace {

// A long body, so that two articles sharing it are alike by text whatever their headlines.
const std::string kBody =
    "The harbour authority closed the northern terminal after cranes failed during the night. "
    "Dock workers said the repairs would take three weeks, and shipping lines diverted container "
    "vessels to the southern port. Exporters of fruit and timber warned of spoiled cargo and "
    "lost contracts while insurers assessed the damage to the quay.";

// Articles a and b (positions 0 and 1) among unrelated ones, so that what they share is rare.
FeedIndex pair_of(Article a, Article b) {
  return FeedIndex(feed({std::move(a), std::move(b), article("u1", "Striker signs record contract"),
                         article("u2", "Museum returns looted bronzes"),
                         article("u3", "Teachers vote on walkout"),
                         article("u4", "Wildfire forces evacuations")}));
}

}  // namespace

TEST_CASE(
    "same story by headline overlap: the verdict follows most_read.duplicate_title_similarity") {
  const FeedIndex index = pair_of(
      article("orig", "Senate passes the budget bill", "Politics", {}, 5, 0, "Senators voted."),
      article("repost", "UPDATED: Senate passes budget bill", "Politics", {}, 1, 0,
              "A storm hit the coast and fishermen stayed home for the week."));
  RankingOptions options;
  const SameStory s = same_story(index, 0, 1, same_story_thresholds(options));
  CHECK(s.reason == SameStoryReason::kHeadlineOverlap);
  CHECK(std::string(same_story_reason_name(s.reason)) == "headline_overlap");
  CHECK(s.headline == doctest::Approx(0.8));  // senat pass budget bill / the same + updat
  CHECK(s.text < options.read_next.duplicate_similarity);

  options.most_read.duplicate_title_similarity = 0.85;
  CHECK_FALSE(same_story(index, 0, 1, same_story_thresholds(options)));
  options.most_read.duplicate_title_similarity = 0.8;
  CHECK(same_story(index, 0, 1, same_story_thresholds(options)));
}

TEST_CASE("same story by text cosine: the verdict follows read_next.duplicate_similarity") {
  const FeedIndex index = pair_of(
      article("a", "Cranes fail at the northern terminal", "Economy", {}, 5, 0, kBody),
      article("b", "Exporters count the cost of a closed quay", "Economy", {}, 1, 0, kBody));
  RankingOptions options;
  options.read_next.duplicate_similarity = 0.5;
  const SameStory s = same_story(index, 0, 1, same_story_thresholds(options));
  CHECK(s.reason == SameStoryReason::kTextCosine);
  CHECK(std::string(same_story_reason_name(s.reason)) == "text_cosine");
  CHECK(s.headline == 0);
  CHECK(s.text >= 0.5);
  options.read_next.duplicate_similarity = s.text + 0.01;
  CHECK_FALSE(same_story(index, 0, 1, same_story_thresholds(options)));
  CHECK(same_story(index, 0, 1, same_story_thresholds(options)).text == doctest::Approx(s.text));
}

TEST_CASE(
    "same story by URL and by identical headlines without terms; unrelated articles are not") {
  Article a = article("a", "Senate passes the budget bill");
  Article b = article("b", "Storm floods coastal towns");
  b.url = a.url;
  FeedIndex index = pair_of(a, b);
  CHECK(same_story(index, 0, 1, same_story_thresholds({})).reason == SameStoryReason::kSameUrl);

  b.url = "https://news.example/other";
  index = pair_of(a, b);
  CHECK_FALSE(same_story(index, 0, 1, same_story_thresholds({})));

  // Only stop words: no terms, the same normalised headline.
  index = pair_of(article("x", "It is what it is"), article("y", "it IS... what it is!"));
  CHECK(same_story(index, 0, 1, same_story_thresholds({})).reason ==
        SameStoryReason::kSameHeadline);

  // A threshold of 0 does not make unrelated articles one story: a term must be shared.
  SameStoryThresholds zero{0, 0};
  index = pair_of(a, article("c", "Storm floods coastal towns"));
  CHECK_FALSE(same_story(index, 0, 1, zero));
}

TEST_CASE("breaking lines: the same story by text or terms, the threshold from ticker options") {
  const LineTerms first = line_terms("Earthquake strikes northern Japan", "en");
  const LineTerms update = line_terms("BREAKING: earthquake strikes northern Japan", "en");
  const LineTerms other = line_terms("Rail strike called for Friday", "en");
  RankingOptions options;
  const SameStory s = same_story(first, update, options.ticker.duplicate_text_similarity);
  CHECK(s.reason == SameStoryReason::kHeadlineOverlap);
  CHECK(s.headline == doctest::Approx(0.8));
  CHECK_FALSE(same_story(first, other, options.ticker.duplicate_text_similarity));
  options.ticker.duplicate_text_similarity = 0.9;
  CHECK_FALSE(same_story(first, update, options.ticker.duplicate_text_similarity));

  const LineTerms shout = line_terms("breaking - Earthquake strikes northern Japan!", "en");
  CHECK(same_story(update, shout, 1.0).reason == SameStoryReason::kSameHeadline);
}

TEST_CASE("the future tolerance is ticker.future_tolerance, for items and lines alike") {
  RankingOptions options;
  CHECK(future_tolerance(options) == 300);
  CHECK_FALSE(is_future(kNow + 300, kNow, future_tolerance(options)));
  CHECK(is_future(kNow + 301, kNow, future_tolerance(options)));
  CHECK_FALSE(is_future(0, kNow, 0));  // Undated: never from the future.
  options.ticker.future_tolerance = 0;
  CHECK(is_future(kNow + 1, kNow, future_tolerance(options)));
}

TEST_CASE("the service passes the whole options: the shared rules reach Most Read and Read Next") {
  Feed f = feed(
      {article("summit", "Russia offers to host Armenia Azerbaijan summit in Moscow", "Politics",
               {"Armenia", "Azerbaijan"}, 5, 300),
       article("talks", "Armenia and Azerbaijan foreign ministers resume peace talks", "Politics",
               {"Armenia", "Azerbaijan"}, 1, 200),
       article("border", "Armenia Azerbaijan border commissions meet on peace treaty", "Politics",
               {"Armenia", "Azerbaijan"}, 2, 150),
       article("heat", "Southern Europe swelters in early heatwave", "Environment", {}, 3, 100)});
  f.items[3].published = kNow + 120;  // Two minutes ahead.
  const FeedIndex index(std::move(f));
  RankingOptions options;
  MostReadQuery most;
  most.request.now = kNow;
  CHECK(run(index, options, most).list.items.size() == 4);
  options.ticker.future_tolerance = 60;  // Only the shared option changes.
  CHECK(run(index, options, most).list.items.size() == 3);

  ReadNextQuery next;
  next.request.article = "summit";
  next.request.now = kNow;
  next.request.limit = 2;  // Other articles are left, so no duplicate fills the list.
  options = {};
  const auto listed = [&](const std::string& id) {
    for (const RankedItem& item : run(index, options, next).list.items)
      if (item.id == id) return true;
    return false;
  };
  CHECK(listed("border"));
  options.most_read.duplicate_title_similarity = 0.1;  // "border" is "talks"' story now.
  CHECK_FALSE(listed("border"));
}
