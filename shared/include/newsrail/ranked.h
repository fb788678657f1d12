// newsrail — what a ranking call returns: items in order, each with the rule that placed it and
// its score broken down term by term, so an editor can see why it is where it is.
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "newsrail/model.h"

namespace newsrail {

enum class Placement {
  kPinned,       // An editor's `related` pin (Read Next).
  kScored,       // Passed the relevance threshold / ranked by its score.
  kForYou,       // Read Next: below the relevance threshold, placed by its score, of which the
                 // reader's affinity (their history) is a part.
  kFillSection,  // Guaranteed fill: most read in the current article's section.
  kFillOverall,  // Guaranteed fill: most read overall.
};

// Returns "pinned", "scored", "for-you", "fill-section" or "fill-overall".
const char* placement_name(Placement placement);

// One named contribution to a score ("text", "tags", "freshness", ...).
struct ScoreTerm {
  std::string name;
  double value = 0;  // Contribution to the score (weight already applied).
};

// Where a term of the breakdown came from, when it is a sum of named parts (Read Next's
// "affinity": "sections", "tags", "text"); the parts sum to the term's value.
struct TermParts {
  std::string term;
  std::vector<ScoreTerm> parts;
};

struct RankedItem {
  std::size_t index = 0;  // Position of the article (or breaking line) in the feed.
  std::string id;
  double score = 0;
  Placement placement = Placement::kScored;
  std::vector<ScoreTerm> breakdown;        // Sums to `score`.
  std::vector<TermParts> breakdown_parts;  // Details of some terms; usually empty.
  std::vector<std::string> collapsed;      // Ids of near-duplicates folded into this one.
};

struct RankedList {
  std::vector<RankedItem> items;
  std::vector<std::string> notes;  // What the ranking had to decide, e.g. a window fallback.
};

// Returns `score` quantised to 1e-9, for comparisons: the last bits of log/exp results may differ
// between the native libm and Emscripten's, and an order must never depend on them.
inline long long score_key(double score) { return std::llround(score * 1e9); }

}  // namespace newsrail
