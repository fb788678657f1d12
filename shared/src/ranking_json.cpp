// newsrail — ranked lists as JSON.
#include "newsrail/ranking_json.h"

#include <cmath>

#include "newsrail/json.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

double round6(double v) {
  const double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0 : r;  // no "-0.0"
}

// The members every ranked item has: rank, id, score, placement, breakdown, collapsed.
Json common(const RankedItem& item, std::size_t rank) {
  Json out = {{"rank", rank},
              {"id", item.id},
              {"score", round6(item.score)},
              {"placement", placement_name(item.placement)}};
  Json breakdown = Json::object();
  for (const ScoreTerm& t : item.breakdown) breakdown[t.name] = round6(t.value);
  out["breakdown"] = std::move(breakdown);
  if (!item.breakdown_parts.empty()) {
    Json parts = Json::object();
    for (const TermParts& t : item.breakdown_parts) {
      Json& p = parts[t.term] = Json::object();
      for (const ScoreTerm& part : t.parts) p[part.name] = round6(part.value);
    }
    out["breakdown_parts"] = std::move(parts);
  }
  if (!item.collapsed.empty()) out["collapsed"] = item.collapsed;
  return out;
}

std::string list_json(const char* module, Seconds now, Json items, const RankedList& list,
                      int indent) {
  const Json out = {{"module", module},
                    {"now", format_rfc3339(now)},
                    {"items", std::move(items)},
                    {"notes", list.notes}};
  return write_json(out, indent);
}

}  // namespace

std::string articles_to_json(const FeedIndex& index, const RankedList& list, const char* module,
                             Seconds now, Seconds views_window, int indent) {
  Json items = Json::array();
  for (std::size_t r = 0; r < list.items.size(); ++r) {
    const RankedItem& item = list.items[r];
    const Article& a = index.article(item.index);
    Json out = common(item, r + 1);
    out["title"] = a.title;
    out["url"] = a.url;
    out["section"] = a.section;
    out["region"] = a.region;
    out["language"] = a.language;
    out["published"] = a.published ? format_rfc3339(a.published) : "";
    out["reading_minutes"] = a.reading_minutes;
    if (views_window > 0)
      out["views"] = std::max<std::int64_t>(views_in_window(a, views_window), 0);
    if (!a.image.url.empty())
      out["image"] = {{"url", a.image.url}, {"alt", a.image.alt}, {"credit", a.image.credit}};
    items.push_back(std::move(out));
  }
  return list_json(module, now, std::move(items), list, indent);
}

std::string breaking_to_json(const Feed& feed, const RankedList& list, Seconds now,
                             Seconds default_lifetime, int indent) {
  Json items = Json::array();
  for (std::size_t r = 0; r < list.items.size(); ++r) {
    const RankedItem& item = list.items[r];
    const BreakingItem& b = feed.breaking[item.index];
    Json out = common(item, r + 1);
    out["text"] = b.text;
    out["url"] = b.url;
    out["published"] = b.published ? format_rfc3339(b.published) : "";
    const Seconds expires = b.expires     ? b.expires
                            : b.published ? b.published + default_lifetime
                                          : 0;
    out["expires"] = expires ? format_rfc3339(expires) : "";
    out["priority"] = b.priority;
    items.push_back(std::move(out));
  }
  return list_json("ticker", now, std::move(items), list, indent);
}

}  // namespace newsrail
