// newsrail — the pack study: how much of Read Next and Most Read survives `newsrail pack`.
//
// Usage: newsrail_pack_study OUT_DIR FEED...
//   FEED is a JSON Feed file or "synth:N" (a synthetic feed of N articles, seed 1).
//
// For each feed it writes OUT_DIR/<name>.full.json (the input bytes) and OUT_DIR/<name>.packed.json
// (pack_feed with the default options: what `newsrail pack` prints, less its final newline), ranks
// both with the same `now` (the feed's generated_at) and default options, and prints one
// tab-separated line: name, items, queries, full file, packed file, Read Next top-4 mean overlap,
// share of identical Read Next lists, Most Read top-5 mean overlap, share of identical Most Read
// lists. bench/pack_study.sh adds the gzip sizes and prints the table.
//
// Read Next runs for every article of feeds up to kAllQueriesUpTo items, otherwise for the first
// kQueriesOfLargeFeeds; Most Read (24h, limit 5) runs once per queried article, excluding it (as
// on that article's page). Overlap is |A ∩ B| / limit, by id, order ignored; "identical" means
// the same ids in the same order.
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
#include "newsrail/read_next.h"
#include "newsrail/synthetic_feed.h"

namespace newsrail {
namespace {

constexpr std::size_t kAllQueriesUpTo = 1000;
constexpr std::size_t kQueriesOfLargeFeeds = 500;
constexpr std::size_t kReadNextLimit = 4;
constexpr std::size_t kMostReadLimit = 5;
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
  std::string name = spec.substr(spec.find_last_of('/') + 1);
  if (const std::size_t dot = name.rfind('.'); dot != std::string::npos && dot > 0)
    name.resize(dot);
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

bool Study(const std::string& spec, const std::string& out_dir) {
  const std::string name = FeedName(spec);
  const std::optional<std::string> full_json = LoadFeedText(spec);
  if (!full_json) {
    std::fprintf(stderr, "newsrail_pack_study: cannot read %s\n", spec.c_str());
    return false;
  }
  const std::optional<FeedIndex> full = Index(*full_json, name + " (full)");
  if (!full) return false;
  const std::string packed_json = pack_feed(*full);
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
  for (std::size_t i = 0; i < queries; ++i) {
    const std::string& id = full->article(i).id;
    ReadNextRequest read_next_request;
    read_next_request.article = id;
    read_next_request.limit = kReadNextLimit;
    read_next_request.now = now;
    read_next_agreement.Add(Ids(read_next(*full, read_next_request, no_history)),
                            Ids(read_next(*packed, read_next_request, no_history)));
    MostReadRequest most_read_request;
    most_read_request.limit = kMostReadLimit;
    most_read_request.exclude = {id};
    most_read_request.now = now;
    most_read_agreement.Add(Ids(most_read(*full, most_read_request)),
                            Ids(most_read(*packed, most_read_request)));
  }
  std::printf("%s\t%zu\t%zu\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\n", name.c_str(), items, queries,
              full_path.c_str(), packed_path.c_str(), read_next_agreement.MeanOverlap(),
              read_next_agreement.IdenticalShare(), most_read_agreement.MeanOverlap(),
              most_read_agreement.IdenticalShare());
  std::fflush(stdout);
  return true;
}

}  // namespace
}  // namespace newsrail

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "Usage: newsrail_pack_study OUT_DIR FEED...  (FEED: a file or synth:N)\n");
    return 2;
  }
  const std::string out_dir = argv[1];
  std::printf(
      "feed\titems\tqueries\tfull\tpacked\tread_next_overlap\tread_next_identical\t"
      "most_read_overlap\tmost_read_identical\n");
  int status = 0;
  for (int i = 2; i < argc; ++i)
    if (!newsrail::Study(argv[i], out_dir)) status = 1;
  return status;
}
