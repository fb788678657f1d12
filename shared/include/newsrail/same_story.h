// newsrail — the rules every list shares, defined once: when two articles (or two breaking lines)
// tell the same story, and how far ahead of `now` a dated item may be and still count as
// published. Most Read folds reposts with it, Read Next never shows two versions of one story,
// the ticker folds near-duplicate lines and the console groups duplicates with it; the thresholds
// always come from the ranking options (same_story_thresholds and future_tolerance below; lines:
// ticker.duplicate_text_similarity), never from a constant of the caller.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/ranking_options.h"

namespace newsrail {

// Why two articles or lines are the same story (the first that holds, in this order).
enum class SameStoryReason {
  kNone,             // Not the same story.
  kSameUrl,          // Articles: the same URL (non-empty, byte for byte).
  kSameHeadline,     // The same headline (or line) after normalize_for_match, though without terms.
  kHeadlineOverlap,  // Headline (or line) term Jaccard at or above the headline threshold, > 0.
  kTextCosine,       // Articles: TF-IDF cosine at or above the text threshold.
};

// "same_url", "same_headline", "headline_overlap", "text_cosine"; "" for kNone.
const char* same_story_reason_name(SameStoryReason reason);

struct SameStoryThresholds {
  double headline = 0;         // Headline term Jaccard, 0..1 (a shared term is also needed).
  std::optional<double> text;  // Cosine of the TF-IDF vectors, 0..1 (> 0 also needed);
                               // nullopt: texts are not compared (Most Read folds reposts by
                               // URL and headline only).
  bool operator==(const SameStoryThresholds& o) const {
    return headline == o.headline && text == o.text;
  }
};

// The thresholds of the articles' rule, from the options: headline = most_read.
// duplicate_title_similarity, text = read_next.duplicate_similarity. Every list uses these
// (Most Read without `text`).
SameStoryThresholds same_story_thresholds(const RankingOptions& options);

// How far ahead of `now` an article or a line may be dated and still be listed (ticker.
// future_tolerance): Most Read, Read Next, the ticker and the console's "future" counts.
Seconds future_tolerance(const RankingOptions& options);

// Returns true when something published at `published` (0 = undated) is from the future at
// `now`: published > now + tolerance. Undated items never are.
bool is_future(Seconds published, Seconds now, Seconds tolerance);

struct SameStory {
  SameStoryReason reason = SameStoryReason::kNone;
  double headline = 0;  // The headline (or line) term Jaccard.
  double text = 0;      // The texts' cosine (articles whose texts are compared; else 0).
  explicit operator bool() const { return reason != SameStoryReason::kNone; }
};

// Whether articles `a` and `b` of `index` tell the same story, and why: the same URL, the same
// headline, headline terms overlapping (title_terms' Jaccard >= thresholds.headline, > 0), or
// texts alike (cosine of the vectors >= thresholds.text, when set). The headline Jaccard is always
// given, the cosine whenever thresholds.text is set.
// Cost: a merge of the two term lists and of the two vectors (plus normalising both titles when
// neither has a term); no allocation otherwise. Never throws.
SameStory same_story(const FeedIndex& index, std::size_t a, std::size_t b,
                     const SameStoryThresholds& thresholds);

// A breaking line as the lines' rule compares it: its matching terms (sorted, unique) and its
// normalised text.
struct LineTerms {
  std::vector<std::string> terms;
  std::string normalized;
};

// Returns the terms of a line's `text` in `language` (BCP 47). Never throws.
LineTerms line_terms(std::string_view text, std::string_view language);

// Whether two breaking lines tell the same story: the same normalised text (kSameHeadline), or
// term Jaccard >= `threshold` (the ticker's duplicate_text_similarity) sharing at least one term
// (kHeadlineOverlap). Never throws.
SameStory same_story(const LineTerms& a, const LineTerms& b, double threshold);

}  // namespace newsrail
