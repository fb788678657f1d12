// newsrail console — the feed's health checks (see feed_health.h).
//
// Index of this file
// [SECTION] Counts
// [SECTION] Duplicate headlines
// [SECTION] ScanFeed(), ScanTimes()
#include "feed_health.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "newsrail/normalize.h"

namespace nrc {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Counts
//-----------------------------------------------------------------------------

// Counts items per label; `navigation` (the feed's own list, may be empty) comes first in its
// order, labels it lacks follow by count. Labels are matched normalised, as the ranking does.
std::vector<LabelCount> CountLabels(const std::vector<std::string>& navigation,
                                    const std::vector<std::string>& labels) {
  std::vector<LabelCount> out;
  std::unordered_map<std::string, std::size_t> by_key;
  for (const std::string& n : navigation) {
    const std::string key = newsrail::normalize_for_match(n);
    if (by_key.count(key)) continue;
    by_key[key] = out.size();
    out.push_back({n, 0, true});
  }
  const std::size_t listed = out.size();
  for (const std::string& l : labels) {
    const std::string key = l.empty() ? std::string() : newsrail::normalize_for_match(l);
    auto it = by_key.find(key);
    if (it == by_key.end()) {
      it = by_key.emplace(key, out.size()).first;
      out.push_back({l.empty() ? "(none)" : l, 0, navigation.empty() || l.empty()});
    }
    ++out[it->second].items;
  }
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(listed), out.end(),
                   [](const LabelCount& a, const LabelCount& b) { return a.items > b.items; });
  return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Duplicate headlines
//-----------------------------------------------------------------------------

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t Find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(std::size_t a, std::size_t b) { parent[Find(a)] = Find(b); }
};

std::vector<DuplicateGroup> FindDuplicates(const newsrail::FeedIndex& index, double threshold) {
  const std::size_t n = index.size();
  UnionFind groups(n);
  std::vector<double> weakest(n, 1.0);  // By root after joining: the lowest similarity used.
  std::vector<std::pair<std::size_t, std::size_t>> joined;
  std::vector<double> joined_similarity;

  // Identical headlines (after normalisation), whatever their terms.
  std::unordered_map<std::string, std::size_t> by_title;
  for (std::size_t i = 0; i < n; ++i) {
    const auto [it, fresh] =
        by_title.emplace(newsrail::normalize_for_match(index.article(i).title), i);
    if (!fresh) {
      joined.emplace_back(it->second, i);
      joined_similarity.push_back(1.0);
    }
  }

  // Near-identical: pairs sharing title terms, found through an inverted index.
  std::unordered_map<newsrail::TermId, std::vector<std::size_t>> postings;
  for (std::size_t i = 0; i < n; ++i)
    for (newsrail::TermId t : index.indexed(i).title_terms) postings[t].push_back(i);
  std::vector<int> shared(n, 0);
  std::vector<std::size_t> touched;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& terms = index.indexed(i).title_terms;
    for (newsrail::TermId t : terms)
      for (std::size_t j : postings[t])
        if (j > i) {
          if (shared[j]++ == 0) touched.push_back(j);
        }
    for (std::size_t j : touched) {
      const double uni =
          static_cast<double>(terms.size() + index.indexed(j).title_terms.size()) - shared[j];
      const double similarity = uni > 0 ? shared[j] / uni : 0;
      if (similarity >= threshold && similarity > 0) {
        joined.emplace_back(i, j);
        joined_similarity.push_back(similarity);
      }
      shared[j] = 0;
    }
    touched.clear();
  }

  for (std::size_t k = 0; k < joined.size(); ++k) {
    const std::size_t a = groups.Find(joined[k].first), b = groups.Find(joined[k].second);
    const double w = std::min({weakest[a], weakest[b], joined_similarity[k]});
    groups.Join(a, b);
    weakest[groups.Find(a)] = w;
  }
  std::unordered_map<std::size_t, std::size_t> group_of_root;
  std::vector<DuplicateGroup> out;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t root = groups.Find(i);
    auto it = group_of_root.find(root);
    if (it == group_of_root.end()) {
      it = group_of_root.emplace(root, out.size()).first;
      out.push_back({{}, weakest[root]});
    }
    out[it->second].items.push_back(i);
  }
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const DuplicateGroup& g) { return g.items.size() < 2; }),
            out.end());
  return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] ScanFeed(), ScanTimes()
//-----------------------------------------------------------------------------

void ScanFeed(const newsrail::FeedIndex& index, double duplicate_threshold, FeedHealth& health) {
  const newsrail::Feed& feed = index.feed();
  std::vector<std::string> sections, regions, languages;
  health.missing_image.clear();
  health.missing_summary.clear();
  health.missing_views.clear();
  health.not_recommended.clear();
  for (std::size_t i = 0; i < feed.items.size(); ++i) {
    const newsrail::Article& a = feed.items[i];
    sections.push_back(a.section);
    regions.push_back(a.region);
    languages.push_back(a.language);
    if (a.image.url.empty()) health.missing_image.push_back(i);
    if (a.summary.empty()) health.missing_summary.push_back(i);
    if (a.views.empty()) health.missing_views.push_back(i);
    if (!a.recommend) health.not_recommended.push_back(i);
  }
  health.sections = CountLabels(feed.sections, sections);
  health.regions = CountLabels(feed.regions, regions);
  health.languages = CountLabels({}, languages);
  health.duplicates = FindDuplicates(index, duplicate_threshold);
  health.duplicate_threshold = duplicate_threshold;
}

void ScanTimes(const newsrail::Feed& feed, Seconds now, const newsrail::TickerOptions& ticker,
               FeedHealth& health) {
  health.now = now;
  health.future_items.clear();
  for (std::size_t i = 0; i < feed.items.size(); ++i)
    if (feed.items[i].published > now) health.future_items.push_back(i);
  health.line_states.assign(feed.breaking.size(), LineState::kActive);
  health.line_expiry.assign(feed.breaking.size(), 0);
  health.expired_lines = health.future_lines = 0;
  for (std::size_t i = 0; i < feed.breaking.size(); ++i) {
    const newsrail::BreakingItem& line = feed.breaking[i];
    const Seconds expiry =
        line.expires != 0 ? line.expires : line.published + ticker.default_lifetime;
    health.line_expiry[i] = expiry;
    if (line.published > now + ticker.future_tolerance) {
      health.line_states[i] = LineState::kFuture;
      ++health.future_lines;
    } else if (now >= expiry) {
      health.line_states[i] = LineState::kExpired;
      ++health.expired_lines;
    }
  }
}

}  // namespace nrc
