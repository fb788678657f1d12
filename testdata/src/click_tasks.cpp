// newsrail — simulated readers and their clicks (click_tasks.h).
#include "newsrail/click_tasks.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace newsrail {
namespace {

constexpr Seconds kDay = 86400;

class Draw {
 public:
  explicit Draw(std::uint64_t seed) : rng_(seed) {}
  double uniform() { return static_cast<double>(rng_() >> 11) * 0x1.0p-53; }  // [0, 1)
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(rng_() % n) : 0; }
  // An index of `items` drawn with probability weight[items[k]] / their sum.
  std::size_t weighted(const std::vector<std::size_t>& items, const std::vector<double>& weight) {
    double total = 0;
    for (std::size_t i : items) total += weight[i];
    double x = uniform() * total;
    for (std::size_t k = 0; k < items.size(); ++k) {
      x -= weight[items[k]];
      if (x < 0) return k;
    }
    return items.size() - 1;
  }

 private:
  std::mt19937_64 rng_;
};

struct Interest {
  bool section = false;  // A section; else a tag.
  std::string label;
};

bool matches(const Article& a, const std::vector<Interest>& interests) {
  for (const Interest& in : interests) {
    if (in.section ? a.section == in.label
                   : std::find(a.tags.begin(), a.tags.end(), in.label) != a.tags.end())
      return true;
  }
  return false;
}

bool shares_tag(const Article& a, const Article& b) {
  for (const std::string& t : a.tags)
    if (std::find(b.tags.begin(), b.tags.end(), t) != b.tags.end()) return true;
  return false;
}

}  // namespace

std::vector<ClickTask> make_click_tasks(const Feed& feed, const ClickTaskOptions& options,
                                        std::vector<std::vector<double>>* click_weights) {
  std::vector<ClickTask> tasks;
  if (click_weights) click_weights->clear();
  const std::vector<Article>& items = feed.items;
  if (items.size() < 2 || options.candidates == 0) return tasks;
  Draw draw(options.seed);
  std::vector<double> popularity(items.size());
  std::vector<std::size_t> all(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const double views =
        static_cast<double>(std::max<std::int64_t>(views_in_window(items[i], kDay), 0));
    popularity[i] = std::pow(1 + views, options.popularity_bias);
    all[i] = i;
  }
  const std::size_t min_reads = std::max<std::size_t>(options.min_reads, 1);
  const std::size_t max_reads = std::max(options.max_reads, min_reads);
  std::vector<std::size_t> matching, reads, pool, shown;
  std::vector<double> click_weight(items.size(), 0);
  for (std::size_t attempt = 0; tasks.size() < options.tasks && attempt < options.tasks * 5;
       ++attempt) {
    // The reader's interests: sections or tags of articles picked by popularity.
    std::vector<Interest> interests;
    const std::size_t want = 1 + draw.below(3);
    while (interests.size() < want) {
      const Article& a = items[all[draw.weighted(all, popularity)]];
      Interest in;
      in.section = a.tags.empty() || draw.uniform() < 0.5;
      in.label = in.section ? a.section : a.tags[draw.below(a.tags.size())];
      const bool known = std::any_of(interests.begin(), interests.end(), [&](const Interest& o) {
        return o.section == in.section && o.label == in.label;
      });
      if (!known)
        interests.push_back(std::move(in));
      else if (draw.uniform() < 0.2)
        break;  // A narrow reader: fewer interests than wanted.
    }
    matching.clear();
    for (std::size_t i = 0; i < items.size(); ++i)
      if (matches(items[i], interests)) matching.push_back(i);

    // What they read, mostly from their interests, leaning to popular articles.
    const std::size_t count = min_reads + draw.below(max_reads - min_reads + 1);
    reads.clear();
    for (std::size_t tries = 0; reads.size() < count && tries < count * 10; ++tries) {
      const bool interested = !matching.empty() && draw.uniform() < options.interest_reads;
      const std::vector<std::size_t>& from = interested ? matching : all;
      const std::size_t i = from[draw.weighted(from, popularity)];
      if (std::find(reads.begin(), reads.end(), i) == reads.end()) reads.push_back(i);
    }
    std::sort(reads.begin(), reads.end(), [&](std::size_t a, std::size_t b) {
      return items[a].published != items[b].published ? items[a].published < items[b].published
                                                      : a < b;
    });
    ClickTask task;
    Seconds t = 0;
    for (std::size_t i : reads) {
      const Article& a = items[i];
      t = std::max(t + 60, a.published + 300 + static_cast<Seconds>(draw.below(7200)));
      task.history.entries.push_back({a.id, t, a.section, a.tags});
    }
    const Article& current = items[reads.back()];
    task.article = current.id;
    task.now = t + 60;

    // Shown: candidates from the day before the click, none read.
    pool.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Article& a = items[i];
      if (!a.recommend || a.published > task.now || task.now - a.published > kDay) continue;
      if (std::find(reads.begin(), reads.end(), i) != reads.end()) continue;
      pool.push_back(i);
    }
    if (pool.size() < options.candidates) continue;
    for (std::size_t k = 0; k < options.candidates; ++k)  // A partial Fisher-Yates shuffle.
      std::swap(pool[k], pool[k + draw.below(pool.size() - k)]);
    shown.assign(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(options.candidates));

    // The click.
    for (std::size_t i : shown) {
      const Article& a = items[i];
      const double interest = matches(a, interests) ? 1 + options.interest_boost : 1;
      const double context = 1 + (a.section == current.section ? options.section_boost : 0) +
                             (shares_tag(a, current) ? options.tag_boost : 0);
      click_weight[i] = interest * context * popularity[i];
    }
    task.clicked = items[shown[draw.weighted(shown, click_weight)]].id;
    std::sort(shown.begin(), shown.end());  // Shown in feed order: no position hint.
    for (std::size_t i : shown) task.candidates.push_back(items[i].id);
    if (click_weights) {
      click_weights->emplace_back();
      for (std::size_t i : shown) click_weights->back().push_back(click_weight[i]);
    }
    tasks.push_back(std::move(task));
  }
  return tasks;
}

}  // namespace newsrail
