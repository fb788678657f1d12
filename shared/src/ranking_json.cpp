// newsrail — ranked lists as JSON.
#include "newsrail/ranking_json.h"

#include <cmath>

#include "newsrail/json_writer.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

double round6(double v) {
  const double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0 : r;  // no "-0.0"
}

// The members every ranked item has: rank, id, score, placement, breakdown, collapsed.
void common(JsonWriter& out, const RankedItem& item, std::size_t rank) {
  out.member("rank", rank).member("id", item.id).member("score", round6(item.score));
  out.member("placement", placement_name(item.placement));
  out.key("breakdown").begin_object();
  for (const ScoreTerm& t : item.breakdown) out.member(t.name, round6(t.value));
  out.end_object();
  if (!item.collapsed.empty()) out.member("collapsed", item.collapsed);
}

void begin(JsonWriter& out, const char* module, Seconds now) {
  out.begin_object().member("module", module).member("now", format_rfc3339(now));
  out.key("items").begin_array();
}

std::string finish(JsonWriter& out, const RankedList& list) {
  out.end_array().member("notes", list.notes).end_object();
  return out.take();
}

}  // namespace

std::string articles_to_json(const FeedIndex& index, const RankedList& list, const char* module,
                             Seconds now, Seconds views_window, int indent) {
  JsonWriter out(indent);
  begin(out, module, now);
  for (std::size_t r = 0; r < list.items.size(); ++r) {
    const RankedItem& item = list.items[r];
    const Article& a = index.article(item.index);
    out.begin_object();
    common(out, item, r + 1);
    out.member("title", a.title).member("url", a.url).member("section", a.section);
    out.member("region", a.region).member("language", a.language);
    out.member("published", a.published ? format_rfc3339(a.published) : "");
    out.member("reading_minutes", a.reading_minutes);
    if (views_window > 0)
      out.member("views", std::max<std::int64_t>(views_in_window(a, views_window), 0));
    if (!a.image.url.empty()) {
      out.key("image").begin_object().member("url", a.image.url).member("alt", a.image.alt);
      out.member("credit", a.image.credit).end_object();
    }
    out.end_object();
  }
  return finish(out, list);
}

std::string breaking_to_json(const Feed& feed, const RankedList& list, Seconds now,
                             Seconds default_lifetime, int indent) {
  JsonWriter out(indent);
  begin(out, "ticker", now);
  for (std::size_t r = 0; r < list.items.size(); ++r) {
    const RankedItem& item = list.items[r];
    const BreakingItem& b = feed.breaking[item.index];
    out.begin_object();
    common(out, item, r + 1);
    out.member("text", b.text).member("url", b.url);
    out.member("published", b.published ? format_rfc3339(b.published) : "");
    const Seconds expires = b.expires     ? b.expires
                            : b.published ? b.published + default_lifetime
                                          : 0;
    out.member("expires", expires ? format_rfc3339(expires) : "");
    out.member("priority", b.priority).end_object();
  }
  return finish(out, list);
}

}  // namespace newsrail
