// newsrail — the Breaking ticker: active lines, by priority then newest then id, near-duplicates
// folded into the line that ranks higher.
#include "newsrail/ticker.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/same_story.h"

namespace newsrail {

RankedList breaking_ticker(const Feed& feed, const TickerRequest& request,
                           const TickerOptions& options) {
  RankedList list;
  if (request.limit == 0) return list;
  const Seconds now = request.now;  // Resolved by the service (service.h).

  std::vector<std::size_t> active;
  for (std::size_t i = 0; i < feed.breaking.size(); ++i) {
    const BreakingItem& line = feed.breaking[i];
    const Seconds expiry =
        line.expires != 0 ? line.expires : line.published + options.default_lifetime;
    if (!is_future(line.published, now, options.future_tolerance) && now < expiry)
      active.push_back(i);
  }
  std::sort(active.begin(), active.end(), [&](std::size_t x, std::size_t y) {
    const BreakingItem& a = feed.breaking[x];
    const BreakingItem& b = feed.breaking[y];
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.published != b.published) return a.published > b.published;
    if (a.id != b.id) return a.id < b.id;  // Byte-wise.
    return x < y;                          // Ids are unique; this only makes the order total.
  });

  std::vector<LineTerms> kept_keys;
  for (std::size_t i : active) {
    if (list.items.size() == request.limit) break;
    const BreakingItem& line = feed.breaking[i];
    LineTerms key = line_terms(line.text, feed.language);
    bool folded = false;
    for (std::size_t k = 0; k < kept_keys.size() && !folded; ++k) {
      if (same_story(kept_keys[k], key, options.duplicate_text_similarity)) {
        list.items[k].collapsed.push_back(line.id);
        folded = true;
      }
    }
    if (folded) continue;
    RankedItem item;
    item.index = i;
    item.id = line.id;
    item.score = static_cast<double>(line.priority);
    item.placement = Placement::kScored;
    item.breakdown.push_back({"priority", item.score});
    list.items.push_back(std::move(item));
    kept_keys.push_back(std::move(key));
  }
  return list;
}

}  // namespace newsrail
