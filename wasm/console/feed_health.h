// newsrail console — the feed's health: what an editor should fix in the feed before blaming the
// ranking. Two scans: ScanFeed() once per load (counts, missing fields, duplicate headlines) and
// ScanTimes() whenever `now` or the ticker options change (future dates, expired breaking lines).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/ranking_options.h"

namespace nrc {

using newsrail::Seconds;

// Items per section, region or language.
struct LabelCount {
  std::string label;  // As the feed writes it; "(none)" for items without one.
  int items = 0;
  bool listed = true;  // Sections and regions: in the feed's own navigation list.
};

// Articles whose headlines tell the same story (title terms' Jaccard at or above the threshold).
struct DuplicateGroup {
  std::vector<std::size_t> items;  // Feed positions, feed order.
  double similarity = 0;  // Lowest pairwise Jaccard that joined the group (1 = same words).
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
  double duplicate_threshold = -1;  // The threshold `duplicates` was computed with.

  // ScanTimes()
  Seconds now = 0;
  std::vector<std::size_t> future_items;  // Published after now (Read Next leaves them out).
  std::vector<LineState> line_states;     // Parallel to Feed::breaking.
  std::vector<Seconds> line_expiry;       // Parallel to Feed::breaking: effective expiry.
  int expired_lines = 0;
  int future_lines = 0;
};

// Counts, missing fields and duplicate headlines of `index`'s feed. Cost: linear in the title
// terms (candidate pairs come from an inverted index of title terms).
void ScanFeed(const newsrail::FeedIndex& index, double duplicate_threshold, FeedHealth& health);

// The time-dependent checks at `now`.
void ScanTimes(const newsrail::Feed& feed, Seconds now, const newsrail::TickerOptions& ticker,
               FeedHealth& health);

}  // namespace nrc
