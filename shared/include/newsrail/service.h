// newsrail — the service layer: every question the core answers is one entry here, a query type,
// an answer type and one function. The adapters (the CLI's subcommands, the wasm C ABI, the
// console's state) build a query, call the entry and write its answer (service_json.h); they never
// call a ranking themselves. run() is the one place that resolves "now" (the query's, else the
// feed's generated_at) and the one place a ranking is called from.
//
// Adding a ranking module: its request type and ranking function (e.g. foo.h), one entry here
// (FooQuery, FooAnswer, run), its JSON in service_json.h (query from JSON, answer to JSON, a
// Question), then the adapters: a CLI subcommand, a wasm export over answer_json, the console's
// state. README.md, "Layout", lists the steps.
//
// Index of this file
// [SECTION] Most Read
// [SECTION] Read Next
// [SECTION] Breaking ticker
// [SECTION] Record a read
// [SECTION] Validate a feed
// [SECTION] Load a feed
// [SECTION] Options
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "newsrail/diagnostics.h"
#include "newsrail/feed_index.h"
#include "newsrail/feed_parser.h"
#include "newsrail/history.h"
#include "newsrail/most_read.h"
#include "newsrail/ranked.h"
#include "newsrail/ranking_options.h"
#include "newsrail/read_next.h"
#include "newsrail/reader_profile.h"
#include "newsrail/snapshot.h"
#include "newsrail/ticker.h"

namespace newsrail {

//-----------------------------------------------------------------------------
// [SECTION] Most Read
//-----------------------------------------------------------------------------

struct MostReadQuery {
  MostReadRequest request;  // request.now: 0 = the feed's generated_at.
  Diagnostics diagnostics;  // What reading the request found (service_json.h); passed on.
};

struct MostReadAnswer {
  Seconds now = 0;          // The time ranked at: the request's, else the feed's generated_at.
  Diagnostics diagnostics;  // The query's (written as "request: ..." notes).
  RankedList list;
  Seconds views_window = 0;  // The feed's window nearest the one asked for (each item's views).
};

// Ranks Most Read at the resolved now with options.most_read and the shared rules (same_story.h:
// the same-story thresholds, the future tolerance). Pure; never throws.
MostReadAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const MostReadQuery& query);

//-----------------------------------------------------------------------------
// [SECTION] Read Next
//-----------------------------------------------------------------------------

struct ReadNextQuery {
  ReadNextRequest request;  // request.now: 0 = the feed's generated_at.
  ReadingHistory history;   // The reader's (the widget's localStorage).
  Diagnostics diagnostics;  // What reading the request found; passed on.
};

struct ReadNextAnswer {
  Seconds now = 0;
  Diagnostics diagnostics;
  RankedList list;
  Seconds views_window = 0;  // The feed's window nearest options.read_next.popularity_window:
                             // each item's views there order the fill items.
};

// Ranks Read Next at the resolved now with options.read_next and the shared rules (same_story.h).
// Builds the reader's profile (reader_profile.h) from query.history. Pure; never throws.
ReadNextAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const ReadNextQuery& query);
// The same with the profile of query.history over `index` already built, e.g. by the
// ReaderProfileCache of whoever holds the feed (the wasm module, the console): query.history is
// then not read again.
ReadNextAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const ReadNextQuery& query, const ReaderProfile& profile);

//-----------------------------------------------------------------------------
// [SECTION] Breaking ticker
//-----------------------------------------------------------------------------

struct TickerQuery {
  TickerRequest request;  // request.now: 0 = the feed's generated_at.
  Diagnostics diagnostics;
};

struct TickerAnswer {
  Seconds now = 0;
  Diagnostics diagnostics;
  RankedList list;               // RankedItem::index: the line's position in Feed::breaking.
  Seconds default_lifetime = 0;  // options.ticker's: the expiry of lines without date_expires.
};

// Lists the breaking lines active at the resolved now with options.ticker. Never throws.
TickerAnswer run(const FeedIndex& index, const RankingOptions& options, const TickerQuery& query);

//-----------------------------------------------------------------------------
// [SECTION] Record a read
//-----------------------------------------------------------------------------

struct RecordReadQuery {
  ReadingHistory history;  // The reader's history before the read.
  std::string article;     // Id or URL, else the page's title names it (FeedIndex::find_current).
  std::string context;     // The page's title ("" = none).
  std::string language;    // The page's language, for the title ("" = the feed's).
  Seconds now = 0;         // When it was read; 0 = the feed's generated_at.
  Diagnostics diagnostics;
};

struct RecordReadAnswer {
  Seconds now = 0;  // The time the read was recorded at.
  Diagnostics diagnostics;
  ReadingHistory history;  // With the read recorded; unchanged when the article is not found.
  bool found = false;      // The article is in the feed.
};

// Records the read (record_read, history.h) at the resolved now. Never throws.
RecordReadAnswer run(const FeedIndex& index, const RankingOptions& options,
                     const RecordReadQuery& query);

//-----------------------------------------------------------------------------
// [SECTION] Validate a feed
//-----------------------------------------------------------------------------

struct ValidateAnswer {
  FeedParseResult parsed;  // A JSON feed: the feed (usable() or not) and every diagnostic.
  std::optional<SnapshotReadResult> snapshot;  // Set when the bytes are a snapshot (snapshot.h);
                                               // `parsed` is then empty.
  bool usable() const { return snapshot ? snapshot->index.has_value() : parsed.usable(); }
  const Diagnostics& diagnostics() const {
    return snapshot ? snapshot->diagnostics : parsed.diagnostics;
  }
};

// Reads `bytes` as a snapshot when they start as one (looks_like_snapshot), else parses them as
// a JSON feed (parse_feed). Never throws.
ValidateAnswer validate(std::string_view bytes);

//-----------------------------------------------------------------------------
// [SECTION] Load a feed
//-----------------------------------------------------------------------------

// A feed, indexed, from either form, and what reading it said.
struct LoadAnswer {
  std::optional<FeedIndex> index;  // nullopt when the bytes were unusable.
  Diagnostics diagnostics;         // Errors when unusable; else the JSON feed's warnings.
  bool snapshot = false;           // The bytes were a snapshot.
};

// Indexes `bytes`: a snapshot is read (read_snapshot), a JSON feed parsed and indexed. What the
// CLI's ranking commands load FEED with. Never throws.
LoadAnswer load(std::string_view bytes);

//-----------------------------------------------------------------------------
// [SECTION] Options
//-----------------------------------------------------------------------------

// The options every run() takes are read and written by ranking_options_from_json and
// ranking_options_to_json (ranking_options.h): that pair is this entry.

}  // namespace newsrail
