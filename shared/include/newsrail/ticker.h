// newsrail — the Breaking ticker: lines active at `now`, by priority then newest, near-duplicate
// lines collapsed, at most `limit`.
#pragma once

#include <cstddef>

#include "newsrail/model.h"
#include "newsrail/ranked.h"
#include "newsrail/ranking_options.h"

namespace newsrail {

struct TickerRequest {
  std::size_t limit = 10;
  Seconds now = 0;  // UTC epoch seconds; 0 = the feed's generated_at, resolved by the service
                    // (service.h): breaking_ticker() takes it as given.
};

// A line is active when published <= now + future_tolerance and now < expiry, where expiry is
// date_expires or, without one, published + default_lifetime. Order: priority (higher first),
// then published (newer first), then id (byte-wise). RankedItem::index is the line's position in
// Feed::breaking; score = priority, breakdown: "priority" only (recency orders lines within a
// priority but adds nothing to the score). Never throws.
RankedList breaking_ticker(const Feed& feed, const TickerRequest& request,
                           const TickerOptions& options = {});

}  // namespace newsrail
