// newsrail CLI — `newsrail most-read FEED`: the Most Read list with score breakdowns.
#include <cstdio>

#include "cli_feed.h"
#include "commands.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"

namespace newsrail::cli {
namespace {

int run(Args& args) {
  const auto window = args.option("--window");
  const auto section = args.option("--section");
  const auto language = args.option("--language");
  const auto limit = args.option("--limit");
  const auto now_text = args.option("--now");
  const auto options_path = args.option("--options");
  MostReadQuery query;
  MostReadRequest& request = query.request;
  while (const auto id = args.option("--exclude")) request.exclude.push_back(*id);
  request.trending = args.flag("--trending");
  const bool pretty = args.flag("--pretty");
  if (const std::string p = args.one_feed_problem(); !p.empty()) return usage_error(p);
  if (window) {
    request.window = parse_duration(*window);
    if (request.window <= 0)
      return usage_error("--window must look like 1h, 24h or 7d, not " + quoted(*window));
  }
  if (section) request.section = *section;
  if (language) request.language = *language;
  if (!parse_limit(limit, request.limit)) return usage_error(limit_range_text() + quoted(*limit));
  if (!parse_now(now_text, request.now)) return kExitUsage;
  RankingOptions options;
  if (!load_options(options_path, options)) return kExitUnusable;
  const auto index = load_index(args.rest()[0]);
  if (!index) return kExitUnusable;
  const std::string out =
      answer_to_json(*index, newsrail::run(*index, options, query), pretty ? 2 : -1);
  std::printf("%s\n", out.c_str());
  return 0;
}

}  // namespace

const Command kMostRead = {
    "most-read", "the most viewed articles in a window, with score breakdowns (JSON)",
    "Usage: newsrail most-read FEED [--window 24h] [--section S] [--language L] [--limit N]\n"
    "                          [--now T] [--exclude ID]... [--trending] [--options O.json]\n"
    "                          [--pretty]\n\n"
    "Prints the Most Read list as JSON: each item with its score, the rule that placed it and the\n"
    "score's terms. When the feed lacks the window asked for, the nearest one it has is used and\n"
    "a note says so.\n\n"
    "Options:\n"
    "  --window W     1h, 6h, 24h (default), 7d ... (what the feed's _newsrail.views carry)\n"
    "  --section S    only this section (compared without case or accents)\n"
    "  --language L   only articles in this language (BCP 47, e.g. en, es, ar)\n"
    "  --limit N      items (default 5)\n"
    "  --now T        RFC 3339 or epoch seconds (default: the feed's generated_at)\n"
    "  --exclude ID   leave this article out (repeatable), e.g. the one being read\n"
    "  --trending     rank by the short window's lift over the long one (fast risers first)\n"
    "  --options O    ranking options JSON (as the console exports it)\n"
    "  --pretty       indent the JSON\n",
    run};

}  // namespace newsrail::cli
