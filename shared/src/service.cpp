// newsrail — the service layer: "now" resolved once, each ranking called from here only.
#include "newsrail/service.h"

#include "newsrail/same_story.h"

namespace newsrail {
namespace {

// The one place "now" is resolved: the query's, else the feed's generated_at (0 when it has none:
// the rankings then ignore ages).
Seconds resolve_now(const FeedIndex& index, Seconds now) {
  return now != 0 ? now : index.feed().generated_at;
}

// The language a page title is stemmed in: the page's, else the feed's.
std::string_view page_language(const FeedIndex& index, std::string_view language) {
  return language.empty() ? std::string_view(index.feed().language) : language;
}

// How alike a page title and a headline must be (the same-story rule's headline threshold).
double headline(const RankingOptions& options) { return same_story_thresholds(options).headline; }

}  // namespace

MostReadAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const MostReadQuery& query) {
  MostReadAnswer answer;
  answer.now = resolve_now(index, query.request.now);
  answer.diagnostics = query.diagnostics;
  MostReadRequest request = query.request;
  request.now = answer.now;
  if (!request.context_text.empty()) {
    // The page being read, when its URL is not the feed's: the item its title names (the same
    // rule as Read Next's current article and as recording the read).
    bool excluded = false;
    for (const std::string& id : request.exclude) excluded = excluded || index.find(id);
    if (!excluded) {
      const FeedIndex::Current current = index.find_current(
          "", request.context_text, page_language(index, request.language), headline(options));
      if (current.position) request.exclude.push_back(index.article(*current.position).id);
    }
  }
  answer.list = most_read(index, request, options);  // Whole: the shared rules (same_story.h).
  answer.views_window = index.nearest_window(request.window);
  return answer;
}

ReadNextAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const ReadNextQuery& query) {
  return run(index, options, query, reader_profile(index, query.history));
}

ReadNextAnswer run(const FeedIndex& index, const RankingOptions& options,
                   const ReadNextQuery& query, const ReaderProfile& profile) {
  ReadNextAnswer answer;
  answer.now = resolve_now(index, query.request.now);
  answer.diagnostics = query.diagnostics;
  ReadNextRequest request = query.request;
  request.now = answer.now;
  answer.list = read_next_for_reader(index, request, profile, options);  // Whole, as above.
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

RecordReadAnswer run(const FeedIndex& index, const RankingOptions& options,
                     const RecordReadQuery& query) {
  RecordReadAnswer answer;
  answer.now = resolve_now(index, query.now);
  answer.diagnostics = query.diagnostics;
  answer.history = query.history;
  const FeedIndex::Current current = index.find_current(
      query.article, query.context, page_language(index, query.language), headline(options));
  if (current.position) {
    record_read(answer.history, index.article(*current.position), answer.now);
    answer.found = true;
  }
  return answer;
}

ValidateAnswer validate(std::string_view bytes) {
  ValidateAnswer answer;
  if (looks_like_snapshot(bytes))
    answer.snapshot = read_snapshot(bytes);
  else
    answer.parsed = parse_feed(bytes);
  return answer;
}

LoadAnswer load(std::string_view bytes) {
  LoadAnswer answer;
  if (looks_like_snapshot(bytes)) {
    SnapshotReadResult read = read_snapshot(bytes);
    answer.snapshot = true;
    answer.index = std::move(read.index);
    answer.diagnostics = std::move(read.diagnostics);
    return answer;
  }
  FeedParseResult parsed = parse_feed(bytes);
  answer.diagnostics = std::move(parsed.diagnostics);
  if (!has_error(answer.diagnostics)) answer.index.emplace(std::move(parsed.feed));
  return answer;
}

}  // namespace newsrail
