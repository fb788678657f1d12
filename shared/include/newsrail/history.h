// newsrail — the reader's own history (kept on their device, in localStorage by the loader) and
// how much a read weighs as it ages (the profile Read Next draws from it: reader_profile.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsrail/diagnostics.h"
#include "newsrail/json.h"
#include "newsrail/model.h"

namespace newsrail {

struct HistoryEntry {
  std::string id;    // Article id.
  Seconds time = 0;  // When it was read (UTC epoch seconds).
  std::string section;
  std::vector<std::string> tags;
};

struct ReadingHistory {
  std::vector<HistoryEntry> entries;  // Oldest first; at most `capacity`, one per id.
  std::size_t capacity = 200;
};

// Records that `article` was read at `time`: a re-read moves it to the newest place; the oldest
// entries go when over capacity. Never throws.
void record_read(ReadingHistory& history, const Article& article, Seconds time);

// Returns true when `id` is in the history.
bool has_read(const ReadingHistory& history, std::string_view id);

// Returns {"version":1,"entries":[{"id","t","s","tags"}]} (compact; what localStorage keeps).
std::string history_to_json(const ReadingHistory& history);

// Reads what history_to_json wrote. Corrupt or foreign input gives an empty history and a
// warning; bad entries are skipped with a warning each; never fails, never throws.
ReadingHistory history_from_json(std::string_view json, Diagnostics& diagnostics,
                                 std::size_t capacity = 200);
// The same, from a value already parsed (a history inside a request).
ReadingHistory history_from_value(const Json& root, Diagnostics& diagnostics,
                                  std::size_t capacity = 200);
// The history as history_to_json writes it (nlohmann-json's to_json, so Json(history) works).
void to_json(Json& out, const ReadingHistory& history);

// How fast a read stops counting towards the reader's affinities.
constexpr Seconds kAffinityHalfLife = 14 * 86400;

// What a read made at `time` weighs at `now`: 2^(-age / half_life), a read in the future counting
// as made now; 1 when half_life <= 0; 0 once it underflows. The reader's profile sums these
// (reader_profile.h).
double read_weight(Seconds time, Seconds now, Seconds half_life = kAffinityHalfLife);

}  // namespace newsrail
