// newsrail — the feed model: plain, copyable value types shared by the parser, the ranking and
// every front end (CLI, WebAssembly). Times are UTC seconds since the Unix epoch; 0 means unknown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace newsrail {

using Seconds = std::int64_t;  // UTC seconds since 1970-01-01T00:00:00Z; 0 = unknown.

struct Image {
  std::string url;     // http(s) or relative; empty = no image.
  std::string alt;     // Text alternative for screen readers (may be empty).
  std::string credit;  // e.g. "(AP)"; shown as a caption, never as alt.
};

// Views counted over one trailing window, e.g. {86400, 340} for "24h".
struct ViewCount {
  Seconds window = 0;  // Window length in seconds (3600 = "1h").
  std::int64_t views = 0;
};

// One precomputed matching term of a packed feed (see `newsrail pack`): a normalised, stemmed
// term and its field-weighted frequency in the full text.
struct WeightedTerm {
  std::string term;
  float weight = 0;  // > 0
};

struct Article {
  std::string id;       // Unique within the feed; never empty.
  std::string url;      // http(s) or relative; may be empty.
  std::string title;    // Plain text; never empty.
  std::string summary;  // Plain text.
  std::string text;     // Plain text of the body (content_text, or content_html turned to text).
  std::vector<std::string> authors;
  std::string section;  // e.g. "Politics"; empty = none.
  std::string region;   // e.g. "Europe"; empty = none.
  std::vector<std::string> tags;
  std::string language;  // BCP 47 tag ("en", "ar", "es-419"); the feed's when the item has none.
  Seconds published = 0;
  Seconds modified = 0;  // Equals published when the feed gives none.
  Image image;
  int reading_minutes = 1;  // >= 1: the feed's value, else (summary + body words) / 200 rounded up.
  std::vector<ViewCount> views;      // Sorted by window, one entry per window, views >= 0.
  std::vector<std::string> related;  // Ids pinned by editors, in their order.
  bool recommend = true;             // false: never shown by Read Next (e.g. sponsored).
  std::vector<WeightedTerm> terms;   // Packed feeds only: replaces the text for matching.
};

// The most terms an item of a packed feed keeps: parse_feed warns about more and drops them, so
// `newsrail pack` writes no more.
constexpr std::size_t kMaxItemTerms = 64;

struct BreakingItem {
  std::string id;    // Unique among breaking items; never empty.
  std::string text;  // Plain text; never empty.
  std::string url;   // http(s) or relative; empty = no link.
  Seconds published = 0;
  Seconds expires = 0;  // 0 = none given (the ticker applies its default lifetime).
  int priority = 0;     // Higher shows first; kMinBreakingPriority..kMaxBreakingPriority.
};

// The range of BreakingItem::priority (the feed parser and the snapshot reader refuse others).
constexpr int kMinBreakingPriority = -1000;
constexpr int kMaxBreakingPriority = 1000;

struct Feed {
  std::string title;
  std::string home_page_url;
  std::string feed_url;
  std::string language;  // BCP 47; empty = unknown.
  Seconds generated_at = 0;
  std::vector<std::string> sections;   // Navigation order, optional (_newsrail.sections).
  std::vector<std::string> regions;    // Navigation order, optional (_newsrail.regions).
  std::vector<Article> items;          // Feed order; ids unique.
  std::vector<BreakingItem> breaking;  // Feed order; ids unique.
};

// Returns the view count of `article` for exactly `window` seconds, or -1 when the feed has none.
std::int64_t views_in_window(const Article& article, Seconds window);

}  // namespace newsrail
