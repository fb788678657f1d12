// newsrail — JSON Feed 1.1 + `_newsrail` parsing.
//
// Index of this file
// [SECTION] Context: diagnostics with JSON pointers, type-checked field readers
// [SECTION] Items
// [SECTION] Breaking lines
// [SECTION] Feed
#include "newsrail/feed_parser.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>
#include <utility>

#include "newsrail/detail/feed_stream.h"
#include "newsrail/detail/text_fields.h"
#include "newsrail/html_text.h"
#include "newsrail/json.h"
#include "newsrail/normalize.h"
#include "newsrail/reading_time.h"
#include "newsrail/rfc3339.h"
#include "newsrail/url.h"
#include "newsrail/utf8.h"

namespace newsrail {

const char* const kJsonFeedVersion11 = "https://jsonfeed.org/version/1.1";
const char* const kJsonFeedVersion10 = "https://jsonfeed.org/version/1";

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Context: diagnostics with JSON pointers, type-checked field readers
//-----------------------------------------------------------------------------

// Why an item or breaking line was rejected; empty = accepted.
struct Reject {
  std::string path;
  std::string reason;
  explicit operator bool() const { return !reason.empty(); }
};

using json = Json;

// A wrong value as a message names it: its type and its JSON text, cut at 40 bytes ("a string
// (\"no\")", "a number (5)").
std::string describe(const json& v) {
  return std::string(json_type_name(v)) + " (" + json_excerpt(v) + ")";
}
std::string describe(const json* v) { return v ? describe(*v) : "missing"; }

using detail::clean_line;
using detail::trim;

class Context {
 public:
  Context(const ParseLimits& limits, Diagnostics& out) : limits_(limits), out_(out) {}

  const ParseLimits& limits() const { return limits_; }

  void warn(std::string path, std::string message) {
    out_.push_back({Severity::kWarning, std::move(path), std::move(message), 0, 0});
  }
  void error(std::string path, std::string message, int line = 0, int column = 0) {
    out_.push_back({Severity::kError, std::move(path), std::move(message), line, column});
  }

  // Reads an optional one-line string; a wrong type is dropped with a warning.
  std::string line_field(const json& obj, const char* key, const std::string& base,
                         std::size_t max_bytes) {
    const json* it = json_member(obj, key);
    if (!it) return {};
    const auto path = [&] { return base + "/" + key; };
    if (!it->is_string()) {
      warn(path(), "must be a string, not " + describe(it) + "; ignored");
      return {};
    }
    return limit(clean_line(json_text(*it)), max_bytes, path);
  }

  // Reads an optional multi-line string; a wrong type is dropped with a warning.
  std::string text_field(const json& obj, const char* key, const std::string& base,
                         std::size_t max_bytes) {
    const json* it = json_member(obj, key);
    if (!it) return {};
    const auto path = [&] { return base + "/" + key; };
    if (!it->is_string()) {
      warn(path(), "must be a string, not " + describe(it) + "; ignored");
      return {};
    }
    return limit(trim(json_text(*it)), max_bytes, path);
  }

  // Reads an optional list of one-line strings; bad entries are dropped with a warning each.
  std::vector<std::string> string_list(const json& obj, const char* key, const std::string& base) {
    std::vector<std::string> out;
    const json* it = json_member(obj, key);
    if (!it) return out;
    const auto path = [&] { return base + "/" + key; };
    if (!it->is_array()) {
      warn(path(), "must be an array of strings, not " + describe(it) + "; ignored");
      return out;
    }
    std::size_t i = 0;  // The element's position in the array, kept or not.
    for (const json& v : *it) {
      const std::size_t at = i++;
      const auto entry_path = [&] { return path() + "/" + std::to_string(at); };
      if (out.size() >= limits_.max_list_entries) {
        warn(entry_path(), "more than " + std::to_string(limits_.max_list_entries) +
                               " entries; the rest are ignored");
        break;
      }
      if (!v.is_string()) {
        warn(entry_path(), "must be a string, not " + describe(v) + "; ignored");
        continue;
      }
      std::string s = limit(clean_line(json_text(v)), limits_.max_field_bytes, entry_path);
      if (s.empty()) continue;
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
    }
    return out;
  }

  // Truncates `s` to `max_bytes` on a code point boundary, with a warning at path() when it was
  // longer (the path is built only then: most fields fit).
  template <typename PathFn>
  std::string limit(std::string s, std::size_t max_bytes, const PathFn& path) {
    if (s.size() <= max_bytes) return s;
    warn(path(), "longer than " + std::to_string(max_bytes) + " bytes (" +
                     std::to_string(s.size()) + "); truncated");
    std::string cut(truncate_utf8(s, max_bytes));
    while (!cut.empty() &&
           (cut.back() == ' ' || cut.back() == '\n' || cut.back() == '\t' || cut.back() == '\r'))
      cut.pop_back();
    return cut;
  }

 private:
  const ParseLimits& limits_;
  Diagnostics& out_;
};

// An id: a non-empty string, or a number coerced to a string as JSON Feed 1.1 asks.
Reject read_id(const json& obj, const std::string& base, const ParseLimits& limits,
               std::string& id) {
  const auto path = [&] { return base + "/id"; };
  const json* it = json_member(obj, "id");
  if (!it) return {path(), "missing id"};
  if (json_is_int64(*it)) {
    id = std::to_string(it->get<std::int64_t>());
  } else if (json_is_big_uint64(*it)) {
    id = std::to_string(it->get<std::uint64_t>());
  } else if (it->is_string()) {
    id = clean_line(json_text(*it));
  } else {
    return {path(), "id must be a string, not " + describe(it)};
  }
  if (id.empty()) return {path(), "empty id"};
  if (id.size() > limits.max_id_bytes)
    return {path(), "id longer than " + std::to_string(limits.max_id_bytes) + " bytes"};
  return {};
}

// A link: absent, or http(s)/relative. A relative one that looks like a host without a scheme is
// kept with a warning.
Reject read_url(const json& obj, const char* key, const std::string& base, Context& ctx,
                std::string& url) {
  const ParseLimits& limits = ctx.limits();
  const json* it = json_member(obj, key);
  if (!it) return {};
  const auto path = [&] { return base + "/" + key; };
  if (!it->is_string()) return {path(), "must be a string, not " + describe(it)};
  const std::string_view raw = json_text(*it);
  if (raw.size() > limits.max_url_bytes)
    return {path(), "url longer than " + std::to_string(limits.max_url_bytes) + " bytes"};
  switch (classify_url(raw)) {
    case UrlKind::kEmpty:
      return {};
    case UrlKind::kUnsafe: {
      const std::string shown(truncate_utf8(raw, 40));
      return {path(), "url must be http(s) or relative, not \"" + shown +
                          (shown.size() < raw.size() ? "...\"" : "\"")};
    }
    case UrlKind::kRelative:
      url = trim_url(raw);
      if (looks_like_host_without_scheme(url)) {
        const std::string shown(truncate_utf8(url, 60));
        const bool cut = shown.size() < url.size();
        ctx.warn(path(), "url \"" + shown + (cut ? "...\"" : "\"") +
                             " looks like a host without a scheme: a browser reads it as a path "
                             "on the page's own site and the link breaks; write \"https://" +
                             shown + (cut ? "...\"" : "\"") + "; kept as it is");
      }
      return {};
    default:
      url = trim_url(raw);
      return {};
  }
}

// A date: absent (0), or RFC 3339.
Reject read_date(const json& obj, const char* key, const std::string& base, Seconds& out) {
  const json* it = json_member(obj, key);
  if (!it) return {};
  const auto path = [&] { return base + "/" + key; };
  if (!it->is_string()) return {path(), "date must be an RFC 3339 string, not " + describe(it)};
  const std::string_view s = json_text(*it);
  const auto t = parse_rfc3339(s);
  if (!t) {
    const std::string shown(truncate_utf8(s, 40));
    std::string hint;  // What would make it one, when that is only the time zone or the time.
    if (parse_rfc3339(std::string(s) + "Z"))
      hint = " (no time zone: add Z or an offset, e.g. \"" + std::string(s) + "Z\")";
    else if (parse_rfc3339(std::string(s) + "T00:00:00Z"))
      hint = " (a date alone: add a time and Z or an offset, e.g. \"" + std::string(s) +
             "T00:00:00Z\")";
    return {path(),
            "not an RFC 3339 date: \"" + shown + (shown.size() < s.size() ? "...\"" : "\"") + hint};
  }
  out = *t;
  return {};
}

// Parses a views window key such as "30m", "1h", "24h", "7d", "2w" into seconds (0 = invalid).
Seconds parse_window(std::string_view key) {
  if (key.size() < 2 || key.size() > 6) return 0;
  Seconds n = 0;
  for (std::size_t i = 0; i + 1 < key.size(); ++i) {
    if (key[i] < '0' || key[i] > '9') return 0;
    n = n * 10 + (key[i] - '0');
  }
  switch (key.back()) {
    case 'm':
      return n * 60;
    case 'h':
      return n * 3600;
    case 'd':
      return n * 86400;
    case 'w':
      return n * 7 * 86400;
    default:
      return 0;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Items
//-----------------------------------------------------------------------------

void read_views(const json& ext, const std::string& base, Context& ctx, Article& a) {
  const json* it = json_member(ext, "views");
  if (!it) return;
  const std::string path = base + "/views";
  if (!it->is_object()) {
    ctx.warn(path, "must be an object such as {\"24h\": 340}, not " + describe(it) + "; ignored");
    return;
  }
  for (const auto& [key, value] : it->items()) {
    const std::string entry_path = path + "/" + json_pointer_escape(key);
    const Seconds window = parse_window(key);
    if (window <= 0) {
      ctx.warn(entry_path, "window must look like 30m, 1h, 24h or 7d, not " +
                               json_excerpt_string(key) + "; ignored");
      continue;
    }
    std::int64_t views = -1;
    if (json_is_big_uint64(value)) {
      views = INT64_MAX / 4;
    } else if (json_is_int64(value)) {
      views = std::min(value.get<std::int64_t>(), INT64_MAX / 4);
    } else if (value.is_number()) {
      const double d = value.get<double>();
      if (std::isfinite(d) && d >= 0 && d < 1e15 && d == std::floor(d))
        views = static_cast<std::int64_t>(d);
    }
    if (views < 0) {
      ctx.warn(entry_path,
               "views must be a non-negative integer, not " + json_excerpt(value) + "; ignored");
      continue;
    }
    bool merged = false;
    for (ViewCount& v : a.views)
      if (v.window == window) {
        ctx.warn(entry_path, "the same window is given twice; the first is kept");
        merged = true;
      }
    if (!merged) a.views.push_back({window, views});
  }
  std::sort(a.views.begin(), a.views.end(),
            [](const ViewCount& x, const ViewCount& y) { return x.window < y.window; });
}

// Reads a packed feed's {"term": weight} object (weights > 0, at most 64 terms).
void read_terms(const json& ext, const std::string& base, Context& ctx, Article& a) {
  const json* it = json_member(ext, "terms");
  if (!it) return;
  const std::string path = base + "/terms";
  if (!it->is_object()) {
    ctx.warn(path, "must be an object of term weights, not " + describe(it) + "; ignored");
    return;
  }
  for (const auto& [term, weight] : it->items()) {
    const double w = weight.is_number() ? weight.get<double>() : 0;
    if (!(w > 0) || !(w < 1e6) || term.empty() || term.size() > ctx.limits().max_field_bytes) {
      ctx.warn(
          path + "/" + json_pointer_escape(term),
          "a term needs a positive weight below 1e6, not " + json_excerpt(weight) + "; ignored");
      continue;
    }
    a.terms.push_back({term, static_cast<float>(w)});
  }
  // By text, and of a term given twice the last (as JSON readers usually keep): the order does
  // not depend on how the feed's writer ordered its members.
  const auto by_text = [](const WeightedTerm& x, const WeightedTerm& y) { return x.term < y.term; };
  if (!std::is_sorted(a.terms.begin(), a.terms.end(), by_text))  // `pack` writes them sorted.
    std::stable_sort(a.terms.begin(), a.terms.end(), by_text);
  const auto same_text = [](const WeightedTerm& x, const WeightedTerm& y) {
    return x.term == y.term;
  };
  // Backwards, so that of equal texts std::unique keeps the last; the kept run ends the vector.
  a.terms.erase(a.terms.begin(), std::unique(a.terms.rbegin(), a.terms.rend(), same_text).base());
  if (a.terms.size() > kMaxItemTerms) {  // Keep the strongest (then the first by text).
    std::stable_sort(
        a.terms.begin(), a.terms.end(),
        [](const WeightedTerm& x, const WeightedTerm& y) { return x.weight > y.weight; });
    ctx.warn(path, "more than " + std::to_string(kMaxItemTerms) + " terms; the " +
                       std::to_string(a.terms.size() - kMaxItemTerms) + " weakest are ignored");
    a.terms.resize(kMaxItemTerms);
  }
}

// Reads the item's `_newsrail` object; returns true when it set reading_minutes.
bool read_extension(const json& item, const std::string& base, Context& ctx, Article& a) {
  const json* it = json_member(item, "_newsrail");
  if (!it) return false;
  const std::string path = base + "/_newsrail";
  if (!it->is_object()) {
    ctx.warn(path, "must be an object, not " + describe(it) + "; ignored");
    return false;
  }
  const json& ext = *it;
  const std::size_t max = ctx.limits().max_field_bytes;
  a.section = ctx.line_field(ext, "section", path, max);
  a.region = ctx.line_field(ext, "region", path, max);
  a.image.alt = ctx.line_field(ext, "image_alt", path, ctx.limits().max_summary_bytes);
  a.image.credit = ctx.line_field(ext, "image_credit", path, max);
  read_views(ext, path, ctx, a);
  read_terms(ext, path, ctx, a);
  a.related = ctx.string_list(ext, "related", path);
  if (const json* r = json_member(ext, "recommend")) {
    if (r->is_boolean())
      a.recommend = r->get<bool>();
    else
      ctx.warn(path + "/recommend", "must be true or false, not " + describe(r) + "; ignored");
  }
  if (const json* m = json_member(ext, "reading_minutes")) {
    if (json_is_int64(*m) && m->get<std::int64_t>() >= 1 && m->get<std::int64_t>() <= 600) {
      a.reading_minutes = static_cast<int>(m->get<std::int64_t>());
      return true;
    }
    ctx.warn(path + "/reading_minutes",
             "must be an integer from 1 to 600, not " + json_excerpt(*m) + "; ignored");
  }
  return false;
}

void read_authors(const json& item, const std::string& base, Context& ctx, Article& a) {
  // JSON Feed 1.1 `authors` (array of objects), and 1.0's single `author` object.
  auto read_one = [&](const json& v, const std::string& path) {
    if (!v.is_object()) {
      ctx.warn(path, "an author must be an object, not " + describe(v) + "; ignored");
      return;
    }
    std::string name = ctx.line_field(v, "name", path, ctx.limits().max_field_bytes);
    if (!name.empty() && a.authors.size() < ctx.limits().max_list_entries)
      a.authors.push_back(std::move(name));
  };
  if (const json* it = json_member(item, "authors")) {
    if (!it->is_array()) {
      ctx.warn(base + "/authors", "must be an array, not " + describe(it) + "; ignored");
    } else {
      std::size_t i = 0;
      for (const json& author : *it) read_one(author, base + "/authors/" + std::to_string(i++));
    }
  } else if (const json* one = json_member(item, "author")) {
    read_one(*one, base + "/author");
  }
}

// The feed's _newsrail.sections and .regions, normalised as the index compares labels (without
// case or accents); an empty list allows any label.
struct KnownLabels {
  std::vector<std::string> sections, regions;
};

std::vector<std::string> normalized_labels(const std::vector<std::string>& labels) {
  std::vector<std::string> out;
  out.reserve(labels.size());
  for (const std::string& label : labels) out.push_back(normalize_for_match(label));
  return out;
}

// Warns when `label` (an item's section or region) is not one of `listed`, the feed's own list
// `list_name`, as written in `written`; the item keeps it.
void check_label(Context& ctx, const std::string& path, const char* field, const std::string& label,
                 const std::vector<std::string>& listed, const std::vector<std::string>& written,
                 const char* list_name) {
  if (label.empty() || listed.empty()) return;
  if (std::find(listed.begin(), listed.end(), normalize_for_match(label)) != listed.end()) return;
  std::string known;  // The first few labels listed, as the feed writes them.
  for (const std::string& w : written) {
    if (known.size() > 60) {
      known += ", ...";
      break;
    }
    known += (known.empty() ? "" : ", ") + json_excerpt_string(w, 30);
  }
  ctx.warn(path, std::string(field) + " " + json_excerpt_string(label) + " is not one of " +
                     list_name + " (" + known + "); the item keeps it");
}

// Reads one item; returns a Reject when the item cannot be used.
Reject read_item(const json& item, const std::string& base, Context& ctx, Article& a) {
  if (!item.is_object()) return {base, "an item must be an object, not " + describe(item)};
  const ParseLimits& limits = ctx.limits();
  if (Reject r = read_id(item, base, limits, a.id)) return r;

  const json* title = json_member(item, "title");
  if (!title) return {base + "/title", "missing title"};
  if (!title->is_string())
    return {base + "/title", "title must be a string, not " + describe(title)};
  a.title = ctx.limit(clean_line(json_text(*title)), limits.max_title_bytes,
                      [&] { return base + "/title"; });
  if (a.title.empty()) return {base + "/title", "empty title"};

  if (Reject r = read_url(item, "url", base, ctx, a.url)) return r;
  if (Reject r = read_date(item, "date_published", base, a.published)) return r;
  if (Reject r = read_date(item, "date_modified", base, a.modified)) return r;
  if (a.modified == 0) a.modified = a.published;

  // Optional fields from here on: a bad one is dropped, the item stays.
  a.summary = ctx.text_field(item, "summary", base, limits.max_summary_bytes);
  a.text = ctx.text_field(item, "content_text", base, limits.max_text_bytes);
  if (a.text.empty()) {
    const std::string html = ctx.text_field(item, "content_html", base, limits.max_text_bytes);
    if (!html.empty()) a.text = html_to_text(html);
  }
  std::string image_url;
  if (Reject r = read_url(item, "image", base, ctx, image_url))
    ctx.warn(r.path, r.reason + "; the image is dropped");
  else
    a.image.url = std::move(image_url);
  read_authors(item, base, ctx, a);
  a.tags = ctx.string_list(item, "tags", base);
  a.language = ctx.line_field(item, "language", base, 64);  // Empty: the feed's (set later).
  const bool minutes_given = read_extension(item, base, ctx, a);
  if (a.image.url.empty()) a.image = Image{};
  if (!minutes_given)    // What a reader reads: the standfirst (summary) and the body.
    a.reading_minutes =  // Capped at 600, the most _newsrail.reading_minutes may say.
        std::min(600, reading_minutes(count_words(a.summary) + count_words(a.text)));
  return {};
}

// Reads the items as the stream delivers them: each is checked and kept (or skipped) at once,
// and its DOM dropped. Their diagnostics wait until the feed-level ones are written, so the order
// is the document's sections: feed fields, _newsrail, breaking, items. What needs the feed's own
// fields (which may come after "items") is checked in finish().
class ItemReader : public detail::ItemSink {
 public:
  explicit ItemReader(const ParseLimits& limits) : limits_(limits), ctx_(limits, diagnostics_) {}

  void begin_items() override {  // A repeated "items" key: the last one counts.
    kept_.clear();
    diagnostics_.clear();
    seen_.clear();
  }

  void item(std::size_t position, json& value) override {
    const std::string base = "/items/" + std::to_string(position);
    Kept k;
    if (Reject r = read_item(value, base, ctx_, k.article)) {
      ctx_.warn(r.path, r.reason + "; the item is skipped");
      return;
    }
    if (!seen_.insert(k.article.id).second) {
      ctx_.warn(base + "/id", "duplicate id \"" + std::string(truncate_utf8(k.article.id, 60)) +
                                  "\"; the first item with it is kept");
      return;
    }
    k.position = position;
    k.diagnostics_end = diagnostics_.size();
    k.related = related_entries(value);
    kept_.push_back(std::move(k));
  }

  // Checks what needs the whole feed (its language, sections, regions and item ids), writes the
  // items' diagnostics to `out` in document order (the related-id ones last) and moves the items
  // into `feed`.
  void finish(Feed& feed, Diagnostics& out) {
    Context ctx(limits_, out);
    const KnownLabels known = {normalized_labels(feed.sections), normalized_labels(feed.regions)};
    std::size_t next = 0;  // The first of diagnostics_ not yet written.
    for (Kept& k : kept_) {
      for (; next < k.diagnostics_end; ++next) out.push_back(std::move(diagnostics_[next]));
      Article& a = k.article;
      if (a.language.empty()) a.language = feed.language;  // The feed's is an item's default.
      const std::string base = "/items/" + std::to_string(k.position) + "/_newsrail/";
      check_label(ctx, base + "section", "section", a.section, known.sections, feed.sections,
                  "_newsrail.sections");
      check_label(ctx, base + "region", "region", a.region, known.regions, feed.regions,
                  "_newsrail.regions");
    }
    for (; next < diagnostics_.size(); ++next) out.push_back(std::move(diagnostics_[next]));
    // Related ids naming no item of the feed, or the item itself: Read Next skips them.
    for (const Kept& k : kept_)
      for (const auto& [entry_at, id] : k.related) {
        const std::size_t entry = entry_at;  // A structured binding cannot be captured (C++17).
        const auto path = [&] {
          return "/items/" + std::to_string(k.position) + "/_newsrail/related/" +
                 std::to_string(entry);
        };
        if (id == k.article.id)
          ctx.warn(path(), "related id " + json_excerpt_string(id) +
                               " is the item itself; Read Next skips it");
        else if (seen_.find(id) == seen_.end())
          ctx.warn(path(), "related id " + json_excerpt_string(id) +
                               " is not an item of this feed; Read Next skips it");
      }
    feed.items.reserve(kept_.size());
    for (Kept& k : kept_) feed.items.push_back(std::move(k.article));
    kept_.clear();
  }

 private:
  struct Kept {
    Article article;
    std::size_t position = 0;         // In the document's "items".
    std::size_t diagnostics_end = 0;  // diagnostics_ up to the end of this item's.
    std::vector<std::pair<std::size_t, std::string>> related;  // (entry position, id).
  };

  // The string entries of the item's _newsrail.related, with their positions in the array (the
  // list the item keeps drops the others, and says so).
  std::vector<std::pair<std::size_t, std::string>> related_entries(const json& item) const {
    std::vector<std::pair<std::size_t, std::string>> out;
    const json* ext = json_member(item, "_newsrail");
    const json* related = ext ? json_member(*ext, "related") : nullptr;
    if (!related || !related->is_array()) return out;
    std::size_t entry = 0;
    for (const json& v : *related) {
      if (entry >= limits_.max_list_entries) break;  // The rest were ignored (and said so).
      const std::size_t at = entry++;
      if (!v.is_string()) continue;  // Already warned about.
      std::string id = clean_line(json_text(v));
      if (!id.empty()) out.emplace_back(at, std::move(id));
    }
    return out;
  }

  const ParseLimits& limits_;
  Diagnostics diagnostics_;
  Context ctx_;
  std::vector<Kept> kept_;
  std::unordered_set<std::string> seen_;
};

//-----------------------------------------------------------------------------
// [SECTION] Breaking lines
//-----------------------------------------------------------------------------

Reject read_breaking_item(const json& v, const std::string& base, Seconds generated_at,
                          Context& ctx, BreakingItem& b) {
  if (!v.is_object()) return {base, "a breaking line must be an object, not " + describe(v)};
  const ParseLimits& limits = ctx.limits();
  if (Reject r = read_id(v, base, limits, b.id)) return r;
  const json* text = json_member(v, "text");
  if (!text) return {base + "/text", "missing text"};
  if (!text->is_string()) return {base + "/text", "text must be a string, not " + describe(text)};
  b.text = ctx.limit(clean_line(json_text(*text)), limits.max_title_bytes,
                     [&] { return base + "/text"; });
  if (b.text.empty()) return {base + "/text", "empty text"};
  if (Reject r = read_url(v, "url", base, ctx, b.url)) return r;
  if (Reject r = read_date(v, "date_published", base, b.published)) return r;
  if (Reject r = read_date(v, "date_expires", base, b.expires)) return r;
  if (b.published != 0 && b.expires != 0 && b.expires <= b.published)
    ctx.warn(base + "/date_expires",
             "the line expires (" + format_rfc3339(b.expires) + ") before it is published (" +
                 format_rfc3339(b.published) + "): the ticker never shows it; kept");
  if (b.published == 0) {
    b.published = generated_at;
    ctx.warn(base + "/date_published",
             generated_at ? "missing; the feed's generated_at is used"
                          : "missing, and the feed has no generated_at; the line never shows");
  }
  if (const json* p = json_member(v, "priority")) {
    if (json_is_int64(*p) && p->get<std::int64_t>() >= kMinBreakingPriority &&
        p->get<std::int64_t>() <= kMaxBreakingPriority)
      b.priority = static_cast<int>(p->get<std::int64_t>());
    else
      ctx.warn(base + "/priority", "must be an integer from " +
                                       std::to_string(kMinBreakingPriority) + " to " +
                                       std::to_string(kMaxBreakingPriority) + ", not " +
                                       json_excerpt(*p) + "; 0 is used");
  }
  return {};
}

void read_breaking(const json& ext, Context& ctx, Feed& feed) {
  const json* list = json_member(ext, "breaking");
  if (!list) return;
  const json& it = *list;
  if (!it.is_array()) {
    ctx.warn("/_newsrail/breaking", "must be an array, not " + describe(it) + "; ignored");
    return;
  }
  const ParseLimits& limits = ctx.limits();
  if (it.size() > limits.max_breaking)
    ctx.warn("/_newsrail/breaking/" + std::to_string(limits.max_breaking),
             "more than " + std::to_string(limits.max_breaking) +
                 " breaking lines; the rest are ignored");
  std::unordered_set<std::string> seen;
  const std::size_t n = std::min(it.size(), limits.max_breaking);
  std::size_t i = 0;
  for (const json& line : it) {
    if (i == n) break;
    const std::string base = "/_newsrail/breaking/" + std::to_string(i++);
    BreakingItem b;
    if (Reject r = read_breaking_item(line, base, feed.generated_at, ctx, b)) {
      ctx.warn(r.path, r.reason + "; the line is skipped");
      continue;
    }
    if (!seen.insert(b.id).second) {
      ctx.warn(base + "/id", "duplicate id \"" + std::string(truncate_utf8(b.id, 60)) +
                                 "\"; the first line with it is kept");
      continue;
    }
    feed.breaking.push_back(std::move(b));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Feed
//-----------------------------------------------------------------------------

// The feed's own fields (everything but the items).
void read_feed(const json& root, Context& ctx, Feed& feed) {
  feed.title = ctx.line_field(root, "title", "", ctx.limits().max_title_bytes);
  if (feed.title.empty()) ctx.warn("/title", "missing feed title (JSON Feed requires one)");
  std::string url;
  if (Reject r = read_url(root, "home_page_url", "", ctx, url))
    ctx.warn(r.path, r.reason + "; ignored");
  else
    feed.home_page_url = url;
  url.clear();
  if (Reject r = read_url(root, "feed_url", "", ctx, url))
    ctx.warn(r.path, r.reason + "; ignored");
  else
    feed.feed_url = url;
  feed.language = ctx.line_field(root, "language", "", 64);

  if (const json* ext = json_member(root, "_newsrail")) {
    if (!ext->is_object()) {
      ctx.warn("/_newsrail", "must be an object, not " + describe(ext) + "; ignored");
    } else {
      if (Reject r = read_date(*ext, "generated_at", "/_newsrail", feed.generated_at))
        ctx.warn(r.path, r.reason + "; ignored");
      feed.sections = ctx.string_list(*ext, "sections", "/_newsrail");
      feed.regions = ctx.string_list(*ext, "regions", "/_newsrail");
      read_breaking(*ext, ctx, feed);
    }
  }
}

}  // namespace

FeedParseResult parse_feed(std::string_view input, const ParseLimits& limits) {
  FeedParseResult result;
  Context ctx(limits, result.diagnostics);
  if (input.size() > limits.max_feed_bytes) {
    ctx.error("", "the feed is " + std::to_string(input.size()) + " bytes, over the limit of " +
                      std::to_string(limits.max_feed_bytes));
    return result;
  }
  if (input.size() >= 3 && input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);

  std::string repaired;
  if (const std::size_t bad = first_invalid_utf8(input); bad != std::string_view::npos) {
    int line = 0, column = 0;
    detail::line_and_column(input, bad, line, column);
    std::size_t replaced = 0;
    repaired = sanitize_utf8(input, &replaced);
    ctx.warn("", "invalid UTF-8: " + std::to_string(replaced) +
                     " byte sequence(s) replaced with U+FFFD, the first at line " +
                     std::to_string(line) + ", column " + std::to_string(column));
    input = repaired;
  }

  ItemReader items(limits);
  detail::StreamLimits stream_limits;
  stream_limits.max_items = limits.max_items;
  const detail::FeedStream stream = detail::stream_feed(input, stream_limits, items);
  if (stream.failed) {
    result.diagnostics.push_back(stream.error);
    return result;
  }
  if (stream.root_type != json::value_t::object) {
    ctx.error("",
              std::string("a feed must be a JSON object, not ") + json_type_name(stream.root_type));
    return result;
  }
  const json& root = stream.members;
  const json* version = json_member(root, "version");
  if (!version || !version->is_string()) {
    ctx.error("/version",
              std::string("missing JSON Feed version (expected \"") + kJsonFeedVersion11 + "\")");
    return result;
  }
  const std::string_view v = json_text(*version);
  if (v != kJsonFeedVersion11 && v != kJsonFeedVersion10) {
    ctx.error("/version", "unsupported version \"" + std::string(truncate_utf8(v, 60)) +
                              "\" (expected \"" + kJsonFeedVersion11 + "\")");
    return result;
  }
  if (stream.items_type != json::value_t::array) {
    ctx.error("/items", std::string("items must be an array, not ") +
                            (stream.items_type == json::value_t::discarded
                                 ? "missing"
                                 : json_type_name(stream.items_type)));
    return result;
  }
  // Numbers beyond the double range were read as null: each costs its field, not the feed.
  for (const Diagnostic& d : stream.warnings) result.diagnostics.push_back(d);
  Feed& feed = result.feed;
  read_feed(root, ctx, feed);
  if (stream.item_count > limits.max_items)
    ctx.warn("/items/" + std::to_string(limits.max_items),
             "the feed has " + std::to_string(stream.item_count) + " items, over the limit of " +
                 std::to_string(limits.max_items) + "; the rest are ignored");
  items.finish(feed, result.diagnostics);
  return result;
}

}  // namespace newsrail
