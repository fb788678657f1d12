// newsrail — the small WebAssembly module's own export (newsrail-rank): a snapshot (snapshot.h),
// verified and read into the index without parsing or tokenising. It has no JSON feed parser; the
// exports both modules share (options, rankings, history) are in abi.cpp.
#include <emscripten/emscripten.h>

#include "abi.h"
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
  if (read.index) newsrail::abi::loaded_index() = std::move(*read.index);
  return newsrail::abi::set_output(std::move(report));
}

}  // extern "C"
