// newsrail console — what the console knows: the loaded feed and its index, the ranking options,
// the editor's selection (current article, now, window, section, trending), the simulated
// reader's history, and everything computed from them (the three lists, the feed's health).
//
// Panels edit the public inputs and then call Changed(); Update() (once per frame, before the
// panels draw) recomputes the lists and the time-dependent checks only when something changed.
// Nothing is recomputed on a frame where no input changed.
//
// Index of this file
// [SECTION] Inputs
// [SECTION] Derived values
// [SECTION] ConsoleState
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "feed_health.h"
#include "newsrail/click_eval.h"
#include "newsrail/diagnostics.h"
#include "newsrail/feed_index.h"
#include "newsrail/history.h"
#include "newsrail/most_read.h"
#include "newsrail/ranked.h"
#include "newsrail/ranking_options.h"
#include "newsrail/read_next.h"
#include "newsrail/reader_profile.h"
#include "newsrail/ticker.h"

namespace nrc {

using newsrail::Seconds;

// The wall clock: UTC epoch seconds now.
Seconds WallClock();

//-----------------------------------------------------------------------------
// [SECTION] Inputs
//-----------------------------------------------------------------------------

// What the editor chose. The limits are the widget's defaults (demo page attributes).
struct Selection {
  std::string article;  // Id of the article being read; "" = none (Read Next has no query).
  Seconds now = 0;      // UTC epoch seconds every list is ranked at; set to generated_at on load.
  bool live = false;    // `now` follows the wall clock (Update() sets it); any other change of
                        // `now` ends it.
  Seconds window = 86400;    // Most Read window: 3600, 21600, 86400, 604800.
  std::string section;       // Most Read section; "" = every section.
  bool trending = false;     // Most Read by lift of the short window over the long one.
  bool page_is_read = true;  // Count the current article as read at `now`, as the widget does: it
                             // records the page it is on before it ranks Read Next.
  int most_read_limit = 5;
  int read_next_limit = 4;
  int ticker_limit = 10;
};

// How the last load went.
struct LoadStatus {
  std::string source;       // URL or dropped file name of the last attempt.
  std::string loaded_from;  // Source of the feed now shown ("" = none yet).
  std::string error;        // Why the last attempt failed; "" when it did not.
  bool loading = false;     // A fetch is on its way.
  std::size_t bytes = 0;    // Size of the feed now shown.
  double parse_ms = 0;      // parse_feed() of the feed now shown.
  double index_ms = 0;      // FeedIndex construction.
  int generation = 0;       // Increments on each successful load (panels reset their caches).
};

//-----------------------------------------------------------------------------
// [SECTION] Derived values
//-----------------------------------------------------------------------------

// The three lists as the widget would show them, with the requests that produced them.
struct Lists {
  newsrail::MostReadRequest most_read_request;
  newsrail::ReadNextRequest read_next_request;
  newsrail::TickerRequest ticker_request;
  newsrail::RankedList most_read;
  newsrail::RankedList read_next;
  newsrail::ReadingHistory read_next_history;  // The history Read Next was ranked with: the
                                               // reader's, plus the current page (page_is_read).
  newsrail::RankedList read_next_no_history;   // Same request, the page alone as history: what
                                               // the simulated reader's history changed.
  newsrail::ReaderProfile read_next_profile;   // read_next_history's profile (reader_profile.h).
  newsrail::RankedList ticker;
  // The three requests as JSON (ConsoleState::MostReadRequestJson and the others).
  std::string most_read_request_json, read_next_request_json, ticker_request_json;
  Seconds most_read_window = 0;  // The window the feed had (nearest to the one asked for).
  double ms = 0;                 // Time the last recomputation took.
  int generation = 0;            // Increments on each recomputation.
};

//-----------------------------------------------------------------------------
// [SECTION] ConsoleState
//-----------------------------------------------------------------------------

// A click task set (click_eval.h, as bench/click_bench.cpp --write-tasks writes it) and Read
// Next's score on it: what a weight does, measured, as the editor moves it.
struct ClickBench {
  std::vector<newsrail::ClickTask> tasks;
  std::string source;
  std::size_t warnings = 0;         // What reading the set skipped.
  std::size_t missing = 0;          // Tasks whose article is not in the loaded feed.
  newsrail::ClickMetrics metrics;   // At the current options.
  newsrail::ClickMetrics defaults;  // At the default options.
  double ms = 0;                    // Time the last evaluation took.
  std::string evaluated;            // The options (JSON) `metrics` are for; "" = none yet.
  int generation = 0;               // The feed they were evaluated on (status().generation).
};

class ConsoleState {
 public:
  ConsoleState() { WriteRequestsJson(); }  // The requests before any feed: the defaults.

  // Inputs: edit, then call Changed().
  newsrail::RankingOptions options;
  Selection selection;
  newsrail::ReadingHistory history;
  std::string feed_url;  // The URL field of the toolbar (?feed= of the page at start).

  // Marks the lists and the time-dependent checks as stale.
  void Changed() { stale_ = true; }
  // Moves `now` to the wall clock when selection.live, then recomputes what is stale. Returns
  // true when anything was recomputed.
  bool Update();

  // Feed loading (called from the fetch bridge and the file drop).
  void BeginLoad(const std::string& source);
  // Parses and indexes `bytes`. A feed that cannot be used leaves the previous one loaded and
  // sets status().error; its diagnostics are kept either way, so the editor sees why.
  void LoadFeed(std::string_view bytes, const std::string& source);
  void LoadFailed(const std::string& source, const std::string& message);

  bool has_feed() const { return status_.generation > 0; }
  const newsrail::FeedIndex& index() const { return index_; }
  const newsrail::Feed& feed() const { return index_.feed(); }
  const newsrail::Diagnostics& diagnostics() const { return diagnostics_; }
  const LoadStatus& status() const { return status_; }
  const Lists& lists() const { return lists_; }
  const FeedHealth& health() const { return health_; }
  const ClickBench& click_bench() const { return click_; }

  // Reads a click task set; Read Next's metrics on it follow the options from the next Update().
  // A set that cannot be read keeps the previous one and says why in click_bench().source.
  void LoadClickTasks(std::string_view bytes, const std::string& source);

  // Earliest and latest time worth ranking at: the feed's dates and expiries, generated_at.
  Seconds span_begin() const { return span_begin_; }
  Seconds span_end() const { return span_end_; }
  Seconds feed_time() const { return feed().generated_at ? feed().generated_at : span_end_; }

  // Index of the selected article in the feed, or -1.
  int current_index() const;
  // Adds article `i` to the simulated reader's history, read at `selection.now`.
  void RecordRead(std::size_t i);
  // Restores every ranking option to its default.
  void ResetOptions();

  // The requests of the current lists as JSON, in the fields the widget sends to the wasm core
  // (request_json.h); pasted into the core's nr_most_read / nr_read_next / nr_ticker they give
  // the same lists. Written once per recomputation.
  const std::string& MostReadRequestJson() const { return lists_.most_read_request_json; }
  const std::string& ReadNextRequestJson() const { return lists_.read_next_request_json; }
  const std::string& TickerRequestJson() const { return lists_.ticker_request_json; }

 private:
  void RecomputeSpan();
  void RecomputeLists();
  void WriteRequestsJson();  // The *_request_json of lists_, from its requests.

  newsrail::FeedIndex index_;
  newsrail::ReaderProfileCache profiles_;  // Keyed by status_.generation and the history.
  ClickBench click_;
  void EvaluateClicks();  // Re-scores click_ when the options or the feed changed.
  newsrail::Diagnostics diagnostics_;
  LoadStatus status_;
  Lists lists_;
  FeedHealth health_;
  Seconds span_begin_ = 0;
  Seconds span_end_ = 0;
  bool stale_ = true;
};

}  // namespace nrc
