// newsrail — the full WebAssembly module's own exports (newsrail-core): JSON feeds, parsed and
// indexed in the browser. The exports both modules share are in abi.cpp.
#include <emscripten/emscripten.h>

#include <optional>
#include <string>

#include "abi.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"

namespace {

std::optional<newsrail::Feed> g_pending;             // Parsed by nr_parse_feed, not indexed yet.
std::optional<newsrail::FeedIndex> g_pending_index;  // A snapshot nr_parse_feed read.

}  // namespace

using newsrail::abi::input;
using newsrail::abi::set_output;

extern "C" {

//-----------------------------------------------------------------------------
// [SECTION] JSON feeds
//-----------------------------------------------------------------------------

// Parses the input as a feed; the output is the CLI's `validate --json` report. Nothing is kept.
EMSCRIPTEN_KEEPALIVE std::size_t nr_validate(std::size_t size) {
  return set_output(newsrail::answer_to_json(newsrail::validate(input(size))));
}

// Parses the input as the feed to rank and keeps it for nr_index_feed; output: the validation
// report. The rankings still use the previous feed until nr_index_feed: the loader gives the page
// a turn between the two calls, so a large feed costs two main-thread tasks, not one long one.
EMSCRIPTEN_KEEPALIVE std::size_t nr_parse_feed(std::size_t size) {
  newsrail::ValidateAnswer validated = newsrail::validate(input(size));
  std::string report = newsrail::answer_to_json(validated);
  g_pending.reset();
  g_pending_index.reset();
  if (validated.snapshot)  // This module reads snapshots too (the small one reads nothing else).
    g_pending_index = std::move(validated.snapshot->index);
  else if (validated.usable())
    g_pending = std::move(validated.parsed.feed);
  return set_output(std::move(report));
}

// Indexes the feed the last nr_parse_feed read, if it was usable, and ranks with it from now on;
// returns 1 then, 0 when there was none (an unusable feed leaves the previous one loaded).
EMSCRIPTEN_KEEPALIVE int nr_index_feed() {
  if (g_pending_index) {
    newsrail::abi::set_loaded_index(std::move(*g_pending_index));
    g_pending_index.reset();
    return 1;
  }
  if (!g_pending) return 0;
  newsrail::abi::set_loaded_index(newsrail::FeedIndex(std::move(*g_pending)));
  g_pending.reset();
  return 1;
}

// nr_parse_feed then nr_index_feed, in one call.
EMSCRIPTEN_KEEPALIVE std::size_t nr_load_feed(std::size_t size) {
  const std::size_t length = nr_parse_feed(size);
  nr_index_feed();
  return length;
}

}  // extern "C"
