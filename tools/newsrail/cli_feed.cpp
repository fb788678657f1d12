// newsrail CLI — shared loading for the ranking commands.
#include "cli_feed.h"

#include <cstdio>

#include "newsrail/feed_writer.h"
#include "newsrail/request_json.h"
#include "newsrail/rfc3339.h"
#include "newsrail/service.h"

namespace newsrail::cli {

std::optional<FeedIndex> load_index(const std::string& path) {
  const auto bytes = read_file(path);
  if (!bytes) return std::nullopt;
  LoadAnswer loaded = load(*bytes);
  if (!loaded.index) {
    for (const Diagnostic& d : loaded.diagnostics)
      if (d.severity == Severity::kError)
        std::fprintf(stderr, "newsrail: %s: %s\n", path.c_str(), format_diagnostic(d).c_str());
    return std::nullopt;
  }
  if (!loaded.diagnostics.empty())
    std::fprintf(stderr, "newsrail: %s: %zu warning(s); 'newsrail validate %s' lists them\n",
                 path.c_str(), loaded.diagnostics.size(), path.c_str());
  return std::move(loaded.index);
}

namespace {

// Reads `path` and hands its bytes to `parse`, printing the diagnostics it reports to stderr.
// Returns false when the file cannot be read.
template <typename Parse>
bool read_with_diagnostics(const std::string& path, Parse&& parse) {
  const auto bytes = read_file(path);
  if (!bytes) return false;
  Diagnostics diagnostics;
  parse(*bytes, diagnostics);
  for (const Diagnostic& d : diagnostics)
    std::fprintf(stderr, "newsrail: %s: %s\n", path.c_str(), format_diagnostic(d).c_str());
  return true;
}

}  // namespace

bool load_options(const std::optional<std::string>& path, RankingOptions& options) {
  return !path || read_with_diagnostics(*path, [&](const std::string& bytes, Diagnostics& d) {
    options = ranking_options_from_json(bytes, d);
  });
}

bool load_history(const std::optional<std::string>& path, ReadingHistory& history) {
  return !path || read_with_diagnostics(*path, [&](const std::string& bytes, Diagnostics& d) {
    history = history_from_json(bytes, d);
  });
}

int write_feed(const Feed& feed, bool pretty, const std::optional<std::string>& out_path) {
  FeedWriteOptions write;
  write.indent = pretty ? 2 : -1;
  return write_output(out_path, feed_to_json(feed, write) + "\n") ? kExitOk : kExitUnusable;
}

bool parse_now(const std::optional<std::string>& text, Seconds& now) {
  now = 0;
  if (!text) return true;
  const auto t = parse_time_argument(*text);
  if (!t) {
    usage_error("--now must be RFC 3339 (2025-06-26T18:00:00Z) or epoch seconds, not " +
                quoted(*text));
    return false;
  }
  now = *t;
  return true;
}

std::string limit_range_text() {
  return "--limit must be " + std::to_string(kMinListLimit) + " to " +
         std::to_string(kMaxListLimit) + ", not ";
}

bool parse_limit(const std::optional<std::string>& text, std::size_t& limit) {
  if (!text) return true;
  std::size_t v = 0;
  if (text->empty() || text->size() > 4) return false;
  for (char c : *text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  if (v < kMinListLimit || v > kMaxListLimit) return false;
  limit = v;
  return true;
}

}  // namespace newsrail::cli
