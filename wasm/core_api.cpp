// newsrail — the WebAssembly module's C ABI. Strings cross as UTF-8 bytes in module memory:
// JavaScript writes its input into the buffer nr_input() returns, calls a function that returns
// the output length, and reads that many bytes from nr_output(). No exceptions, no embind: it
// runs under a Content-Security-Policy without 'unsafe-eval'.
//
// The module keeps one loaded feed (indexed) and one set of ranking options; every question is
// answered by the core's service layer (service_json.h's answer_json), as the CLI's subcommands
// answer it (service.h): each export here only moves bytes.
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
#include "newsrail/ranking_options.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"

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

// The answer to `question` for the request in the input, from the loaded feed and options.
std::size_t answer(newsrail::Question question, std::size_t size) {
  return set_output(newsrail::answer_json(g_index, g_options, question, input(size)));
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
  return set_output(newsrail::answer_to_json(newsrail::validate(input(size))));
}

// Parses the input as the feed to rank and keeps it for nr_index_feed; output: the validation
// report. The rankings still use the previous feed until nr_index_feed: the loader gives the page
// a turn between the two calls, so a large feed costs two main-thread tasks, not one long one.
EMSCRIPTEN_KEEPALIVE std::size_t nr_parse_feed(std::size_t size) {
  newsrail::ValidateAnswer validated = newsrail::validate(input(size));
  std::string report = newsrail::answer_to_json(validated);
  g_pending.reset();
  if (validated.parsed.usable()) g_pending = std::move(validated.parsed.feed);
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
  return answer(newsrail::Question::kMostRead, size);
}

// Input: a Read Next request with the reader's history; output: as `newsrail read-next` prints it.
EMSCRIPTEN_KEEPALIVE std::size_t nr_read_next(std::size_t size) {
  return answer(newsrail::Question::kReadNext, size);
}

// Input: a ticker request; output: as `newsrail ticker` prints it.
EMSCRIPTEN_KEEPALIVE std::size_t nr_ticker(std::size_t size) {
  return answer(newsrail::Question::kTicker, size);
}

//-----------------------------------------------------------------------------
// [SECTION] Reading history
//-----------------------------------------------------------------------------

// Input: {"history": <history JSON or null>, "article": "id or URL", "now": epoch seconds (absent
// = the feed's generated_at)}. Output: the new history JSON (unchanged when the article is not in
// the feed).
EMSCRIPTEN_KEEPALIVE std::size_t nr_record_read(std::size_t size) {
  return answer(newsrail::Question::kRecordRead, size);
}

}  // extern "C"
