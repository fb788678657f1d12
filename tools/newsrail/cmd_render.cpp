// newsrail CLI — `newsrail render FEED --module M`: a module's list as static HTML, the element's
// fallback content. The list is the service's answer to the query the widget sends for a reader
// on their first page view (the page's article recorded as read, nothing else in the history);
// render_html.cpp writes it. Nothing is ranked here.
#include <cstdio>
#include <string>

#include "cli_feed.h"
#include "commands.h"
#include "newsrail/service.h"
#include "render_html.h"
#include "ui_strings.h"

namespace newsrail::cli {
namespace {

// Prints the service's notes (an unknown article, a window the feed lacks ...) to stderr.
void print_notes(const RankedList& list) {
  for (const std::string& note : list.notes)
    std::fprintf(stderr, "newsrail: render: note: %s\n", note.c_str());
}

int run(Args& args) {
  const auto module = args.option("--module");
  const auto article = args.option("--article");
  const auto context = args.option("--context");
  const auto language = args.option("--lang");
  const auto title = args.option("--title");
  const auto window = args.option("--window");
  const auto section = args.option("--section");
  const auto limit = args.option("--limit");
  const auto now_text = args.option("--now");
  const auto options_path = args.option("--options");
  const bool trending = args.flag("--trending");
  const bool region = args.flag("--region");
  if (const std::string p = args.one_feed_problem(); !p.empty()) return usage_error(p);
  if (!module) return usage_error("give --module most-read, read-next or ticker");
  const bool is_most_read = *module == "most-read", is_read_next = *module == "read-next";
  if (!is_most_read && !is_read_next && *module != "ticker")
    return usage_error("--module must be most-read, read-next or ticker, not " + quoted(*module));
  const bool is_ticker = !is_most_read && !is_read_next;
  if (is_ticker && (article || context))
    return usage_error("--article and --context are for most-read and read-next");
  if (!is_most_read && (window || section || trending))
    return usage_error("--window, --section and --trending are for most-read");
  if (language && !is_language_tag(*language))
    return usage_error("--lang must be a language tag such as en, es or ar, not " +
                       quoted(*language));
  Seconds now = 0;
  if (!parse_now(now_text, now)) return kExitUsage;
  RankingOptions options;
  if (!load_options(options_path, options)) return kExitUnusable;

  // The query of each module, with the widget's defaults (the core's request defaults).
  MostReadQuery most_read_query;
  ReadNextQuery read_next_query;
  TickerQuery ticker_query;
  std::size_t* const limit_field = is_most_read   ? &most_read_query.request.limit
                                   : is_read_next ? &read_next_query.request.limit
                                                  : &ticker_query.request.limit;
  if (!parse_limit(limit, *limit_field)) return usage_error(limit_range_text() + quoted(*limit));
  if (window) {
    most_read_query.request.window = parse_duration(*window);
    if (most_read_query.request.window <= 0)
      return usage_error("--window must look like 1h, 24h or 7d, not " + quoted(*window));
  }

  const auto index = load_index(args.rest()[0]);
  if (!index) return kExitUnusable;
  // The page's language, else the feed's, else English: what the widget falls back to.
  const std::string lang = language                          ? *language
                           : !index->feed().language.empty() ? index->feed().language
                                                             : "en";
  UiStrings strings = ui_strings(lang);
  // The element's title attribute: the module's heading (the ticker's label) in its place.
  if (title && !title->empty())
    (is_most_read   ? strings.most_read
     : is_read_next ? strings.read_next
                    : strings.breaking) = *title;

  RankedList list;
  FragmentKind kind = FragmentKind::kTicker;
  if (is_most_read) {
    MostReadRequest& r = most_read_query.request;
    kind = FragmentKind::kMostRead;
    if (article) r.exclude.push_back(*article);
    if (context) r.context_text = *context;
    if (section) r.section = *section;
    r.trending = trending;
    r.language = lang;
    r.now = now;
    list = newsrail::run(*index, options, most_read_query).list;
  } else if (is_read_next) {
    ReadNextRequest& r = read_next_query.request;
    kind = FragmentKind::kReadNext;
    r.article = article.value_or("");
    r.context_text = context.value_or("");
    r.language = lang;
    r.now = now;
    // The reader's first page view: the widget records the page's article before it ranks.
    RecordReadQuery read;
    read.article = r.article;
    read.context = r.context_text;
    read.now = now;
    read_next_query.history = newsrail::run(*index, options, read).history;
    list = newsrail::run(*index, options, read_next_query).list;
  } else {
    ticker_query.request.now = now;
    list = newsrail::run(*index, options, ticker_query).list;
  }
  print_notes(list);
  if (list.items.empty())
    std::fprintf(stderr,
                 "newsrail: render: the list is empty: nothing written (the widget "
                 "collapses an element without fallback content)\n");
  const std::string html = render_fragment(kind, *index, list, strings, region);
  std::fwrite(html.data(), 1, html.size(), stdout);
  return kExitOk;
}

}  // namespace

const Command kRender = {
    "render", "a module's list as static HTML: the element's fallback content",
    "Usage: newsrail render FEED --module most-read|read-next|ticker [--article ID|URL]\n"
    "                       [--context TITLE] [--lang L] [--now T] [--window W] [--section S]\n"
    "                       [--trending] [--limit N] [--title TEXT] [--region] [--options "
    "O.json]\n\n"
    "Writes the module's list as an HTML fragment to put inside its <newsrail-*> element: what\n"
    "readers without JavaScript and crawlers see, and what the widget replaces. The items are the\n"
    "ones the widget shows a reader on their first page view (the same query, the page's article\n"
    "recorded as read), in the page's language; every string is escaped; no script, no inline\n"
    "style; dates are absolute (<time datetime>, UTC). An empty list writes nothing. The\n"
    "service's notes (e.g. an article not in the feed) go to stderr.\n\n"
    "Options:\n"
    "  --module M      most-read, read-next or ticker (required)\n"
    "  --article A     the page's article, id or URL (its canonical link): left out of Most Read,\n"
    "                  followed by Read Next\n"
    "  --context TEXT  the page's title (names the article when its URL is not the feed's)\n"
    "  --lang L        the page's language: labels, lang/dir and the articles listed (default: "
    "the\n"
    "                  feed's language, else en)\n"
    "  --now T         RFC 3339 or epoch seconds (default: the feed's generated_at)\n"
    "  --window W      Most Read's views window: 1h, 6h, 24h (default), 7d ...\n"
    "  --section S     Most Read: only this section\n"
    "  --trending      Most Read: fast risers first\n"
    "  --limit N       items (defaults: most-read 5, read-next 4, ticker 10)\n"
    "  --title TEXT    the heading (the ticker's label) instead of the language's, as the\n"
    "                  element's title attribute gives it\n"
    "  --region        a labelled landmark of its own (<section>), for an element the page does\n"
    "                  not put in a landmark (as the widget then does)\n"
    "  --options O     ranking options JSON (as the console exports it)\n",
    run};

}  // namespace newsrail::cli
