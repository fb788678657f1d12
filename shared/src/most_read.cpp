// newsrail — Most Read: views in a window (or the short/long lift in trending mode), optionally
// decayed by article age, near-duplicate headlines folded, the top `limit` by partial selection.
//
// Scores and their breakdown (the terms always sum to the score):
//   views mode     score = v * d                 "views" = v, "decay" = v*d - v
//   trending mode  score = lift * d              "views" = v_short, "trend" = lift - v_short,
//                                                "decay" = lift*d - lift
//   no view counts score = 0 (newest first)      "views" = 0
// where v is the count in the window (missing = 0), d = 2^(-age / half_life) (only when
// half_life > 0; the "decay" term is then present; an undated article counts as infinitely old,
// d = 0), and lift = (v_short + s) / (v_long * short/long + s), the short window's views over its
// expected share of the long window's, s = trending_smoothing. E.g. views 340, decay -45.2 gives
// a score of 294.8.
//
// Cost: one pass over the articles (no allocation but one candidates vector), then a partial
// sort of the best limit*4 candidates (more only when duplicates eat them), so the work beyond
// the pass is O(N log limit).
#include "newsrail/most_read.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace newsrail {

namespace {

constexpr Seconds kFutureTolerance = 300;  // Articles dated further ahead of now are left out.

enum class Mode { kNewest, kViews, kTrending };

struct Candidate {
  double score = 0;
  Seconds published = 0;
  std::uint32_t index = 0;
};

// Everything the score needs, resolved once per call.
struct Scoring {
  Mode mode = Mode::kNewest;
  Seconds window = 0;    // kViews
  Seconds short_w = 0;   // kTrending
  Seconds long_w = 0;    // kTrending
  double share = 0;      // short_w / long_w
  double smoothing = 5;  // > 0
  double half_life = 0;  // Seconds; 0 = no decay.
  Seconds now = 0;
};

double count(const Article& a, Seconds window) {
  return static_cast<double>(std::max<std::int64_t>(0, views_in_window(a, window)));
}

double decay(const Scoring& s, const Article& a) {
  if (a.published == 0) return 0;  // Undated: as old as can be.
  const Seconds age = std::max<Seconds>(0, s.now - a.published);
  return std::exp2(-static_cast<double>(age) / s.half_life);
}

double lift(const Scoring& s, const Article& a) {
  return (count(a, s.short_w) + s.smoothing) / (count(a, s.long_w) * s.share + s.smoothing);
}

double score_of(const Scoring& s, const Article& a) {
  double score = 0;
  switch (s.mode) {
    case Mode::kNewest:
      return 0;
    case Mode::kViews:
      score = count(a, s.window);
      if (s.half_life > 0 && score > 0) score *= decay(s, a);
      break;
    case Mode::kTrending:
      score = lift(s, a);
      if (s.half_life > 0) score *= decay(s, a);
      break;
  }
  return std::isfinite(score) ? score : 0;
}

std::vector<ScoreTerm> breakdown_of(const Scoring& s, const Article& a) {
  std::vector<ScoreTerm> terms;
  double base = 0;
  switch (s.mode) {
    case Mode::kNewest:
      terms.push_back({"views", 0});
      return terms;
    case Mode::kViews:
      base = count(a, s.window);
      terms.push_back({"views", base});
      break;
    case Mode::kTrending: {
      const double v = count(a, s.short_w);
      base = lift(s, a);
      terms.push_back({"views", v});
      terms.push_back({"trend", base - v});
      break;
    }
  }
  if (s.half_life > 0) terms.push_back({"decay", base * decay(s, a) - base});
  return terms;
}

// "the feed has no 6h views; using 24h"
std::string fallback_note(Seconds asked, Seconds used) {
  return "the feed has no " + format_duration(asked) + " views; using " + format_duration(used);
}

}  // namespace

RankedList most_read(const FeedIndex& index, const MostReadRequest& request,
                     const MostReadOptions& options) {
  RankedList list;
  const std::size_t n = index.size();
  if (n == 0) return list;

  Scoring s;
  s.now = request.now != 0 ? request.now : index.feed().generated_at;
  const bool dated = s.now != 0;
  if (!dated)
    list.notes.push_back(
        "no time was given and the feed has no generated_at; "
        "article ages are ignored");
  s.half_life = dated && options.half_life > 0 ? static_cast<double>(options.half_life) : 0;
  s.smoothing = options.trending_smoothing > 0 && std::isfinite(options.trending_smoothing)
                    ? options.trending_smoothing
                    : MostReadOptions{}.trending_smoothing;

  // The windows: trending needs two distinct ones, else it falls back to views.
  bool by_views = !request.trending;
  if (request.trending) {
    s.short_w = index.nearest_window(options.trending_short);
    s.long_w = index.nearest_window(options.trending_long);
    if (s.short_w != 0 && s.short_w < s.long_w) {
      s.mode = Mode::kTrending;
      s.share = static_cast<double>(s.short_w) / static_cast<double>(s.long_w);
      if (s.short_w != options.trending_short)
        list.notes.push_back(fallback_note(options.trending_short, s.short_w));
      if (s.long_w != options.trending_long)
        list.notes.push_back(fallback_note(options.trending_long, s.long_w));
    } else if (s.short_w != 0) {
      list.notes.push_back("trending needs two view windows near " +
                           format_duration(options.trending_short) + " and " +
                           format_duration(options.trending_long) + "; ranking by views");
      by_views = true;
    }
  }
  if (by_views) {
    s.window = index.nearest_window(request.window);
    if (s.window != 0) {
      s.mode = Mode::kViews;
      if (s.window != request.window) list.notes.push_back(fallback_note(request.window, s.window));
    }
  }
  if (s.mode == Mode::kNewest) list.notes.push_back("the feed has no view counts; newest first");

  LabelId section = -1;
  if (!request.section.empty()) {
    section = index.label_id(request.section);
    if (section < 0) {
      list.notes.push_back("no article is in section \"" + request.section + "\"");
      return list;
    }
  }
  if (request.limit == 0) return list;

  std::vector<std::size_t> excluded;  // Positions, sorted; ids (or URLs) the feed lacks drop out.
  for (const std::string& id : request.exclude)
    if (const auto i = index.find(id)) excluded.push_back(*i);
  std::sort(excluded.begin(), excluded.end());

  // One pass: filter and score.
  std::vector<Candidate> candidates;
  candidates.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Article& a = index.article(i);
    if (section >= 0 && index.indexed(i).section != section) continue;
    if (dated && a.published > s.now + kFutureTolerance) continue;
    if (dated && options.max_age > 0 && (a.published == 0 || a.published < s.now - options.max_age))
      continue;
    if (!excluded.empty() && std::binary_search(excluded.begin(), excluded.end(), i)) continue;
    candidates.push_back({score_of(s, a), a.published, static_cast<std::uint32_t>(i)});
  }

  // Score desc, then newer, then the smaller id byte-wise: a total order (ids are unique).
  const auto better = [&index](const Candidate& x, const Candidate& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.published != y.published) return x.published > y.published;
    return index.article(x.index).id < index.article(y.index).id;
  };

  // Walk down the order, sorting only as far as needed; fold near-duplicates into kept items.
  const std::size_t m = candidates.size();
  const std::size_t limit = request.limit;
  std::size_t sorted_end = 0;
  std::size_t batch = limit >= m ? m : std::min(m, std::max(limit * 4, limit + 16));
  for (std::size_t pos = 0; pos < m && list.items.size() < limit; ++pos) {
    if (pos == sorted_end) {
      const std::size_t next = std::min(m, sorted_end + batch);
      std::partial_sort(candidates.begin() + static_cast<std::ptrdiff_t>(sorted_end),
                        candidates.begin() + static_cast<std::ptrdiff_t>(next), candidates.end(),
                        better);
      sorted_end = next;
      batch = std::min(m, batch * 4);  // Duplicates ate the first batch: look further, faster.
    }
    const Candidate& c = candidates[pos];
    const Article& a = index.article(c.index);
    const std::vector<TermId>& title = index.indexed(c.index).title_terms;
    RankedItem* into = nullptr;
    for (RankedItem& kept : list.items) {
      const Article& k = index.article(kept.index);
      const double j = jaccard(index.indexed(kept.index).title_terms, title);
      if ((j > 0 && j >= options.duplicate_title_similarity) ||
          (!a.url.empty() && a.url == k.url)) {
        into = &kept;
        break;
      }
    }
    if (into) {
      into->collapsed.push_back(a.id);
      continue;
    }
    RankedItem item;
    item.index = c.index;
    item.id = a.id;
    item.score = c.score;
    item.placement = Placement::kScored;
    item.breakdown = breakdown_of(s, a);
    list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace newsrail
