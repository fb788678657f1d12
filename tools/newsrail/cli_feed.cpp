// newsrail CLI — shared loading for the ranking commands.
#include "cli_feed.h"

#include <cstdio>

#include "newsrail/feed_parser.h"
#include "newsrail/rfc3339.h"

namespace newsrail::cli {

std::optional<FeedIndex> load_index(const std::string& path) {
  std::string error;
  const auto bytes = read_file(path, error);
  if (!bytes) {
    std::fprintf(stderr, "newsrail: %s\n", error.c_str());
    return std::nullopt;
  }
  FeedParseResult parsed = parse_feed(*bytes);
  if (!parsed.usable()) {
    for (const Diagnostic& d : parsed.diagnostics)
      if (d.severity == Severity::kError)
        std::fprintf(stderr, "newsrail: %s: %s\n", path.c_str(), format_diagnostic(d).c_str());
    return std::nullopt;
  }
  if (!parsed.diagnostics.empty())
    std::fprintf(stderr, "newsrail: %s: %zu warning(s); 'newsrail validate %s' lists them\n",
                 path.c_str(), parsed.diagnostics.size(), path.c_str());
  return FeedIndex(std::move(parsed.feed));
}

bool load_options(const std::optional<std::string>& path, RankingOptions& options) {
  if (!path) return true;
  std::string error;
  const auto bytes = read_file(*path, error);
  if (!bytes) {
    std::fprintf(stderr, "newsrail: %s\n", error.c_str());
    return false;
  }
  Diagnostics diagnostics;
  options = ranking_options_from_json(*bytes, diagnostics);
  for (const Diagnostic& d : diagnostics)
    std::fprintf(stderr, "newsrail: %s: %s\n", path->c_str(), format_diagnostic(d).c_str());
  return true;
}

bool load_history(const std::optional<std::string>& path, ReadingHistory& history) {
  if (!path) return true;
  std::string error;
  const auto bytes = read_file(*path, error);
  if (!bytes) {
    std::fprintf(stderr, "newsrail: %s\n", error.c_str());
    return false;
  }
  Diagnostics diagnostics;
  history = history_from_json(*bytes, diagnostics);
  for (const Diagnostic& d : diagnostics)
    std::fprintf(stderr, "newsrail: %s: %s\n", path->c_str(), format_diagnostic(d).c_str());
  return true;
}

bool parse_now(const std::optional<std::string>& text, Seconds& now) {
  now = 0;
  if (!text) return true;
  const auto t = parse_time_argument(*text);
  if (!t) {
    usage_error("--now must be RFC 3339 (2025-06-26T18:00:00Z) or epoch seconds");
    return false;
  }
  now = *t;
  return true;
}

bool parse_limit(const std::optional<std::string>& text, std::size_t& limit) {
  if (!text) return true;
  std::size_t v = 0;
  if (text->empty() || text->size() > 4) return false;
  for (char c : *text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  if (v < 1 || v > 1000) return false;
  limit = v;
  return true;
}

}  // namespace newsrail::cli
