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

// The fields below hold the defaults; what each one means, its JSON key, its range and how the
// console slides it are described once, in kRankingOptions further down.

struct MostReadOptions {
  Seconds half_life = 0;
  Seconds max_age = 0;
  Seconds trending_short = 3600;
  Seconds trending_long = 86400;
  double trending_smoothing = 5;
  double duplicate_title_similarity = 0.75;
  bool include_unrecommended = false;
};

struct ReadNextOptions {
  // Score = sum of weight * feature, every feature in [0, 1] (read penalty subtracts).
  double text_weight = 1.0;
  double tags_weight = 0.35;
  double section_weight = 0.08;
  double region_weight = 0.05;
  double freshness_weight = 0.12;
  double popularity_weight = 0.06;
  double affinity_weight = 0.8;       // Tuned: bench/RESULTS.md, section 7.
  double affinity_text_weight = 0.2;  // Tuned: bench/RESULTS.md, section 7.
  double read_penalty = 0.5;
  Seconds freshness_half_life = 2 * 86400;
  Seconds popularity_window = 86400;
  Seconds max_age = 30 * 86400;
  double relevance_threshold = 0.15;
  double diversity_lambda = 0.75;
  double duplicate_similarity = 0.90;
  bool exclude_read = true;
  std::size_t query_terms = 24;
};

struct TickerOptions {
  Seconds default_lifetime = 6 * 3600;
  Seconds future_tolerance = 300;
  double duplicate_text_similarity = 0.75;
};

struct RankingOptions {
  MostReadOptions most_read;
  ReadNextOptions read_next;
  TickerOptions ticker;
};

// The longest duration an option (or parse_duration) takes: 100 years, so that `now` plus or
// minus a duration cannot overflow.
constexpr Seconds kMaxDuration = Seconds{100} * 365 * 86400;

//-----------------------------------------------------------------------------
// The one description of every option
//-----------------------------------------------------------------------------

enum class OptionKind {
  kNumber,    // double; JSON number.
  kDuration,  // Seconds; JSON "90s", "30m", "6h", "2d", "1w" or whole seconds; written as "2d".
  kBoolean,   // bool; JSON true or false.
  kCount,     // std::size_t; JSON whole number.
};

// Where an option's value lives in RankingOptions. The field's C++ type gives the kind, so the
// two cannot disagree: built from `+[](RankingOptions& o) { return &o.read_next.text_weight; }`.
struct OptionField {
  constexpr OptionField(double* (*f)(RankingOptions&)) : kind(OptionKind::kNumber), number(f) {}
  constexpr OptionField(Seconds* (*f)(RankingOptions&))
      : kind(OptionKind::kDuration), duration(f) {}
  constexpr OptionField(bool* (*f)(RankingOptions&)) : kind(OptionKind::kBoolean), boolean(f) {}
  constexpr OptionField(std::size_t* (*f)(RankingOptions&)) : kind(OptionKind::kCount), count(f) {}

  OptionKind kind;
  // The one of the option's kind is set; the others are nullptr.
  double* (*number)(RankingOptions&) = nullptr;
  Seconds* (*duration)(RankingOptions&) = nullptr;
  bool* (*boolean)(RankingOptions&) = nullptr;
  std::size_t* (*count)(RankingOptions&) = nullptr;
};

// One option. Its default is the initialiser of its field above (read through `field` from a
// RankingOptions{}), not repeated here.
struct OptionInfo {
  const char* group;  // "most_read", "read_next" or "ticker": the JSON object it is in.
  const char* key;    // Its JSON key (the C++ field name).
  OptionField field;
  // Accepted values (not booleans): min .. max, in seconds for durations; a value outside is
  // warned about with its JSON pointer and the previous value is kept.
  double min;
  double max;
  bool min_exclusive;  // true: min itself is refused (a divisor's summand).
  // Where the console's slider ends, in the option's own unit (seconds for durations). It is
  // `max` unless that range is too wide to slide (durations of up to 100 years, a million of
  // smoothing); a larger value can still be typed into the slider (Ctrl+click) or given in JSON.
  double slider_max;
  const char* unit;  // How the console shows it: "" (numbers, counts), "min", "h" or "d".
  const char* help;  // One line: what it does.
};

inline constexpr double kDurationMax = static_cast<double>(kMaxDuration);
inline constexpr double kQueryTermsMax = 1000;

// Every option, in JSON order: the JSON reader and writer, the range checks, `newsrail options
// --help` (and the README's table printed by it) and the console's Tuning sliders walk it.
inline constexpr OptionInfo kRankingOptions[] = {
    // most_read
    {"most_read", "half_life", +[](RankingOptions& o) { return &o.most_read.half_life; }, 0,
     kDurationMax, false, 7 * 86400, "h", "Recency decay of views by article age; 0 = none."},
    {"most_read", "max_age", +[](RankingOptions& o) { return &o.most_read.max_age; }, 0,
     kDurationMax, false, 30 * 86400, "d", "Older articles are left out; 0 = no bound."},
    {"most_read", "trending_short", +[](RankingOptions& o) { return &o.most_read.trending_short; },
     1, kDurationMax, false, 48 * 3600, "h",
     "Trending mode: the fast window (shorter than trending_long, else both keep their "
     "defaults)."},
    {"most_read", "trending_long", +[](RankingOptions& o) { return &o.most_read.trending_long; }, 1,
     kDurationMax, false, 14 * 86400, "h",
     "Trending mode: the window the fast one is compared with."},
    {"most_read", "trending_smoothing",
     +[](RankingOptions& o) { return &o.most_read.trending_smoothing; }, 0, 1e6, true, 100, "",
     "Views added to both trending windows, so 1 view in an hour is not a trend."},
    {"most_read", "duplicate_title_similarity",
     +[](RankingOptions& o) { return &o.most_read.duplicate_title_similarity; }, 0, 1, false, 1, "",
     "Headline term Jaccard at or above which two articles are the same story, in Most Read, "
     "Read Next, the console's duplicate groups and when a page title names an item."},
    {"most_read", "include_unrecommended",
     +[](RankingOptions& o) { return &o.most_read.include_unrecommended; }, 0, 1, false, 1, "",
     "List items with recommend: false (e.g. sponsored) too; false = left out."},
    // read_next
    {"read_next", "text_weight", +[](RankingOptions& o) { return &o.read_next.text_weight; }, 0, 10,
     false, 10, "",
     "Weight of the TF-IDF cosine with the current article (title and tags weigh 3x, summary "
     "2x)."},
    {"read_next", "tags_weight", +[](RankingOptions& o) { return &o.read_next.tags_weight; }, 0, 10,
     false, 10, "", "Weight of the IDF-weighted share of the current article's tags."},
    {"read_next", "section_weight", +[](RankingOptions& o) { return &o.read_next.section_weight; },
     0, 10, false, 10, "", "Weight of being in the current article's section."},
    {"read_next", "region_weight", +[](RankingOptions& o) { return &o.read_next.region_weight; }, 0,
     10, false, 10, "", "Weight of being in the current article's region."},
    {"read_next", "freshness_weight",
     +[](RankingOptions& o) { return &o.read_next.freshness_weight; }, 0, 10, false, 10, "",
     "Weight of 2^(-age / freshness_half_life)."},
    {"read_next", "popularity_weight",
     +[](RankingOptions& o) { return &o.read_next.popularity_weight; }, 0, 10, false, 10, "",
     "Weight of log(1 + views) / log(1 + most views in the feed), in popularity_window."},
    {"read_next", "affinity_weight",
     +[](RankingOptions& o) { return &o.read_next.affinity_weight; }, 0, 10, false, 10, "",
     "Weight of the reader's leaning to the article's section and tags (their history)."},
    {"read_next", "affinity_text_weight",
     +[](RankingOptions& o) { return &o.read_next.affinity_text_weight; }, 0, 10, false, 10, "",
     "Weight of the cosine of the article with the terms of the reader's reads still in the "
     "feed (their history, decayed by its half-life)."},
    {"read_next", "read_penalty", +[](RankingOptions& o) { return &o.read_next.read_penalty; }, 0,
     10, false, 10, "",
     "Subtracted from articles already read, when they are kept (exclude_read false)."},
    {"read_next", "freshness_half_life",
     +[](RankingOptions& o) { return &o.read_next.freshness_half_life; }, 1, kDurationMax, false,
     14 * 86400, "h", "Age at which freshness halves."},
    {"read_next", "popularity_window",
     +[](RankingOptions& o) { return &o.read_next.popularity_window; }, 1, kDurationMax, false,
     7 * 86400, "h", "Views window popularity reads (the nearest one the feed has is used)."},
    {"read_next", "max_age", +[](RankingOptions& o) { return &o.read_next.max_age; }, 0,
     kDurationMax, false, 90 * 86400, "d",
     "Older candidates are left out (pins excepted); 0 = no bound."},
    {"read_next", "relevance_threshold",
     +[](RankingOptions& o) { return &o.read_next.relevance_threshold; }, 0, 1, false, 1, "",
     "Minimum text + tags evidence to count as related; below it an article is for-you or fill, "
     "ordered by the same score."},
    {"read_next", "diversity_lambda",
     +[](RankingOptions& o) { return &o.read_next.diversity_lambda; }, 0, 1, false, 1, "",
     "MMR: 1 = relevance only, lower = more diverse (similar picks are pushed down)."},
    {"read_next", "duplicate_similarity",
     +[](RankingOptions& o) { return &o.read_next.duplicate_similarity; }, 0, 1, false, 1, "",
     "Text cosine at or above which two articles are the same story (Read Next never shows "
     "both; the console groups them)."},
    {"read_next", "exclude_read", +[](RankingOptions& o) { return &o.read_next.exclude_read; }, 0,
     1, false, 1, "", "Leave out articles in the reader's history."},
    {"read_next", "query_terms", +[](RankingOptions& o) { return &o.read_next.query_terms; }, 1,
     kQueryTermsMax, false, 100, "",
     "Strongest terms of the current article used to find candidates."},
    // ticker
    {"ticker", "default_lifetime", +[](RankingOptions& o) { return &o.ticker.default_lifetime; }, 1,
     kDurationMax, false, 48 * 3600, "h", "How long a line without date_expires stays up."},
    {"ticker", "future_tolerance", +[](RankingOptions& o) { return &o.ticker.future_tolerance; }, 0,
     kDurationMax, false, 2 * 3600, "min",
     "Articles and lines dated this far ahead of now still show (clock skew), in every list."},
    {"ticker", "duplicate_text_similarity",
     +[](RankingOptions& o) { return &o.ticker.duplicate_text_similarity; }, 0, 1, false, 1, "",
     "Term Jaccard at or above which two lines are the same (one shown)."},
};

// The option's value in `options` as a double (numbers, durations in seconds, counts; booleans
// 0 or 1).
double option_number_value(const OptionInfo& option, const RankingOptions& options);

// The option's value as the JSON and the help table write it: "2d", "0.35", "true", "24".
std::string option_value_text(const OptionInfo& option, const RankingOptions& options);

// The accepted values: "0 .. 10", "> 0 .. 1000000", "1s .. 36500d", "1 .. 1000", "true, false".
std::string option_range_text(const OptionInfo& option);

// Seconds per display unit of a duration ("min" 60, "h" 3600, "d" 86400); 1 for other options.
double option_unit_seconds(const OptionInfo& option);

//-----------------------------------------------------------------------------
// JSON
//-----------------------------------------------------------------------------

// Returns the options as pretty JSON: {"most_read": {...}, "read_next": {...}, "ticker": {...}},
// seconds written as "48h"-style durations. Never throws.
std::string ranking_options_to_json(const RankingOptions& options);

// Reads options from JSON; missing keys keep their defaults, bad values are warned about (with
// their JSON pointer) and ignored, unknown keys are warned about. Never throws.
RankingOptions ranking_options_from_json(std::string_view json, Diagnostics& diagnostics);

// Returns {"options": <as ranking_options_to_json>, "diagnostics": [{"severity": "warning",
// "path": "/read_next/text_wieght", "message": "unknown option; ignored"}, ...]} as compact JSON:
// what nr_set_options answers. Never throws.
std::string ranking_options_report_json(const RankingOptions& options,
                                        const Diagnostics& diagnostics);

// Parses a duration: "90s", "30m", "6h", "2d", "1w" or a number of seconds. Returns -1 if invalid
// or longer than kMaxDuration.
Seconds parse_duration(std::string_view text);

// Returns the shortest of "2d", "36h", "90m", "45s" that is exact.
std::string format_duration(Seconds seconds);

// Returns a views window as feeds name it (the keys of _newsrail.views): weeks from 2 weeks
// ("2w"), days from 2 days ("2d", "7d"), else hours ("1h", "24h", "36h"), else minutes ("30m").
// What `newsrail pack` writes and what the notes of a list say ("using 24h", not "using 1d").
std::string format_window(Seconds window);

}  // namespace newsrail
