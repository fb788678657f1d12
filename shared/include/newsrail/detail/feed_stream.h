// newsrail — reading a JSON Feed document's bytes with nlohmann-json's SAX parser, without a DOM
// of the whole feed: each element of the top-level "items" array is built as a small DOM of its
// own, handed to the caller as soon as it closes and then dropped; the other top-level members
// (title, language, _newsrail ...) are kept as small DOMs. The feed parser (feed_parser.cpp) reads
// the model from these pieces. A detail of the core: not part of its public API.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsrail/json.h"

#include "newsrail/diagnostics.h"

namespace newsrail::detail {

// What the stream found besides the items.
struct FeedStream {
  Json::value_t root_type = Json::value_t::discarded;  // discarded: no value.
  Json members = Json::object();  // Top-level members except "items".
  Json::value_t items_type = Json::value_t::discarded;  // discarded: missing.
  std::size_t item_count = 0;  // Elements of "items", all of them (also those past the limit).

  bool failed = false;  // Not JSON, or nested too deeply: `error` says why, line/column where.
  Diagnostic error;
  // Numbers beyond the double range (nlohmann-json refuses them): each was read as null, with a
  // warning naming its JSON pointer, so it costs one field and not the feed.
  Diagnostics warnings;
};

// Receives the items as they close. The same item positions come in order, once each.
class ItemSink {
 public:
  virtual ~ItemSink() = default;
  // A top-level "items" array begins (again, for a document that repeats the key: the last one
  // counts, as for every duplicate key, so the items received so far should be forgotten).
  virtual void begin_items() = 0;
  // Element `position` of "items", any JSON type; the sink may move from it.
  virtual void item(std::size_t position, Json& value) = 0;
};

// Limits of the stream itself (the feed parser's ParseLimits carry the rest).
struct StreamLimits {
  std::size_t max_items = 20000;   // Items past it are parsed (for the syntax) but not built.
  std::size_t max_depth = 256;     // Deeper nesting: an error, with its line and column.
  std::size_t max_overflows = 16;  // More numbers beyond the double range: an error.
};

// Streams `json` (valid UTF-8, without a byte order mark: the feed parser repairs and strips
// first) into `sink`. Never throws; without exceptions too. Cost: one nlohmann-json SAX pass, plus
// one more pass per number beyond the double range (rare; at most max_overflows).
FeedStream stream_feed(std::string_view json, const StreamLimits& limits, ItemSink& sink);

// Returns the 1-based line and column (in bytes) of byte `offset` of `text`.
void line_and_column(std::string_view text, std::size_t offset, int& line, int& column);

}  // namespace newsrail::detail
