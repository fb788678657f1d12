// newsrail fuzzing — invariant checks shared by the libFuzzer targets (tests/fuzz/).
//
// A broken invariant prints what failed and traps, so libFuzzer saves the input as a crash
// artifact exactly as it does for a sanitizer report.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_set>

#include "newsrail/ranked.h"

#define FUZZ_CHECK(cond)                                                                     \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "newsrail fuzz: invariant failed: %s (%s:%d)\n", #cond, __FILE__, \
                   __LINE__);                                                                \
      __builtin_trap();                                                                      \
    }                                                                                        \
  } while (0)

namespace newsrail::fuzz {

// A ranked list is well formed: at most `limit` items, each pointing at a real entry (position
// < `count`) whose id it carries (`id_at(i)`), no entry twice, finite scores whose breakdown sums
// to the score.
template <typename IdAt>
void check_ranked(const RankedList& list, std::size_t limit, std::size_t count, IdAt id_at) {
  FUZZ_CHECK(list.items.size() <= limit);
  std::unordered_set<std::size_t> seen;
  for (const RankedItem& item : list.items) {
    FUZZ_CHECK(item.index < count);
    FUZZ_CHECK(item.id == id_at(item.index));
    FUZZ_CHECK(seen.insert(item.index).second);
    FUZZ_CHECK(std::isfinite(item.score));
    double sum = 0;
    for (const ScoreTerm& t : item.breakdown) {
      FUZZ_CHECK(std::isfinite(t.value));
      sum += t.value;
    }
    if (!item.breakdown.empty())
      FUZZ_CHECK(std::fabs(sum - item.score) <= 1e-6 * std::fmax(1.0, std::fabs(item.score)));
  }
}

}  // namespace newsrail::fuzz
