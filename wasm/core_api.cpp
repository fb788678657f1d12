// newsrail — the WebAssembly module's C ABI. Strings cross as UTF-8 bytes in module memory:
// JavaScript writes its input into the buffer nr_input() returns, calls a function that returns
// the output length, and reads that many bytes from nr_output(). No exceptions, no embind: it
// runs under a Content-Security-Policy without 'unsafe-eval'.
//
// The module keeps one loaded feed (indexed) and one set of ranking options; every ranking call
// is a pure function of them and its request, exactly as the CLI calls the core.
//
// Index of this file
// [SECTION] Buffers
// [SECTION] Feed and options
// [SECTION] Rankings
// [SECTION] Reading history
#include <emscripten/emscripten.h>

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "newsrail/feed_index.h"
#include "newsrail/feed_parser.h"
#include "newsrail/history.h"
#include "newsrail/most_read.h"
#include "newsrail/ranking_json.h"
#include "newsrail/ranking_options.h"
#include "newsrail/read_next.h"
#include "newsrail/request_json.h"
#include "newsrail/ticker.h"
#include "newsrail/validation_report.h"

namespace {

// Written by JavaScript through nr_input(). Not zero-filled (std::string::resize would clear a
// feed-sized buffer, megabytes, before JavaScript overwrites every byte of it).
std::unique_ptr<char[]> g_input;
std::size_t g_input_capacity = 0;
std::size_t g_input_size = 0;
std::string g_output;  // Read by JavaScript through nr_output().
newsrail::FeedIndex g_index;
std::optional<newsrail::Feed> g_pending;  // Parsed by nr_parse_feed, not indexed yet.
newsrail::RankingOptions g_options;

std::string_view input(std::size_t size) {
  return std::string_view(g_input.get(), size < g_input_size ? size : g_input_size);
}

std::size_t set_output(std::string s) {
  g_output = std::move(s);
  return g_output.size();
}

// Request warnings travel with the list, as notes.
void add_notes(newsrail::RankedList& list, const newsrail::Diagnostics& diagnostics) {
  for (const newsrail::Diagnostic& d : diagnostics)
    list.notes.push_back("request: " + newsrail::format_diagnostic(d));
}

newsrail::Seconds effective_now(newsrail::Seconds now) {
  return now ? now : g_index.feed().generated_at;
}

}  // namespace

extern "C" {

//-----------------------------------------------------------------------------
// [SECTION] Buffers
//-----------------------------------------------------------------------------

// Returns a buffer of `size` bytes for the next call's input, holding the first bytes of the last
// one (up to the smaller size); valid until nr_input is called again.
EMSCRIPTEN_KEEPALIVE char* nr_input(std::size_t size) {
  if (size > g_input_capacity) {  // The bytes written so far are kept (the loader relies on it).
    std::unique_ptr<char[]> grown(new char[size]);
    if (g_input_size > 0) std::memcpy(grown.get(), g_input.get(), g_input_size);
    g_input = std::move(grown);
    g_input_capacity = size;
  }
  g_input_size = size;
  return g_input.get();
}

// Returns the output of the last call (its length was that call's return value).
EMSCRIPTEN_KEEPALIVE const char* nr_output() { return g_output.data(); }

//-----------------------------------------------------------------------------
// [SECTION] Feed and options
//-----------------------------------------------------------------------------

// Parses the input as a feed; the output is the CLI's `validate --json` report. Nothing is kept.
EMSCRIPTEN_KEEPALIVE std::size_t nr_validate(std::size_t size) {
  return set_output(newsrail::validation_report_json(newsrail::parse_feed(input(size))));
}

// Parses the input as the feed to rank and keeps it for nr_index_feed; output: the validation
// report. The rankings still use the previous feed until nr_index_feed: the loader gives the page
// a turn between the two calls, so a large feed costs two main-thread tasks, not one long one.
EMSCRIPTEN_KEEPALIVE std::size_t nr_parse_feed(std::size_t size) {
  newsrail::FeedParseResult parsed = newsrail::parse_feed(input(size));
  std::string report = newsrail::validation_report_json(parsed);
  g_pending.reset();
  if (parsed.usable()) g_pending = std::move(parsed.feed);
  return set_output(std::move(report));
}

// Indexes the feed the last nr_parse_feed read, if it was usable, and ranks with it from now on;
// returns 1 then, 0 when there was none (an unusable feed leaves the previous one loaded).
EMSCRIPTEN_KEEPALIVE int nr_index_feed() {
  if (!g_pending) return 0;
  g_index = newsrail::FeedIndex(std::move(*g_pending));
  g_pending.reset();
  return 1;
}

// nr_parse_feed then nr_index_feed, in one call.
EMSCRIPTEN_KEEPALIVE std::size_t nr_load_feed(std::size_t size) {
  const std::size_t length = nr_parse_feed(size);
  nr_index_feed();
  return length;
}

// Sets the ranking options from JSON (missing keys = defaults); output: {"options": the options
// in effect, "diagnostics": [{"severity", "path", "message"}, ...]} (what was ignored, and why).
EMSCRIPTEN_KEEPALIVE std::size_t nr_set_options(std::size_t size) {
  newsrail::Diagnostics diagnostics;
  g_options = newsrail::ranking_options_from_json(input(size), diagnostics);
  return set_output(newsrail::ranking_options_report_json(g_options, diagnostics));
}

//-----------------------------------------------------------------------------
// [SECTION] Rankings
//-----------------------------------------------------------------------------

// Input: a Most Read request (request_json.h); output: the list as `newsrail most-read` prints it.
EMSCRIPTEN_KEEPALIVE std::size_t nr_most_read(std::size_t size) {
  newsrail::Diagnostics diagnostics;
  const auto request = newsrail::most_read_request_from_json(input(size), diagnostics);
  newsrail::RankedList list = newsrail::most_read(g_index, request, g_options.most_read);
  add_notes(list, diagnostics);
  return set_output(newsrail::articles_to_json(g_index, list, "most-read",
                                               effective_now(request.now),
                                               g_index.nearest_window(request.window)));
}

// Input: a Read Next request with the reader's history; output: as `newsrail read-next` prints it.
EMSCRIPTEN_KEEPALIVE std::size_t nr_read_next(std::size_t size) {
  newsrail::Diagnostics diagnostics;
  newsrail::ReadingHistory history;
  const auto request = newsrail::read_next_request_from_json(input(size), history, diagnostics);
  newsrail::RankedList list = newsrail::read_next(g_index, request, history, g_options.read_next);
  add_notes(list, diagnostics);
  // Each item's views in the popularity window (what orders fill items), as the CLI prints them.
  return set_output(
      newsrail::articles_to_json(g_index, list, "read-next", effective_now(request.now),
                                 g_index.nearest_window(g_options.read_next.popularity_window)));
}

// Input: a ticker request; output: as `newsrail ticker` prints it.
EMSCRIPTEN_KEEPALIVE std::size_t nr_ticker(std::size_t size) {
  newsrail::Diagnostics diagnostics;
  const auto request = newsrail::ticker_request_from_json(input(size), diagnostics);
  newsrail::RankedList list = newsrail::breaking_ticker(g_index.feed(), request, g_options.ticker);
  add_notes(list, diagnostics);
  return set_output(newsrail::breaking_to_json(g_index.feed(), list, effective_now(request.now),
                                               g_options.ticker.default_lifetime));
}

//-----------------------------------------------------------------------------
// [SECTION] Reading history
//-----------------------------------------------------------------------------

// Input: {"history": <history JSON or null>, "article": "id or URL", "now": epoch seconds}.
// Output: the new history JSON (unchanged when the article is not in the feed).
EMSCRIPTEN_KEEPALIVE std::size_t nr_record_read(std::size_t size) {
  newsrail::Diagnostics diagnostics;
  newsrail::ReadingHistory history;
  const auto request = newsrail::read_next_request_from_json(input(size), history, diagnostics);
  if (const auto i = g_index.find(request.article))
    newsrail::record_read(history, g_index.article(*i), request.now);
  return set_output(newsrail::history_to_json(history));
}

}  // extern "C"
