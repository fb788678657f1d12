// newsrail — Read Next ranking.
//
// One call: (1) editor pins; (2) candidates from the inverted index: text similarity accumulated
// over the postings of the current article's strongest terms, tag overlap over the tag postings;
// those at or above the relevance threshold are scored on every feature and re-ranked for
// diversity (maximal marginal relevance); (3) fill from most read in the section, then overall.
// Features are plain numbers per candidate; the named breakdown is built only for the items
// chosen. Cost: the postings touched plus a few dozen full scores, not the whole feed.
//
// Index of this file
// [SECTION] The query and the reader
// [SECTION] Features and scores
// [SECTION] The list under construction
// [SECTION] read_next()
#include "newsrail/read_next.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsrail/normalize.h"
#include "newsrail/same_story.h"

namespace newsrail {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] The query and the reader
//-----------------------------------------------------------------------------

struct Query {
  std::optional<std::size_t> current;
  bool by_title = false;           // `current` is the item whose headline context_text is.
  std::vector<TermWeight> vector;  // The strongest `query_terms` terms, renormalised.
  std::vector<LabelId> tags;
  double tags_idf_sum = 0;
  LabelId section = -1;
  LabelId region = -1;
};

// Keeps the `n` strongest terms of `v` (ties: smaller term id), renormalised, sorted by term.
std::vector<TermWeight> strongest(std::vector<TermWeight> v, std::size_t n) {
  if (v.size() > n) {
    std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n), v.end(),
                      [](const TermWeight& a, const TermWeight& b) {
                        return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                      });
    v.resize(n);
    double sum = 0;
    for (const TermWeight& t : v) sum += static_cast<double>(t.weight) * t.weight;
    const float inv = sum > 0 ? static_cast<float>(1.0 / std::sqrt(sum)) : 0.f;
    for (TermWeight& t : v) t.weight *= inv;
  }
  std::sort(v.begin(), v.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  return v;
}

// `headline_similarity`: how alike a page title and a headline must be for the page to be that
// article (the same-story rule's headline threshold).
Query make_query(const FeedIndex& index, const ReadNextRequest& request, std::size_t query_terms,
                 double headline_similarity) {
  Query q;
  const std::string_view language =
      request.language.empty() ? std::string_view(index.feed().language) : request.language;
  const FeedIndex::Current current =
      index.find_current(request.article, request.context_text, language, headline_similarity);
  q.current = current.position;
  q.by_title = current.by_title;
  if (q.current) {
    const IndexedArticle& x = index.indexed(*q.current);
    q.vector = strongest(x.vector, query_terms);
    q.tags = x.tags;
    q.section = x.section;
    q.region = x.region;
  } else if (!request.context_text.empty()) {
    q.vector = strongest(index.vectorize(request.context_text, language), query_terms);
  }
  for (LabelId t : q.tags) q.tags_idf_sum += index.tag_idf(t);
  return q;
}

// Sums of read weights per label, over label ids: labels the feed lacks keep their normalised
// text, as they still set the strongest weight the shares are taken of.
struct LabelWeights {
  std::vector<double> by_id;                        // By LabelId.
  std::unordered_map<std::string, double> unknown;  // Key: normalised label.

  void add(LabelId id, const std::string& unknown_key, double weight) {
    if (id < 0) {
      unknown[unknown_key] += weight;
      return;
    }
    const auto k = static_cast<std::size_t>(id);
    if (by_id.size() <= k) by_id.resize(k + 1, 0);
    by_id[k] += weight;
  }
  // Turns the sums into shares of the strongest (affinity_profile's to_shares); false when empty.
  bool to_shares() {
    double strongest = 0;
    for (double w : by_id) strongest = std::max(strongest, w);
    for (const auto& kv : unknown) strongest = std::max(strongest, kv.second);
    if (strongest <= 0) return false;
    for (double& w : by_id) w /= strongest;
    return true;
  }
};

// A label of the history resolved against the index: its id, or, for one the feed lacks, its
// normalised text ("" = no label at all). Only labels the feed lacks are normalised.
LabelId resolve_label(const FeedIndex& index, const std::string& label, std::string& unknown_key) {
  unknown_key.clear();
  const LabelId id = index.label_id(label);
  if (id < 0 && !label.empty()) normalize_for_match(label, unknown_key);
  return id;
}

// What the reader brings: their reads (flags by article) and affinities (by label id).
struct Reader {
  std::vector<char> read;             // By article position.
  std::vector<double> section_share;  // By LabelId.
  std::vector<double> tag_share;      // By LabelId.
  bool has_affinity = false;

  // affinity_profile(history, now) (history.h) computed over label ids, with the same sums in
  // the same order, so the same shares to the bit; labels the feed has are not normalised (the
  // history's labels are the articles' own), which is most of what a profile used to cost.
  Reader(const FeedIndex& index, const ReadingHistory& history, Seconds now)
      : read(index.size(), 0) {
    LabelWeights sections, tags;
    std::vector<std::pair<LabelId, std::string>> entry_tags;
    std::string key;
    for (const HistoryEntry& e : history.entries) {
      if (const auto i = index.find(e.id)) read[*i] = 1;
      const double weight = read_weight(e.time, now);  // As affinity_profile(history, now).
      if (!(weight > 0)) continue;  // Underflow: keeps labels of ancient reads out entirely.

      const LabelId section = resolve_label(index, e.section, key);
      if (section >= 0 || !key.empty()) sections.add(section, key, weight);

      entry_tags.clear();  // Each tag counts once per read, whatever its spelling variants.
      for (const std::string& tag : e.tags) {
        const LabelId id = resolve_label(index, tag, key);
        if (id < 0 && key.empty()) continue;
        const auto same = [&](const std::pair<LabelId, std::string>& t) {
          return id >= 0 ? t.first == id : t.first < 0 && t.second == key;
        };
        if (std::find_if(entry_tags.begin(), entry_tags.end(), same) == entry_tags.end())
          entry_tags.emplace_back(id, key);
      }
      for (const auto& [id, unknown_key] : entry_tags) tags.add(id, unknown_key, weight);
    }
    const bool has_sections = sections.to_shares();
    const bool has_tags = tags.to_shares();
    has_affinity = has_sections || has_tags;
    if (has_sections) section_share = std::move(sections.by_id);
    if (has_tags) tag_share = std::move(tags.by_id);
  }

  // affinity_for() over label ids: 0.5 * section share + 0.5 * mean of the two strongest tags.
  double affinity(const IndexedArticle& x) const {
    if (!has_affinity) return 0;
    const auto share = [](const std::vector<double>& v, LabelId id) {
      return id >= 0 && static_cast<std::size_t>(id) < v.size() ? v[static_cast<std::size_t>(id)]
                                                                : 0.0;
    };
    double first = 0, second = 0;
    for (LabelId t : x.tags) {
      const double s = share(tag_share, t);
      if (s > first) {
        second = first;
        first = s;
      } else if (s > second) {
        second = s;
      }
    }
    return 0.5 * share(section_share, x.section) + 0.5 * (first + second) / 2;
  }
};

//-----------------------------------------------------------------------------
// [SECTION] Features and scores
//-----------------------------------------------------------------------------

enum Feature { kText, kTags, kSection, kRegion, kFresh, kPopular, kAffinity, kRead, kFeatures };
constexpr const char* kFeatureNames[kFeatures] = {"text",      "tags",       "section",  "region",
                                                  "freshness", "popularity", "affinity", "read"};

struct Scored {
  std::size_t index = 0;
  double terms[kFeatures] = {};  // Weighted contributions.
  double score = 0;
  long long key = 0;  // score_key(score): what orders candidates.
};

class Scorer {
 public:
  Scorer(const FeedIndex& index, const ReadNextRequest& request, const ReadingHistory& history,
         const RankingOptions& all, const Query& query)
      : index_(index),
        options_(all.read_next),
        future_tolerance_(future_tolerance(all)),
        q_(query),
        now_(request.now),  // Resolved by the service (service.h); 0 = not known.
        reader_(index, history, now_ ? now_ : latest(index)) {
    if (now_ == 0) now_ = latest(index);
    language_ = primary_subtag(request.language);
    if (!language_.empty() && !index.has_language(language_)) language_.clear();
    if (!request.candidates.empty()) {
      allowed_.assign(index.size(), 0);
      for (const std::string& id : request.candidates)
        if (const auto i = index.find(id)) allowed_[*i] = 1;
    }
    const Seconds window = index.nearest_window(options_.popularity_window);
    views_ = window ? index.views_column(window) : nullptr;
    const std::int64_t max_views = window ? index.max_views(window) : 0;
    log_max_views_ = std::log1p(static_cast<double>(std::max<std::int64_t>(max_views, 0)));
  }

  // Returns true when article `i` may be shown. The current article, recommend:false, articles
  // outside `candidates` or the reader's language, and future ones never are; the age bound and the
  // already-read rule are relaxed only for pins (age) and for the last-resort fill that keeps the
  // list from being empty.
  bool eligible(std::size_t i, bool check_age, bool check_read = true) const {
    const Article& a = index_.article(i);
    if (q_.current && *q_.current == i) return false;
    if (!a.recommend) return false;
    if (!allowed_.empty() && !allowed_[i]) return false;
    if (!language_.empty() && index_.indexed(i).language != language_) return false;
    if (is_future(a.published, now_, future_tolerance_)) return false;
    if (check_age && options_.max_age > 0 && a.published > 0 &&
        now_ - a.published > options_.max_age)
      return false;
    if (check_read && options_.exclude_read && reader_.read[i]) return false;
    return true;
  }

  double views(std::size_t i) const {
    return views_ ? static_cast<double>(std::max<std::int64_t>((*views_)[i], 0)) : 0;
  }

  // Scores article `i`; `text` and `tags` are the raw similarities when already known (< 0: not).
  Scored score(std::size_t i, double text = -1, double tags = -1) const {
    const Article& a = index_.article(i);
    const IndexedArticle& x = index_.indexed(i);
    if (text < 0) text = q_.vector.empty() ? 0 : cosine(q_.vector, x.vector);
    if (tags < 0) tags = tag_overlap(x);
    double fresh = 0;
    if (a.published > 0 && options_.freshness_half_life > 0) {
      const double age = static_cast<double>(std::max<Seconds>(now_ - a.published, 0));
      fresh = std::exp2(-age / static_cast<double>(options_.freshness_half_life));
    }
    Scored s;
    s.index = i;
    s.terms[kText] = options_.text_weight * text;
    s.terms[kTags] = options_.tags_weight * tags;
    s.terms[kSection] = q_.section >= 0 && q_.section == x.section ? options_.section_weight : 0;
    s.terms[kRegion] = q_.region >= 0 && q_.region == x.region ? options_.region_weight : 0;
    s.terms[kFresh] = options_.freshness_weight * fresh;
    s.terms[kPopular] =
        log_max_views_ > 0 ? options_.popularity_weight * std::log1p(views(i)) / log_max_views_ : 0;
    s.terms[kAffinity] = options_.affinity_weight * reader_.affinity(x);
    s.terms[kRead] = reader_.read[i] ? -options_.read_penalty : 0;
    for (double t : s.terms) s.score += t;
    s.key = score_key(s.score);
    return s;
  }

  // IDF-weighted share of the query's tags that article `x` carries.
  double tag_overlap(const IndexedArticle& x) const {
    if (q_.tags_idf_sum <= 0) return 0;
    double shared = 0;
    std::size_t u = 0, v = 0;
    while (u < q_.tags.size() && v < x.tags.size()) {
      if (q_.tags[u] < x.tags[v]) {
        ++u;
      } else if (x.tags[v] < q_.tags[u]) {
        ++v;
      } else {
        shared += index_.tag_idf(q_.tags[u]);
        ++u;
        ++v;
      }
    }
    return shared / q_.tags_idf_sum;
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
  static Seconds latest(const FeedIndex& index) {
    Seconds t = 0;
    for (const Article& a : index.feed().items) t = std::max(t, a.published);
    return t;
  }

  const FeedIndex& index_;
  const ReadNextOptions& options_;
  Seconds future_tolerance_ = 0;
  const Query& q_;
  Seconds now_ = 0;
  Reader reader_;
  std::vector<char> allowed_;  // Empty = every article.
  std::string language_;       // "" = any; else the primary subtag every article must have.
  const std::vector<std::int64_t>* views_ = nullptr;
  double log_max_views_ = 0;
};

// The `pool` best articles related to the query, best first: text similarity accumulated over the
// postings of the query terms and tag overlap over the tag postings, kept when at or above the
// relevance threshold.
std::vector<Scored> related_candidates(const FeedIndex& index, const Query& q, const Scorer& scorer,
                                       const ReadNextOptions& options, std::size_t pool) {
  std::vector<double> text(index.size(), 0), tags(index.size(), 0);
  std::vector<std::uint32_t> touched;
  for (const TermWeight& t : q.vector)
    for (const Posting& p : index.postings(t.term)) {
      if (text[p.article] == 0 && tags[p.article] == 0) touched.push_back(p.article);
      text[p.article] += static_cast<double>(t.weight) * p.weight;
    }
  if (q.tags_idf_sum > 0)
    for (LabelId tag : q.tags) {
      const double share = index.tag_idf(tag) / q.tags_idf_sum;
      for (std::uint32_t i : index.tag_postings(tag)) {
        if (text[i] == 0 && tags[i] == 0) touched.push_back(i);
        tags[i] += share;
      }
    }
  std::vector<Scored> out;
  for (std::uint32_t i : touched) {
    const double relevance = options.text_weight * text[i] + options.tags_weight * tags[i];
    if (relevance < options.relevance_threshold || !scorer.eligible(i, true)) continue;
    out.push_back(scorer.score(i, text[i], tags[i]));
  }
  const auto better = [&](const Scored& a, const Scored& b) {
    if (a.key != b.key) return a.key > b.key;
    return scorer.newer(a.index, b.index);
  };
  if (out.size() > pool) {
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(pool), out.end(),
                      better);
    out.resize(pool);
  } else {
    std::sort(out.begin(), out.end(), better);
  }
  return out;
}

//-----------------------------------------------------------------------------
// [SECTION] The list under construction
//-----------------------------------------------------------------------------

class Picked {
 public:
  Picked(const FeedIndex& index, const SameStoryThresholds& same)
      : index_(index), same_(same), chosen_(index.size(), 0) {}

  bool has(std::size_t i) const { return chosen_[i] != 0; }
  std::size_t size() const { return list_.items.size(); }
  RankedList& list() { return list_; }

  // Returns true when articles `i` and `j` tell the same story (same_story.h); raises `max_sim`
  // to their cosine.
  bool same_as(std::size_t i, std::size_t j, double& max_sim) const {
    const SameStory same = same_story(index_, i, j, same_);
    max_sim = std::max(max_sim, same.text);
    return static_cast<bool>(same);
  }

  // Returns true when `i` tells the same story as a chosen article.
  bool duplicate(std::size_t i) const {
    double unused = 0;
    for (const RankedItem& r : list_.items)
      if (same_as(i, r.index, unused)) return true;
    return false;
  }

  void add(const Scored& s, Placement placement, double diversity = 0) {
    RankedItem item;
    item.index = s.index;
    item.id = index_.article(s.index).id;
    item.placement = placement;
    item.breakdown.reserve(kFeatures + 1);
    for (int f = 0; f < kFeatures; ++f) item.breakdown.push_back({kFeatureNames[f], s.terms[f]});
    if (placement == Placement::kScored) item.breakdown.push_back({"diversity", diversity});
    for (const ScoreTerm& t : item.breakdown) item.score += t.value;
    list_.items.push_back(std::move(item));
    chosen_[s.index] = 1;
  }

 private:
  const FeedIndex& index_;
  SameStoryThresholds same_;
  RankedList list_;
  std::vector<char> chosen_;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] read_next()
//-----------------------------------------------------------------------------

RankedList read_next(const FeedIndex& index, const ReadNextRequest& request,
                     const ReadingHistory& history, const ReadNextOptions& options) {
  RankingOptions all;
  all.read_next = options;
  return read_next(index, request, history, all);
}

RankedList read_next(const FeedIndex& index, const ReadNextRequest& request,
                     const ReadingHistory& history, const RankingOptions& all) {
  const ReadNextOptions& options = all.read_next;
  const std::size_t limit = request.limit;
  if (limit == 0 || index.size() == 0) return {};
  const SameStoryThresholds same = same_story_thresholds(all);
  const Query q =
      make_query(index, request, std::max<std::size_t>(options.query_terms, 1), same.headline);
  const Scorer scorer(index, request, history, all, q);
  Picked picked(index, same);
  if (q.by_title) {
    const std::string found = "found by its title: \"" + index.article(*q.current).id + "\"";
    picked.list().notes.push_back(request.article.empty()
                                      ? "the current article was " + found
                                      : "the current article \"" + request.article +
                                            "\" is not in the feed by id or URL; " + found);
  } else if (!request.article.empty() && !q.current) {
    picked.list().notes.push_back("the current article \"" + request.article +
                                  "\" is not in the feed" +
                                  (q.vector.empty() ? "" : "; matching its page text instead"));
  }

  if (!request.language.empty() && !index.has_language(primary_subtag(request.language)))
    picked.list().notes.push_back("no article is in language \"" + request.language +
                                  "\"; showing every language");

  // 1. Editor pins, in their order.
  if (q.current) {
    for (const std::string& id : index.article(*q.current).related) {
      if (picked.size() >= limit) break;
      const auto i = index.find(id);
      if (!i || picked.has(*i) || !scorer.eligible(*i, /*check_age=*/false)) continue;
      picked.add(scorer.score(*i), Placement::kPinned);
    }
  }

  // 2. Related by score over the threshold, re-ranked for diversity (maximal marginal relevance).
  //    Each candidate's largest similarity to the chosen ones is kept up to date as they are added.
  const std::vector<Scored> related = related_candidates(index, q, scorer, options, limit * 8 + 8);
  const std::size_t pool = related.size();
  std::vector<char> out(pool, 0);  // Chosen, or the same story as one chosen.
  std::vector<double> max_sim(pool, 0);
  std::size_t seen = 0;  // Chosen items already folded into max_sim / out.
  const double lambda = std::clamp(options.diversity_lambda, 0.05, 1.0);
  while (picked.size() < limit) {
    for (; seen < picked.size(); ++seen) {
      const std::size_t chosen = picked.list().items[seen].index;
      for (std::size_t k = 0; k < pool; ++k) {
        if (out[k]) continue;
        const std::size_t i = related[k].index;
        if (i == chosen || picked.same_as(i, chosen, max_sim[k]))
          out[k] = 1;  // Never both versions of one story while alternatives exist.
      }
    }
    double best_mmr = -1e300, best_penalty = 0;
    std::size_t best = pool;
    for (std::size_t k = 0; k < pool; ++k) {
      if (out[k]) continue;
      const double mmr = lambda * related[k].score - (1 - lambda) * max_sim[k];
      if (score_key(mmr) > score_key(best_mmr)) {
        best_mmr = mmr;
        best = k;
        best_penalty = -(1 - lambda) / lambda * max_sim[k];
      }
    }
    if (best == pool) break;
    out[best] = 1;
    picked.add(related[best], Placement::kScored, best_penalty);
  }

  // 3. Guaranteed fill: most read in the same section, then most read overall.
  auto fill = [&](bool same_section, Placement placement, bool allow_duplicates, bool strict) {
    if (picked.size() >= limit) return;
    std::vector<std::size_t> pool_fill;
    for (std::size_t i = 0; i < index.size(); ++i) {
      if (picked.has(i) || !scorer.eligible(i, strict, strict)) continue;
      if (same_section && (q.section < 0 || index.indexed(i).section != q.section)) continue;
      pool_fill.push_back(i);
    }
    const auto more_read = [&](std::size_t a, std::size_t b) { return scorer.more_read(a, b); };
    // Enough for what is missing plus the near-duplicates that may be passed over.
    const std::size_t want = std::min(pool_fill.size(), (limit - picked.size()) * 4 + 8);
    std::partial_sort(pool_fill.begin(), pool_fill.begin() + static_cast<std::ptrdiff_t>(want),
                      pool_fill.end(), more_read);
    if (!allow_duplicates)
      pool_fill.resize(want);
    else
      std::sort(pool_fill.begin() + static_cast<std::ptrdiff_t>(want), pool_fill.end(), more_read);
    for (std::size_t i : pool_fill) {
      if (picked.size() >= limit) break;
      if (!allow_duplicates && picked.duplicate(i)) continue;
      picked.add(scorer.score(i), placement);
    }
  };
  fill(true, Placement::kFillSection, false, true);
  fill(false, Placement::kFillOverall, false, true);
  fill(false, Placement::kFillOverall, true,
       true);  // Near-duplicates only when nothing else is left.
  if (picked.size() == 0) {
    fill(false, Placement::kFillOverall, true, /*strict=*/false);  // Old or read, but never empty.
    if (picked.size() > 0)
      picked.list().notes.push_back(
          "every other article is old or read already; showing them anyway");
  }
  // Fill items carry their score for comparison, but the rule above orders them: say so.
  for (const RankedItem& item : picked.list().items) {
    if (item.placement != Placement::kFillSection && item.placement != Placement::kFillOverall)
      continue;
    const Seconds window = index.nearest_window(options.popularity_window);
    picked.list().notes.push_back(
        window ? "fill items are ordered by views in " + format_window(window) +
                     " (then newest), not by score"
               : "fill items are ordered by newest (the feed has no views), not by score");
    break;
  }
  return std::move(picked.list());
}

}  // namespace newsrail
