// newsrail — simulated readers and their clicks over a feed, for the offline click benchmark
// (bench/click_bench.cpp): deterministic ClickTask sets (click_eval.h) in the shape of public click
// logs. The readers are defined on the feed's labels (sections, tags) and views only, never with
// newsrail's scoring, so the benchmark does not grade newsrail against itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsrail/click_eval.h"
#include "newsrail/model.h"

namespace newsrail {

// How the simulated readers behave. Each reader has 1..3 interests, each a section or a tag
// (drawn from articles picked by popularity). A read is an article matching an interest with
// probability `interest_reads`, else any article; both picks lean to popular ones
// ((1 + 24h views)^popularity_bias). The last read is the article being read; the candidates are
// `candidates` articles published in the 24 hours before the click, none of them read; the click
// is drawn among them with weight (1 + interest_boost if it matches an interest) * (1 +
// section_boost if in the current article's section + tag_boost if it shares a tag with it) *
// (1 + 24h views)^popularity_bias.
struct ClickTaskOptions {
  std::size_t tasks = 500;
  std::uint64_t seed = 1;
  std::size_t candidates = 100;
  std::size_t min_reads = 3;
  std::size_t max_reads = 30;
  double interest_reads = 0.7;
  double popularity_bias = 0.3;
  double interest_boost = 6;
  double section_boost = 1;
  double tag_boost = 3;
};

// Returns `options.tasks` tasks over `feed` (fewer when the feed has no day with enough
// candidates). The same feed and options give the same tasks on every platform (mt19937_64 and
// integer arithmetic for every draw's index). When `click_weights` is given, it receives, per
// task, the weight each candidate had in the click's draw (in `candidates` order): ranking by
// them is the best any ranking can expect on these readers (the benchmark's ceiling). Never
// throws.
std::vector<ClickTask> make_click_tasks(const Feed& feed, const ClickTaskOptions& options,
                                        std::vector<std::vector<double>>* click_weights = nullptr);

}  // namespace newsrail
