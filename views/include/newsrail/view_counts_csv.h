// newsrail — view counts produced elsewhere (a warehouse running shared/sql/views.sql, or any
// engine), merged into a feed: `newsrail views --counts FILE`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsrail/diagnostics.h"
#include "newsrail/feed_index.h"

namespace newsrail {

struct ViewCountsResult {
  std::vector<std::int64_t> counts;  // By item (feed order) and window, as ViewCounter::counts.
  std::size_t rows = 0;              // Data rows read (the header not included).
  std::size_t bad_rows = 0;          // Reported in diagnostics (the first kMaxReportedBadLines).
  std::size_t not_items = 0;         // Rows whose url or id is no item of the feed.
  std::size_t other_windows = 0;     // Rows for a window not in `windows`.
  Diagnostics diagnostics;           // line = the row's line in the file.
};

// Reads CSV (RFC 4180: commas, double quotes doubled inside quoted fields, LF or CRLF) of rows
// `url or id,window,views`, e.g. `/news/a-story,24h,340`: the first column goes through
// FeedIndex::find (an item's id or any spelling of its URL, url.h), the window is a duration as
// parse_duration reads it ("1h", "7d" or seconds), views an integer >= 0. A first row whose views
// is not a number is a header. Rows naming the same item and window are added up (several paths
// of one item); items without rows get zeros. A bad row is reported with its line and skipped;
// the rest are used. Never throws.
ViewCountsResult read_view_counts_csv(std::string_view csv, const FeedIndex& index,
                                      const std::vector<Seconds>& windows);

}  // namespace newsrail
