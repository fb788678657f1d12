#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newsrail/same_story.h"
#include "newsrail/ticker.h"

using namespace newsrail;

namespace {

constexpr Seconds kNow = 1750960800;  // 2025-06-26T18:00:00Z

BreakingItem line(std::string id, std::string text, Seconds published, Seconds expires = 0,
                  int priority = 0) {
  BreakingItem b;
  b.id = std::move(id);
  b.text = std::move(text);
  b.published = published;
  b.expires = expires;
  b.priority = priority;
  return b;
}

Feed feed_of(std::vector<BreakingItem> lines) {
  Feed f;
  f.language = "en";
  f.generated_at = kNow;
  f.breaking = std::move(lines);
  return f;
}

std::vector<std::string> ids(const RankedList& list) {
  std::vector<std::string> out;
  for (const RankedItem& i : list.items) out.push_back(i.id);
  return out;
}

}  // namespace

TEST_CASE("a line is gone exactly at its expiry and shown one second before") {
  const Feed f = feed_of({line("at", "Storm closes the harbour", kNow - 60, kNow),
                          line("before", "Bridge reopens after repairs", kNow - 60, kNow + 1)});
  CHECK(ids(breaking_ticker(f, {10, kNow})) == std::vector<std::string>{"before"});
}

TEST_CASE("a line without expiry lives for the default lifetime") {
  const Seconds life = TickerOptions{}.default_lifetime;
  const Feed f = feed_of({line("old", "Storm closes the harbour", kNow - life),
                          line("young", "Bridge reopens after repairs", kNow - life + 1)});
  CHECK(ids(breaking_ticker(f, {10, kNow})) == std::vector<std::string>{"young"});

  TickerOptions longer;
  longer.default_lifetime = life + 10;
  CHECK(ids(breaking_ticker(f, {10, kNow}, longer)) == std::vector<std::string>{"young", "old"});
}

TEST_CASE("lines dated up to the future tolerance ahead show, later ones wait") {
  const Seconds tolerance = TickerOptions{}.future_tolerance;
  const Feed f = feed_of({line("soon", "Storm closes the harbour", kNow + tolerance),
                          line("later", "Bridge reopens after repairs", kNow + tolerance + 1)});
  CHECK(ids(breaking_ticker(f, {10, kNow})) == std::vector<std::string>{"soon"});
}

TEST_CASE("the ticker takes now as given, not the feed's generated_at") {
  // The service resolves 0 to the feed's generated_at (unit-service.cpp); breaking_ticker() does
  // not.
  Feed f = feed_of({line("a", "Storm closes the harbour", kNow - 60, kNow + 60)});
  CHECK(breaking_ticker(f, {10, kNow}).items.size() == 1);
  CHECK(breaking_ticker(f, {10, 0}).items.empty());
  CHECK(breaking_ticker(f, {10, kNow + 120}).items.empty());
}

TEST_CASE("lines order by priority, then newest, then id") {
  const Feed f = feed_of({line("old-low", "Storm closes the harbour", kNow - 300),
                          line("new-low", "Bridge reopens after repairs", kNow - 100),
                          line("old-high", "Minister resigns over scandal", kNow - 500, 0, 2),
                          line("b-tie", "Markets fall sharply at the open", kNow - 100),
                          line("a-tie", "Rail strike called for Friday", kNow - 100)});
  const RankedList r = breaking_ticker(f, {10, kNow});
  CHECK(ids(r) == std::vector<std::string>{"old-high", "a-tie", "b-tie", "new-low", "old-low"});
  REQUIRE(r.items.size() == 5);
  CHECK(r.items[0].index == 2);
  CHECK(r.items[0].score == 2);
  REQUIRE(r.items[0].breakdown.size() == 1);
  CHECK(r.items[0].breakdown[0].name == "priority");
  CHECK(r.items[0].breakdown[0].value == 2);
  CHECK(r.items[0].placement == Placement::kScored);
}

TEST_CASE("near-duplicate lines fold into the higher-ranked one") {
  const Feed f = feed_of({
      line("first", "Earthquake strikes northern Japan", kNow - 600),
      line("update", "BREAKING: earthquake strikes northern Japan", kNow - 60),
      line("other", "Rail strike called for Friday", kNow - 300),
      line("same-text", "breaking - Earthquake strikes northern Japan!", kNow - 900),
  });
  const RankedList r = breaking_ticker(f, {10, kNow});
  CHECK(ids(r) == std::vector<std::string>{"update", "other"});
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].collapsed == std::vector<std::string>{"first", "same-text"});
  CHECK(r.items[1].collapsed.empty());
}

TEST_CASE("lines with identical normalised text fold even without shared terms") {
  const Feed f = feed_of({line("a", "!!!", kNow - 60), line("b", "?!?", kNow - 120)});
  TickerOptions strict;
  strict.duplicate_text_similarity = 1.0;
  const RankedList r = breaking_ticker(f, {10, kNow}, strict);
  // Both normalise to "" (punctuation only): empty text is never "the same line".
  CHECK(ids(r) == std::vector<std::string>{"a", "b"});

  // Only stop words: no terms, but the same normalised text.
  const Feed g = feed_of(
      {line("a", "It is what it is", kNow - 60), line("b", "it IS... what it is!", kNow - 120)});
  const RankedList s = breaking_ticker(g, {10, kNow}, strict);
  CHECK(ids(s) == std::vector<std::string>{"a"});
  CHECK(s.items.at(0).collapsed == std::vector<std::string>{"b"});
}

TEST_CASE("the ticker shows at most limit lines") {
  const Feed f = feed_of({line("a", "Storm closes the harbour", kNow - 10),
                          line("b", "Bridge reopens after repairs", kNow - 20),
                          line("c", "Minister resigns over scandal", kNow - 30)});
  CHECK(ids(breaking_ticker(f, {2, kNow})) == std::vector<std::string>{"a", "b"});
  CHECK(breaking_ticker(f, {0, kNow}).items.empty());
  CHECK(breaking_ticker(feed_of({}), {10, kNow}).items.empty());
}

TEST_CASE("the ticker folds exactly the lines same_story() joins, with its option") {
  const Feed f = feed_of({
      line("first", "Earthquake strikes northern Japan", kNow - 600),
      line("update", "BREAKING: earthquake strikes northern Japan", kNow - 60),
      line("tsunami", "Tsunami warning after earthquake in northern Japan", kNow - 30),
      line("other", "Rail strike called for Friday", kNow - 300),
  });
  for (const double threshold : {0.75, 0.5, 0.3, 1.0}) {
    TickerOptions o;
    o.duplicate_text_similarity = threshold;
    const RankedList r = breaking_ticker(f, {10, kNow}, o);
    for (const RankedItem& kept : r.items) {
      const LineTerms k = line_terms(f.breaking[kept.index].text, f.language);
      for (const std::string& id : kept.collapsed)
        for (const BreakingItem& b : f.breaking)
          if (b.id == id) CHECK(same_story(k, line_terms(b.text, f.language), threshold));
      for (const RankedItem& other : r.items)
        if (other.index != kept.index)
          CHECK_FALSE(
              same_story(k, line_terms(f.breaking[other.index].text, f.language), threshold));
    }
  }
  TickerOptions loose;
  loose.duplicate_text_similarity = 0.3;
  CHECK(ids(breaking_ticker(f, {10, kNow}, loose)) == std::vector<std::string>{"tsunami", "other"});
}
