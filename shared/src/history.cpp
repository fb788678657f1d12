// newsrail — the reader's history: recording reads, the localStorage JSON, how a read weighs.
//
// Size limits keep localStorage small whatever the feed holds: ids are cut to 512 bytes, sections
// and tags to 128 (never inside a UTF-8 sequence), and at most 8 tags are kept per entry. has_read
// compares ids cut the same way, so a cut id still matches its article.
#include "newsrail/history.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_set>
#include <utility>

#include "newsrail/json.h"
#include "newsrail/utf8.h"

namespace newsrail {

namespace {

constexpr std::size_t kMaxIdBytes = 512;
constexpr std::size_t kMaxLabelBytes = 128;
constexpr std::size_t kMaxTags = 8;
constexpr int kVersion = 1;

// The entry's tags: the first kMaxTags non-empty ones, each cut to kMaxLabelBytes.
template <typename Tags>
std::vector<std::string> capped_tags(const Tags& tags) {
  std::vector<std::string> out;
  for (const std::string& tag : tags) {
    if (out.size() == kMaxTags) break;
    if (!tag.empty()) out.emplace_back(truncate_utf8(tag, kMaxLabelBytes));
  }
  return out;
}

// Keeps the newest `capacity` entries, one per id (its newest read), oldest first.
void keep_newest_unique(std::vector<HistoryEntry>& entries, std::size_t capacity) {
  std::vector<std::size_t> keep;  // Positions, newest first.
  {
    std::unordered_set<std::string_view> seen;  // Membership only: no iteration order leaks.
    for (std::size_t i = entries.size(); i-- > 0 && keep.size() < capacity;)
      if (seen.insert(entries[i].id).second) keep.push_back(i);
  }  // The views die before any id is moved.
  std::vector<HistoryEntry> kept;
  kept.reserve(keep.size());
  for (auto it = keep.rbegin(); it != keep.rend(); ++it) kept.push_back(std::move(entries[*it]));
  entries = std::move(kept);
}

// Why one stored entry cannot be used; empty = it can (and `entry` is filled).
std::string read_entry(const Json& v, HistoryEntry& entry) {
  if (!v.is_object()) return "an entry must be an object";
  const Json* id = json_member(v, "id");
  if (!id || !id->is_string() || json_text(*id).empty())
    return "an entry needs a non-empty string \"id\"";
  const Json* t = json_member(v, "t");
  if (!t || !json_is_int64(*t) || t->get<std::int64_t>() < 0)
    return "an entry needs \"t\", whole UTC epoch seconds >= 0";
  const Json* s = json_member(v, "s");
  if (s && !s->is_string()) return "\"s\" (the section) must be a string";
  std::vector<std::string> tag_list;
  if (const Json* tags = json_member(v, "tags")) {
    if (!tags->is_array()) return "\"tags\" must be an array of strings";
    for (const Json& tag : *tags) {
      if (!tag.is_string()) return "\"tags\" must be an array of strings";
      if (tag_list.size() < kMaxTags) tag_list.emplace_back(json_text(tag));
    }
  }
  entry.id = std::string(truncate_utf8(json_text(*id), kMaxIdBytes));
  entry.time = static_cast<Seconds>(t->get<std::int64_t>());
  entry.section = s ? std::string(truncate_utf8(json_text(*s), kMaxLabelBytes)) : std::string();
  entry.tags = capped_tags(tag_list);
  return {};
}

}  // namespace

void record_read(ReadingHistory& history, const Article& article, Seconds time) {
  if (article.id.empty()) return;
  HistoryEntry entry;
  entry.id = std::string(truncate_utf8(article.id, kMaxIdBytes));
  entry.time = time;
  entry.section = std::string(truncate_utf8(article.section, kMaxLabelBytes));
  entry.tags = capped_tags(article.tags);

  auto& entries = history.entries;
  entries.erase(std::remove_if(entries.begin(), entries.end(),
                               [&](const HistoryEntry& e) { return e.id == entry.id; }),
                entries.end());
  entries.push_back(std::move(entry));
  if (entries.size() > history.capacity)
    entries.erase(entries.begin(),
                  entries.begin() + static_cast<std::ptrdiff_t>(entries.size() - history.capacity));
}

bool has_read(const ReadingHistory& history, std::string_view id) {
  const std::string_view key = truncate_utf8(id, kMaxIdBytes);
  for (const HistoryEntry& e : history.entries)
    if (e.id == key) return true;
  return false;
}

void to_json(Json& out, const ReadingHistory& history) {
  Json entries = Json::array();
  for (const HistoryEntry& e : history.entries)
    entries.push_back({{"id", e.id}, {"t", e.time}, {"s", e.section}, {"tags", e.tags}});
  out = {{"version", kVersion}, {"entries", std::move(entries)}};
}

std::string history_to_json(const ReadingHistory& history) { return write_json(Json(history)); }

ReadingHistory history_from_json(std::string_view text, Diagnostics& diagnostics,
                                 std::size_t capacity) {
  const Json document = parse_json(text);
  if (document.is_discarded()) {
    ReadingHistory history;
    history.capacity = capacity;
    diagnostics.push_back({Severity::kWarning, "",
                           "the reading history is not valid JSON; starting a new history", 0, 0});
    return history;
  }
  return history_from_value(document, diagnostics, capacity);
}

ReadingHistory history_from_value(const Json& root, Diagnostics& diagnostics,
                                  std::size_t capacity) {
  ReadingHistory history;
  history.capacity = capacity;
  auto corrupt = [&](std::string path, std::string message) {
    diagnostics.push_back({Severity::kWarning, std::move(path),
                           std::move(message) + "; starting a new history", 0, 0});
    return history;
  };
  if (!root.is_object()) return corrupt("", "the reading history must be a JSON object");
  const Json* version = json_member(root, "version");
  if (!version || !json_is_int64(*version) || version->get<std::int64_t>() != kVersion)
    return corrupt("/version", "the reading history must have \"version\": 1");
  const Json* entries = json_member(root, "entries");
  if (!entries || !entries->is_array())
    return corrupt("/entries", "the reading history must have an \"entries\" array");

  std::size_t i = 0;
  for (const Json& v : *entries) {
    HistoryEntry entry;
    std::string why = read_entry(v, entry);
    if (why.empty()) {
      history.entries.push_back(std::move(entry));
    } else {
      diagnostics.push_back(
          {Severity::kWarning, "/entries/" + std::to_string(i), why + "; skipped", 0, 0});
    }
    ++i;
  }
  keep_newest_unique(history.entries, capacity);
  return history;
}

double read_weight(Seconds time, Seconds now, Seconds half_life) {
  const Seconds age = std::max<Seconds>(0, now - time);  // Future reads count as now.
  return half_life > 0 ? std::exp2(-static_cast<double>(age) / static_cast<double>(half_life)) : 1;
}

}  // namespace newsrail
