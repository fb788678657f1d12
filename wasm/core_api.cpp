// newsrail — the WebAssembly module's C ABI. Strings cross as UTF-8 bytes in module memory:
// JavaScript writes its input into the buffer nr_input() returns, calls a function that returns
// the output length, and reads that many bytes from nr_output(). No exceptions, no embind.
//
// Index of this file
// [SECTION] Buffers
// [SECTION] Validation
#include <emscripten/emscripten.h>

#include <string>
#include <string_view>

#include "newsrail/feed_parser.h"
#include "newsrail/validation_report.h"

namespace {

std::string g_input;   // Written by JavaScript through nr_input().
std::string g_output;  // Read by JavaScript through nr_output().

std::size_t set_output(std::string s) {
  g_output = std::move(s);
  return g_output.size();
}

}  // namespace

extern "C" {

//-----------------------------------------------------------------------------
// [SECTION] Buffers
//-----------------------------------------------------------------------------

// Returns a buffer of `size` bytes for the next call's input; valid until nr_input is called again.
EMSCRIPTEN_KEEPALIVE char* nr_input(std::size_t size) {
  g_input.resize(size);
  return g_input.data();
}

// Returns the output of the last call (its length was that call's return value).
EMSCRIPTEN_KEEPALIVE const char* nr_output() { return g_output.data(); }

//-----------------------------------------------------------------------------
// [SECTION] Validation
//-----------------------------------------------------------------------------

// Parses the first `size` input bytes as a feed; the output is the CLI's `validate --json` report.
EMSCRIPTEN_KEEPALIVE std::size_t nr_validate(std::size_t size) {
  const std::string_view bytes(g_input.data(), size < g_input.size() ? size : g_input.size());
  return set_output(newsrail::validation_report_json(newsrail::parse_feed(bytes)));
}

}  // extern "C"
