// newsrail — packing a feed for the browser.
#include "newsrail/pack.h"

#include <algorithm>

#include "newsrail/feed_writer.h"

namespace newsrail {

std::string pack_feed(const FeedIndex& index, const PackOptions& options) {
  Feed packed = index.feed();
  for (std::size_t i = 0; i < packed.items.size(); ++i) {
    Article& a = packed.items[i];
    std::vector<TermWeight> body = index.indexed(i).counts;
    // Strongest first by count x IDF; ties by term text so the output never depends on term ids.
    std::sort(body.begin(), body.end(), [&](const TermWeight& x, const TermWeight& y) {
      const double wx = static_cast<double>(x.weight) * index.idf(x.term);
      const double wy = static_cast<double>(y.weight) * index.idf(y.term);
      if (wx != wy) return wx > wy;
      return index.term_text(x.term) < index.term_text(y.term);
    });
    if (body.size() > options.terms_per_item) body.resize(options.terms_per_item);
    a.terms.clear();
    // In strength order: feed_to_json writes them sorted by text.
    for (const TermWeight& t : body) a.terms.push_back({index.term_text(t.term), t.weight});
    a.text.clear();
  }
  FeedWriteOptions write;
  write.include_text = false;
  write.indent = options.indent;
  return feed_to_json(packed, write);
}

}  // namespace newsrail
