// newsrail — every tunable of the ranking (weights, half-lives, thresholds) in one struct, with
// documented defaults, readable from and writable to JSON (the console exports it, the loader's
// data-config passes it, the CLI's --options reads it).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "newsrail/diagnostics.h"
#include "newsrail/model.h"

namespace newsrail {

struct MostReadOptions {
  Seconds half_life = 0;          // Recency decay of views by article age; 0 = none.
  Seconds max_age = 0;            // Older articles are left out; 0 = no bound.
  Seconds trending_short = 3600;  // Trending mode: the fast window ...
  Seconds trending_long = 86400;  // ... against the long window.
  double trending_smoothing = 5;  // Views added to both windows so 1 view in 1h is not a trend.
  double duplicate_title_similarity = 0.75;  // Title term Jaccard at or above it = the same story.
  bool include_unrecommended = false;  // List items with recommend:false (e.g. sponsored) too.
};

struct ReadNextOptions {
  // Score = sum of weight * feature, every feature in [0, 1] (read penalty subtracts).
  double text_weight = 1.0;      // Cosine of TF-IDF vectors (title and tags weigh 3x, summary 2x).
  double tags_weight = 0.35;     // IDF-weighted share of the current article's tags.
  double section_weight = 0.08;  // Same section.
  double region_weight = 0.05;   // Same region.
  double freshness_weight = 0.12;   // 2^(-age / freshness_half_life).
  double popularity_weight = 0.06;  // log(1 + views) / log(1 + most views in the feed).
  double affinity_weight = 0.10;    // The reader's sections and tags (their history).
  double read_penalty = 0.5;        // Subtracted from articles already read (when they are kept).
  Seconds freshness_half_life = 2 * 86400;
  Seconds popularity_window = 86400;
  Seconds max_age = 30 * 86400;        // Older candidates are left out; 0 = no bound.
  double relevance_threshold = 0.15;   // Minimum text+tags evidence to be "related", not fill.
  double diversity_lambda = 0.75;      // MMR: 1 = relevance only, 0 = diversity only.
  double duplicate_similarity = 0.90;  // Cosine at or above it to a chosen item = the same story.
  bool exclude_read = true;            // Leave out articles in the reader's history.
  std::size_t query_terms = 24;        // Terms of the current article used to find candidates.
};

struct TickerOptions {
  Seconds default_lifetime = 6 * 3600;      // For lines without date_expires.
  Seconds future_tolerance = 300;           // Lines dated this far ahead of `now` still show.
  double duplicate_text_similarity = 0.75;  // Term Jaccard at or above it = the same line.
};

struct RankingOptions {
  MostReadOptions most_read;
  ReadNextOptions read_next;
  TickerOptions ticker;
};

// Returns the options as pretty JSON: {"most_read": {...}, "read_next": {...}, "ticker": {...}},
// seconds written as "48h"-style durations. Never throws.
std::string ranking_options_to_json(const RankingOptions& options);

// Reads options from JSON; missing keys keep their defaults, bad values are warned about (with
// their JSON pointer) and ignored, unknown keys are warned about. Never throws.
RankingOptions ranking_options_from_json(std::string_view json, Diagnostics& diagnostics);

// Parses a duration: "90s", "30m", "6h", "2d", "1w" or a number of seconds. Returns -1 if invalid
// or longer than 100 years (so that `now` plus or minus a duration cannot overflow).
Seconds parse_duration(std::string_view text);

// Returns the shortest of "2d", "36h", "90m", "45s" that is exact.
std::string format_duration(Seconds seconds);

// Returns a views window as feeds name it (the keys of _newsrail.views): weeks from 2 weeks
// ("2w"), days from 2 days ("2d", "7d"), else hours ("1h", "24h", "36h"), else minutes ("30m").
// What `newsrail pack` writes and what the notes of a list say ("using 24h", not "using 1d").
std::string format_window(Seconds window);

}  // namespace newsrail
