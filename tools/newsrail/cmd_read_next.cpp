// newsrail CLI — `newsrail read-next FEED --article ID|URL`: Read Next with score breakdowns.
#include <cstdio>

#include "cli_feed.h"
#include "commands.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"

namespace newsrail::cli {
namespace {

// Reads one id a line (blank lines and lines starting with # ignored).
bool read_candidates(const std::string& path, std::vector<std::string>& out) {
  const auto bytes = read_file(path);
  if (!bytes) return false;
  std::size_t start = 0;
  while (start <= bytes->size()) {
    std::size_t end = bytes->find('\n', start);
    if (end == std::string::npos) end = bytes->size();
    std::string line = bytes->substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') out.push_back(line);
    start = end + 1;
  }
  return true;
}

int run(Args& args) {
  ReadNextQuery query;
  ReadNextRequest& request = query.request;
  const auto article = args.option("--article");
  const auto context = args.option("--context");
  const auto language = args.option("--language");
  const auto history_path = args.option("--history");
  const auto options_path = args.option("--options");
  const auto candidates = args.option("--candidates");
  const auto limit = args.option("--limit");
  const auto now_text = args.option("--now");
  const bool include_read = args.flag("--include-read");
  const bool pretty = args.flag("--pretty");
  if (const std::string p = args.one_feed_problem(); !p.empty()) return usage_error(p);
  if (!article || article->empty())
    return usage_error("give --article ID|URL: the article being read (Read Next follows it)");
  request.article = *article;
  if (context) request.context_text = *context;
  if (language) request.language = *language;
  if (!parse_limit(limit, request.limit)) return usage_error(limit_range_text() + quoted(*limit));
  if (!parse_now(now_text, request.now)) return kExitUsage;
  if (candidates && !read_candidates(*candidates, request.candidates)) return kExitUnusable;
  RankingOptions options;
  if (!load_options(options_path, options) || !load_history(history_path, query.history))
    return kExitUnusable;
  if (include_read) options.read_next.exclude_read = false;
  const auto index = load_index(args.rest()[0]);
  if (!index) return kExitUnusable;
  const std::string out =
      answer_to_json(*index, newsrail::run(*index, options, query), pretty ? 2 : -1);
  std::printf("%s\n", out.c_str());
  return kExitOk;
}

}  // namespace

const Command kReadNext = {
    "read-next", "articles to read after one, with score breakdowns (JSON)",
    "Usage: newsrail read-next FEED --article ID|URL [--history H.json] [--options O.json]\n"
    "                          [--candidates FILE] [--limit N] [--now T] [--context TEXT]\n"
    "                          [--language L] [--include-read] [--pretty]\n\n"
    "Prints the Read Next list for the article being read as JSON: editor pins first; every\n"
    "other candidate is scored (text, tags, section, region, freshness, popularity, the\n"
    "reader's affinity from their history: sections, tags, text); related ones (over the\n"
    "relevance threshold) come next, re-ranked for diversity, then the rest by the same score:\n"
    "for-you (the history counts), the section, the feed. Each item says which rule placed it,\n"
    "how its score adds up (breakdown_parts: where the affinity came from) and its views in\n"
    "the popularity window.\n\n"
    "Options:\n"
    "  --article A      id or URL of the article being read (required)\n"
    "  --context TEXT   text to match when the article is not in the feed (e.g. its title)\n"
    "  --language L     the reader's language: only articles in it (BCP 47, e.g. en, ar)\n"
    "  --history H      the reader's history JSON (as the widget keeps it in localStorage)\n"
    "  --include-read   keep articles in the history (penalised) instead of leaving them out\n"
    "  --options O      ranking options JSON (as the console exports it)\n"
    "  --candidates F   rank only these ids (one a line), e.g. logged impressions\n"
    "  --limit N        items (default 4)\n"
    "  --now T          RFC 3339 or epoch seconds (default: the feed's generated_at)\n"
    "  --pretty         indent the JSON\n",
    run};

}  // namespace newsrail::cli
