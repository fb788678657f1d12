// newsrail — the reader's profile over one feed: what Read Next's "affinity" term reads. Built
// from the history (history.h) and the index (feed_index.h) once per (history, feed), not per
// ranking call: the reads' sections and tags as shares of the strongest, and the term vectors of
// the read articles still in the feed, each decayed with the history's half-life.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/history.h"

namespace newsrail {

// How many of the profile's strongest terms are kept (and matched through the postings).
constexpr std::size_t kProfileTerms = 64;

struct ReaderProfile {
  std::vector<char> read;             // By article position: 1 when the history holds it.
  std::vector<double> section_share;  // By LabelId, in [0, 1] of the strongest; empty = none.
  std::vector<double> tag_share;      // By LabelId, in [0, 1] of the strongest; empty = none.
  std::vector<TermWeight> terms;      // L2-normalised sum of the read articles' vectors,
                                      // the kProfileTerms strongest, sorted by term id.
  bool empty() const { return section_share.empty() && tag_share.empty() && terms.empty(); }
};

// The three parts of the reader's affinity for one article, each in [0, 1] and unweighted:
// `sections`: the share of its section; `tags`: the mean of its two strongest tag shares;
// `text`: the cosine of its vector with the profile's terms.
struct AffinityParts {
  double sections = 0;
  double tags = 0;
  double text = 0;
};

// Builds the profile. Each read weighs 2^(-(newest read - its time) / half_life): decayed from
// the newest read, not from "now", so the profile does not change as the clock moves (shares and
// cosines are scale-free: the same as decaying at any now after the newest read). Labels are
// resolved against the index (those the feed lacks still count towards the strongest); the
// vectors are those of reads still in the feed. Cost: the history's labels plus the read
// articles' vectors. Never throws.
ReaderProfile reader_profile(const FeedIndex& index, const ReadingHistory& history,
                             Seconds half_life = kAffinityHalfLife);

// The parts for article `x` (FeedIndex::indexed). All 0 for an empty profile. `text` >= 0: the
// cosine already known (e.g. accumulated over the postings of the profile's terms), not computed
// again. Never throws.
AffinityParts affinity_parts(const ReaderProfile& profile, const IndexedArticle& x,
                             double text = -1);

// The profile's `n` strongest terms as text (index.term_text), strongest first, with their
// weights: what the console's simulated reader panel shows.
std::vector<std::pair<std::string, double>> strongest_terms(const FeedIndex& index,
                                                            const ReaderProfile& profile,
                                                            std::size_t n);

// Returns a fingerprint of the history's content (ids, times, sections, tags): two histories
// with the same fingerprint give the same profile over the same feed (FNV-1a, 64 bits).
std::uint64_t history_fingerprint(const ReadingHistory& history);

// The last profile built, kept while the feed and the history stay the same: what holds the
// history and the feed (the wasm module, the console) owns one. `index_revision` names the
// loaded feed: the holder changes it whenever it loads another. Not thread-safe.
class ReaderProfileCache {
 public:
  // Returns the profile of `history` over `index`, built only when the revision, the history's
  // fingerprint or the half-life changed since the last call. The reference stays valid until
  // the next call.
  const ReaderProfile& get(const FeedIndex& index, std::uint64_t index_revision,
                           const ReadingHistory& history, Seconds half_life = kAffinityHalfLife);
  std::size_t builds() const { return builds_; }  // How many profiles were built (tests).

 private:
  bool valid_ = false;
  std::uint64_t revision_ = 0;
  std::uint64_t fingerprint_ = 0;
  Seconds half_life_ = 0;
  std::size_t builds_ = 0;
  ReaderProfile profile_;
};

}  // namespace newsrail
