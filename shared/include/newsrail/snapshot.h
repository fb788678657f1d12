// newsrail — the feed index as a snapshot: a FlatBuffer (shared/schema/snapshot.fbs) written
// where the feed is made (`newsrail pack --format binary`) and read by the browser's small
// ranking module without parsing or tokenising. Reading verifies the bytes
// (flatbuffers::Verifier, made for untrusted input) and checks every id against its table before
// the index is built; the index built is the one a JSON feed gives (FeedIndex::from_parts), so
// the rankings are the same on both.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "newsrail/diagnostics.h"
#include "newsrail/feed_index.h"

namespace newsrail {

// The layout written; read_snapshot refuses any other (a newer writer's snapshot included).
constexpr std::uint32_t kSnapshotVersion = 1;

// The FlatBuffers file identifier, at bytes 4..7 of every snapshot.
constexpr std::string_view kSnapshotIdentifier = "NRS1";

// Returns true when `bytes` start as a snapshot does (its identifier at bytes 4..7): what the
// CLI and the loader tell a snapshot from a JSON feed by. Says nothing of the rest.
bool looks_like_snapshot(std::string_view bytes);

// Returns the snapshot of `index` (bytes; deterministic). Everything the rankings read is kept:
// display fields, views, breaking lines, labels, each article's term counts and title terms;
// article texts are not (the counts stand for them). Never throws.
std::string write_snapshot(const FeedIndex& index);

// What a snapshot holds, as `newsrail validate` summarises it.
struct SnapshotSummary {
  std::uint32_t version = 0;
  std::size_t bytes = 0;
  std::size_t items = 0;
  std::size_t breaking = 0;
  std::size_t terms = 0;
  std::size_t labels = 0;
  Seconds generated_at = 0;
  std::string language;
};

struct SnapshotReadResult {
  std::optional<FeedIndex> index;  // nullopt when refused (then `diagnostics` has an error).
  SnapshotSummary summary;         // Filled as far as the bytes were read.
  Diagnostics diagnostics;         // Errors name the field ("/items/3/term_ids/7") and why.
};

// Verifies `bytes` and builds the index they hold (from a copy when `bytes` does not start on an
// 8-byte boundary in memory: FlatBuffers reads its 8-byte fields in place). Refuses (an error, no index) bytes that are
// not a snapshot, fail verification, carry another version, or hold an id outside its table,
// unsorted term ids, a weight that is not a positive finite number, or an item without id or
// title. Cost: linear in the snapshot's size; no text is tokenised. Never throws.
SnapshotReadResult read_snapshot(std::string_view bytes);

// A tiny snapshot (three items, two breaking lines: shared/schema/warm-snapshot.json), embedded by
// the newsrail::warm_snapshot library: what the small wasm module warms its code with.
extern const unsigned char kWarmSnapshot[];
extern const std::size_t kWarmSnapshot_size;

}  // namespace newsrail
