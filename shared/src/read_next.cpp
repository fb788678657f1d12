// newsrail — Read Next ranking.
//
// Index of this file
// [SECTION] Eligibility and features
// [SECTION] Candidates: pins, scored (MMR), fill
// [SECTION] read_next()
#include "newsrail/read_next.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace newsrail {
namespace {

constexpr Seconds kFutureTolerance = 300;
constexpr double kDuplicateTitle = 0.75;  // Title term Jaccard that marks the same story.

//-----------------------------------------------------------------------------
// [SECTION] Eligibility and features
//-----------------------------------------------------------------------------

struct Query {
  std::optional<std::size_t> current;
  std::vector<TermWeight> vector;
  std::vector<LabelId> tags;
  double tags_idf_sum = 0;
  LabelId section = -1;
  LabelId region = -1;
};

struct Scored {
  std::size_t index = 0;
  double score = 0;
  double relevance = 0;  // text + tags contributions: the evidence of being related.
  std::vector<ScoreTerm> breakdown;
};

class Ranker {
 public:
  Ranker(const FeedIndex& index, const ReadNextRequest& request, const ReadingHistory& history,
         const ReadNextOptions& options)
      : index_(index), options_(options) {
    now_ = request.now ? request.now : index.feed().generated_at;
    if (now_ == 0)
      for (const Article& a : index.feed().items) now_ = std::max(now_, a.published);
    profile_ = affinity_profile(history, now_);
    for (const HistoryEntry& e : history.entries) read_ids_.insert(e.id);
    if (!request.candidates.empty()) {
      restrict_ = true;
      allowed_.insert(request.candidates.begin(), request.candidates.end());
    }
    pop_window_ = index.nearest_window(options.popularity_window);
    const std::int64_t max_views = pop_window_ ? index.max_views(pop_window_) : 0;
    log_max_views_ = std::log1p(static_cast<double>(std::max<std::int64_t>(max_views, 0)));
  }

  Seconds now() const { return now_; }
  const AffinityProfile& profile() const { return profile_; }

  // Returns true when article `i` may be shown. The current article, recommend:false, articles
  // outside `candidates` and future ones never are; the age bound and the already-read rule are
  // relaxed only for pins (age) and for the last-resort fill that keeps the list from being empty.
  bool eligible(std::size_t i, const Query& q, bool check_age, bool check_read = true) const {
    const Article& a = index_.article(i);
    if (q.current && *q.current == i) return false;
    if (!a.recommend) return false;
    if (restrict_ && !allowed_.count(a.id)) return false;
    if (a.published > now_ + kFutureTolerance) return false;
    if (check_age && options_.max_age > 0 && a.published > 0 && now_ - a.published > options_.max_age)
      return false;
    if (check_read && options_.exclude_read && read_ids_.count(a.id)) return false;
    return true;
  }

  double views(std::size_t i) const {
    if (!pop_window_) return 0;
    return static_cast<double>(std::max<std::int64_t>(views_in_window(index_.article(i), pop_window_), 0));
  }

  Scored score(std::size_t i, const Query& q) const {
    const Article& a = index_.article(i);
    const IndexedArticle& x = index_.indexed(i);
    Scored s;
    s.index = i;
    const double text = q.vector.empty() ? 0 : cosine(q.vector, x.vector);
    double tags = 0;
    if (q.tags_idf_sum > 0) {
      double shared = 0;
      std::size_t u = 0, v = 0;
      while (u < q.tags.size() && v < x.tags.size()) {
        if (q.tags[u] < x.tags[v])
          ++u;
        else if (x.tags[v] < q.tags[u])
          ++v;
        else {
          shared += index_.tag_idf(q.tags[u]);
          ++u;
          ++v;
        }
      }
      tags = shared / q.tags_idf_sum;
    }
    const double section = q.section >= 0 && q.section == x.section ? 1 : 0;
    const double region = q.region >= 0 && q.region == x.region ? 1 : 0;
    double fresh = 0;
    if (a.published > 0 && options_.freshness_half_life > 0) {
      const double age = static_cast<double>(std::max<Seconds>(now_ - a.published, 0));
      fresh = std::exp2(-age / static_cast<double>(options_.freshness_half_life));
    }
    const double popular = log_max_views_ > 0 ? std::log1p(views(i)) / log_max_views_ : 0;
    const double affinity = profile_.empty() ? 0 : affinity_for(profile_, a);
    const double read = read_ids_.count(a.id) ? 1 : 0;
    s.breakdown = {{"text", options_.text_weight * text},
                   {"tags", options_.tags_weight * tags},
                   {"section", options_.section_weight * section},
                   {"region", options_.region_weight * region},
                   {"freshness", options_.freshness_weight * fresh},
                   {"popularity", options_.popularity_weight * popular},
                   {"affinity", options_.affinity_weight * affinity},
                   {"read", -options_.read_penalty * read}};
    for (const ScoreTerm& t : s.breakdown) s.score += t.value;
    s.relevance = s.breakdown[0].value + s.breakdown[1].value;
    return s;
  }

  // Most read first: views in the popularity window, then newer, then smaller id.
  bool more_read(std::size_t a, std::size_t b) const {
    const double va = views(a), vb = views(b);
    if (va != vb) return va > vb;
    return newer(a, b);
  }

  bool newer(std::size_t a, std::size_t b) const {
    const Article& x = index_.article(a);
    const Article& y = index_.article(b);
    if (x.published != y.published) return x.published > y.published;
    return x.id < y.id;
  }

 private:
  const FeedIndex& index_;
  const ReadNextOptions& options_;
  Seconds now_ = 0;
  AffinityProfile profile_;
  std::unordered_set<std::string> read_ids_;
  bool restrict_ = false;
  std::unordered_set<std::string> allowed_;
  Seconds pop_window_ = 0;
  double log_max_views_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Candidates: pins, scored (MMR), fill
//-----------------------------------------------------------------------------

// The list under construction, with the near-duplicate test every phase applies.
class Picked {
 public:
  explicit Picked(const FeedIndex& index) : index_(index) {}

  bool has(std::size_t i) const { return chosen_.count(i) > 0; }
  std::size_t size() const { return list_.items.size(); }
  RankedList& list() { return list_; }

  // Returns the largest cosine between article `i` and the chosen ones.
  double max_similarity(std::size_t i) const {
    double m = 0;
    for (const RankedItem& r : list_.items)
      m = std::max(m, cosine(index_.indexed(i).vector, index_.indexed(r.index).vector));
    return m;
  }

  // Returns true when `i` tells the same story as a chosen article (similar text or headline).
  bool duplicate(std::size_t i, double cosine_limit) const {
    for (const RankedItem& r : list_.items) {
      if (cosine(index_.indexed(i).vector, index_.indexed(r.index).vector) >= cosine_limit)
        return true;
      if (jaccard(index_.indexed(i).title_terms, index_.indexed(r.index).title_terms) >=
          kDuplicateTitle)
        return true;
    }
    return false;
  }

  void add(const Scored& s, Placement placement) {
    RankedItem item;
    item.index = s.index;
    item.id = index_.article(s.index).id;
    item.placement = placement;
    item.breakdown = s.breakdown;
    item.score = 0;
    for (const ScoreTerm& t : item.breakdown) item.score += t.value;
    list_.items.push_back(std::move(item));
    chosen_.insert(s.index);
  }

 private:
  const FeedIndex& index_;
  RankedList list_;
  std::unordered_set<std::size_t> chosen_;
};

Query make_query(const FeedIndex& index, const ReadNextRequest& request) {
  Query q;
  q.current = index.find(request.article);
  if (q.current) {
    const IndexedArticle& x = index.indexed(*q.current);
    q.vector = x.vector;
    q.tags = x.tags;
    q.section = x.section;
    q.region = x.region;
  } else if (!request.context_text.empty()) {
    q.vector = index.vectorize(request.context_text, request.language.empty()
                                                         ? std::string_view(index.feed().language)
                                                         : std::string_view(request.language));
  }
  for (LabelId t : q.tags) q.tags_idf_sum += index.tag_idf(t);
  return q;
}

// Articles sharing at least one of the query's strongest terms, with their dot products.
std::vector<std::size_t> text_candidates(const FeedIndex& index, const Query& q,
                                         std::size_t query_terms) {
  std::vector<TermWeight> top = q.vector;
  std::sort(top.begin(), top.end(), [](const TermWeight& a, const TermWeight& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  });
  if (top.size() > query_terms) top.resize(query_terms);
  std::vector<char> seen(index.size(), 0);
  std::vector<std::size_t> out;
  for (const TermWeight& t : top)
    for (const Posting& p : index.postings(t.term))
      if (!seen[p.article]) {
        seen[p.article] = 1;
        out.push_back(p.article);
      }
  std::sort(out.begin(), out.end());
  return out;
}

// Orders scored candidates: higher score, then newer, then smaller id.
void sort_scored(std::vector<Scored>& v, const Ranker& ranker) {
  std::sort(v.begin(), v.end(), [&](const Scored& a, const Scored& b) {
    const long long ka = score_key(a.score), kb = score_key(b.score);
    if (ka != kb) return ka > kb;
    return ranker.newer(a.index, b.index);
  });
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] read_next()
//-----------------------------------------------------------------------------

RankedList read_next(const FeedIndex& index, const ReadNextRequest& request,
                     const ReadingHistory& history, const ReadNextOptions& options) {
  const Ranker ranker(index, request, history, options);
  const Query q = make_query(index, request);
  Picked picked(index);
  const std::size_t limit = request.limit;
  if (limit == 0 || index.size() == 0) return {};
  if (!request.article.empty() && !q.current)
    picked.list().notes.push_back("the current article \"" + request.article +
                                  "\" is not in the feed" +
                                  (q.vector.empty() ? "" : "; matching its page text instead"));

  // 1. Editor pins, in their order.
  if (q.current) {
    for (const std::string& id : index.article(*q.current).related) {
      if (picked.size() >= limit) break;
      const auto i = index.find(id);
      if (!i || picked.has(*i) || !ranker.eligible(*i, q, /*check_age=*/false)) continue;
      picked.add(ranker.score(*i, q), Placement::kPinned);
    }
  }

  // 2. Related by score over the threshold, re-ranked for diversity (maximal marginal relevance).
  std::vector<Scored> related;
  if (!q.vector.empty()) {
    for (std::size_t i : text_candidates(index, q, options.query_terms)) {
      if (picked.has(i) || !ranker.eligible(i, q, true)) continue;
      Scored s = ranker.score(i, q);
      if (s.relevance >= options.relevance_threshold) related.push_back(std::move(s));
    }
  }
  sort_scored(related, ranker);
  const std::size_t pool = std::min(related.size(), limit * 8 + 8);
  std::vector<char> used(pool, 0);
  const double lambda = std::clamp(options.diversity_lambda, 0.05, 1.0);
  while (picked.size() < limit) {
    double best_mmr = -1e300, best_penalty = 0;
    std::size_t best = pool;
    for (std::size_t k = 0; k < pool; ++k) {
      if (used[k]) continue;
      const std::size_t i = related[k].index;
      if (picked.duplicate(i, options.duplicate_similarity)) {
        used[k] = 1;  // The same story as one already chosen: never both.
        continue;
      }
      const double sim = picked.max_similarity(i);
      const double mmr = lambda * related[k].score - (1 - lambda) * sim;
      if (score_key(mmr) > score_key(best_mmr)) {
        best_mmr = mmr;
        best = k;
        best_penalty = -(1 - lambda) / lambda * sim;
      }
    }
    if (best == pool) break;
    used[best] = 1;
    Scored s = related[best];
    s.breakdown.push_back({"diversity", best_penalty});
    picked.add(s, Placement::kScored);
  }

  // 3. Guaranteed fill: most read in the same section, then most read overall.
  auto fill = [&](bool same_section, Placement placement, bool allow_duplicates,
                  bool strict = true) {
    if (picked.size() >= limit) return;
    std::vector<std::size_t> pool_fill;
    for (std::size_t i = 0; i < index.size(); ++i) {
      if (picked.has(i) || !ranker.eligible(i, q, strict, strict)) continue;
      if (same_section && (q.section < 0 || index.indexed(i).section != q.section)) continue;
      pool_fill.push_back(i);
    }
    std::sort(pool_fill.begin(), pool_fill.end(),
              [&](std::size_t a, std::size_t b) { return ranker.more_read(a, b); });
    for (std::size_t i : pool_fill) {
      if (picked.size() >= limit) break;
      if (!allow_duplicates && picked.duplicate(i, options.duplicate_similarity)) continue;
      picked.add(ranker.score(i, q), placement);
    }
  };
  fill(true, Placement::kFillSection, false);
  fill(false, Placement::kFillOverall, false);
  fill(false, Placement::kFillOverall, true);  // Near-duplicates only when nothing else is left.
  if (picked.size() == 0) {
    fill(false, Placement::kFillOverall, true, /*strict=*/false);  // Old or read, but never empty.
    if (picked.size() > 0)
      picked.list().notes.push_back("every other article is old or read already; showing them anyway");
  }
  return std::move(picked.list());
}

}  // namespace newsrail
