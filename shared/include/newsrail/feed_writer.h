// newsrail — writes a Feed back as JSON Feed 1.1 + `_newsrail` (what parse_feed reads).
#pragma once

#include <string>

#include "newsrail/model.h"

namespace newsrail {

struct FeedWriteOptions {
  bool include_text = true;  // content_text of each item (false: left out, e.g. for `pack`).
  int indent = -1;           // -1 = compact.
};

// Returns the feed as JSON; parse_feed() of it gives the same Feed (HTML bodies come back as
// content_text). Never throws.
std::string feed_to_json(const Feed& feed, const FeedWriteOptions& options = {});

}  // namespace newsrail
