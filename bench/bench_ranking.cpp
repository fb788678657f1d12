// newsrail — Google Benchmark cases for the ranking core, on synthetic feeds of 100 to 50,000
// articles: index build, parse, Most Read, Read Next, the ticker, loading a packed feed and reading
// a snapshot.
//
// A measurement, never a test: nothing here passes or fails on time. Run it with bench/run.sh
// (pinned to one core). Each feed is generated, parsed and indexed once per size and shared by
// every case of that size; only the call named by a case is inside its timed region.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/feed_parser.h"
#include "newsrail/history.h"
#include "newsrail/model.h"
#include "newsrail/most_read.h"
#include "newsrail/pack.h"
#include "newsrail/read_next.h"
#include "newsrail/service.h"
#include "newsrail/snapshot.h"
#include "newsrail/synthetic_feed.h"
#include "newsrail/ticker.h"

namespace newsrail {
namespace {

constexpr std::uint64_t kSeed = 1;
constexpr std::size_t kHistoryEntries = 50;
// Read Next visits articles in this stride (prime, so every id of any size is reached in turn and
// consecutive calls touch unrelated parts of the index).
constexpr std::size_t kArticleStride = 7919;

// The default limits stop at 16 MiB and 20,000 items: a full-text synthetic feed of 10,000
// articles is ~38 MB. The benchmark measures the code, not the limits, so it lifts them.
ParseLimits BenchLimits() {
  ParseLimits limits;
  limits.max_feed_bytes = std::size_t{1} << 30;
  limits.max_items = 1000000;
  return limits;
}

// Everything the cases of one feed size share.
struct Fixture {
  std::string json;         // make_synthetic_feed output.
  std::string packed_json;  // pack_feed of the full index.
  std::string snapshot;     // write_snapshot of the packed feed's index (pack --format binary).
  FeedIndex index;          // Of the parsed full feed (index.feed() is the parsed Feed).
  std::vector<std::string> ids;
  ReadingHistory history;  // kHistoryEntries reads spread over the feed, before generated_at.
};

Feed ParseOrDie(const std::string& json) {
  FeedParseResult parsed = parse_feed(json, BenchLimits());
  if (!parsed.usable()) {
    std::fprintf(stderr, "newsrail_bench: a feed did not parse\n");
    std::abort();
  }
  return std::move(parsed.feed);
}

std::unique_ptr<Fixture> MakeFixture(std::size_t articles) {
  auto f = std::make_unique<Fixture>();
  SyntheticOptions options;
  options.articles = articles;
  options.seed = kSeed;
  f->json = make_synthetic_feed(options);
  f->index = FeedIndex(ParseOrDie(f->json));
  f->packed_json = pack_feed(f->index);
  f->snapshot = write_snapshot(FeedIndex(ParseOrDie(f->packed_json)));
  const Feed& feed = f->index.feed();
  f->ids.reserve(feed.items.size());
  for (const Article& a : feed.items) f->ids.push_back(a.id);
  const std::size_t n = feed.items.size();
  for (std::size_t k = 0; k < kHistoryEntries && k < n; ++k) {
    const Article& a = feed.items[(k * n) / kHistoryEntries];
    record_read(f->history, a,
                feed.generated_at - static_cast<Seconds>((kHistoryEntries - k) * 1800));
  }
  return f;
}

// Returns the fixture of `articles`, made on first use. Cases run one after another on the main
// thread, so no locking is needed.
const Fixture& GetFixture(std::size_t articles) {
  static std::map<std::size_t, std::unique_ptr<Fixture>> cache;
  std::unique_ptr<Fixture>& slot = cache[articles];
  if (!slot) slot = MakeFixture(articles);
  return *slot;
}

std::size_t Articles(const benchmark::State& state) {
  return static_cast<std::size_t>(state.range(0));
}

//-----------------------------------------------------------------------------
// Load: parse, index build, packed feed.
//-----------------------------------------------------------------------------

// FeedIndex construction from a parsed Feed. The Feed copy it consumes is made, and the index
// destroyed, with the timer paused.
void BM_IndexBuild(benchmark::State& state) {
  const Fixture& f = GetFixture(Articles(state));
  std::optional<FeedIndex> index;
  for (auto _ : state) {
    state.PauseTiming();
    index.reset();
    Feed copy = f.index.feed();
    state.ResumeTiming();
    index.emplace(std::move(copy));
    benchmark::DoNotOptimize(index->term_count());
  }
  // The loop has stopped the timer: what follows is not measured.
  state.counters["terms"] = static_cast<double>(index->term_count());
}

// parse_feed of the full JSON text (the result is destroyed with the timer paused).
void BM_ParseFeed(benchmark::State& state) {
  const Fixture& f = GetFixture(Articles(state));
  const ParseLimits limits = BenchLimits();
  std::optional<FeedParseResult> parsed;
  for (auto _ : state) {
    state.PauseTiming();
    parsed.reset();
    state.ResumeTiming();
    parsed.emplace(parse_feed(f.json, limits));
    benchmark::DoNotOptimize(parsed->feed.items.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(f.json.size()));
}

// What the widget does with a packed feed: parse_feed of the packed JSON, then the index build.
void BM_PackedParseAndIndex(benchmark::State& state) {
  const Fixture& f = GetFixture(Articles(state));
  const ParseLimits limits = BenchLimits();
  std::optional<FeedIndex> index;
  for (auto _ : state) {
    state.PauseTiming();
    index.reset();
    state.ResumeTiming();
    FeedParseResult parsed = parse_feed(f.packed_json, limits);
    index.emplace(std::move(parsed.feed));
    benchmark::DoNotOptimize(index->term_count());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(f.packed_json.size()));
}

// What the small module does with a snapshot: read_snapshot (verify, check, build the index from
// the stored counts). The index is destroyed with the timer paused.
void BM_SnapshotRead(benchmark::State& state) {
  const Fixture& f = GetFixture(Articles(state));
  std::optional<SnapshotReadResult> read;
  for (auto _ : state) {
    state.PauseTiming();
    read.reset();
    state.ResumeTiming();
    read.emplace(read_snapshot(f.snapshot));
    benchmark::DoNotOptimize(read->index->term_count());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(f.snapshot.size()));
  state.counters["bytes"] = static_cast<double>(f.snapshot.size());
}

// The index build alone on the packed feed (its Feed copy made with the timer paused).
void BM_PackedIndexBuild(benchmark::State& state) {
  const Fixture& f = GetFixture(Articles(state));
  const Feed packed = ParseOrDie(f.packed_json);
  std::optional<FeedIndex> index;
  for (auto _ : state) {
    state.PauseTiming();
    index.reset();
    Feed copy = packed;
    state.ResumeTiming();
    index.emplace(std::move(copy));
    benchmark::DoNotOptimize(index->term_count());
  }
}

//-----------------------------------------------------------------------------
// Rankings.
//-----------------------------------------------------------------------------

void RunMostRead(benchmark::State& state, bool trending) {
  const Fixture& f = GetFixture(Articles(state));
  const RankingOptions options;
  MostReadQuery query;  // Through the service, as every adapter ranks (now: generated_at).
  MostReadRequest& request = query.request;
  request.window = 86400;
  request.limit = 5;
  request.trending = trending;
  request.exclude = {f.ids[f.ids.size() / 2]};
  for (auto _ : state) {
    RankedList list = run(f.index, options, query).list;
    benchmark::DoNotOptimize(list.items.data());
  }
}

void BM_MostRead(benchmark::State& state) { RunMostRead(state, false); }
void BM_MostReadTrending(benchmark::State& state) { RunMostRead(state, true); }

// Read Next for a different article on every call; range(1) = history entries (0 or 50).
void BM_ReadNext(benchmark::State& state) {
  const Fixture& f = GetFixture(Articles(state));
  const RankingOptions options;
  const std::size_t n = f.ids.size();
  ReadNextQuery query;
  if (state.range(1) > 0) query.history = f.history;
  ReadNextRequest& request = query.request;
  request.limit = 4;
  std::size_t next = 0;
  for (auto _ : state) {
    request.article = f.ids[next];  // A short copy; small next to the ranking itself.
    next = (next + kArticleStride) % n;
    RankedList list = run(f.index, options, query).list;
    benchmark::DoNotOptimize(list.items.data());
  }
}

void BM_BreakingTicker(benchmark::State& state) {
  const Fixture& f = GetFixture(Articles(state));
  const RankingOptions options;
  const TickerQuery query;
  for (auto _ : state) {
    RankedList list = run(f.index, options, query).list;
    benchmark::DoNotOptimize(list.items.data());
  }
}

//-----------------------------------------------------------------------------
// Registration.
//-----------------------------------------------------------------------------

constexpr std::int64_t kSizes[] = {100, 1000, 10000, 50000};

void Sizes(benchmark::internal::Benchmark* b) {
  b->ArgName("articles");
  for (std::int64_t n : kSizes) b->Arg(n);
}

void SizesAndHistory(benchmark::internal::Benchmark* b) {
  b->ArgNames({"articles", "history"});
  for (std::int64_t n : kSizes)
    for (std::int64_t h : {std::int64_t{0}, std::int64_t{kHistoryEntries}}) b->Args({n, h});
}

BENCHMARK(BM_IndexBuild)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseFeed)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PackedParseAndIndex)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PackedIndexBuild)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SnapshotRead)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MostRead)->Apply(Sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MostReadTrending)->Apply(Sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReadNext)->Apply(SizesAndHistory)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BreakingTicker)->Apply(Sizes)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace newsrail

BENCHMARK_MAIN();
