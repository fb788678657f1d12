// newsrail — views of a feed's items counted from access log lines (`newsrail views`). The
// counting rules live here once; shared/sql/views.sql is the same rules in SQL, and a test checks
// that both give the same counts:
//   1. a request counts when its method is GET, its status 2xx, its Sec-Purpose/Purpose (JSON
//      lines only: a combined log does not record it) does not contain "prefetch", its user agent
//      matches no pattern of the bot list (bot_filter.h), and its path is a feed item's URL by
//      FeedIndex::find (url.h: scheme, "www.", fragment, tracking parameters ignored; other query
//      parameters too when only one item has the path). Assets, home and section pages are no
//      item's URL, so they never count.
//   2. one view per visitor per item per kViewRepeatSeconds: a request counts unless the same
//      visitor (client address + user agent, hashed, kept in memory only) requested the same item
//      less than kViewRepeatSeconds before it (counted or not: the SQL's LAG over the visitor and
//      item).
//   3. a view at time t is in window W when now - W < t <= now; requests after now are ignored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsrail/access_log.h"
#include "newsrail/bot_filter.h"
#include "newsrail/diagnostics.h"
#include "newsrail/feed_index.h"
#include "newsrail/log_reader.h"

namespace newsrail {

// Rule 2's interval.
inline constexpr Seconds kViewRepeatSeconds = 30 * 60;
// How far out of time order lines may be (a server logs a request when it ends) and still be
// counted exactly as in time order; a line older than that behind the newest one is counted
// anyway, as if it came in order, and reported as late.
inline constexpr Seconds kViewReorderSeconds = 10 * 60;
// The windows written when the feed carries none: 1h, 6h, 24h, 7d.
inline constexpr Seconds kDefaultViewWindows[] = {3600, 6 * 3600, 24 * 3600, 7 * 24 * 3600};
// Bad lines reported one by one (the rest are only counted).
inline constexpr std::size_t kMaxReportedBadLines = 10;

// Returns the windows to count for `index`: the ones its feed carries, else kDefaultViewWindows.
std::vector<Seconds> view_windows(const FeedIndex& index);

// What happened to the lines read, by the first rule each one failed.
struct ViewsReport {
  std::size_t lines = 0;      // Lines read (bad ones included).
  std::size_t bad_lines = 0;  // Unreadable: see diagnostics (the first kMaxReportedBadLines).
  std::size_t after_now = 0;
  std::size_t not_get = 0;
  std::size_t not_2xx = 0;
  std::size_t prefetch = 0;
  std::size_t bots = 0;
  std::size_t not_items = 0;  // Paths that are no item's URL (assets, pages, 404s that were 200).
  std::size_t repeats = 0;    // Item requests within kViewRepeatSeconds of the visitor's last.
  std::size_t views = 0;      // Requests counted as views (in any window or none).
  std::size_t late = 0;       // Lines more than kViewReorderSeconds older than one before them.
  Diagnostics diagnostics;    // path = the source's name, line = its line number.
};

class ViewCounter {
 public:
  // Counts views of `index`'s items in `windows` (seconds, > 0) up to `now`. `bots` must outlive
  // the counter. Memory: the items x windows counts, the visitor x item pairs seen in the last
  // kViewRepeatSeconds, the requests of the last kViewReorderSeconds and two bounded caches; not
  // the number of lines.
  ViewCounter(const FeedIndex& index, BotFilter& bots, Seconds now, std::vector<Seconds> windows);

  // Reads one log line (parse_log_line) from `source` at 1-based `line_number`. Never throws.
  void add_line(std::string_view line, std::string_view source, std::size_t line_number);
  // Reads one request already parsed.
  void add(const LogRecord& record);
  // Counts a line parse_log_line refused (`why`), reporting the first kMaxReportedBadLines.
  void add_bad_line(std::string_view source, std::size_t line_number, std::string why);
  // Counts the requests still held for reordering; call once after the last line.
  void finish();

  const std::vector<Seconds>& windows() const { return windows_; }
  // Views by item (feed order) and window: counts()[item * windows().size() + w].
  const std::vector<std::int64_t>& counts() const { return counts_; }
  const ViewsReport& report() const { return report_; }
  // Visitor x item pairs held for rule 2 (those seen in the last kViewRepeatSeconds, give or
  // take one pruning interval): what bounds the memory.
  std::size_t tracked_pairs() const { return last_seen_.size(); }

 private:
  struct Pending {
    Seconds time;
    std::uint64_t visitor;
    std::uint32_t item;
    bool operator>(const Pending& o) const { return time > o.time; }
  };
  std::int32_t item_of(const std::string& path);
  void count(const Pending& p);
  void release(Seconds up_to);

  const FeedIndex& index_;
  BotFilter& bots_;
  Seconds now_;
  std::vector<Seconds> windows_;
  std::vector<std::int64_t> counts_;
  ViewsReport report_;
  LogRecord record_;
  std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> pending_;
  Seconds newest_ = INT64_MIN;     // Newest request offered.
  Seconds processed_ = INT64_MIN;  // Newest request counted.
  Seconds pruned_at_ = INT64_MIN;
  std::unordered_map<std::uint64_t, Seconds> last_seen_;  // visitor x item -> last request
  std::unordered_map<std::string, std::int32_t> items_;   // path -> item, -1 = none (bounded)
};

// Reads the log files `paths` ("-" = stdin) into `counter`, merged by time: the next request
// counted is always the oldest of the files' next lines, so logs of several servers covering the
// same hours, or rotated files named in any order, are counted as one log in time order. Holds
// one buffer per file. Returns one message per file that could not be opened or stopped early
// ("PATH: why"); the other files are still read.
std::vector<std::string> count_log_files(const std::vector<std::string>& paths,
                                         ViewCounter& counter);

// Returns the time of the newest readable line of `lines` (what --now defaults to); nullopt when
// none is readable.
std::optional<Seconds> newest_line_time(LogReader& lines);

// Returns `feed` with every item's views replaced by `counts` (item-major, parallel to
// `windows`, as ViewCounter::counts): each item gets each window, zeros included.
Feed feed_with_views(Feed feed, const std::vector<Seconds>& windows,
                     const std::vector<std::int64_t>& counts);

}  // namespace newsrail
