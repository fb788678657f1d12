// newsrail — ranked lists as JSON.
#include "newsrail/ranking_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

using json = nlohmann::json;

double round6(double v) {
  const double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0 : r;  // no "-0.0"
}

json breakdown_json(const RankedItem& item) {
  json b = json::object();
  for (const ScoreTerm& t : item.breakdown) b[t.name] = round6(t.value);
  return b;
}

json common(const RankedItem& item, std::size_t rank) {
  json j = {{"rank", rank},
            {"id", item.id},
            {"score", round6(item.score)},
            {"placement", placement_name(item.placement)},
            {"breakdown", breakdown_json(item)}};
  if (!item.collapsed.empty()) j["collapsed"] = item.collapsed;
  return j;
}

std::string finish(json& out, const RankedList& list) {
  out["notes"] = list.notes;
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string articles_to_json(const FeedIndex& index, const RankedList& list, const char* module,
                             Seconds now, Seconds views_window) {
  json items = json::array();
  for (std::size_t r = 0; r < list.items.size(); ++r) {
    const RankedItem& item = list.items[r];
    const Article& a = index.article(item.index);
    json j = common(item, r + 1);
    j["title"] = a.title;
    j["url"] = a.url;
    j["section"] = a.section;
    j["region"] = a.region;
    j["language"] = a.language;
    j["published"] = a.published ? format_rfc3339(a.published) : "";
    j["reading_minutes"] = a.reading_minutes;
    if (views_window > 0) j["views"] = std::max<std::int64_t>(views_in_window(a, views_window), 0);
    if (!a.image.url.empty())
      j["image"] = {{"url", a.image.url}, {"alt", a.image.alt}, {"credit", a.image.credit}};
    items.push_back(std::move(j));
  }
  json out = {{"module", module}, {"now", format_rfc3339(now)}, {"items", std::move(items)}};
  return finish(out, list);
}

std::string breaking_to_json(const Feed& feed, const RankedList& list, Seconds now,
                             Seconds default_lifetime) {
  json items = json::array();
  for (std::size_t r = 0; r < list.items.size(); ++r) {
    const RankedItem& item = list.items[r];
    const BreakingItem& b = feed.breaking[item.index];
    json j = common(item, r + 1);
    j["text"] = b.text;
    j["url"] = b.url;
    j["published"] = b.published ? format_rfc3339(b.published) : "";
    const Seconds expires = b.expires     ? b.expires
                            : b.published ? b.published + default_lifetime
                                          : 0;
    j["expires"] = expires ? format_rfc3339(expires) : "";
    j["priority"] = b.priority;
    items.push_back(std::move(j));
  }
  json out = {{"module", "ticker"}, {"now", format_rfc3339(now)}, {"items", std::move(items)}};
  return finish(out, list);
}

}  // namespace newsrail
