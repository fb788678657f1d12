// libFuzzer target: the JSON that the page and the CLI hand to the ranking: ranking options
// (ranking_options_from_json) and the three requests (request_json.h, with a history inside the
// Read Next one), then the three rankings with them on a fixed synthetic feed of 40 articles.
// One document drives all of it: options keys and request keys may sit side by side.
//
// Invariants (a failure traps):
//  - the options read are a fixed point: written (ranking_options_to_json) and read again, they
//    give no diagnostic and the same text; every weight and threshold is finite;
//  - a duration that parses formats back to itself (parse_duration/format_duration);
//  - the rankings are well formed (see fuzz_check.h); Read Next never shows the current article
//    nor a recommend:false one.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "newsrail/feed_index.h"
#include "newsrail/feed_parser.h"
#include "newsrail/most_read.h"
#include "newsrail/ranking_options.h"
#include "newsrail/read_next.h"
#include "newsrail/request_json.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"
#include "newsrail/synthetic_feed.h"
#include "newsrail/ticker.h"
#include "newsrail/utf8.h"

using namespace newsrail;
using newsrail::fuzz::check_ranked;

namespace {

const FeedIndex& fixed_index() {
  static const FeedIndex* index = [] {
    SyntheticOptions synth;
    synth.articles = 40;
    synth.breaking = 12;
    FeedParseResult r = parse_feed(make_synthetic_feed(synth));
    FUZZ_CHECK(r.usable() && r.feed.items.size() == 40);
    return new FeedIndex(std::move(r.feed));
  }();
  return *index;
}

void check_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(d.path.empty() || d.path[0] == '/');
    FUZZ_CHECK(is_valid_utf8(d.message));
    FUZZ_CHECK(is_valid_utf8(d.path));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const FeedIndex& index = fixed_index();
  const auto article_id = [&](std::size_t i) -> const std::string& { return index.article(i).id; };

  // Options: read, then a fixed point of write + read.
  Diagnostics diagnostics;
  const RankingOptions options = ranking_options_from_json(input, diagnostics);
  check_diagnostics(diagnostics);
  const std::string written = ranking_options_to_json(options);
  Diagnostics again;
  const RankingOptions reread = ranking_options_from_json(written, again);
  FUZZ_CHECK(again.empty());
  FUZZ_CHECK(ranking_options_to_json(reread) == written);

  // Durations: what parses formats back to the same number of seconds.
  if (size <= 32) {
    const Seconds d = parse_duration(input);
    if (d >= 0) FUZZ_CHECK(parse_duration(format_duration(d)) == d);
  }

  // Most Read, through the service as the wasm module asks (the query read from the same input).
  {
    const MostReadQuery query = most_read_query_from_json(input);
    check_diagnostics(query.diagnostics);
    check_ranked(run(index, options, query).list, query.request.limit, index.size(), article_id);
  }
  // Read Next (the history comes inside the request); without an article, the first one.
  {
    ReadNextQuery query = read_next_query_from_json(input);
    check_diagnostics(query.diagnostics);
    ReadNextRequest& request = query.request;
    if (request.article.empty() && request.context_text.empty())
      request.article = index.article(size % index.size()).id;
    const auto current = index.find(request.article);
    const RankedList list = run(index, options, query).list;
    check_ranked(list, request.limit, index.size(), article_id);
    for (const RankedItem& item : list.items) {
      FUZZ_CHECK(!current || item.index != *current);
      FUZZ_CHECK(index.article(item.index).recommend);
    }
  }
  // The ticker.
  {
    const TickerQuery query = ticker_query_from_json(input);
    check_diagnostics(query.diagnostics);
    const Feed& feed = index.feed();
    check_ranked(run(index, options, query).list, query.request.limit, feed.breaking.size(),
                 [&](std::size_t i) -> const std::string& { return feed.breaking[i].id; });
  }
  return 0;
}
