// newsrail console — the console's state: loading, recomputation, requests as JSON.
//
// Index of this file
// [SECTION] Loading
// [SECTION] Recomputation
// [SECTION] Editing helpers
// [SECTION] Requests as JSON
#include "console_state.h"

#include <algorithm>
#include <chrono>
#include <cstdint>

#include "newsrail/feed_parser.h"
#include "newsrail/json.h"
#include "newsrail/normalize.h"
#include "newsrail/request_json.h"
#include "newsrail/service.h"

namespace nrc {
namespace {

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

Seconds WallClock() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

void ConsoleState::BeginLoad(const std::string& source) {
  status_.source = source;
  status_.loading = true;
  status_.error.clear();
}

void ConsoleState::LoadFeed(std::string_view bytes, const std::string& source) {
  status_.source = source;
  status_.loading = false;
  auto start = std::chrono::steady_clock::now();
  newsrail::FeedParseResult parsed = newsrail::parse_feed(bytes);
  const double parse_ms = MillisecondsSince(start);
  diagnostics_ = std::move(parsed.diagnostics);
  if (!parsed.usable()) {
    status_.error = "the feed cannot be used (see Feed health); the previous one stays loaded";
    for (const newsrail::Diagnostic& d : diagnostics_)
      if (d.severity == newsrail::Severity::kError) {
        status_.error = newsrail::format_diagnostic(d);
        break;
      }
    return;
  }
  start = std::chrono::steady_clock::now();
  index_ = newsrail::FeedIndex(std::move(parsed.feed));
  status_.index_ms = MillisecondsSince(start);
  status_.parse_ms = parse_ms;
  status_.bytes = bytes.size();
  status_.loaded_from = source;
  status_.error.clear();
  ++status_.generation;

  RecomputeSpan();
  selection.now = selection.live ? WallClock() : feed_time();
  if (!selection.article.empty() && !index_.find(selection.article)) selection.article.clear();
  if (selection.article.empty() && index_.size() > 0) selection.article = index_.article(0).id;
  if (!selection.section.empty() && index_.label_id(selection.section) < 0)
    selection.section.clear();
  ScanFeed(index_, options, health_);
  Changed();
}

void ConsoleState::LoadFailed(const std::string& source, const std::string& message) {
  status_.source = source;
  status_.loading = false;
  status_.error = message;
}

//-----------------------------------------------------------------------------
// [SECTION] Recomputation
//-----------------------------------------------------------------------------

void ConsoleState::RecomputeSpan() {
  const newsrail::Feed& f = feed();
  Seconds lo = 0, hi = f.generated_at;
  auto widen = [&](Seconds t) {
    if (t <= 0) return;
    lo = lo == 0 ? t : std::min(lo, t);
    hi = std::max(hi, t);
  };
  for (const newsrail::Article& a : f.items) widen(a.published);
  for (const newsrail::BreakingItem& b : f.breaking) {
    widen(b.published);
    widen(b.expires != 0 ? b.expires : b.published + options.ticker.default_lifetime);
  }
  widen(f.generated_at);
  if (lo == 0) lo = hi = 0;
  span_begin_ = lo;
  span_end_ = std::max(hi, lo + 3600);  // Never an empty slider.
}

void ConsoleState::LoadClickTasks(std::string_view bytes, const std::string& source) {
  newsrail::Diagnostics diagnostics;
  std::vector<newsrail::ClickTask> tasks = newsrail::click_tasks_from_json(bytes, diagnostics);
  if (tasks.empty()) {
    click_.source =
        source + ": no task read" +
        (diagnostics.empty() ? "" : " (" + newsrail::format_diagnostic(diagnostics[0]) + ")");
    return;
  }
  click_ = ClickBench{};
  click_.tasks = std::move(tasks);
  click_.source = source;
  click_.warnings = diagnostics.size();
  stale_ = true;
}

void ConsoleState::EvaluateClicks() {
  if (click_.tasks.empty()) return;
  const std::string now = newsrail::ranking_options_to_json(options);
  const bool new_feed = click_.generation != status_.generation;
  if (!new_feed && now == click_.evaluated) return;
  const auto start = std::chrono::steady_clock::now();
  click_.missing = 0;
  for (const newsrail::ClickTask& t : click_.tasks) click_.missing += !index_.find(t.article);
  click_.metrics =
      newsrail::click_metrics(newsrail::read_next_click_ranks(index_, click_.tasks, options));
  if (new_feed)
    click_.defaults = newsrail::click_metrics(
        newsrail::read_next_click_ranks(index_, click_.tasks, newsrail::RankingOptions{}));
  click_.ms = MillisecondsSince(start);
  click_.evaluated = now;
  click_.generation = status_.generation;
}

bool ConsoleState::Update() {
  if (selection.live) {
    const Seconds wall = WallClock();
    if (wall != selection.now) {
      selection.now = wall;
      stale_ = true;
    }
  }
  if (!stale_ || !has_feed()) return false;
  stale_ = false;
  EvaluateClicks();
  UpdateDuplicates(index_, options, health_);
  ScanTimes(feed(), selection.now, options, health_);
  RecomputeLists();
  return true;
}

void ConsoleState::RecomputeLists() {
  const auto start = std::chrono::steady_clock::now();
  Lists& l = lists_;
  // As the widget on the current article's page asks: in the page's language (the article's,
  // else the feed's), Most Read without the article itself.
  const int current = current_index();
  const std::string language =
      current >= 0 ? index_.article(static_cast<std::size_t>(current)).language : feed().language;

  l.most_read_request = {};
  l.most_read_request.window = selection.window;
  l.most_read_request.section = selection.section;
  l.most_read_request.limit = static_cast<std::size_t>(std::max(selection.most_read_limit, 0));
  l.most_read_request.trending = selection.trending;
  l.most_read_request.now = selection.now;
  l.most_read_request.language = language;
  if (!selection.article.empty()) l.most_read_request.exclude = {selection.article};
  newsrail::MostReadAnswer most_read =
      newsrail::run(index_, options, newsrail::MostReadQuery{l.most_read_request, {}});
  l.most_read = std::move(most_read.list);
  l.most_read_window = most_read.views_window;

  l.read_next_request = {};
  l.read_next_request.article = selection.article;
  l.read_next_request.limit = static_cast<std::size_t>(std::max(selection.read_next_limit, 0));
  l.read_next_request.now = selection.now;
  l.read_next_request.language = language;
  newsrail::ReadingHistory page_only;
  l.read_next_history = history;
  if (selection.page_is_read && current >= 0) {
    const newsrail::Article& page = index_.article(static_cast<std::size_t>(current));
    newsrail::record_read(l.read_next_history, page, selection.now);
    newsrail::record_read(page_only, page, selection.now);
  }
  // The profile is built again only when the history or the feed changed, not as weights move.
  const auto revision = static_cast<std::uint64_t>(status_.generation);
  l.read_next_profile = profiles_.get(index_, revision, l.read_next_history);
  l.read_next = newsrail::run(index_, options,
                              newsrail::ReadNextQuery{l.read_next_request, l.read_next_history, {}},
                              l.read_next_profile)
                    .list;
  l.read_next_no_history =
      history.entries.empty()
          ? l.read_next
          : newsrail::run(index_, options,
                          newsrail::ReadNextQuery{l.read_next_request, page_only, {}})
                .list;

  l.ticker_request = {};
  l.ticker_request.limit = static_cast<std::size_t>(std::max(selection.ticker_limit, 0));
  l.ticker_request.now = selection.now;
  l.ticker = newsrail::run(index_, options, newsrail::TickerQuery{l.ticker_request, {}}).list;

  l.ms = MillisecondsSince(start);
  ++l.generation;
  WriteRequestsJson();
}

//-----------------------------------------------------------------------------
// [SECTION] Editing helpers
//-----------------------------------------------------------------------------

int ConsoleState::current_index() const {
  if (selection.article.empty()) return -1;
  const auto i = index_.find(selection.article);
  return i ? static_cast<int>(*i) : -1;
}

void ConsoleState::RecordRead(std::size_t i) {
  if (i >= index_.size()) return;
  newsrail::RecordReadQuery query;
  query.history = history;
  query.article = index_.article(i).id;
  query.now = selection.now;
  history = newsrail::run(index_, options, query).history;
  Changed();
}

void ConsoleState::ResetOptions() {
  options = newsrail::RankingOptions{};
  RecomputeSpan();
  Changed();
}

//-----------------------------------------------------------------------------
// [SECTION] Requests as JSON
//-----------------------------------------------------------------------------

void ConsoleState::WriteRequestsJson() {  // As the widget sends them (request_json.h).
  Lists& l = lists_;
  l.most_read_request_json = newsrail::write_json(newsrail::to_json(l.most_read_request));
  l.read_next_request_json =
      newsrail::write_json(newsrail::to_json(l.read_next_request, l.read_next_history));
  l.ticker_request_json = newsrail::write_json(newsrail::to_json(l.ticker_request));
}

}  // namespace nrc
