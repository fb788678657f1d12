// newsrail console — the feed's health: what an editor should fix in the feed before blaming the
// ranking. Two scans: ScanFeed() once per load (counts, missing fields, duplicate headlines) and
// ScanTimes() whenever `now` or the ticker options change (future dates, expired breaking lines).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/ranking_options.h"
#include "newsrail/same_story.h"

namespace nrc {

using newsrail::Seconds;

// Items per section, region or language.
struct LabelCount {
  std::string label;  // As the feed writes it; "(none)" for items without one.
  int items = 0;
  bool listed = true;  // Sections and regions: in the feed's own navigation list.
};

// Articles that tell the same story, as the lists decide it (newsrail::same_story with
// same_story_thresholds(options)): linked pairs joined into groups.
struct DuplicateGroup {
  std::vector<std::size_t> items;  // Feed positions, feed order.
  double similarity = 0;        // Lowest headline term Jaccard of the pairs that joined the group.
  newsrail::SameStory weakest;  // The verdict of that pair (why it is the same story).
};

// The state of one breaking line at `now`, as the ticker decides it.
enum class LineState { kActive, kFuture, kExpired };

struct FeedHealth {
  // ScanFeed()
  std::vector<LabelCount> sections;
  std::vector<LabelCount> regions;
  std::vector<LabelCount> languages;
  std::vector<std::size_t> missing_image;
  std::vector<std::size_t> missing_summary;
  std::vector<std::size_t> missing_views;    // No view counts at all: Most Read cannot rank it.
  std::vector<std::size_t> not_recommended;  // recommend:false (never in Read Next).
  std::vector<DuplicateGroup> duplicates;
  newsrail::SameStoryThresholds duplicate_thresholds{-1,
                                                     -1.0};  // What `duplicates` was found with.

  // ScanTimes()
  Seconds now = 0;
  std::vector<std::size_t> future_items;  // newsrail::is_future at now: the lists leave them out.
  std::vector<LineState> line_states;     // Parallel to Feed::breaking.
  std::vector<Seconds> line_expiry;       // Parallel to Feed::breaking: effective expiry.
  int expired_lines = 0;
  int future_lines = 0;
};

// Counts, missing fields and duplicate groups of `index`'s feed. Every pair that may be the same
// story is checked with newsrail::same_story: pairs sharing a headline term, a URL or a normalised
// headline, and pairs whose texts may reach the cosine threshold (they share a term among the
// strongest of one of them: prefix filtering). Cost: about linear in the terms for the default
// thresholds; quadratic at worst (thresholds near 0).
void ScanFeed(const newsrail::FeedIndex& index, const newsrail::RankingOptions& options,
              FeedHealth& health);

// Finds the duplicate groups again when the same-story thresholds of `options` are not those they
// were found with (an option edited in the console); else does nothing.
void UpdateDuplicates(const newsrail::FeedIndex& index, const newsrail::RankingOptions& options,
                      FeedHealth& health);

// The time-dependent checks at `now`: future items and lines (newsrail::is_future with
// newsrail::future_tolerance(options), as the lists decide), expired lines.
void ScanTimes(const newsrail::Feed& feed, Seconds now, const newsrail::RankingOptions& options,
               FeedHealth& health);

}  // namespace nrc
