// newsrail — the counting rules of views.h over parsed log lines.
#include "newsrail/views.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>

namespace newsrail {
namespace {

constexpr std::size_t kPathCacheSize = std::size_t{1} << 14;  // paths with a query are often unique

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

bool contains_prefetch(const std::string& purpose) {
  static const std::string kWord = "prefetch";
  return std::search(purpose.begin(), purpose.end(), kWord.begin(), kWord.end(),
                     [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; }) !=
         purpose.end();
}

}  // namespace

std::vector<Seconds> view_windows(const FeedIndex& index) {
  if (!index.windows().empty()) return index.windows();
  return {std::begin(kDefaultViewWindows), std::end(kDefaultViewWindows)};
}

ViewCounter::ViewCounter(const FeedIndex& index, BotFilter& bots, Seconds now,
                         std::vector<Seconds> windows)
    : index_(index),
      bots_(bots),
      now_(now),
      windows_(std::move(windows)),
      counts_(index.size() * windows_.size(), 0) {}

void ViewCounter::add_line(std::string_view line, std::string_view source,
                           std::size_t line_number) {
  std::string why = parse_log_line(line, record_);
  if (!why.empty()) return add_bad_line(source, line_number, std::move(why));
  add(record_);
}

void ViewCounter::add_bad_line(std::string_view source, std::size_t line_number, std::string why) {
  ++report_.lines;
  if (++report_.bad_lines <= kMaxReportedBadLines) {
    Diagnostic d;
    d.path = std::string(source);
    d.message = std::move(why);
    d.line = static_cast<int>(std::min<std::size_t>(line_number, INT32_MAX));
    report_.diagnostics.push_back(std::move(d));
  }
}

std::int32_t ViewCounter::item_of(const std::string& path) {
  const auto it = items_.find(path);
  if (it != items_.end()) return it->second;
  if (items_.size() >= kPathCacheSize) items_.clear();
  const auto found = index_.find(path);
  const std::int32_t item = found ? static_cast<std::int32_t>(*found) : -1;
  items_.emplace(path, item);
  return item;
}

void ViewCounter::add(const LogRecord& r) {
  ++report_.lines;
  if (r.time > now_) {
    ++report_.after_now;
    return;
  }
  if (r.time > newest_) newest_ = r.time;
  if (r.method != "GET") {
    ++report_.not_get;
  } else if (r.status < 200 || r.status > 299) {
    ++report_.not_2xx;
  } else if (!r.purpose.empty() && contains_prefetch(r.purpose)) {
    ++report_.prefetch;
  } else if (bots_.is_bot(r.user_agent)) {
    ++report_.bots;
  } else if (const std::int32_t item = r.path.empty() ? -1 : item_of(r.path); item < 0) {
    ++report_.not_items;
  } else {
    if (r.time < processed_) ++report_.late;
    const std::uint64_t visitor =
        mix(std::hash<std::string>{}(r.client) ^ mix(std::hash<std::string>{}(r.user_agent)));
    pending_.push({r.time, visitor, static_cast<std::uint32_t>(item)});
  }
  if (newest_ - kViewReorderSeconds > processed_) release(newest_ - kViewReorderSeconds);
}

void ViewCounter::release(Seconds up_to) {
  while (!pending_.empty() && pending_.top().time <= up_to) {
    count(pending_.top());
    pending_.pop();
  }
}

void ViewCounter::count(const Pending& p) {
  if (p.time > processed_) processed_ = p.time;
  if (pruned_at_ == INT64_MIN) pruned_at_ = processed_;
  if (processed_ - pruned_at_ >= kViewRepeatSeconds) {  // forget pairs that can no longer repeat
    for (auto it = last_seen_.begin(); it != last_seen_.end();)
      it = processed_ - it->second >= kViewRepeatSeconds ? last_seen_.erase(it) : std::next(it);
    pruned_at_ = processed_;
  }
  const std::uint64_t key = mix(p.visitor ^ (std::uint64_t{p.item} * 0x9e3779b97f4a7c15ULL));
  const auto [it, first] = last_seen_.try_emplace(key, p.time);
  if (!first) {
    const Seconds last = it->second;
    it->second = std::max(last, p.time);
    if (std::abs(p.time - last) < kViewRepeatSeconds) {  // a late one: either side
      ++report_.repeats;
      return;
    }
  }
  ++report_.views;
  for (std::size_t w = 0; w < windows_.size(); ++w)
    if (p.time > now_ - windows_[w]) ++counts_[std::size_t{p.item} * windows_.size() + w];
}

void ViewCounter::finish() { release(INT64_MAX); }

std::vector<std::string> count_log_files(const std::vector<std::string>& paths,
                                         ViewCounter& counter) {
  struct Source {
    std::string path;
    std::unique_ptr<LogReader> reader;
    LogRecord next;  // The file's next readable line, when `has_next`.
    bool has_next = false;
    std::size_t line = 0;
  };
  std::vector<std::string> errors;
  std::vector<Source> sources;
  // Moves `s` to its next readable line, counting the bad ones on the way.
  const auto advance = [&counter](Source& s) {
    s.has_next = false;
    std::string_view line;
    while (s.reader->next(line)) {
      ++s.line;
      std::string why = parse_log_line(line, s.next);
      if (why.empty()) return void(s.has_next = true);
      counter.add_bad_line(s.path, s.line, std::move(why));
    }
  };
  for (const std::string& path : paths) {
    Source s;
    s.path = path;
    s.reader = std::make_unique<LogReader>(path);
    if (!s.reader->ok()) {
      errors.push_back(s.reader->error());
      continue;
    }
    sources.push_back(std::move(s));
  }
  for (Source& s : sources) advance(s);
  for (;;) {
    Source* oldest = nullptr;
    for (Source& s : sources)
      if (s.has_next && (!oldest || s.next.time < oldest->next.time)) oldest = &s;
    if (!oldest) break;
    counter.add(oldest->next);
    advance(*oldest);
  }
  for (Source& s : sources)
    if (!s.reader->ok())
      errors.push_back(s.path + ": read stopped after line " + std::to_string(s.line) + ": " +
                       s.reader->error());
  return errors;
}

std::optional<Seconds> newest_line_time(LogReader& lines) {
  std::optional<Seconds> newest;
  LogRecord record;
  std::string_view line;
  while (lines.next(line))
    if (parse_log_line(line, record).empty() && (!newest || record.time > *newest))
      newest = record.time;
  return newest;
}

Feed feed_with_views(Feed feed, const std::vector<Seconds>& windows,
                     const std::vector<std::int64_t>& counts) {
  std::vector<std::size_t> order(windows.size());
  for (std::size_t w = 0; w < order.size(); ++w) order[w] = w;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return windows[a] < windows[b]; });
  for (std::size_t i = 0; i < feed.items.size(); ++i) {
    auto& views = feed.items[i].views;
    views.clear();
    for (std::size_t w : order) views.push_back({windows[w], counts[i * windows.size() + w]});
  }
  return feed;
}

}  // namespace newsrail
