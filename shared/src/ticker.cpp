// newsrail — the Breaking ticker: active lines, by priority then newest then id, near-duplicates
// folded into the line that ranks higher.
#include "newsrail/ticker.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/normalize.h"
#include "newsrail/tokenize.h"

namespace newsrail {

namespace {

// What a kept line is compared on: its sorted, unique terms and its normalised text.
struct LineKey {
  std::vector<std::string> terms;
  std::string normalized;
};

LineKey line_key(const BreakingItem& line, const std::string& language) {
  LineKey key;
  key.terms = terms_for_matching(line.text, language);
  std::sort(key.terms.begin(), key.terms.end());
  key.terms.erase(std::unique(key.terms.begin(), key.terms.end()), key.terms.end());
  key.normalized = normalize_for_match(line.text);
  return key;
}

// |a ∩ b| / |a ∪ b| of two sorted unique lists; 0 when both are empty.
double term_jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    const int c = a[i].compare(b[j]);
    if (c < 0) {
      ++i;
    } else if (c > 0) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// Same line: identical normalised text, or term Jaccard at or above the threshold (sharing at
// least one term, so a threshold of 0 does not fold unrelated lines).
bool same_line(const LineKey& a, const LineKey& b, double threshold) {
  if (!a.normalized.empty() && a.normalized == b.normalized) return true;
  const double j = term_jaccard(a.terms, b.terms);
  return j > 0 && j >= threshold;
}

}  // namespace

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
    if (line.published <= now + options.future_tolerance && now < expiry) active.push_back(i);
  }
  std::sort(active.begin(), active.end(), [&](std::size_t x, std::size_t y) {
    const BreakingItem& a = feed.breaking[x];
    const BreakingItem& b = feed.breaking[y];
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.published != b.published) return a.published > b.published;
    if (a.id != b.id) return a.id < b.id;  // Byte-wise.
    return x < y;                          // Ids are unique; this only makes the order total.
  });

  std::vector<LineKey> kept_keys;
  for (std::size_t i : active) {
    if (list.items.size() == request.limit) break;
    const BreakingItem& line = feed.breaking[i];
    LineKey key = line_key(line, feed.language);
    bool folded = false;
    for (std::size_t k = 0; k < kept_keys.size() && !folded; ++k) {
      if (same_line(kept_keys[k], key, options.duplicate_text_similarity)) {
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
