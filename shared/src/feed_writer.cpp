// newsrail — feed serialisation.
#include "newsrail/feed_writer.h"

#include <algorithm>
#include <vector>

#include "newsrail/json.h"
#include "newsrail/ranking_options.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

Json item_json(const Article& a, const FeedWriteOptions& options) {
  Json j = {{"id", a.id}, {"title", a.title}};
  if (!a.url.empty()) j["url"] = a.url;
  if (!a.summary.empty()) j["summary"] = a.summary;
  if (options.include_text && !a.text.empty()) j["content_text"] = a.text;
  if (!a.image.url.empty()) j["image"] = a.image.url;
  if (a.published) j["date_published"] = format_rfc3339(a.published);
  if (a.modified && a.modified != a.published) j["date_modified"] = format_rfc3339(a.modified);
  if (!a.authors.empty()) {
    Json authors = Json::array();
    for (const std::string& name : a.authors) authors.push_back({{"name", name}});
    j["authors"] = std::move(authors);
  }
  if (!a.tags.empty()) j["tags"] = a.tags;
  if (!a.language.empty()) j["language"] = a.language;
  Json ext = Json::object();
  if (!a.section.empty()) ext["section"] = a.section;
  if (!a.region.empty()) ext["region"] = a.region;
  if (!a.views.empty()) {
    Json views = Json::object();
    for (const ViewCount& v : a.views) views[format_window(v.window)] = v.views;
    ext["views"] = std::move(views);
  }
  if (!a.related.empty()) ext["related"] = a.related;
  if (!a.recommend) ext["recommend"] = false;
  if (!a.image.url.empty() && !a.image.alt.empty()) ext["image_alt"] = a.image.alt;
  if (!a.image.url.empty() && !a.image.credit.empty()) ext["image_credit"] = a.image.credit;
  ext["reading_minutes"] = a.reading_minutes;
  if (!a.terms.empty()) {  // By text: the same bytes whatever order the terms were computed in.
    std::vector<const WeightedTerm*> terms;
    for (const WeightedTerm& t : a.terms) terms.push_back(&t);
    std::sort(terms.begin(), terms.end(),
              [](const WeightedTerm* x, const WeightedTerm* y) { return x->term < y->term; });
    Json weights = Json::object();
    for (const WeightedTerm* t : terms) weights[t->term] = float_for_json(t->weight);
    ext["terms"] = std::move(weights);
  }
  j["_newsrail"] = std::move(ext);
  return j;
}

}  // namespace

std::string feed_to_json(const Feed& feed, const FeedWriteOptions& options) {
  Json j = {{"version", "https://jsonfeed.org/version/1.1"}, {"title", feed.title}};
  if (!feed.home_page_url.empty()) j["home_page_url"] = feed.home_page_url;
  if (!feed.feed_url.empty()) j["feed_url"] = feed.feed_url;
  if (!feed.language.empty()) j["language"] = feed.language;
  Json ext = Json::object();
  if (feed.generated_at) ext["generated_at"] = format_rfc3339(feed.generated_at);
  if (!feed.sections.empty()) ext["sections"] = feed.sections;
  if (!feed.regions.empty()) ext["regions"] = feed.regions;
  if (!feed.breaking.empty()) {
    Json lines = Json::array();
    for (const BreakingItem& b : feed.breaking) {
      Json line = {{"id", b.id}, {"text", b.text}};
      if (!b.url.empty()) line["url"] = b.url;
      if (b.published) line["date_published"] = format_rfc3339(b.published);
      if (b.expires) line["date_expires"] = format_rfc3339(b.expires);
      if (b.priority) line["priority"] = b.priority;
      lines.push_back(std::move(line));
    }
    ext["breaking"] = std::move(lines);
  }
  j["_newsrail"] = std::move(ext);
  Json items = Json::array();
  for (const Article& a : feed.items) items.push_back(item_json(a, options));
  j["items"] = std::move(items);
  return write_json(j, options.indent);
}

}  // namespace newsrail
