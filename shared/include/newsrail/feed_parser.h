// newsrail — reads a JSON Feed 1.1 document with the `_newsrail` extension into a Feed.
//
// Bad input gets a clear diagnostic and loses nothing good: a document that cannot be read at all
// gives one kError; a bad item or breaking line is skipped with a kWarning naming its JSON pointer
// and the rest of the feed loads; a bad optional field is dropped with a kWarning and its item
// kept.
#pragma once

#include <cstddef>
#include <string_view>

#include "newsrail/diagnostics.h"
#include "newsrail/model.h"

namespace newsrail {

// Limits that keep a hostile or broken feed from costing unbounded memory or time.
struct ParseLimits {
  std::size_t max_feed_bytes = 16u << 20;   // Larger input: kError, nothing parsed.
  std::size_t max_items = 20000;            // Items past it: ignored, one kWarning.
  std::size_t max_breaking = 500;           // Breaking lines past it: ignored, one kWarning.
  std::size_t max_id_bytes = 512;           // Longer id: the item is skipped.
  std::size_t max_url_bytes = 4096;         // Longer url: the item is skipped (image: dropped).
  std::size_t max_title_bytes = 1024;       // Longer title / breaking text: truncated, kWarning.
  std::size_t max_summary_bytes = 8192;     // Longer summary: truncated, kWarning.
  std::size_t max_text_bytes = 512u << 10;  // Longer body text or HTML: truncated, kWarning.
  std::size_t max_field_bytes = 512;        // Section, region, tag, author, alt, credit: truncated.
  std::size_t max_list_entries = 100;       // Tags, authors, related, sections, regions: truncated.
};

struct FeedParseResult {
  Feed feed;                // Whatever could be read; empty when usable() is false.
  Diagnostics diagnostics;  // In document order, then the checks across items (related ids).
  // Returns true when the feed could be read (no kError); it may still hold warnings.
  bool usable() const { return !has_error(diagnostics); }
};

// Parses `json` (UTF-8; invalid bytes are replaced with U+FFFD and reported). Never throws, also
// when compiled without exceptions. Cost: one nlohmann-json SAX pass over the bytes; each item is
// built as a small DOM, read into the Feed and dropped (detail/feed_stream.h).
FeedParseResult parse_feed(std::string_view json, const ParseLimits& limits = {});

// The two JSON Feed versions accepted ("https://jsonfeed.org/version/1.1" and ".../version/1").
extern const char* const kJsonFeedVersion11;
extern const char* const kJsonFeedVersion10;

}  // namespace newsrail
