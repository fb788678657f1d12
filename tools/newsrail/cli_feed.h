// newsrail CLI — loading what the ranking commands share: the feed (indexed), the options, the
// reader's history and `--now`.
#pragma once

#include <optional>
#include <string>

#include "cli_io.h"
#include "newsrail/feed_index.h"
#include "newsrail/history.h"
#include "newsrail/ranking_options.h"

namespace newsrail::cli {

// Reads and indexes a feed: a JSON feed or a snapshot (`pack --format binary`), told apart by its
// bytes (service.h's load). Warnings go to stderr as one summary line; an unusable feed prints its
// error and returns nullopt.
std::optional<FeedIndex> load_index(const std::string& path);

// Writes `feed` as JSON (feed_writer.h; indented with --pretty) and a newline to `out_path`
// (nullopt or "-" = stdout). Returns kExitOk, or kExitUnusable after saying it could not write.
int write_feed(const Feed& feed, bool pretty, const std::optional<std::string>& out_path);

// Reads --options FILE into `options` (warnings to stderr). Returns false when unreadable.
bool load_options(const std::optional<std::string>& path, RankingOptions& options);

// Reads --history FILE (warnings to stderr; corrupt = empty). Returns false when unreadable.
bool load_history(const std::optional<std::string>& path, ReadingHistory& history);

// Reads --now (RFC 3339 or epoch seconds); absent = the feed's generated_at (0). Returns false
// and prints a usage error when it is neither.
bool parse_now(const std::optional<std::string>& text, Seconds& now);

// Reads --limit; returns false outside kMinListLimit..kMaxListLimit (request_json.h).
bool parse_limit(const std::optional<std::string>& text, std::size_t& limit);

// "--limit must be 1 to 1000, not ": the start of the usage error for a bad --limit.
std::string limit_range_text();

}  // namespace newsrail::cli
