// libFuzzer target: read_snapshot on arbitrary bytes (the seed corpus holds real snapshots, so
// mutations reach past the FlatBuffers verifier), then, when it accepts them, every question the
// widget asks (service_json.h's answer_json, as the small wasm module asks it) and a round trip.
//
// Invariants (a failure traps, so libFuzzer keeps the input):
//  - refused bytes give no index and exactly one error with a message and a JSON pointer;
//  - an accepted snapshot keeps the feed parser's promises: unique non-empty ids and titles,
//    valid UTF-8, http(s) or relative URLs, ascending view windows;
//  - rankings: at most `limit` items, real positions with their ids, no entry twice, finite
//    scores whose breakdown sums to the score; every answer is JSON;
//  - write_snapshot of the index read gives bytes read_snapshot accepts, with the same lists.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_check.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"
#include "newsrail/snapshot.h"
#include "newsrail/url.h"
#include "newsrail/utf8.h"

using namespace newsrail;
using newsrail::fuzz::check_ranked;

namespace {

void check_feed(const FeedIndex& index) {
  const Feed& f = index.feed();
  std::unordered_set<std::string> ids;
  for (const Article& a : f.items) {
    FUZZ_CHECK(!a.id.empty() && !a.title.empty());
    FUZZ_CHECK(ids.insert(a.id).second);
    FUZZ_CHECK(is_valid_utf8(a.id) && is_valid_utf8(a.title) && is_valid_utf8(a.summary));
    FUZZ_CHECK(a.url.empty() || is_safe_url(a.url));
    FUZZ_CHECK(a.image.url.empty() || is_safe_url(a.image.url));
    FUZZ_CHECK(a.reading_minutes >= 1);
    for (std::size_t k = 1; k < a.views.size(); ++k)
      FUZZ_CHECK(a.views[k - 1].window < a.views[k].window);
  }
  for (const BreakingItem& b : f.breaking) FUZZ_CHECK(b.url.empty() || is_safe_url(b.url));
}

// Asks every question the widget asks; returns the answers, one after another.
std::string ask_everything(const FeedIndex& index) {
  const RankingOptions options;
  std::string all;
  auto ask = [&](Question q, const nlohmann::json& request) {
    const std::string answer = answer_json(index, options, q, request.dump());
    FUZZ_CHECK(nlohmann::json::accept(answer));
    all += answer;
    return answer;
  };
  const std::string first = index.size() > 0 ? index.article(0).id : "x";
  const std::string last_title = index.size() > 0 ? index.article(index.size() - 1).title : "";
  ask(Question::kMostRead, {{"window", "24h"}});
  ask(Question::kMostRead, {{"window", "1h"}, {"exclude", {first}}, {"limit", 3}});
  ask(Question::kMostRead, {{"window", "7d"}, {"context", last_title}});
  const std::string history = ask(Question::kRecordRead, {{"article", first}});
  ask(Question::kReadNext,
      {{"article", first}, {"limit", 6}, {"history", nlohmann::json::parse(history)}});
  ask(Question::kReadNext, {{"article", "https://elsewhere.invalid/"}, {"context", last_title}});
  ask(Question::kTicker, nlohmann::json::object());

  // The same through the service's types, with the list invariants.
  const auto article_id = [&](std::size_t i) -> const std::string& { return index.article(i).id; };
  MostReadQuery most;
  check_ranked(run(index, options, most).list, most.request.limit, index.size(), article_id);
  ReadNextQuery next;
  next.request.article = first;
  check_ranked(run(index, options, next).list, next.request.limit, index.size(), article_id);
  TickerQuery ticker;
  check_ranked(run(index, options, ticker).list, ticker.request.limit, index.feed().breaking.size(),
               [&](std::size_t i) -> const std::string& { return index.feed().breaking[i].id; });
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  SnapshotReadResult read = read_snapshot(bytes);
  if (!read.index) {
    FUZZ_CHECK(read.diagnostics.size() == 1);
    FUZZ_CHECK(read.diagnostics[0].severity == Severity::kError);
    FUZZ_CHECK(!read.diagnostics[0].message.empty());
    FUZZ_CHECK(read.diagnostics[0].path.empty() || read.diagnostics[0].path[0] == '/');
    return 0;
  }
  FUZZ_CHECK(read.diagnostics.empty());
  check_feed(*read.index);
  const std::string answers = ask_everything(*read.index);

  // Round trip: what the index holds, written again, reads back to the same answers.
  SnapshotReadResult again = read_snapshot(write_snapshot(*read.index));
  FUZZ_CHECK(again.index.has_value());
  FUZZ_CHECK(ask_everything(*again.index) == answers);
  return 0;
}
