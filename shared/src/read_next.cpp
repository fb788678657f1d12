// newsrail — Read Next ranking.
//
// One call: (1) editor pins; (2) every eligible article scored on every feature: text similarity
// accumulated over the postings of the current article's strongest terms, tag overlap over the
// tag postings, the reader's affinity from their profile (reader_profile.h); (3) those at or
// above the relevance threshold ("scored") and, for a reader with a history, every other one
// ("for-you"), re-ranked together for diversity (maximal marginal relevance); (4) the guaranteed
// fill, by the same score: the section, then the feed. Features are plain numbers
// per candidate; the named breakdown is built only for the items chosen. Cost: the postings
// touched plus one full score per eligible article.
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

//-----------------------------------------------------------------------------
// [SECTION] Features and scores
//-----------------------------------------------------------------------------

enum Feature { kText, kTags, kSection, kRegion, kFresh, kPopular, kAffinity, kRead, kFeatures };
constexpr const char* kFeatureNames[kFeatures] = {"text",      "tags",       "section",  "region",
                                                  "freshness", "popularity", "affinity", "read"};

// The parts of the affinity term (breakdown details), in this order.
enum AffinityPart { kBySections, kByTags, kByText, kAffinityParts };
constexpr const char* kAffinityPartNames[kAffinityParts] = {"sections", "tags", "text"};

struct Scored {
  std::size_t index = 0;
  double terms[kFeatures] = {};          // Weighted contributions.
  double affinity[kAffinityParts] = {};  // Weighted; they sum to terms[kAffinity].
  bool personal = false;
  bool related = false;  // Text + tags evidence at or above the relevance threshold. // The reader
                         // has a profile: `affinity` was computed.
  double score = 0;
  long long key = 0;  // score_key(score): what orders candidates.
};

class Scorer {
 public:
  Scorer(const FeedIndex& index, const ReadNextRequest& request, const ReaderProfile& profile,
         const RankingOptions& all, const Query& query)
      : index_(index),
        options_(all.read_next),
        future_tolerance_(future_tolerance(all)),
        q_(query),
        now_(request.now),  // Resolved by the service (service.h); 0 = not known.
        reader_(profile) {
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
    if (check_read && options_.exclude_read && read(i)) return false;
    return true;
  }

  double views(std::size_t i) const {
    return views_ ? static_cast<double>(std::max<std::int64_t>((*views_)[i], 0)) : 0;
  }

  bool read(std::size_t i) const { return i < reader_.read.size() && reader_.read[i]; }

  // Scores article `i`; `text`, `tags` and `profile_text` (the cosine with the reader's profile)
  // are the raw similarities when already known (< 0: not).
  Scored score(std::size_t i, double text = -1, double tags = -1, double profile_text = -1) const {
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
    if (!reader_.empty()) {
      s.personal = true;
      const AffinityParts parts = affinity_parts(reader_, x, profile_text);
      s.affinity[kBySections] = options_.affinity_weight * 0.5 * parts.sections;
      s.affinity[kByTags] = options_.affinity_weight * 0.5 * parts.tags;
      s.affinity[kByText] = options_.affinity_text_weight * parts.text;
      for (double a : s.affinity) s.terms[kAffinity] += a;
    }
    s.terms[kRead] = read(i) ? -options_.read_penalty : 0;
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
  const ReaderProfile& reader_;
  std::vector<char> allowed_;  // Empty = every article.
  std::string language_;       // "" = any; else the primary subtag every article must have.
  const std::vector<std::int64_t>* views_ = nullptr;
  double log_max_views_ = 0;
};

// Orders candidates best first: by score (quantised, score_key), then newer, then smaller id.
bool better(const Scorer& scorer, const Scored& a, const Scored& b) {
  if (a.key != b.key) return a.key > b.key;
  return scorer.newer(a.index, b.index);
}

// Every eligible article, split by the relevance threshold: `related` (text + tags evidence at or
// above it, fully scored; with `others_related`, every eligible article) and the others (scored
// when asked: score_others()). Text similarity is accumulated over the postings of the query
// terms, tag overlap over the tag postings, the cosine with the reader's profile over its terms'
// postings: exactly what score() computes, without a pass over each article's vector.
struct Candidates {
  std::vector<Scored> related;
  std::vector<std::uint32_t> others;
  std::vector<double> text, tags, profile_text;  // By article position (profile_text may be empty).

  std::vector<Scored> score_others(const Scorer& scorer) const {
    std::vector<Scored> out;
    out.reserve(others.size());
    for (std::uint32_t i : others)
      out.push_back(scorer.score(i, text[i], tags[i], profile_text.empty() ? 0 : profile_text[i]));
    return out;
  }
};

Candidates all_candidates(const FeedIndex& index, const Query& q, const Scorer& scorer,
                          const ReadNextOptions& options, const ReaderProfile& profile,
                          const std::vector<char>& skip, bool others_related) {
  Candidates out;
  std::vector<double>& text = out.text;
  std::vector<double>& tags = out.tags;
  std::vector<double>& profile_text = out.profile_text;
  text.assign(index.size(), 0);
  tags.assign(index.size(), 0);
  if (!profile.terms.empty()) {  // The cosine with the profile, over the same postings.
    profile_text.assign(index.size(), 0);
    for (const TermWeight& t : profile.terms)
      for (const Posting& p : index.postings(t.term))
        profile_text[p.article] += static_cast<double>(t.weight) * p.weight;
  }
  for (const TermWeight& t : q.vector)
    for (const Posting& p : index.postings(t.term))
      text[p.article] += static_cast<double>(t.weight) * p.weight;
  if (q.tags_idf_sum > 0)
    for (LabelId tag : q.tags) {
      const double share = index.tag_idf(tag) / q.tags_idf_sum;
      for (std::uint32_t i : index.tag_postings(tag)) tags[i] += share;
    }
  if (others_related) out.related.reserve(index.size());
  for (std::size_t i = 0; i < index.size(); ++i) {
    if (skip[i] || !scorer.eligible(i, true)) continue;
    const double relevance = options.text_weight * text[i] + options.tags_weight * tags[i];
    const bool related = (text[i] > 0 || tags[i] > 0) && relevance >= options.relevance_threshold;
    if (!related && !others_related) {
      out.others.push_back(static_cast<std::uint32_t>(i));
      continue;
    }
    out.related.push_back(
        scorer.score(i, text[i], tags[i], profile_text.empty() ? 0 : profile_text[i]));
    out.related.back().related = related;
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
    if (s.personal) {
      TermParts parts{kFeatureNames[kAffinity], {}};
      for (int k = 0; k < kAffinityParts; ++k)
        parts.parts.push_back({kAffinityPartNames[k], s.affinity[k]});
      item.breakdown_parts.push_back(std::move(parts));
    }
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
  return read_next_for_reader(index, request, reader_profile(index, history), all);
}

RankedList read_next_for_reader(const FeedIndex& index, const ReadNextRequest& request,
                                const ReaderProfile& profile, const RankingOptions& all) {
  const ReadNextOptions& options = all.read_next;
  const std::size_t limit = request.limit;
  if (limit == 0 || index.size() == 0) return {};
  const SameStoryThresholds same = same_story_thresholds(all);
  const Query q =
      make_query(index, request, std::max<std::size_t>(options.query_terms, 1), same.headline);
  const Scorer scorer(index, request, profile, all, q);
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

  // 2. Every other eligible article, fully scored; related: at or above the relevance threshold.
  std::vector<char> skip(index.size(), 0);
  for (const RankedItem& item : picked.list().items) skip[item.index] = 1;
  //    With a history every candidate is in step 3's pool: for-you articles (below the
  //    threshold) and related ones by the same score, the reader's affinity part of it.
  Candidates candidates =
      all_candidates(index, q, scorer, options, profile, skip, !profile.empty());
  const auto by_score = [&](const Scored& a, const Scored& b) { return better(scorer, a, b); };

  // 3. Related, re-ranked for diversity (maximal marginal relevance) among the best `pool`; each
  //    candidate's largest similarity to the chosen ones is kept up to date as they are added.
  std::vector<Scored>& related = candidates.related;
  const std::size_t pool = std::min(related.size(), limit * 8 + 8);
  std::partial_sort(related.begin(), related.begin() + static_cast<std::ptrdiff_t>(pool),
                    related.end(), by_score);
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
    picked.add(related[best], related[best].related ? Placement::kScored : Placement::kForYou,
               best_penalty);
  }

  // 4. The rest by the same score, in tiers: "for-you" (with a history: what the pool of step 3
  //    left), then the current article's section ("fill-section"), then the feed
  //    ("fill-overall"); within a tier by score, then newer, then smaller id. Without a history:
  //    the guaranteed fill of the section, then of the feed.
  std::vector<Scored> rest;  // Scored only when the list is still short.
  if (picked.size() < limit) {
    rest = candidates.score_others(scorer);
    rest.insert(rest.end(), related.begin() + static_cast<std::ptrdiff_t>(pool), related.end());
  }
  const auto tier = [&](const Scored& s) {
    if (s.terms[kAffinity] > 0) return Placement::kForYou;
    return q.section >= 0 && index.indexed(s.index).section == q.section ? Placement::kFillSection
                                                                         : Placement::kFillOverall;
  };
  const auto in_order = [&](const Scored& a, const Scored& b) {
    const Placement ta = tier(a), tb = tier(b);
    if (ta != tb) return static_cast<int>(ta) < static_cast<int>(tb);
    return by_score(a, b);
  };
  // Adds from `from` in order while the list is short; same stories too only when `duplicates`.
  const auto fill = [&](std::vector<Scored>& from, bool duplicates) {
    if (picked.size() >= limit) return;
    // Enough for what is missing plus the near-duplicates that may be passed over.
    const std::size_t want =
        duplicates ? from.size() : std::min(from.size(), (limit - picked.size()) * 4 + 8);
    std::partial_sort(from.begin(), from.begin() + static_cast<std::ptrdiff_t>(want), from.end(),
                      in_order);
    for (std::size_t k = 0; k < want && picked.size() < limit; ++k) {
      const Scored& s = from[k];
      if (picked.has(s.index) || (!duplicates && picked.duplicate(s.index))) continue;
      picked.add(s, tier(s));
    }
  };
  fill(rest, false);
  fill(rest, true);          // Near-duplicates only when nothing else is left.
  if (picked.size() == 0) {  // Old or read, but never empty.
    std::vector<Scored> any;
    for (std::size_t i = 0; i < index.size(); ++i)
      if (scorer.eligible(i, false, false)) any.push_back(scorer.score(i));
    fill(any, true);
    if (picked.size() > 0)
      picked.list().notes.push_back(
          "every other article is old or read already; showing them anyway");
  }
  for (const RankedItem& item : picked.list().items) {
    if (item.placement != Placement::kForYou && item.placement != Placement::kFillSection &&
        item.placement != Placement::kFillOverall)
      continue;
    picked.list().notes.push_back(
        "items below the relevance threshold are ordered by score (then newest, then id): "
        "with a history, for-you beside the related ones (the reader's affinity in the score); "
        "else the article's section, then the feed");
    break;
  }
  return std::move(picked.list());
}

}  // namespace newsrail
