// newsrail — parse and index one feed file, for bench/json_path.sh: run once under callgrind
// (instruction counts: the same on a busy machine) or REPS times for the best wall-clock time.
//
//   parse_once FEED.json [REPS]
//
// Prints: FEED items=N parse_ms=... index_ms=... (best of REPS). Limits are raised so the
// 10,000-article full-text feed (38 MB) is read too. Uses only parse_feed and FeedIndex, which
// every revision compared has, so the same file builds against an older core.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "newsrail/feed_index.h"
#include "newsrail/feed_parser.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: parse_once FEED.json [REPS]\n");
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  std::stringstream bytes;
  bytes << file.rdbuf();
  const std::string text = bytes.str();
  const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
  newsrail::ParseLimits limits;
  limits.max_feed_bytes = 256u << 20;
  limits.max_items = 100000;
  double parse_ms = 1e300, index_ms = 1e300;
  std::size_t items = 0;
  using Clock = std::chrono::steady_clock;
  for (int r = 0; r < reps; ++r) {
    const Clock::time_point t0 = Clock::now();
    newsrail::FeedParseResult parsed = newsrail::parse_feed(text, limits);
    const Clock::time_point t1 = Clock::now();
    const newsrail::FeedIndex index(std::move(parsed.feed));
    const Clock::time_point t2 = Clock::now();
    items = index.size();
    parse_ms = std::min(parse_ms, std::chrono::duration<double, std::milli>(t1 - t0).count());
    index_ms = std::min(index_ms, std::chrono::duration<double, std::milli>(t2 - t1).count());
  }
  std::printf("%s items=%zu parse_ms=%.1f index_ms=%.1f\n", argv[1], items, parse_ms, index_ms);
  return 0;
}
