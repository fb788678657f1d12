// newsrail — feed serialisation.
#include "newsrail/feed_writer.h"

#include <nlohmann/json.hpp>

#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

using json = nlohmann::json;

std::string window_key(Seconds w) {
  if (w % 604800 == 0 && w >= 604800 * 2) return std::to_string(w / 604800) + "w";
  if (w % 86400 == 0 && w >= 86400 * 2) return std::to_string(w / 86400) + "d";
  if (w % 3600 == 0) return std::to_string(w / 3600) + "h";
  return std::to_string(w / 60) + "m";
}

json item_json(const Article& a, const FeedWriteOptions& options) {
  json j = {{"id", a.id}, {"title", a.title}};
  if (!a.url.empty()) j["url"] = a.url;
  if (!a.summary.empty()) j["summary"] = a.summary;
  if (options.include_text && !a.text.empty()) j["content_text"] = a.text;
  if (!a.image.url.empty()) j["image"] = a.image.url;
  if (a.published) j["date_published"] = format_rfc3339(a.published);
  if (a.modified && a.modified != a.published) j["date_modified"] = format_rfc3339(a.modified);
  if (!a.authors.empty()) {
    json authors = json::array();
    for (const std::string& name : a.authors) authors.push_back({{"name", name}});
    j["authors"] = std::move(authors);
  }
  if (!a.tags.empty()) j["tags"] = a.tags;
  if (!a.language.empty()) j["language"] = a.language;
  json ext = json::object();
  if (!a.section.empty()) ext["section"] = a.section;
  if (!a.region.empty()) ext["region"] = a.region;
  if (!a.views.empty()) {
    json views = json::object();
    for (const ViewCount& v : a.views) views[window_key(v.window)] = v.views;
    ext["views"] = std::move(views);
  }
  if (!a.related.empty()) ext["related"] = a.related;
  if (!a.recommend) ext["recommend"] = false;
  if (!a.image.url.empty() && !a.image.alt.empty()) ext["image_alt"] = a.image.alt;
  if (!a.image.url.empty() && !a.image.credit.empty()) ext["image_credit"] = a.image.credit;
  ext["reading_minutes"] = a.reading_minutes;
  if (!a.terms.empty()) {
    json terms = json::object();
    for (const WeightedTerm& t : a.terms) terms[t.term] = t.weight;
    ext["terms"] = std::move(terms);
  }
  j["_newsrail"] = std::move(ext);
  return j;
}

}  // namespace

std::string feed_to_json(const Feed& feed, const FeedWriteOptions& options) {
  json root = {{"version", "https://jsonfeed.org/version/1.1"}, {"title", feed.title}};
  if (!feed.home_page_url.empty()) root["home_page_url"] = feed.home_page_url;
  if (!feed.feed_url.empty()) root["feed_url"] = feed.feed_url;
  if (!feed.language.empty()) root["language"] = feed.language;
  json ext = json::object();
  if (feed.generated_at) ext["generated_at"] = format_rfc3339(feed.generated_at);
  if (!feed.sections.empty()) ext["sections"] = feed.sections;
  if (!feed.regions.empty()) ext["regions"] = feed.regions;
  if (!feed.breaking.empty()) {
    json breaking = json::array();
    for (const BreakingItem& b : feed.breaking) {
      json j = {{"id", b.id}, {"text", b.text}};
      if (!b.url.empty()) j["url"] = b.url;
      if (b.published) j["date_published"] = format_rfc3339(b.published);
      if (b.expires) j["date_expires"] = format_rfc3339(b.expires);
      if (b.priority) j["priority"] = b.priority;
      breaking.push_back(std::move(j));
    }
    ext["breaking"] = std::move(breaking);
  }
  root["_newsrail"] = std::move(ext);
  json items = json::array();
  for (const Article& a : feed.items) items.push_back(item_json(a, options));
  root["items"] = std::move(items);
  return root.dump(options.indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsrail
