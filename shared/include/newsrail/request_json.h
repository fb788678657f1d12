// newsrail — ranking requests read from and written to JSON: how the wasm module (and so the widget
// and the console) asks the core for a list. Field names follow the CLI's flags.
#pragma once

#include <cstddef>
#include <string_view>

#include "newsrail/diagnostics.h"
#include "newsrail/history.h"
#include "newsrail/json.h"
#include "newsrail/most_read.h"
#include "newsrail/read_next.h"
#include "newsrail/ticker.h"

namespace newsrail {

// The items a ranking request may ask for (its "limit", the CLI's --limit): one range for every
// adapter.
inline constexpr std::size_t kMinListLimit = 1;
inline constexpr std::size_t kMaxListLimit = 1000;

// {"window": "24h", "section": "Politics", "language": "en", "limit": 5, "exclude": ["id"],
// "trending": false,
//  "now": "RFC 3339" | epoch seconds}. Bad fields are warned about (JSON pointer) and ignored.
MostReadRequest most_read_request_from_json(std::string_view json, Diagnostics& diagnostics);

// {"article": "id or URL", "context": "page title", "language": "en", "limit": 4, "now": ...,
//  "candidates": ["id"], "history": <history_to_json object>}. The history goes to `history`.
ReadNextRequest read_next_request_from_json(std::string_view json, ReadingHistory& history,
                                            Diagnostics& diagnostics);

// {"limit": 10, "now": ...}.
TickerRequest ticker_request_from_json(std::string_view json, Diagnostics& diagnostics);

// The same requests as JSON (what the console shows as the widget would send it); the readers
// above give back the same request. Fields at their defaults are written too, but empty strings
// and lists and a history without entries are left out.
Json to_json(const MostReadRequest& request);
Json to_json(const ReadNextRequest& request, const ReadingHistory& history);
Json to_json(const TickerRequest& request);

}  // namespace newsrail
