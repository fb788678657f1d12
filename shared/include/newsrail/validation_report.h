// newsrail — the validation report of a parsed feed, as the CLI (--json) and the wasm module give
// it.
#pragma once

#include <string>

#include "newsrail/feed_parser.h"
#include "newsrail/snapshot.h"

namespace newsrail {

// Returns {"usable":bool,"form":"json","items":N,"breaking":N,"language":"en","generated_at":
// "RFC 3339" or "","errors":N,"warnings":N,"diagnostics":[{severity, path, message, line?,
// column?}]} as compact JSON, or indented by `indent` spaces per level. Never throws.
std::string validation_report_json(const FeedParseResult& result, int indent = -1);

// The same report for a snapshot: "form":"snapshot", the same keys, and "snapshot":{"version",
// "bytes","terms","labels"}. Never throws.
std::string validation_report_json(const SnapshotReadResult& result, int indent = -1);

}  // namespace newsrail
