// newsrail — the small WebAssembly module's own export (newsrail-rank): a snapshot (snapshot.h),
// verified and read into the index without parsing or tokenising. It has no JSON feed parser; the
// exports both modules share (options, rankings, history) are in abi.cpp.
#include <emscripten/emscripten.h>

#include <string_view>

#include "abi.h"
#include "newsrail/ranking_options.h"
#include "newsrail/service_json.h"
#include "newsrail/snapshot.h"
#include "newsrail/validation_report.h"

extern "C" {

// Reads the input as a snapshot and, when the verifier and the checks accept it, ranks with it
// from now on (else the previous feed stays loaded). Output: the validation report
// ({"usable", "form": "snapshot", ..., "diagnostics", "snapshot": {version, bytes, terms,
// labels}}), as `newsrail validate --json feed.nrs` prints it.
EMSCRIPTEN_KEEPALIVE std::size_t nr_load_snapshot(std::size_t size) {
  newsrail::SnapshotReadResult read = newsrail::read_snapshot(newsrail::abi::input(size));
  std::string report = newsrail::validation_report_json(read);
  if (read.index) newsrail::abi::set_loaded_index(std::move(*read.index));
  return newsrail::abi::set_output(std::move(report));
}

// Reads the embedded tiny snapshot (kWarmSnapshot) into an index of its own and asks every
// question once, answers dropped: the browser compiles that code now, while the feed is still
// downloading, instead of on the reader's first view. The loaded feed, the options and the buffers
// are left as they were. Returns 1 when the tiny snapshot read, else 0.
EMSCRIPTEN_KEEPALIVE int nr_warm() {
  newsrail::SnapshotReadResult read = newsrail::read_snapshot(std::string_view(
      reinterpret_cast<const char*>(newsrail::kWarmSnapshot), newsrail::kWarmSnapshot_size));
  if (!read.index) return 0;
  newsrail::validation_report_json(read);
  const newsrail::RankingOptions options;
  const std::string_view article = read.index->article(0).id;
  const std::string read_next = "{\"article\":\"" + std::string(article) + "\"}";
  newsrail::answer_json(*read.index, options, newsrail::Question::kMostRead,
                        "{\"window\":\"24h\"}");
  newsrail::answer_json(*read.index, options, newsrail::Question::kReadNext, read_next);
  newsrail::answer_json(*read.index, options, newsrail::Question::kTicker, "{}");
  newsrail::answer_json(*read.index, options, newsrail::Question::kRecordRead, read_next);
  return 1;
}

}  // extern "C"
