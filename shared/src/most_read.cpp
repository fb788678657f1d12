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
// Cost: one pass over the articles keeping the best limit*4 (at least limit+16) candidates in a
// bounded heap (the only allocation), O(N log limit); a further pass selecting four times as many
// only when near-duplicates eat the selection before `limit` items are kept.
#include "newsrail/most_read.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/same_story.h"

namespace newsrail {

namespace {

enum class Mode { kNewest, kViews, kTrending };

struct Candidate {
  double score = 0;
  long long key = 0;  // score_key(score): what orders candidates, the same on every platform.
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
  // The index's views columns for window, short_w and long_w (nullptr: no article has it).
  const std::vector<std::int64_t>* views = nullptr;
  const std::vector<std::int64_t>* short_views = nullptr;
  const std::vector<std::int64_t>* long_views = nullptr;
};

// Article i's views in a column (0 when missing).
double count(const std::vector<std::int64_t>* column, std::size_t i) {
  return column ? static_cast<double>(std::max<std::int64_t>(0, (*column)[i])) : 0;
}

double decay(const Scoring& s, const Article& a) {
  if (a.published == 0) return 0;  // Undated: as old as can be.
  const Seconds age = std::max<Seconds>(0, s.now - a.published);
  return std::exp2(-static_cast<double>(age) / s.half_life);
}

double lift(const Scoring& s, std::size_t i) {
  return (count(s.short_views, i) + s.smoothing) / (count(s.long_views, i) * s.share + s.smoothing);
}

// The score before decay: views, lift or 0. Decay only lowers it (d <= 1), so it bounds the
// score from above.
double base_score(const Scoring& s, std::size_t i) {
  double score = 0;
  switch (s.mode) {
    case Mode::kNewest:
      return 0;
    case Mode::kViews:
      score = count(s.views, i);
      break;
    case Mode::kTrending:
      score = lift(s, i);
      break;
  }
  return std::isfinite(score) ? score : 0;
}

double score_of(const Scoring& s, const Article& a, double base) {
  if (s.half_life > 0 && base > 0) base *= decay(s, a);
  return base;
}

std::vector<ScoreTerm> breakdown_of(const Scoring& s, const Article& a, std::size_t i) {
  std::vector<ScoreTerm> terms;
  double base = 0;
  switch (s.mode) {
    case Mode::kNewest:
      terms.push_back({"views", 0});
      return terms;
    case Mode::kViews:
      base = count(s.views, i);
      terms.push_back({"views", base});
      break;
    case Mode::kTrending: {
      const double v = count(s.short_views, i);
      base = lift(s, i);
      terms.push_back({"views", v});
      terms.push_back({"trend", base - v});
      break;
    }
  }
  if (s.half_life > 0) terms.push_back({"decay", base * decay(s, a) - base});
  return terms;
}

// "the feed has no 6h views; using 24h" (windows named as feeds name them: format_window)
std::string fallback_note(Seconds asked, Seconds used) {
  return "the feed has no " + format_window(asked) + " views; using " + format_window(used);
}

// Which articles may be listed.
struct Filter {
  LabelId section = -1;  // -1 = any.
  bool dated = false;    // `now` is known: leave out future (and, when bounded, old) articles.
  Seconds now = 0;
  Seconds future_tolerance = 0;  // is_future(published, now, future_tolerance): left out.
  bool bounded = false;  // max_age applies: published before `oldest`, or undated, = too old.
  Seconds oldest = 0;
  std::string language;          // "" = any; else a primary subtag.
  bool recommended_only = true;  // Leave out recommend:false items.
};

// Puts in `top` the best `k` candidates (by `better`) among the articles passing the filter, best
// first, with a bounded heap: no allocation beyond `top`, O(N log k). An article whose score
// before decay is already below the worst of a full heap is passed over unread further. Returns
// an upper bound of how many articles passed (those passed over are counted).
template <typename Better>
std::size_t select_top(const FeedIndex& index, const Scoring& s, const Filter& f,
                       const std::vector<std::size_t>& excluded, std::size_t k,
                       const Better& better, std::vector<Candidate>& top) {
  top.clear();
  top.reserve(k);
  std::size_t passed = 0;
  std::size_t next_excluded = 0;  // `excluded` is sorted, so it is walked along with i.
  for (std::size_t i = 0; i < index.size(); ++i) {
    if (next_excluded < excluded.size() && excluded[next_excluded] == i) {
      ++next_excluded;
      continue;
    }
    if (f.section >= 0 && index.indexed(i).section != f.section) continue;
    if (!f.language.empty() && index.indexed(i).language != f.language) continue;
    const Article& a = index.article(i);
    if (f.recommended_only && !a.recommend) continue;
    const double base = base_score(s, i);
    if (top.size() == k && base < top.front().score) {
      ++passed;  // Cannot enter: its score is at most `base`.
      continue;
    }
    if (f.dated && is_future(a.published, f.now, f.future_tolerance)) continue;
    if (f.bounded && (a.published == 0 || a.published < f.oldest)) continue;
    ++passed;
    const double score = score_of(s, a, base);
    const Candidate c{score, score_key(score), a.published, static_cast<std::uint32_t>(i)};
    if (top.size() < k) {
      top.push_back(c);
      std::push_heap(top.begin(), top.end(), better);  // The worst kept is at the front.
    } else if (better(c, top.front())) {
      std::pop_heap(top.begin(), top.end(), better);
      top.back() = c;
      std::push_heap(top.begin(), top.end(), better);
    }
  }
  std::sort_heap(top.begin(), top.end(), better);  // Best first.
  return passed;
}

// Folds `c` into the first kept item that tells the same story (same_story.h); else keeps it.
void fold_or_keep(const FeedIndex& index, const Scoring& s, const SameStoryThresholds& same,
                  const Candidate& c, std::vector<RankedItem>& kept) {
  const Article& a = index.article(c.index);
  for (RankedItem& k : kept) {
    if (same_story(index, k.index, c.index, same)) {
      k.collapsed.push_back(a.id);
      return;
    }
  }
  RankedItem item;
  item.index = c.index;
  item.id = a.id;
  item.score = c.score;
  item.placement = Placement::kScored;
  item.breakdown = breakdown_of(s, a, c.index);
  kept.push_back(std::move(item));
}

}  // namespace

RankedList most_read(const FeedIndex& index, const MostReadRequest& request,
                     const MostReadOptions& options) {
  RankingOptions all;
  all.most_read = options;
  return most_read(index, request, all);
}

RankedList most_read(const FeedIndex& index, const MostReadRequest& request,
                     const RankingOptions& all) {
  const MostReadOptions& options = all.most_read;
  RankedList list;
  const std::size_t n = index.size();
  if (n == 0) return list;

  Scoring s;
  s.now = request.now;  // Resolved by the service (service.h); 0 = not known.
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
                           format_window(options.trending_short) + " and " +
                           format_window(options.trending_long) + "; ranking by views");
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
  s.views = index.views_column(s.window);
  s.short_views = index.views_column(s.short_w);
  s.long_views = index.views_column(s.long_w);

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
  excluded.erase(std::unique(excluded.begin(), excluded.end()), excluded.end());

  Filter filter;
  filter.section = section;
  filter.dated = dated;
  filter.now = s.now;
  filter.future_tolerance = future_tolerance(all);
  filter.bounded = dated && options.max_age > 0;
  filter.oldest = s.now - options.max_age;
  filter.language = primary_subtag(request.language);
  filter.recommended_only = !options.include_unrecommended;
  if (!filter.language.empty() && !index.has_language(filter.language)) {
    list.notes.push_back("no article is in language \"" + request.language +
                         "\"; showing every language");
    filter.language.clear();
  }

  // Score desc, then newer, then the smaller id byte-wise: a total order (ids are unique).
  const auto better = [&index](const Candidate& x, const Candidate& y) {
    if (x.key != y.key) return x.key > y.key;
    if (x.published != y.published) return x.published > y.published;
    return index.article(x.index).id < index.article(y.index).id;
  };

  // Select the best few, then walk down them folding near-duplicates into kept items; when the
  // duplicates eat the selection before `limit` items are kept, select four times as many.
  const std::size_t limit = request.limit;
  std::size_t k = limit >= n ? n : std::min(n, std::max(limit * 4, limit + 16));
  SameStoryThresholds same = same_story_thresholds(all);
  same.text.reset();  // Reposts fold by URL and headline; texts are not compared (README).
  std::vector<Candidate> top;
  for (;;) {
    const std::size_t passed = select_top(index, s, filter, excluded, k, better, top);
    list.items.clear();
    for (const Candidate& c : top) {
      if (list.items.size() == limit) break;
      fold_or_keep(index, s, same, c, list.items);
    }
    if (list.items.size() == limit || passed <= top.size()) break;
    k = std::min(n, k * 4);
  }
  return list;
}

}  // namespace newsrail
