// newsrail CLI — `newsrail views LOG... --feed FEED`: access logs (or counts from a warehouse)
// into the feed's _newsrail.views. The rules are views/include/newsrail/views.h's.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "cli_feed.h"
#include "commands.h"
#include "newsrail/ranking_options.h"
#include "newsrail/rfc3339.h"
#include "newsrail/view_counts_csv.h"
#include "newsrail/views.h"

namespace newsrail::cli {
namespace {

void print_diagnostics(const std::string& source, const Diagnostics& diagnostics,
                       std::size_t total) {
  for (const Diagnostic& d : diagnostics)
    std::fprintf(stderr, "%s%s\n", source.empty() ? "" : (source + ": ").c_str(),
                 format_diagnostic(d).c_str());
  if (total > diagnostics.size())
    std::fprintf(stderr, "%s%zu more not shown\n", source.empty() ? "" : (source + ": ").c_str(),
                 total - diagnostics.size());
}

std::string window_list(const std::vector<Seconds>& windows) {
  std::string out;
  for (Seconds w : windows) out += (out.empty() ? "" : ",") + format_window(w);
  return out;
}

// The bot list: the embedded one, or --bots FILE. nullopt (after saying why) when unusable.
std::optional<BotFilter> load_bots(const std::optional<std::string>& path) {
  std::optional<std::string> text;
  if (path && !(text = read_file(*path))) return std::nullopt;
  BotFilter bots(text ? std::string_view(*text) : embedded_bot_list());
  const std::string source = path ? *path : "crawler-user-agents.json";
  print_diagnostics(source, bots.diagnostics(), bots.diagnostics().size());
  if (!bots.ok()) return std::nullopt;
  return bots;
}

// --print-bots: the patterns as one-column CSV, for a bot_patterns table (shared/sql/views.sql).
int print_bots(BotFilter& bots, const std::optional<std::string>& out_path) {
  std::string csv = "pattern\n";
  for (const std::string& p : bots.patterns()) {
    csv += '"';
    for (char c : p) csv += c == '"' ? std::string("\"\"") : std::string(1, c);
    csv += "\"\n";
  }
  return write_output(out_path, csv) ? kExitOk : kExitUnusable;
}

int run(Args& args) {
  const auto feed_path = args.option("--feed");
  const auto now_text = args.option("--now");
  const auto bots_path = args.option("--bots");
  const auto counts_path = args.option("--counts");
  const auto out_path = args.option("-o");
  const bool print_bot_list = args.flag("--print-bots");
  const bool pretty = args.flag("--pretty");
  if (const std::string p = args.problem(); !p.empty()) return usage_error(p);
  std::vector<std::string> logs = args.rest();
  Seconds now = 0;
  if (!parse_now(now_text, now)) return kExitUsage;

  if (print_bot_list) {
    if (!logs.empty() || feed_path || counts_path)
      return usage_error("--print-bots takes no LOG, --feed or --counts");
    auto bots = load_bots(bots_path);
    return bots ? print_bots(*bots, out_path) : kExitUnusable;
  }
  if (!feed_path) return usage_error("give the feed to count for: --feed FEED");
  if (counts_path && !logs.empty()) return usage_error("give LOG files or --counts FILE, not both");
  if (!counts_path && logs.empty())
    return usage_error("give at least one LOG file (or --counts FILE)");
  if (!now_text && std::count(logs.begin(), logs.end(), "-"))
    return usage_error("reading a log from stdin needs --now (the newest line is found first)");

  const auto index = load_index(*feed_path);
  if (!index) return kExitUnusable;
  const std::vector<Seconds> windows = view_windows(*index);
  std::vector<std::int64_t> counts;

  if (counts_path) {
    const auto csv = read_file(*counts_path);
    if (!csv) return kExitUnusable;
    ViewCountsResult r = read_view_counts_csv(*csv, *index, windows);
    print_diagnostics(*counts_path, r.diagnostics, r.bad_rows);
    std::fprintf(stderr,
                 "%s: %zu rows: %zu bad, %zu not an item of the feed, %zu for other windows than "
                 "%s\n",
                 counts_path->c_str(), r.rows, r.bad_rows, r.not_items, r.other_windows,
                 window_list(windows).c_str());
    counts = std::move(r.counts);
  } else {
    auto bots = load_bots(bots_path);
    if (!bots) return kExitUnusable;
    for (const std::string& path : logs) {  // each readable, before any work
      const LogReader probe(path == "-" ? std::string("/dev/null") : path);
      if (!probe.ok()) {
        std::fprintf(stderr, "newsrail: %s\n", probe.error().c_str());
        return kExitUnusable;
      }
    }
    if (!now_text) {  // the newest line: a first pass
      std::optional<Seconds> newest;
      for (const std::string& path : logs) {
        LogReader reader(path);
        const auto t = newest_line_time(reader);
        if (t && (!newest || *t > *newest)) newest = t;
      }
      if (!newest) {
        std::fprintf(stderr, "newsrail: no readable log line: nothing to count\n");
        return kExitUnusable;
      }
      now = *newest;
    }
    ViewCounter counter(*index, *bots, now, windows);
    for (const std::string& error : count_log_files(logs, counter))
      std::fprintf(stderr, "newsrail: warning: %s\n", error.c_str());
    counter.finish();
    const ViewsReport& r = counter.report();
    print_diagnostics("", r.diagnostics, r.bad_lines);
    std::fprintf(stderr,
                 "views: %zu lines up to %s: %zu bad, %zu after now, %zu not GET, %zu not 2xx, "
                 "%zu prefetch, %zu bots, %zu not an item, %zu repeats within %s; %zu views "
                 "(%zu late lines); windows %s\n",
                 r.lines, format_rfc3339(now).c_str(), r.bad_lines, r.after_now, r.not_get,
                 r.not_2xx, r.prefetch, r.bots, r.not_items, r.repeats,
                 format_duration(kViewRepeatSeconds).c_str(), r.views, r.late,
                 window_list(windows).c_str());
    counts = counter.counts();
  }
  return write_feed(feed_with_views(index->feed(), windows, counts), pretty, out_path);
}

}  // namespace

const Command kViews = {
    "views", "count article views in access logs (or merge a warehouse's counts) into the feed",
    "Usage: newsrail views LOG... --feed FEED [--now T] [--bots FILE] [--pretty] [-o OUT]\n"
    "       newsrail views --counts FILE --feed FEED [--pretty] [-o OUT]\n"
    "       newsrail views --print-bots [--bots FILE] [-o OUT]\n\n"
    "Reads web server access logs (LOG: the combined format nginx and Apache write by default,\n"
    "or JSON lines with time, path, status, method, user_agent, client, purpose; plain or gzip;\n"
    "'-' = stdin, which needs --now) and writes FEED with each item's _newsrail.views for the\n"
    "windows the feed uses (1h, 6h, 24h and 7d when it has none), every item included (zeros).\n\n"
    "Counting rules (README.md \"Publishing\"; shared/sql/views.sql is the same in SQL):\n"
    "  - GET with a 2xx status, to a path that is an item's URL (scheme, www., fragment and\n"
    "    tracking parameters ignored), so assets and other pages never count;\n"
    "  - bots dropped: user agents matching the crawler-user-agents list (npm package, embedded;\n"
    "    --bots FILE for another copy); prefetches dropped when the log has the Sec-Purpose or\n"
    "    Purpose header (JSON lines' \"purpose\"; a combined log does not record it);\n"
    "  - one view per visitor (client address + user agent, hashed in memory only) per item per\n"
    "    30 minutes: a request within 30 minutes of the visitor's previous one to the item does\n"
    "    not count;\n"
    "  - a view at time t is in window W when now - W < t <= now; later lines are ignored.\n"
    "Bad lines are counted and the first 10 reported with their line numbers; the rest is read.\n"
    "Several files (servers, rotations, any order) are merged by time; lines up to 10 minutes\n"
    "out of order within a file are counted in order.\n\n"
    "Options:\n"
    "  --feed FEED      the feed to count for (JSON or snapshot); written back with the views\n"
    "  --now T          RFC 3339 or epoch seconds; default: the newest readable log line\n"
    "  --bots FILE      a crawler-user-agents.json to use instead of the embedded one\n"
    "  --counts FILE    no logs: CSV rows \"url or id,window,views\" from any engine (the SQL's\n"
    "                   output), added up per item and window\n"
    "  --print-bots     write the bot patterns as CSV (a header \"pattern\"), in the form SQLite,\n"
    "                   PCRE2 and RE2 read alike, for the SQL's bot_patterns table\n"
    "  --pretty         indent the JSON\n"
    "  -o OUT           write to OUT instead of stdout\n\n"
    "Exit status: 0 written, 1 the feed, a log or the counts cannot be read, 2 wrong usage.\n",
    run};

}  // namespace newsrail::cli
