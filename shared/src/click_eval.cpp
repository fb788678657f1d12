// newsrail — offline click evaluation (click_eval.h).
#include "newsrail/click_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/json.h"
#include "newsrail/read_next.h"
#include "newsrail/service.h"

namespace newsrail {
namespace {

constexpr int kVersion = 1;

void warn(Diagnostics& diagnostics, std::string path, std::string message) {
  diagnostics.push_back({Severity::kWarning, std::move(path), std::move(message), 0, 0});
}

const std::string* string_member(const Json& object, const char* key) {
  const Json* v = json_member(object, key);
  return v && v->is_string() ? &v->get_ref<const std::string&>() : nullptr;
}

}  // namespace

std::size_t click_rank(const std::vector<std::string>& order, std::string_view clicked) {
  for (std::size_t k = 0; k < order.size(); ++k)
    if (order[k] == clicked) return k + 1;
  return 0;
}

ClickMetrics click_metrics(const std::vector<std::size_t>& ranks) {
  ClickMetrics m;
  m.tasks = ranks.size();
  if (ranks.empty()) return m;
  for (std::size_t rank : ranks) {
    if (rank == 0) continue;
    m.mrr += 1.0 / static_cast<double>(rank);
    if (rank <= 10) {
      m.hr10 += 1;
      m.ndcg10 += 1.0 / std::log2(1.0 + static_cast<double>(rank));
    }
  }
  const double n = static_cast<double>(ranks.size());
  m.mrr /= n;
  m.hr10 /= n;
  m.ndcg10 /= n;
  return m;
}

std::vector<std::size_t> read_next_click_ranks(const FeedIndex& index,
                                               const std::vector<ClickTask>& tasks,
                                               const RankingOptions& options) {
  std::vector<std::size_t> ranks;
  ranks.reserve(tasks.size());
  std::vector<std::string> order;
  for (const ClickTask& task : tasks) {
    ReadNextQuery query;
    query.request.article = task.article;
    query.request.candidates = task.candidates;
    query.request.limit = task.candidates.size();
    query.request.now = task.now;
    query.history = task.history;
    const ReadNextAnswer answer = run(index, options, query);
    order.clear();
    for (const RankedItem& item : answer.list.items) order.push_back(item.id);
    ranks.push_back(click_rank(order, task.clicked));
  }
  return ranks;
}

std::string click_tasks_to_json(const std::vector<ClickTask>& tasks) {
  Json list = Json::array();
  for (const ClickTask& t : tasks) {
    Json history;
    to_json(history, t.history);
    list.push_back({{"history", std::move(history)},
                    {"article", t.article},
                    {"candidates", t.candidates},
                    {"clicked", t.clicked},
                    {"now", t.now}});
  }
  return write_json(Json{{"version", kVersion}, {"tasks", std::move(list)}});
}

std::vector<ClickTask> click_tasks_from_json(std::string_view json, Diagnostics& diagnostics) {
  std::vector<ClickTask> tasks;
  std::string error;
  const Json root = parse_json(json, &error);
  if (!root.is_object()) {
    warn(diagnostics, "", error.empty() ? "a click task set must be a JSON object" : error);
    return tasks;
  }
  const Json* version = json_member(root, "version");
  if (!version || !json_is_int64(*version) || version->get<std::int64_t>() != kVersion) {
    warn(diagnostics, "/version", "a click task set must have \"version\": 1");
    return tasks;
  }
  const Json* list = json_member(root, "tasks");
  if (!list || !list->is_array()) {
    warn(diagnostics, "/tasks", "a click task set must have a \"tasks\" array");
    return tasks;
  }
  std::size_t k = 0;
  for (const Json& v : *list) {
    const std::string path = "/tasks/" + std::to_string(k++);
    if (!v.is_object()) {
      warn(diagnostics, path, "a task must be an object; skipped");
      continue;
    }
    ClickTask task;
    const std::string* article = string_member(v, "article");
    const std::string* clicked = string_member(v, "clicked");
    const Json* candidates = json_member(v, "candidates");
    const Json* now = json_member(v, "now");
    if (!article || !clicked || !candidates || !candidates->is_array() || !now ||
        !json_is_int64(*now)) {
      warn(diagnostics, path,
           "a task needs \"article\", \"clicked\" (strings), \"candidates\" (an array) and "
           "\"now\" (epoch seconds); skipped");
      continue;
    }
    task.article = *article;
    task.clicked = *clicked;
    task.now = now->get<std::int64_t>();
    for (const Json& c : *candidates)
      if (c.is_string()) task.candidates.push_back(c.get<std::string>());
    if (std::find(task.candidates.begin(), task.candidates.end(), task.clicked) ==
        task.candidates.end()) {
      warn(diagnostics, path + "/clicked", "the clicked id is not among the candidates; skipped");
      continue;
    }
    if (const Json* history = json_member(v, "history"); history && !history->is_null()) {
      Diagnostics history_diagnostics;
      task.history = history_from_value(*history, history_diagnostics);
      for (Diagnostic& d : history_diagnostics) {
        d.path = path + "/history" + d.path;
        diagnostics.push_back(std::move(d));
      }
    }
    tasks.push_back(std::move(task));
  }
  return tasks;
}

}  // namespace newsrail
