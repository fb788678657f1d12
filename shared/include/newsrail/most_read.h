// newsrail — Most Read: the most viewed articles in a window, by section, without the one being
// read, with optional recency decay and a trending mode, near-duplicate headlines collapsed.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/ranked.h"
#include "newsrail/ranking_options.h"

namespace newsrail {

struct MostReadRequest {
  Seconds window = 86400;  // 1h = 3600, 6h, 24h = 86400, 7d = 604800.
  std::string section;     // "" = every section; compared normalised.
  std::string language;    // "" = every language; else only articles in it (BCP 47 primary
                           // subtags compared), unless the feed has none in it.
  std::size_t limit = 5;
  std::vector<std::string> exclude;  // Ids (e.g. the article being read); URLs as find().
  std::string context_text;          // The page's title: when no entry of `exclude` is in the
                                     // feed, the service (service.h) also leaves out the article
                                     // whose headline it is (FeedIndex::find_current).
  bool trending = false;             // Rank by short-window / long-window lift, not by views.
  Seconds now = 0;                   // UTC epoch seconds; 0 = the feed's generated_at, resolved by
                                     // the service (service.h): most_read() takes it as given
                                     // (0 = not known: ages are ignored).
};

// Ranks the articles, leaving out recommend:false ones (sponsored) unless
// options.include_unrecommended. Ties go to the newer article, then the smaller id. When the feed
// lacks the window asked for, the nearest one it has is used and a note says so. Breakdown terms,
// summing to the score: "views" (the raw count; the short window's in trending mode), "trend"
// (trending mode: lift - views), "decay" (with half_life: what the decay took off). Pure; never
// throws.
// Articles dated more than future_tolerance(options) ahead of `now` wait (same_story.h);
// articles that tell the same story as a higher one (same_story() with
// same_story_thresholds(options)) are folded into it: its `collapsed` lists their ids.
RankedList most_read(const FeedIndex& index, const MostReadRequest& request,
                     const RankingOptions& options);

// The same with only Most Read's options: every other option (the future tolerance, the text
// threshold of the same-story rule) at its default. Callers holding RankingOptions pass them whole.
RankedList most_read(const FeedIndex& index, const MostReadRequest& request,
                     const MostReadOptions& options = {});

}  // namespace newsrail
