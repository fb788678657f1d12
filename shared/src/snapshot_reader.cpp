// newsrail — reading the index snapshot (snapshot.h, shared/schema/snapshot.fbs): verified,
// checked, then built into the index. snapshot_writer.cpp writes it.
//
// Index of this file
// [SECTION] Checks
// [SECTION] Reading
#include <cmath>
#include <cstring>
#include <unordered_set>
#include <utility>
#include <vector>

#include "newsrail/rfc3339.h"
#include "newsrail/snapshot.h"
#include "newsrail/url.h"
#include "newsrail/utf8.h"
#include "snapshot_generated.h"  // flatc's, in the build folder (shared/CMakeLists.txt)

namespace newsrail {

bool looks_like_snapshot(std::string_view bytes) {
  return bytes.size() >= 8 && bytes.substr(4, 4) == kSnapshotIdentifier;
}

//-----------------------------------------------------------------------------
// [SECTION] Checks
//-----------------------------------------------------------------------------

namespace {

std::string str(const flatbuffers::String* s) { return s ? s->str() : std::string(); }

std::vector<std::string> strings(
    const flatbuffers::Vector<flatbuffers::Offset<flatbuffers::String>>* list) {
  std::vector<std::string> out;
  if (!list) return out;
  out.reserve(list->size());
  for (const flatbuffers::String* s : *list) out.push_back(str(s));
  return out;
}

template <typename T>
std::size_t size_of(const flatbuffers::Vector<T>* v) {
  return v ? v->size() : 0;
}

// Where a problem is, e.g. "/items/3/term_ids/7": kept as parts and written out only when there
// is a problem (a path string per checked field would cost more than the checks).
struct Where {
  static constexpr std::size_t kNone = SIZE_MAX;
  const char* list = "";      // "/items", "/breaking" or "" (the root)
  std::size_t index = kNone;  // The entry of `list`.
  const char* field = "";     // "/title"
  std::size_t sub = kNone;    // An entry of the field.

  Where at(std::size_t k) const {
    Where w = *this;
    w.sub = k;
    return w;
  }
  std::string path() const {
    std::string out = list;
    if (index != kNone) out += "/" + std::to_string(index);
    out += field;
    if (sub != kNone) out += "/" + std::to_string(sub);
    return out;
  }
};

// The first problem found in a snapshot that passed the verifier: where and why.
struct Problem {
  Where where;
  std::string message;
};

// Checks a list of ids: each in 0..limit-1, strictly ascending.
template <typename T>
std::optional<Problem> check_ids(const flatbuffers::Vector<T>* ids, const Where& path,
                                 std::size_t limit, const char* table) {
  if (!ids) return std::nullopt;
  for (flatbuffers::uoffset_t k = 0; k < ids->size(); ++k) {
    const auto id = ids->Get(k);
    if (static_cast<long long>(id) < 0 || static_cast<std::size_t>(id) >= limit)
      return Problem{path.at(k), "id " + std::to_string(id) + " is not in " + table + " (" +
                                     std::to_string(limit) + " entries)"};
    if (k > 0 && ids->Get(k - 1) >= id)
      return Problem{path.at(k), "ids must be ascending and unique"};
  }
  return std::nullopt;
}

// What the JSON feed parser guarantees of the strings and times it keeps, and the widget relies on
// (it renders the URLs as links): checked again here, since a snapshot can say anything.
std::optional<Problem> check_text(const std::string& s, const Where& path) {
  if (!is_valid_utf8(s)) return Problem{path, "is not valid UTF-8"};
  return std::nullopt;
}
std::optional<Problem> check_url(const std::string& url, const Where& path) {
  if (auto p = check_text(url, path)) return p;
  if (!url.empty() && !is_safe_url(url)) return Problem{path, "is not an http(s) or relative URL"};
  return std::nullopt;
}
std::optional<Problem> check_time(Seconds t, const Where& path) {
  if (t == 0 || (t >= kMinRfc3339Seconds && t <= kMaxRfc3339Seconds)) return std::nullopt;
  return Problem{path, "is not a time from year 0 to 9999 (" + std::to_string(t) + ")"};
}
std::optional<Problem> check_texts(const std::vector<std::string>& list, const Where& path) {
  for (std::size_t k = 0; k < list.size(); ++k)
    if (auto p = check_text(list[k], path.at(k))) return p;
  return std::nullopt;
}

std::optional<Problem> check_label(std::int32_t id, const Where& path, std::size_t labels) {
  if (id >= -1 && (id < 0 || static_cast<std::size_t>(id) < labels)) return std::nullopt;
  return Problem{path, "label id " + std::to_string(id) + " is not in labels (" +
                           std::to_string(labels) + " entries)"};
}

// Reads item `i` into `a` and `x`, or returns what is wrong with it.
std::optional<Problem> read_article(const fb::Article& in, std::size_t i, std::size_t terms,
                                    std::size_t labels,
                                    const std::vector<std::pair<std::string, LabelId>>& written,
                                    Article& a, IndexedArticle& x) {
  const auto at = [i](const char* field) { return Where{"/items", i, field}; };
  a.id = str(in.id());
  a.title = str(in.title());
  if (a.id.empty()) return Problem{at("/id"), "an item needs an id"};
  if (a.title.empty()) return Problem{at("/title"), "an item needs a title"};
  a.url = str(in.url());
  a.summary = str(in.summary());
  a.authors = strings(in.authors());
  const auto written_label = [&](std::int32_t k, const Where& path,
                                 std::string& out) -> std::optional<Problem> {
    if (k == -1) return std::nullopt;
    if (k < 0 || static_cast<std::size_t>(k) >= written.size())
      return Problem{path, "label " + std::to_string(k) + " is not in written_labels (" +
                               std::to_string(written.size()) + " entries)"};
    out = written[static_cast<std::size_t>(k)].first;
    return std::nullopt;
  };
  if (auto p = written_label(in.section(), at("/section"), a.section)) return p;
  if (auto p = written_label(in.region(), at("/region"), a.region)) return p;
  if (const auto* tags = in.tags()) {
    a.tags.resize(tags->size());
    for (flatbuffers::uoffset_t k = 0; k < tags->size(); ++k) {
      const Where path = at("/tags").at(k);
      if (tags->Get(k) == -1) return Problem{path, "a tag must name a written label, not -1"};
      if (auto p = written_label(tags->Get(k), path, a.tags[k])) return p;
    }
  }
  a.language = str(in.language());
  a.published = in.published();
  a.modified = in.modified();
  if (const fb::Image* image = in.image())
    a.image = {str(image->url()), str(image->alt()), str(image->credit())};
  a.reading_minutes = in.reading_minutes();
  if (a.reading_minutes < 1)
    return Problem{at("/reading_minutes"),
                   "must be 1 or more, not " + std::to_string(a.reading_minutes)};
  if (const auto* views = in.views()) {
    // FlatBuffers 2.0.8's verifier checks a vector's length field is 4-aligned, not that its
    // elements are 8-aligned as ViewCount needs: a crafted buffer can put them 4 bytes off
    // (found by fuzz_snapshot). The buffer itself is 8-aligned (read_snapshot).
    if (reinterpret_cast<std::uintptr_t>(views->Data()) % alignof(fb::ViewCount) != 0)
      return Problem{at("/views"), "is not aligned to 8 bytes"};
    for (flatbuffers::uoffset_t k = 0; k < views->size(); ++k) {
      const fb::ViewCount* v = views->Get(k);
      const Where path = at("/views").at(k);
      if (v->window() <= 0 || v->views() < 0)
        return Problem{path, "a window must be positive and its views not negative"};
      if (k > 0 && views->Get(k - 1)->window() >= v->window())
        return Problem{path, "windows must be ascending and unique"};
      a.views.push_back({v->window(), v->views()});
    }
  }
  a.related = strings(in.related());
  a.recommend = in.recommend();
  for (auto p :
       {check_text(a.id, at("/id")), check_text(a.title, at("/title")),
        check_url(a.url, at("/url")), check_text(a.summary, at("/summary")),
        check_texts(a.authors, at("/authors")), check_text(a.language, at("/language")),
        check_url(a.image.url, at("/image/url")), check_text(a.image.alt, at("/image/alt")),
        check_text(a.image.credit, at("/image/credit")), check_texts(a.related, at("/related")),
        check_time(a.published, at("/published")), check_time(a.modified, at("/modified"))})
    if (p) return p;

  // Each list in one of its two widths (snapshot.fbs), never both.
  if (in.term_ids() && in.term_ids16()) return Problem{at("/term_ids16"), "beside term_ids"};
  if (in.term_weights() && in.term_counts16())
    return Problem{at("/term_counts16"), "beside term_weights"};
  if (in.title_terms() && in.title_terms16())
    return Problem{at("/title_terms16"), "beside title_terms"};
  const std::size_t count = size_of(in.term_ids()) + size_of(in.term_ids16());
  const std::size_t weights = size_of(in.term_weights()) + size_of(in.term_counts16());
  if (count != weights)
    return Problem{at("/term_weights"), "needs one weight per term id (" + std::to_string(count) +
                                            "), has " + std::to_string(weights)};
  if (auto p = check_ids(in.term_ids(), at("/term_ids"), terms, "terms")) return p;
  if (auto p = check_ids(in.term_ids16(), at("/term_ids16"), terms, "terms")) return p;
  if (auto p = check_ids(in.title_terms(), at("/title_terms"), terms, "terms")) return p;
  if (auto p = check_ids(in.title_terms16(), at("/title_terms16"), terms, "terms")) return p;
  if (auto p = check_ids(in.tag_ids(), at("/tag_ids"), labels, "labels")) return p;
  if (auto p = check_label(in.section_id(), at("/section_id"), labels)) return p;
  if (auto p = check_label(in.region_id(), at("/region_id"), labels)) return p;
  x.counts.resize(count);
  if (const auto* ids = in.term_ids())
    for (flatbuffers::uoffset_t k = 0; k < count; ++k) x.counts[k].term = ids->Get(k);
  if (const auto* ids = in.term_ids16())
    for (flatbuffers::uoffset_t k = 0; k < count; ++k) x.counts[k].term = ids->Get(k);
  if (const auto* counts = in.term_counts16())
    for (flatbuffers::uoffset_t k = 0; k < count; ++k) x.counts[k].weight = counts->Get(k);
  if (const auto* w = in.term_weights())
    for (flatbuffers::uoffset_t k = 0; k < count; ++k) x.counts[k].weight = w->Get(k);
  for (std::size_t k = 0; k < count; ++k)
    if (!std::isfinite(x.counts[k].weight) || x.counts[k].weight <= 0)
      return Problem{at(in.term_weights() ? "/term_weights" : "/term_counts16").at(k),
                     "a weight must be a positive number"};
  if (const auto* t = in.title_terms()) x.title_terms.assign(t->begin(), t->end());
  if (const auto* t = in.title_terms16()) x.title_terms.assign(t->begin(), t->end());
  if (const auto* t = in.tag_ids()) x.tags.assign(t->begin(), t->end());
  x.section = in.section_id();
  x.region = in.region_id();
  return std::nullopt;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

SnapshotReadResult read_snapshot(std::string_view bytes) {
  SnapshotReadResult result;
  result.summary.bytes = bytes.size();
  auto refuse = [&](std::string path, std::string message) {
    result.diagnostics.push_back({Severity::kError, std::move(path), std::move(message)});
    return std::move(result);
  };
  if (!looks_like_snapshot(bytes))
    return refuse("", "not a newsrail snapshot: it does not carry the identifier \"" +
                          std::string(kSnapshotIdentifier) + "\" at bytes 4 to 7");
  // FlatBuffers reads 8-byte fields in place, and its verifier checks their alignment relative to
  // the buffer's start: bytes that start off an 8-byte boundary in memory are read from a copy.
  std::vector<std::uint64_t> aligned;
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(std::uint64_t) != 0) {
    aligned.resize((bytes.size() + 7) / 8);
    std::memcpy(aligned.data(), bytes.data(), bytes.size());
    bytes = std::string_view(reinterpret_cast<const char*>(aligned.data()), bytes.size());
  }
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  flatbuffers::Verifier verifier(data, bytes.size(), /*max_depth=*/16,
                                 /*max_tables=*/16 * 1024 * 1024);
  if (!fb::VerifySnapshotBuffer(verifier))
    return refuse("", "the snapshot is corrupt or truncated (" + std::to_string(bytes.size()) +
                          " bytes): the FlatBuffers verifier refused it");
  const fb::Snapshot& in = *fb::GetSnapshot(data);
  SnapshotSummary& summary = result.summary;
  summary.version = in.version();
  summary.items = size_of(in.items());
  summary.breaking = size_of(in.breaking());
  summary.terms = size_of(in.terms());
  summary.labels = size_of(in.labels());
  summary.generated_at = in.generated_at();
  summary.language = str(in.language());
  if (in.version() != kSnapshotVersion)
    return refuse("/version", "format version " + std::to_string(in.version()) +
                                  " is not the one this reader knows (" +
                                  std::to_string(kSnapshotVersion) +
                                  "): pack the feed again with this release's newsrail");

  FeedIndex::Parts parts;
  Feed& feed = parts.feed;
  feed.title = str(in.title());
  feed.home_page_url = str(in.home_page_url());
  feed.feed_url = str(in.feed_url());
  feed.language = summary.language;
  feed.generated_at = in.generated_at();
  feed.sections = strings(in.sections());
  feed.regions = strings(in.regions());
  parts.terms = strings(in.terms());
  parts.labels = strings(in.labels());
  for (auto p : {check_text(feed.title, Where{"", Where::kNone, "/title"}),
                 check_url(feed.home_page_url, Where{"", Where::kNone, "/home_page_url"}),
                 check_url(feed.feed_url, Where{"", Where::kNone, "/feed_url"}),
                 check_text(feed.language, Where{"", Where::kNone, "/language"}),
                 check_time(feed.generated_at, Where{"", Where::kNone, "/generated_at"}),
                 check_texts(feed.sections, Where{"", Where::kNone, "/sections"}),
                 check_texts(feed.regions, Where{"", Where::kNone, "/regions"}),
                 check_texts(parts.terms, Where{"", Where::kNone, "/terms"}),
                 check_texts(parts.labels, Where{"", Where::kNone, "/labels"})})
    if (p) return refuse(p->where.path(), p->message);
  const auto* written = in.written_labels();
  const auto* written_ids = in.written_label_ids();
  if (size_of(written) != size_of(written_ids))
    return refuse("/written_label_ids", "needs one id per written label");
  for (flatbuffers::uoffset_t k = 0; k < size_of(written); ++k) {
    const std::int32_t id = written_ids->Get(k);
    if (auto p =
            check_label(id, Where{"", Where::kNone, "/written_label_ids", k}, parts.labels.size()))
      return refuse(p->where.path(), p->message);
    parts.written_labels.emplace_back(str(written->Get(k)), id);
    if (auto p = check_text(parts.written_labels.back().first,
                            Where{"", Where::kNone, "/written_labels", k}))
      return refuse(p->where.path(), p->message);
  }
  if (const auto* items = in.items()) {
    feed.items.resize(items->size());
    parts.indexed.resize(items->size());
    std::unordered_set<std::string_view> ids;
    for (flatbuffers::uoffset_t i = 0; i < items->size(); ++i) {
      if (auto p = read_article(*items->Get(i), i, parts.terms.size(), parts.labels.size(),
                                parts.written_labels, feed.items[i], parts.indexed[i]))
        return refuse(p->where.path(), p->message);
      if (!ids.insert(feed.items[i].id).second)
        return refuse("/items/" + std::to_string(i) + "/id", "another item has this id");
    }
  }
  if (const auto* lines = in.breaking()) {
    for (flatbuffers::uoffset_t k = 0; k < lines->size(); ++k) {
      const fb::BreakingItem& line = *lines->Get(k);
      BreakingItem out{str(line.id()),   str(line.text()), str(line.url()),
                       line.published(), line.expires(),   line.priority()};
      const auto at = [k](const char* field) { return Where{"/breaking", k, field}; };
      if (out.id.empty() || out.text.empty())
        return refuse(at("").path(), "a breaking line needs an id and a text");
      if (out.priority < kMinBreakingPriority || out.priority > kMaxBreakingPriority)
        return refuse(at("/priority").path(), "must be from " +
                                                  std::to_string(kMinBreakingPriority) + " to " +
                                                  std::to_string(kMaxBreakingPriority));
      for (auto p : {check_text(out.id, at("/id")), check_text(out.text, at("/text")),
                     check_url(out.url, at("/url")), check_time(out.published, at("/published")),
                     check_time(out.expires, at("/expires"))})
        if (p) return refuse(p->where.path(), p->message);
      feed.breaking.push_back(std::move(out));
    }
  }
  result.index = FeedIndex::from_parts(std::move(parts));
  return result;
}

}  // namespace newsrail
