// newsrail — ranked lists as JSON, the one format the CLI prints and the wasm module returns, so
// both can be compared item by item.
#pragma once

#include <string>

#include "newsrail/feed_index.h"
#include "newsrail/ranked.h"

namespace newsrail {

// Returns {"module": module, "now": RFC 3339, "items": [{rank, id, title, url, section, region,
// published, reading_minutes, image{url,alt,credit}?, views, score, placement, breakdown{...},
// breakdown_parts{term: {part: value}}? (a term that is a sum of named parts, e.g. Read Next's
// "affinity": "sections", "tags", "text"),
// collapsed?}], "notes": [...]} for Most Read and Read Next. Scores are rounded to 6 decimals;
// `views` is the count in `views_window` (left out when it is 0). Compact, or indented by
// `indent` spaces per level (the CLI's --pretty).
std::string articles_to_json(const FeedIndex& index, const RankedList& list, const char* module,
                             Seconds now, Seconds views_window, int indent = -1);

// Returns {"module": "ticker", "now", "items": [{rank, id, text, url, published, expires, priority,
// score, breakdown, collapsed?}], "notes"} for the Breaking ticker; `expires` is the effective
// expiry: date_expires, or published + default_lifetime. Compact, or indented by `indent`.
std::string breaking_to_json(const Feed& feed, const RankedList& list, Seconds now,
                             Seconds default_lifetime, int indent = -1);

}  // namespace newsrail
