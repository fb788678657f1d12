// newsrail CLI — `newsrail synth N`: a deterministic synthetic feed for tests and benchmarks.
#include <cstdio>
#include <string>

#include "commands.h"
#include "newsrail/rfc3339.h"
#include "newsrail/synthetic_feed.h"

namespace newsrail::cli {
namespace {

bool parse_count(const std::string& s, unsigned long long& out) {
  if (s.empty() || s.size() > 9) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<unsigned long long>(c - '0');
  }
  return true;
}

int run(Args& args) {
  SyntheticOptions options;
  const auto seed = args.option("--seed");
  const auto now = args.option("--now");
  const bool no_text = args.flag("--no-text");
  const bool pretty = args.flag("--pretty");
  if (const std::string p = args.problem(); !p.empty()) return usage_error(p);
  unsigned long long n = 0;
  if (args.rest().size() != 1 || !parse_count(args.rest()[0], n))
    return usage_error("give the number of articles, e.g. 'newsrail synth 1000'");
  options.articles = static_cast<std::size_t>(n);
  if (seed) {
    unsigned long long s = 0;
    if (!parse_count(*seed, s)) return usage_error("--seed must be a number, not " + quoted(*seed));
    options.seed = s;
  }
  if (now) {
    const auto t = parse_time_argument(*now);
    if (!t) return usage_error("--now must be RFC 3339 or epoch seconds, not " + quoted(*now));
    options.now = *t;
  }
  options.full_text = !no_text;
  if (pretty) options.indent = 2;
  const std::string feed = make_synthetic_feed(options);
  std::fwrite(feed.data(), 1, feed.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace

const Command kSynth = {
    "synth", "write a deterministic synthetic feed of N articles (en/es/ar) to stdout",
    "Usage: newsrail synth N [--seed S] [--now T] [--no-text] [--pretty]\n\n"
    "Writes a JSON Feed 1.1 document of N synthetic articles grouped in stories, with sections,\n"
    "regions, tags, views per window and breaking lines; the same arguments give the same "
    "bytes.\n\n"
    "Options:\n"
    "  --seed S    random seed (default 1)\n"
    "  --now T     generated_at, RFC 3339 or epoch seconds (default 2025-06-26T18:00:00Z)\n"
    "  --no-text   leave out article bodies (title and summary only)\n"
    "  --pretty    indent the JSON\n",
    run};

}  // namespace newsrail::cli
