// libFuzzer target: history_from_json (the reader's localStorage copy, which anything on the page
// may have written) and what is built from it.
//
// Invariants (a failure traps):
//  - never more than `capacity` entries, one per id, ids non-empty, every string valid UTF-8,
//    times >= 0, at most 8 tags per entry;
//  - corrupt input gives an empty history and at least one warning; every diagnostic has a message
//    and a JSON pointer;
//  - history_to_json of the result reads back to the same entries with no diagnostic;
//  - record_read keeps the capacity and one entry per id, and has_read finds what was recorded;
//  - the reader's profile (reader_profile.h) over a feed of the history's own articles: its shares
//    and every article's affinity parts are finite and in [0, 1].
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "fuzz_check.h"
#include "newsrail/feed_index.h"
#include "newsrail/history.h"
#include "newsrail/reader_profile.h"
#include "newsrail/utf8.h"

using namespace newsrail;

namespace {

void check_history(const ReadingHistory& h) {
  FUZZ_CHECK(h.entries.size() <= h.capacity);
  std::unordered_set<std::string> ids;
  for (const HistoryEntry& e : h.entries) {
    FUZZ_CHECK(!e.id.empty());
    FUZZ_CHECK(e.id.size() <= 512);
    FUZZ_CHECK(ids.insert(e.id).second);
    FUZZ_CHECK(is_valid_utf8(e.id));
    FUZZ_CHECK(is_valid_utf8(e.section));
    FUZZ_CHECK(e.section.size() <= 128);
    FUZZ_CHECK(e.time >= 0);
    FUZZ_CHECK(e.tags.size() <= 8);
    for (const std::string& t : e.tags) {
      FUZZ_CHECK(is_valid_utf8(t));
      FUZZ_CHECK(t.size() <= 128);
    }
  }
}

void check_profile(const ReadingHistory& h) {
  Feed feed;
  for (const HistoryEntry& e : h.entries) {
    Article a;
    a.id = e.id;
    a.title = "t " + e.section;
    a.section = e.section;
    a.tags = e.tags;
    feed.items.push_back(std::move(a));
  }
  const FeedIndex index(std::move(feed));
  const ReaderProfile profile = reader_profile(index, h);
  for (double s : profile.section_share) FUZZ_CHECK(s >= 0 && s <= 1);
  for (double s : profile.tag_share) FUZZ_CHECK(s >= 0 && s <= 1);
  const auto unit = [](double v) { return std::isfinite(v) && v >= 0 && v <= 1 + 1e-6; };
  for (std::size_t i = 0; i < index.size(); ++i) {
    const AffinityParts parts = affinity_parts(profile, index.indexed(i));
    FUZZ_CHECK(unit(parts.sections) && unit(parts.tags) && unit(parts.text));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // A small capacity from the input's length, so eviction runs as well as the default 200.
  for (const std::size_t capacity : {std::size_t{200}, std::size_t{1} + size % 5}) {
    Diagnostics diagnostics;
    ReadingHistory h = history_from_json(input, diagnostics, capacity);
    FUZZ_CHECK(h.capacity == capacity);
    check_history(h);
    for (const Diagnostic& d : diagnostics) {
      FUZZ_CHECK(d.severity == Severity::kWarning);
      FUZZ_CHECK(!d.message.empty());
      FUZZ_CHECK(d.path.empty() || d.path[0] == '/');
      FUZZ_CHECK(is_valid_utf8(d.message));
    }

    // Round trip through what localStorage keeps.
    const std::string text = history_to_json(h);
    Diagnostics again_diagnostics;
    const ReadingHistory again = history_from_json(text, again_diagnostics, capacity);
    FUZZ_CHECK(again_diagnostics.empty());
    FUZZ_CHECK(again.entries.size() == h.entries.size());
    for (std::size_t i = 0; i < h.entries.size() && i < again.entries.size(); ++i) {
      FUZZ_CHECK(again.entries[i].id == h.entries[i].id);
      FUZZ_CHECK(again.entries[i].time == h.entries[i].time);
      FUZZ_CHECK(again.entries[i].section == h.entries[i].section);
      FUZZ_CHECK(again.entries[i].tags == h.entries[i].tags);
    }

    // The reader's profile (decayed from the newest read: no "now").
    Seconds newest = 0;
    for (const HistoryEntry& e : h.entries) newest = e.time > newest ? e.time : newest;
    check_profile(h);

    // A new read of the first entry's article (a re-read) and of a new one.
    if (!h.entries.empty()) {
      Article a;
      a.id = h.entries.front().id;
      a.title = "t";
      a.section = h.entries.front().section;
      a.tags = h.entries.front().tags;
      record_read(h, a, newest);
      FUZZ_CHECK(!h.entries.empty() && h.entries.back().id == a.id);
      FUZZ_CHECK(has_read(h, a.id));
      a.id += "~new";
      record_read(h, a, newest);
      FUZZ_CHECK(has_read(h, a.id));
      check_history(h);
    }
  }
  return 0;
}
