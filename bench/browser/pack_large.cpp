// newsrail bench — `newsrail pack` for synthetic feeds over the CLI's 16 MiB input limit.
//
//   pack_large N [SEED] > packed.json
//
// Does what `newsrail synth N --seed SEED | newsrail pack` would do (make_synthetic_feed,
// parse_feed, FeedIndex, pack_feed with the default options), with the parser's size and item
// limits lifted as bench/bench_ranking.cpp lifts them: the full-text 10,000-article synthetic feed
// is ~38 MB, which the CLI refuses, while its packed form fits the widget's 16 MiB. The output is
// the bytes `newsrail pack` writes (with its trailing newline); bench/run-browser.sh checks that
// on the 1,000-article feed, which both can pack.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "newsrail/feed_index.h"
#include "newsrail/feed_parser.h"
#include "newsrail/pack.h"
#include "newsrail/synthetic_feed.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: pack_large N [SEED] > packed.json\n");
    return 2;
  }
  newsrail::SyntheticOptions synth;
  synth.articles = static_cast<std::size_t>(std::strtoull(argv[1], nullptr, 10));
  if (argc > 2) synth.seed = std::strtoull(argv[2], nullptr, 10);
  const std::string json = newsrail::make_synthetic_feed(synth);

  newsrail::ParseLimits limits;
  limits.max_feed_bytes = std::size_t{1} << 30;
  limits.max_items = 1000000;
  newsrail::FeedParseResult parsed = newsrail::parse_feed(json, limits);
  if (!parsed.usable()) {
    std::fprintf(stderr, "pack_large: the synthetic feed did not parse\n");
    return 1;
  }
  const newsrail::FeedIndex index(std::move(parsed.feed));
  const std::string out = newsrail::pack_feed(index);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}
