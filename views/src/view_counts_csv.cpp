// newsrail — `url or id,window,views` CSV rows into counts by item and window. The CSV reader is
// a few lines of RFC 4180 (three columns, no library in Debian's C++ set is smaller than this).
#include "newsrail/view_counts_csv.h"

#include <algorithm>
#include <string>

#include "newsrail/ranking_options.h"
#include "newsrail/views.h"

namespace newsrail {
namespace {

// Reads one record from `csv` at `pos` into `fields`; advances `pos` and `line` past it.
// Returns false when the quotes are not closed (the rest of the file is then one bad record).
bool read_record(std::string_view csv, std::size_t& pos, std::size_t& line,
                 std::vector<std::string>& fields) {
  fields.assign(1, std::string());
  bool quoted = false;
  while (pos < csv.size()) {
    const char c = csv[pos++];
    if (quoted) {
      if (c == '"' && pos < csv.size() && csv[pos] == '"') {
        fields.back() += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      ++line;
      break;
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return !quoted;
}

bool read_count(const std::string& text, std::int64_t& out) {
  if (text.empty() || text.size() > 18) return false;
  std::int64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  out = n;
  return true;
}

}  // namespace

ViewCountsResult read_view_counts_csv(std::string_view csv, const FeedIndex& index,
                                      const std::vector<Seconds>& windows) {
  ViewCountsResult result;
  result.counts.assign(index.size() * windows.size(), 0);
  std::size_t pos = 0, line = 1;
  std::vector<std::string> fields;
  const auto bad = [&](std::size_t at, std::string why) {
    if (++result.bad_rows <= kMaxReportedBadLines) {
      Diagnostic d;
      d.message = std::move(why);
      d.line = static_cast<int>(std::min<std::size_t>(at, INT32_MAX));
      result.diagnostics.push_back(std::move(d));
    }
  };
  bool first = true;
  while (pos < csv.size()) {
    const std::size_t at = line;
    if (!read_record(csv, pos, line, fields)) {
      bad(at, "a quoted field is not closed");
      break;
    }
    const bool header = first;
    first = false;
    if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
    std::int64_t views = 0;
    if (fields.size() != 3) {
      bad(at, "expected 3 fields (url or id, window, views), not " + std::to_string(fields.size()));
      continue;
    }
    if (!read_count(fields[2], views)) {
      if (header) continue;
      bad(at, "views must be an integer >= 0, not \"" + fields[2].substr(0, 40) + "\"");
      continue;
    }
    ++result.rows;
    const Seconds window = parse_duration(fields[1]);
    if (window <= 0) {
      bad(at,
          "window must be a duration such as 1h or 7d, not \"" + fields[1].substr(0, 40) + "\"");
      continue;
    }
    const auto w = std::find(windows.begin(), windows.end(), window);
    if (w == windows.end()) {
      ++result.other_windows;
      continue;
    }
    const auto item = index.find(fields[0]);
    if (!item) {
      ++result.not_items;
      continue;
    }
    std::int64_t& c =
        result.counts[*item * windows.size() + static_cast<std::size_t>(w - windows.begin())];
    c = std::min(c + views, INT64_MAX / 4);  // what the feed parser caps views at
  }
  return result;
}

}  // namespace newsrail
