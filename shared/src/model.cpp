// newsrail — small helpers over the feed model.
#include "newsrail/model.h"

namespace newsrail {

std::int64_t views_in_window(const Article& article, Seconds window) {
  for (const ViewCount& v : article.views)
    if (v.window == window) return v.views;
  return -1;
}

}  // namespace newsrail
