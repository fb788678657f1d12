// newsrail console — the feed's health checks (see feed_health.h).
//
// Index of this file
// [SECTION] Counts
// [SECTION] Duplicate groups (the same story)
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
// [SECTION] Duplicate groups (the same story)
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

// Each article's strongest terms: those without which the rest of its vector (norm below
// `threshold`) could not reach a cosine of `threshold` with any unit vector. Two articles whose
// cosine reaches it share a term of the prefix of each (prefix filtering), so the postings of an
// article's prefix hold every article that may be the same story as it by text.
std::vector<std::vector<newsrail::TermWeight>> TextPrefixes(const newsrail::FeedIndex& index,
                                                            double threshold) {
  std::vector<std::vector<newsrail::TermWeight>> out(index.size());
  for (std::size_t i = 0; i < index.size(); ++i) {
    std::vector<newsrail::TermWeight>& v = out[i];
    v = index.indexed(i).vector;
    std::sort(v.begin(), v.end(), [](const newsrail::TermWeight& a, const newsrail::TermWeight& b) {
      return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    });
    double rest = 0;  // Squared norm of the terms not (yet) in the prefix.
    for (const newsrail::TermWeight& t : v) rest += static_cast<double>(t.weight) * t.weight;
    std::size_t k = 0;
    for (; k < v.size(); ++k) {
      if (rest < threshold * threshold * (1 - 1e-4)) break;  // Slack for float rounding.
      rest -= static_cast<double>(v[k].weight) * v[k].weight;
    }
    v.resize(k);
  }
  return out;
}

std::vector<DuplicateGroup> FindDuplicates(const newsrail::FeedIndex& index,
                                           const newsrail::SameStoryThresholds& thresholds) {
  const std::size_t n = index.size();
  UnionFind groups(n);
  std::vector<double> weakest(n, 1.0);  // By root after joining: the lowest headline Jaccard.
  std::vector<newsrail::SameStory> weakest_link(n);
  std::vector<std::pair<std::size_t, std::size_t>> joined;
  std::vector<newsrail::SameStory> joined_verdict;

  // Candidate pairs: the same URL, the same normalised headline, a shared headline term, or a
  // shared term in a text prefix; each pair is then judged by the one rule.
  std::unordered_map<std::string, std::vector<std::size_t>> by_url, by_title;
  std::unordered_map<newsrail::TermId, std::vector<std::size_t>> by_title_term;
  for (std::size_t i = 0; i < n; ++i) {
    const newsrail::Article& a = index.article(i);
    if (!a.url.empty()) by_url[a.url].push_back(i);
    if (index.indexed(i).title_terms.empty())  // Else a shared headline term finds the pair.
      by_title[newsrail::normalize_for_match(a.title)].push_back(i);
    for (newsrail::TermId t : index.indexed(i).title_terms) by_title_term[t].push_back(i);
  }
  std::vector<std::vector<newsrail::TermWeight>> prefixes;
  if (thresholds.text) prefixes = TextPrefixes(index, *thresholds.text);

  // Per article i: `shared` counts headline terms shared with each later article (a pair whose
  // Jaccard cannot reach the threshold is not judged: most pairs sharing a term are such);
  // `other` marks later articles found by URL, headline or text prefix (always judged).
  std::vector<int> shared(n, 0);
  std::vector<char> other(n, 0);
  std::vector<char> by_text(n, 0);  // Shares a term of i's text prefix.
  std::vector<float> dense(prefixes.empty() ? 0 : index.term_count(), 0.f);  // i's vector.
  std::vector<std::size_t> touched;
  const auto touch = [&](std::size_t j) {
    if (shared[j] == 0 && !other[j] && !by_text[j]) touched.push_back(j);
  };
  const auto mark = [&](std::size_t i, const std::vector<std::size_t>& list) {
    for (std::size_t j : list)
      if (j > i) {
        touch(j);
        other[j] = 1;
      }
  };
  for (std::size_t i = 0; i < n; ++i) {
    const newsrail::Article& a = index.article(i);
    const newsrail::IndexedArticle& x = index.indexed(i);
    if (!a.url.empty()) mark(i, by_url[a.url]);
    if (x.title_terms.empty()) mark(i, by_title[newsrail::normalize_for_match(a.title)]);
    if (!prefixes.empty()) {
      for (const newsrail::TermWeight& t : prefixes[i])
        for (const newsrail::Posting& p : index.postings(t.term))
          if (p.article > i) {
            touch(p.article);
            by_text[p.article] = 1;
          }
      for (const newsrail::TermWeight& t : x.vector) dense[t.term] = t.weight;
    }
    for (newsrail::TermId t : x.title_terms)
      for (std::size_t j : by_title_term[t])
        if (j > i) {
          touch(j);
          ++shared[j];
        }
    std::sort(touched.begin(), touched.end());
    for (std::size_t j : touched) {
      const double overlap =
          shared[j] > 0 ? shared[j] / (static_cast<double>(x.title_terms.size() +
                                                           index.indexed(j).title_terms.size()) -
                                       shared[j])
                        : 0;
      bool alike = false;  // The cosine, summed cheaply, near the threshold or above.
      if (by_text[j]) {
        double cosine = 0;
        for (const newsrail::TermWeight& t : index.indexed(j).vector)
          cosine += static_cast<double>(dense[t.term]) * t.weight;
        alike = cosine >= *thresholds.text * (1 - 1e-4);
      }
      const bool judge = other[j] || alike || (overlap > 0 && overlap >= thresholds.headline);
      shared[j] = 0;
      other[j] = 0;
      by_text[j] = 0;
      if (!judge) continue;
      const newsrail::SameStory verdict = newsrail::same_story(index, i, j, thresholds);
      if (!verdict) continue;
      joined.emplace_back(i, j);
      joined_verdict.push_back(verdict);
    }
    touched.clear();
    if (!prefixes.empty())
      for (const newsrail::TermWeight& t : x.vector) dense[t.term] = 0.f;
  }

  for (std::size_t k = 0; k < joined.size(); ++k) {
    const std::size_t a = groups.Find(joined[k].first), b = groups.Find(joined[k].second);
    newsrail::SameStory link = joined_verdict[k];
    double w = link.headline;
    for (const std::size_t root : {a, b}) {
      if (weakest[root] < w) {
        w = weakest[root];
        link = weakest_link[root];
      }
    }
    groups.Join(a, b);
    weakest[groups.Find(a)] = w;
    weakest_link[groups.Find(a)] = link;
  }
  std::unordered_map<std::size_t, std::size_t> group_of_root;
  std::vector<DuplicateGroup> out;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t root = groups.Find(i);
    auto it = group_of_root.find(root);
    if (it == group_of_root.end()) {
      it = group_of_root.emplace(root, out.size()).first;
      out.push_back({{}, weakest[root], weakest_link[root]});
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

void ScanFeed(const newsrail::FeedIndex& index, const newsrail::RankingOptions& options,
              FeedHealth& health) {
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
  health.duplicate_thresholds = {-1, -1.0};
  UpdateDuplicates(index, options, health);
}

void UpdateDuplicates(const newsrail::FeedIndex& index, const newsrail::RankingOptions& options,
                      FeedHealth& health) {
  const newsrail::SameStoryThresholds thresholds = newsrail::same_story_thresholds(options);
  if (thresholds == health.duplicate_thresholds) return;
  health.duplicates = FindDuplicates(index, thresholds);
  health.duplicate_thresholds = thresholds;
}

void ScanTimes(const newsrail::Feed& feed, Seconds now, const newsrail::RankingOptions& options,
               FeedHealth& health) {
  const newsrail::TickerOptions& ticker = options.ticker;
  const Seconds tolerance = newsrail::future_tolerance(options);
  health.now = now;
  health.future_items.clear();
  for (std::size_t i = 0; i < feed.items.size(); ++i)
    if (newsrail::is_future(feed.items[i].published, now, tolerance))
      health.future_items.push_back(i);
  health.line_states.assign(feed.breaking.size(), LineState::kActive);
  health.line_expiry.assign(feed.breaking.size(), 0);
  health.expired_lines = health.future_lines = 0;
  for (std::size_t i = 0; i < feed.breaking.size(); ++i) {
    const newsrail::BreakingItem& line = feed.breaking[i];
    const Seconds expiry =
        line.expires != 0 ? line.expires : line.published + ticker.default_lifetime;
    health.line_expiry[i] = expiry;
    if (newsrail::is_future(line.published, now, tolerance)) {
      health.line_states[i] = LineState::kFuture;
      ++health.future_lines;
    } else if (now >= expiry) {
      health.line_states[i] = LineState::kExpired;
      ++health.expired_lines;
    }
  }
}

}  // namespace nrc
