// newsrail — the "same story" rule and the future tolerance (see same_story.h).
#include "newsrail/same_story.h"

#include <algorithm>

#include "newsrail/normalize.h"
#include "newsrail/tokenize.h"

namespace newsrail {

namespace {

// |a ∩ b| / |a ∪ b| of two sorted unique lists; 0 when both are empty.
template <typename T>
double sorted_jaccard(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.empty() && b.empty()) return 0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

bool overlaps(double jaccard, double threshold) { return jaccard > 0 && jaccard >= threshold; }

}  // namespace

const char* same_story_reason_name(SameStoryReason reason) {
  switch (reason) {
    case SameStoryReason::kNone:
      return "";
    case SameStoryReason::kSameUrl:
      return "same_url";
    case SameStoryReason::kSameHeadline:
      return "same_headline";
    case SameStoryReason::kHeadlineOverlap:
      return "headline_overlap";
    case SameStoryReason::kTextCosine:
      return "text_cosine";
  }
  return "";
}

SameStoryThresholds same_story_thresholds(const RankingOptions& options) {
  return {options.most_read.duplicate_title_similarity, options.read_next.duplicate_similarity};
}

Seconds future_tolerance(const RankingOptions& options) { return options.ticker.future_tolerance; }

bool is_future(Seconds published, Seconds now, Seconds tolerance) {
  return published != 0 && published > now + tolerance;
}

SameStory same_story(const FeedIndex& index, std::size_t a, std::size_t b,
                     const SameStoryThresholds& thresholds) {
  const IndexedArticle& x = index.indexed(a);
  const IndexedArticle& y = index.indexed(b);
  const Article& p = index.article(a);
  const Article& q = index.article(b);
  SameStory s;
  s.headline = sorted_jaccard(x.title_terms, y.title_terms);
  if (thresholds.text) s.text = cosine(x.vector, y.vector);
  // The same normalised headline: only worth normalising when the term sets are equal.
  const auto same_headline = [&] {
    if (x.title_terms != y.title_terms) return false;
    const std::string headline = normalize_for_match(p.title);
    return !headline.empty() && headline == normalize_for_match(q.title);
  };
  if (!p.url.empty() && p.url == q.url)
    s.reason = SameStoryReason::kSameUrl;
  else if (same_headline())
    s.reason = SameStoryReason::kSameHeadline;
  else if (overlaps(s.headline, thresholds.headline))
    s.reason = SameStoryReason::kHeadlineOverlap;
  else if (thresholds.text && s.text > 0 && s.text >= *thresholds.text)
    s.reason = SameStoryReason::kTextCosine;
  return s;
}

LineTerms line_terms(std::string_view text, std::string_view language) {
  LineTerms key;
  key.terms = terms_for_matching(text, language);
  std::sort(key.terms.begin(), key.terms.end());
  key.terms.erase(std::unique(key.terms.begin(), key.terms.end()), key.terms.end());
  key.normalized = normalize_for_match(text);
  return key;
}

SameStory same_story(const LineTerms& a, const LineTerms& b, double threshold) {
  SameStory s;
  s.headline = sorted_jaccard(a.terms, b.terms);
  if (!a.normalized.empty() && a.normalized == b.normalized)
    s.reason = SameStoryReason::kSameHeadline;
  else if (overlaps(s.headline, threshold))
    s.reason = SameStoryReason::kHeadlineOverlap;
  return s;
}

}  // namespace newsrail
