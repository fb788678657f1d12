// newsrail — a browser-ready feed: full texts dropped, each item's strongest terms kept in
// `_newsrail.terms`, so readers download little and Read Next keeps its quality.
#pragma once

#include <cstddef>
#include <string>

#include "newsrail/feed_index.h"

namespace newsrail {

struct PackOptions {
  std::size_t terms_per_item = 24;  // Field-weighted terms kept, strongest (count x IDF) first.
  int indent = -1;
};

// Returns the packed feed as JSON (what parse_feed reads; FeedIndex then uses the terms in place
// of the text). Term weights are field-weighted counts (title and tags x3, summary x2, body x1).
// Deterministic; never throws.
std::string pack_feed(const FeedIndex& index, const PackOptions& options = {});

}  // namespace newsrail
