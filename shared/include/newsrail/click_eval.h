// newsrail — offline click evaluation: tasks in the shape of public click logs (what the reader
// had read, the article being read, the candidates shown, the one clicked), the metrics a ranking
// of them scores (MRR, HR@10, nDCG@10) and Read Next's score on a task set. The bench
// (bench/click_bench.cpp) and the console's tuning panel use these one definitions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsrail/diagnostics.h"
#include "newsrail/feed_index.h"
#include "newsrail/history.h"
#include "newsrail/ranking_options.h"

namespace newsrail {

struct ClickTask {
  ReadingHistory history;               // What the reader had read, oldest first.
  std::string article;                  // The article being read (id).
  std::vector<std::string> candidates;  // The ids shown; `clicked` is one of them.
  std::string clicked;                  // The one clicked next.
  Seconds now = 0;                      // When (UTC epoch seconds).
};

// Mean reciprocal rank, hit rate at 10 and nDCG at 10 (one relevant item: 1/log2(1 + rank)) over
// `tasks` tasks, each in [0, 1].
struct ClickMetrics {
  double mrr = 0;
  double hr10 = 0;
  double ndcg10 = 0;
  std::size_t tasks = 0;
};

// Returns the 1-based position of `clicked` in `order`, or 0 when it is not there (it then counts
// 0 towards every metric).
std::size_t click_rank(const std::vector<std::string>& order, std::string_view clicked);

// Returns the metrics of the clicked items' ranks (1-based; 0 = not ranked).
ClickMetrics click_metrics(const std::vector<std::size_t>& ranks);

// Ranks each task's candidates with Read Next (the service's run(): limit = every candidate,
// the task's history and now) and returns the clicked items' ranks, in task order. Never throws.
std::vector<std::size_t> read_next_click_ranks(const FeedIndex& index,
                                               const std::vector<ClickTask>& tasks,
                                               const RankingOptions& options);

// {"version": 1, "tasks": [{"history": <history JSON>, "article", "candidates": [...],
// "clicked", "now": epoch seconds}]}, compact. Never throws.
std::string click_tasks_to_json(const std::vector<ClickTask>& tasks);

// Reads what click_tasks_to_json wrote; a task without an article, a clicked id among its
// candidates or a valid history is skipped with a warning naming it (JSON pointer). Never throws.
std::vector<ClickTask> click_tasks_from_json(std::string_view json, Diagnostics& diagnostics);

}  // namespace newsrail
