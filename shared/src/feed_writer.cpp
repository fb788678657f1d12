// newsrail — feed serialisation.
#include "newsrail/feed_writer.h"

#include <algorithm>
#include <vector>

#include "newsrail/json_writer.h"
#include "newsrail/ranking_options.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

void write_item(JsonWriter& j, const Article& a, const FeedWriteOptions& options) {
  j.begin_object().member("id", a.id).member("title", a.title);
  if (!a.url.empty()) j.member("url", a.url);
  if (!a.summary.empty()) j.member("summary", a.summary);
  if (options.include_text && !a.text.empty()) j.member("content_text", a.text);
  if (!a.image.url.empty()) j.member("image", a.image.url);
  if (a.published) j.member("date_published", format_rfc3339(a.published));
  if (a.modified && a.modified != a.published)
    j.member("date_modified", format_rfc3339(a.modified));
  if (!a.authors.empty()) {
    j.key("authors").begin_array();
    for (const std::string& name : a.authors) j.begin_object().member("name", name).end_object();
    j.end_array();
  }
  if (!a.tags.empty()) j.member("tags", a.tags);
  if (!a.language.empty()) j.member("language", a.language);
  j.key("_newsrail").begin_object();
  if (!a.section.empty()) j.member("section", a.section);
  if (!a.region.empty()) j.member("region", a.region);
  if (!a.views.empty()) {
    j.key("views").begin_object();
    for (const ViewCount& v : a.views) j.member(format_window(v.window), v.views);
    j.end_object();
  }
  if (!a.related.empty()) j.member("related", a.related);
  if (!a.recommend) j.member("recommend", false);
  if (!a.image.url.empty() && !a.image.alt.empty()) j.member("image_alt", a.image.alt);
  if (!a.image.url.empty() && !a.image.credit.empty()) j.member("image_credit", a.image.credit);
  j.member("reading_minutes", a.reading_minutes);
  if (!a.terms.empty()) {  // By text: the same bytes whatever order the terms were computed in.
    std::vector<const WeightedTerm*> terms;
    for (const WeightedTerm& t : a.terms) terms.push_back(&t);
    std::sort(terms.begin(), terms.end(),
              [](const WeightedTerm* x, const WeightedTerm* y) { return x->term < y->term; });
    j.key("terms").begin_object();
    for (const WeightedTerm* t : terms) j.member(t->term, t->weight);
    j.end_object();
  }
  j.end_object().end_object();  // _newsrail, the item
}

}  // namespace

std::string feed_to_json(const Feed& feed, const FeedWriteOptions& options) {
  JsonWriter j(options.indent);
  j.begin_object()
      .member("version", "https://jsonfeed.org/version/1.1")
      .member("title", feed.title);
  if (!feed.home_page_url.empty()) j.member("home_page_url", feed.home_page_url);
  if (!feed.feed_url.empty()) j.member("feed_url", feed.feed_url);
  if (!feed.language.empty()) j.member("language", feed.language);
  j.key("_newsrail").begin_object();
  if (feed.generated_at) j.member("generated_at", format_rfc3339(feed.generated_at));
  if (!feed.sections.empty()) j.member("sections", feed.sections);
  if (!feed.regions.empty()) j.member("regions", feed.regions);
  if (!feed.breaking.empty()) {
    j.key("breaking").begin_array();
    for (const BreakingItem& b : feed.breaking) {
      j.begin_object().member("id", b.id).member("text", b.text);
      if (!b.url.empty()) j.member("url", b.url);
      if (b.published) j.member("date_published", format_rfc3339(b.published));
      if (b.expires) j.member("date_expires", format_rfc3339(b.expires));
      if (b.priority) j.member("priority", b.priority);
      j.end_object();
    }
    j.end_array();
  }
  j.end_object().key("items").begin_array();
  for (const Article& a : feed.items) write_item(j, a, options);
  return j.end_array().end_object().take();
}

}  // namespace newsrail
