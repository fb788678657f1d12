// newsrail — the C ABI both WebAssembly modules share (abi.h). Strings cross as UTF-8 bytes in
// module memory: JavaScript writes its input into the buffer nr_input() returns, calls a function
// that returns the output length, and reads that many bytes from nr_output(). No exceptions, no
// embind: it runs under a Content-Security-Policy without 'unsafe-eval'.
//
// Every question is answered by the core's service layer (service_json.h's answer_json), as the
// CLI's subcommands answer it (service.h): each export here only moves bytes.
//
// Index of this file
// [SECTION] Buffers
// [SECTION] Options
// [SECTION] Rankings
// [SECTION] Reading history
#include "abi.h"

#include <emscripten/emscripten.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>

#include "newsrail/ranking_options.h"
#include "newsrail/reader_profile.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"

namespace newsrail::abi {
namespace {

// Written by JavaScript through nr_input(). Not zero-filled (std::string::resize would clear a
// feed-sized buffer, megabytes, before JavaScript overwrites every byte of it).
std::unique_ptr<char[]> g_input;
std::size_t g_input_capacity = 0;
std::size_t g_input_size = 0;
std::string g_output;  // Read by JavaScript through nr_output().
FeedIndex g_index;
std::uint64_t g_index_revision = 0;  // Changes with each feed loaded: the profile cache's key.
ReaderProfileCache g_profiles;       // The reader's profile, built once per (history, feed).
RankingOptions g_options;

// The answer to `question` for the request in the input, from the loaded feed and options.
std::size_t answer(Question question, std::size_t size) {
  return set_output(
      answer_json(g_index, g_options, question, input(size), -1, &g_profiles, g_index_revision));
}

}  // namespace

std::string_view input(std::size_t size) {
  return std::string_view(g_input.get(), size < g_input_size ? size : g_input_size);
}

std::size_t set_output(std::string s) {
  g_output = std::move(s);
  return g_output.size();
}

void set_loaded_index(FeedIndex index) {
  g_index = std::move(index);
  ++g_index_revision;
}

}  // namespace newsrail::abi

using namespace newsrail::abi;  // The exports below only move bytes to and from these.

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
// [SECTION] Options
//-----------------------------------------------------------------------------

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
