// newsrail CLI — `newsrail ticker FEED`: the breaking lines active at `now`.
#include <cstdio>

#include "cli_feed.h"
#include "commands.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"

namespace newsrail::cli {
namespace {

int run(Args& args) {
  TickerQuery query;
  TickerRequest& request = query.request;
  const auto limit = args.option("--limit");
  const auto now_text = args.option("--now");
  const auto options_path = args.option("--options");
  const bool pretty = args.flag("--pretty");
  if (const std::string p = args.one_feed_problem(); !p.empty()) return usage_error(p);
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

const Command kTicker = {
    "ticker", "the breaking lines active now, by priority then newest (JSON)",
    "Usage: newsrail ticker FEED [--now T] [--limit N] [--options O.json] [--pretty]\n\n"
    "Prints the breaking lines active at T: not expired (date_expires, or the default lifetime\n"
    "of options.ticker.default_lifetime, 6h, when a line has none), by priority then newest,\n"
    "near-duplicate lines collapsed.\n\n"
    "Options:\n"
    "  --now T       RFC 3339 or epoch seconds (default: the feed's generated_at)\n"
    "  --limit N     lines (default 10)\n"
    "  --options O   ranking options JSON\n"
    "  --pretty      indent the JSON\n",
    run};

}  // namespace newsrail::cli
