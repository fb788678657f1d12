// newsrail — the service layer: "now" resolved once, each ranking called from here only.
#include "newsrail/service.h"

namespace newsrail {
namespace {

// The one place "now" is resolved: the query's, else the feed's generated_at (0 when it has none:
// the rankings then ignore ages).
Seconds resolve_now(const FeedIndex& index, Seconds now) {
  return now != 0 ? now : index.feed().generated_at;
}

}  // namespace

MostReadAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const MostReadQuery& query) {
  MostReadAnswer answer;
  answer.now = resolve_now(index, query.request.now);
  answer.diagnostics = query.diagnostics;
  MostReadRequest request = query.request;
  request.now = answer.now;
  answer.list = most_read(index, request, options);  // Whole: the shared rules (same_story.h).
  answer.views_window = index.nearest_window(request.window);
  return answer;
}

ReadNextAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const ReadNextQuery& query) {
  ReadNextAnswer answer;
  answer.now = resolve_now(index, query.request.now);
  answer.diagnostics = query.diagnostics;
  ReadNextRequest request = query.request;
  request.now = answer.now;
  answer.list = read_next(index, request, query.history, options);  // Whole, as above.
  answer.views_window = index.nearest_window(options.read_next.popularity_window);
  return answer;
}

TickerAnswer run(const FeedIndex& index, const RankingOptions& options, const TickerQuery& query) {
  TickerAnswer answer;
  answer.now = resolve_now(index, query.request.now);
  answer.diagnostics = query.diagnostics;
  TickerRequest request = query.request;
  request.now = answer.now;
  answer.list = breaking_ticker(index.feed(), request, options.ticker);
  answer.default_lifetime = options.ticker.default_lifetime;
  return answer;
}

RecordReadAnswer run(const FeedIndex& index, const RankingOptions& /*options*/,
                     const RecordReadQuery& query) {
  RecordReadAnswer answer;
  answer.now = resolve_now(index, query.now);
  answer.diagnostics = query.diagnostics;
  answer.history = query.history;
  if (const auto i = index.find(query.article)) {
    record_read(answer.history, index.article(*i), answer.now);
    answer.found = true;
  }
  return answer;
}

ValidateAnswer validate(std::string_view bytes) { return {parse_feed(bytes)}; }

}  // namespace newsrail
