// newsrail — the pack study: how much of Read Next and Most Read survives `newsrail pack`.
//
// Usage: newsrail_pack_study [--terms N] OUT_DIR FEED...
//   FEED is a JSON Feed file or "synth:N" (a synthetic feed of N articles, seed 1); --terms is
//   PackOptions::terms_per_item (default 24, as `newsrail pack --terms`).
//
// For each feed it writes OUT_DIR/<name>.full.json (the input bytes) and OUT_DIR/<name>.packed.json
// (pack_feed: what `newsrail pack` prints, less its final newline), ranks both with the same `now`
// (the feed's generated_at) and default options, and prints one tab-separated line: name, items,
// queries, full file, packed file, Read Next top-4 mean overlap, share of identical Read Next
// lists, Most Read top-5 mean overlap, share of identical Most Read lists, and the share of
// full / packed Read Next lists holding a same-story pair. bench/pack_study.sh adds the gzip sizes
// and prints the table.
//
// Read Next runs for every article of feeds up to kAllQueriesUpTo items, otherwise for the first
// kQueriesOfLargeFeeds; Most Read (24h, limit 5) runs once per queried article, excluding it (as
// on that article's page). Overlap is |A ∩ B| / limit, by id, order ignored; "identical" means
// the same ids in the same order. A "same-story pair" is a non-pinned item that read_next's own
// near-duplicate rule (cosine >= duplicate_similarity, or title Jaccard >= 0.75), applied with the
// FULL feed's vectors, would have left out next to an item above it: packed vectors are shorter,
// so story-mates can fall under the threshold and both be listed.
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/feed_parser.h"
#include "newsrail/history.h"
#include "newsrail/most_read.h"
#include "newsrail/pack.h"
#include "newsrail/ranked.h"
#include "newsrail/ranking_options.h"
#include "newsrail/read_next.h"
#include "newsrail/synthetic_feed.h"

namespace newsrail {
namespace {

constexpr std::size_t kAllQueriesUpTo = 1000;
constexpr std::size_t kQueriesOfLargeFeeds = 500;
constexpr std::size_t kReadNextLimit = 4;
constexpr std::size_t kMostReadLimit = 5;
constexpr double kDuplicateTitle = 0.75;  // As in read_next.cpp.
constexpr char kSynthPrefix[] = "synth:";

// A full-text synthetic feed of 10,000 articles is ~38 MB, over the default 16 MiB limit (which
// also stops `newsrail pack` on it); the study lifts the limits to measure the ranking.
ParseLimits StudyLimits() {
  ParseLimits limits;
  limits.max_feed_bytes = std::size_t{1} << 30;
  limits.max_items = 1000000;
  return limits;
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

// Returns the feed's name for the table and file names: "synth-N" or the file's base name.
std::string FeedName(const std::string& spec) {
  if (spec.rfind(kSynthPrefix, 0) == 0) return "synth-" + spec.substr(sizeof(kSynthPrefix) - 1);
  // "web/demo/feed.json" -> "demo-feed": the folder says more than the file name.
  const std::size_t slash = spec.find_last_of('/');
  std::string name = spec.substr(slash == std::string::npos ? 0 : slash + 1);
  if (const std::size_t dot = name.rfind('.'); dot != std::string::npos && dot > 0)
    name.resize(dot);
  if (slash != std::string::npos && slash > 0) {
    const std::size_t parent = spec.find_last_of('/', slash - 1);
    const std::size_t from = parent == std::string::npos ? 0 : parent + 1;
    if (slash > from) name = spec.substr(from, slash - from) + "-" + name;
  }
  return name;
}

std::optional<std::string> LoadFeedText(const std::string& spec) {
  if (spec.rfind(kSynthPrefix, 0) != 0) return ReadFile(spec);
  const std::string count = spec.substr(sizeof(kSynthPrefix) - 1);
  if (count.empty() || count.find_first_not_of("0123456789") != std::string::npos ||
      count.size() > 7)
    return std::nullopt;
  SyntheticOptions options;
  options.articles = std::stoul(count);
  options.seed = 1;
  return make_synthetic_feed(options);
}

std::optional<FeedIndex> Index(const std::string& json, const std::string& what) {
  FeedParseResult parsed = parse_feed(json, StudyLimits());
  if (!parsed.usable()) {
    std::fprintf(stderr, "newsrail_pack_study: %s: not usable\n", what.c_str());
    return std::nullopt;
  }
  if (!parsed.diagnostics.empty())
    std::fprintf(stderr, "newsrail_pack_study: %s: %zu warning(s)\n", what.c_str(),
                 parsed.diagnostics.size());
  return FeedIndex(std::move(parsed.feed));
}

std::vector<std::string> Ids(const RankedList& list) {
  std::vector<std::string> ids;
  ids.reserve(list.items.size());
  for (const RankedItem& item : list.items) ids.push_back(item.id);
  return ids;
}

// Mean overlap and share of identical lists over the queries seen so far.
class Agreement {
 public:
  explicit Agreement(std::size_t limit) : limit_(limit) {}

  void Add(std::vector<std::string> a, std::vector<std::string> b) {
    ++lists_;
    if (a == b) ++identical_;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    overlap_sum_ += static_cast<double>(common.size()) / static_cast<double>(limit_);
  }

  double MeanOverlap() const { return lists_ ? overlap_sum_ / static_cast<double>(lists_) : 0; }
  double IdenticalShare() const {
    return lists_ ? static_cast<double>(identical_) / static_cast<double>(lists_) : 0;
  }

 private:
  std::size_t limit_;
  std::size_t lists_ = 0;
  std::size_t identical_ = 0;
  double overlap_sum_ = 0;
};

// Returns true when a non-pinned item of `list` tells the same story as an item above it, judged
// on the vectors and title terms of `full` (items found by id).
bool HasSameStoryPair(const FeedIndex& full, const RankedList& list) {
  const double cosine_limit = ReadNextOptions{}.duplicate_similarity;
  std::vector<std::size_t> above;
  for (const RankedItem& item : list.items) {
    const std::optional<std::size_t> i = full.find(item.id);
    if (!i) continue;
    if (item.placement != Placement::kPinned) {
      for (std::size_t j : above) {
        if (cosine(full.indexed(*i).vector, full.indexed(j).vector) >= cosine_limit ||
            jaccard(full.indexed(*i).title_terms, full.indexed(j).title_terms) >= kDuplicateTitle)
          return true;
      }
    }
    above.push_back(*i);
  }
  return false;
}

bool Study(const std::string& spec, const std::string& out_dir, const PackOptions& pack_options) {
  const std::string name = FeedName(spec);
  const std::optional<std::string> full_json = LoadFeedText(spec);
  if (!full_json) {
    std::fprintf(stderr, "newsrail_pack_study: cannot read %s\n", spec.c_str());
    return false;
  }
  const std::optional<FeedIndex> full = Index(*full_json, name + " (full)");
  if (!full) return false;
  const std::string packed_json = pack_feed(*full, pack_options);
  const std::optional<FeedIndex> packed = Index(packed_json, name + " (packed)");
  if (!packed) return false;

  const std::string full_path = out_dir + "/" + name + ".full.json";
  const std::string packed_path = out_dir + "/" + name + ".packed.json";
  if (!WriteFile(full_path, *full_json) || !WriteFile(packed_path, packed_json)) {
    std::fprintf(stderr, "newsrail_pack_study: cannot write to %s\n", out_dir.c_str());
    return false;
  }

  const Seconds now = full->feed().generated_at;
  const std::size_t items = full->size();
  const std::size_t queries = items <= kAllQueriesUpTo ? items : kQueriesOfLargeFeeds;
  const ReadingHistory no_history;
  Agreement read_next_agreement(kReadNextLimit);
  Agreement most_read_agreement(kMostReadLimit);
  std::size_t full_pairs = 0;
  std::size_t packed_pairs = 0;
  for (std::size_t i = 0; i < queries; ++i) {
    const std::string& id = full->article(i).id;
    ReadNextRequest read_next_request;
    read_next_request.article = id;
    read_next_request.limit = kReadNextLimit;
    read_next_request.now = now;
    const RankedList from_full = read_next(*full, read_next_request, no_history);
    const RankedList from_packed = read_next(*packed, read_next_request, no_history);
    read_next_agreement.Add(Ids(from_full), Ids(from_packed));
    full_pairs += HasSameStoryPair(*full, from_full);
    packed_pairs += HasSameStoryPair(*full, from_packed);
    MostReadRequest most_read_request;
    most_read_request.limit = kMostReadLimit;
    most_read_request.exclude = {id};
    most_read_request.now = now;
    most_read_agreement.Add(Ids(most_read(*full, most_read_request)),
                            Ids(most_read(*packed, most_read_request)));
  }
  const double per_query = queries ? 1.0 / static_cast<double>(queries) : 0;
  std::printf("%s\t%zu\t%zu\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", name.c_str(), items,
              queries, full_path.c_str(), packed_path.c_str(), read_next_agreement.MeanOverlap(),
              read_next_agreement.IdenticalShare(), most_read_agreement.MeanOverlap(),
              most_read_agreement.IdenticalShare(), static_cast<double>(full_pairs) * per_query,
              static_cast<double>(packed_pairs) * per_query);
  std::fflush(stdout);
  return true;
}

}  // namespace
}  // namespace newsrail

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  newsrail::PackOptions pack_options;
  if (args.size() >= 2 && args[0] == "--terms") {
    const std::string& n = args[1];
    if (n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos ||
        std::stoul(n) == 0) {
      std::fprintf(stderr, "newsrail_pack_study: --terms needs a number from 1 to 9999\n");
      return 2;
    }
    pack_options.terms_per_item = std::stoul(n);
    args.erase(args.begin(), args.begin() + 2);
  }
  if (args.size() < 2) {
    std::fprintf(stderr,
                 "Usage: newsrail_pack_study [--terms N] OUT_DIR FEED...  (FEED: a file or "
                 "synth:N)\n");
    return 2;
  }
  std::printf(
      "feed\titems\tqueries\tfull\tpacked\tread_next_overlap\tread_next_identical\t"
      "most_read_overlap\tmost_read_identical\tfull_same_story\tpacked_same_story\n");
  int status = 0;
  for (std::size_t i = 1; i < args.size(); ++i)
    if (!newsrail::Study(args[i], args[0], pack_options)) status = 1;
  return status;
}
