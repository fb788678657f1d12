// newsrail — what both WebAssembly modules share behind their C ABI: the input and output
// buffers, the loaded index and the ranking options (abi.cpp), and the exports over them:
// nr_input, nr_output, nr_set_options, nr_most_read, nr_read_next, nr_ticker, nr_record_read.
// core_api.cpp adds the JSON feed's exports (the full module, newsrail-core), rank_api.cpp the
// snapshot's (the small one, newsrail-rank).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "newsrail/feed_index.h"

namespace newsrail::abi {

// The first `size` bytes JavaScript wrote through nr_input() (at most what it asked room for).
std::string_view input(std::size_t size);

// Keeps `s` for nr_output() and returns its length (what an export returns).
std::size_t set_output(std::string s);

// Makes `index` the one the rankings read (a feed or snapshot loaded); the reader's profile kept
// for the previous one is dropped.
void set_loaded_index(FeedIndex index);

}  // namespace newsrail::abi
