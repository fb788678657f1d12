#include <doctest/doctest.h>

#include "newsrail/feed_parser.h"
#include "newsrail/feed_writer.h"
#include "newsrail/synthetic_feed.h"

using namespace newsrail;

TEST_CASE("a written feed parses back to the same feed") {
  SyntheticOptions synth;
  synth.articles = 120;
  const FeedParseResult first = parse_feed(make_synthetic_feed(synth));
  REQUIRE(first.usable());
  const std::string written = feed_to_json(first.feed);
  const FeedParseResult second = parse_feed(written);
  REQUIRE(second.usable());
  CHECK(second.diagnostics.empty());
  REQUIRE(second.feed.items.size() == first.feed.items.size());
  for (std::size_t i = 0; i < first.feed.items.size(); ++i) {
    const Article& a = first.feed.items[i];
    const Article& b = second.feed.items[i];
    CAPTURE(a.id);
    CHECK(a.id == b.id);
    CHECK(a.title == b.title);
    CHECK(a.url == b.url);
    CHECK(a.text == b.text);
    CHECK(a.tags == b.tags);
    CHECK(a.published == b.published);
    CHECK(a.modified == b.modified);
    CHECK(a.section == b.section);
    CHECK(a.related == b.related);
    CHECK(a.recommend == b.recommend);
    CHECK(a.image.alt == b.image.alt);
    CHECK(a.reading_minutes == b.reading_minutes);
    REQUIRE(a.views.size() == b.views.size());
    for (std::size_t k = 0; k < a.views.size(); ++k) {
      CHECK(a.views[k].window == b.views[k].window);
      CHECK(a.views[k].views == b.views[k].views);
    }
  }
  REQUIRE(second.feed.breaking.size() == first.feed.breaking.size());
  CHECK(second.feed.breaking[0].text == first.feed.breaking[0].text);
  CHECK(second.feed.generated_at == first.feed.generated_at);
  CHECK(feed_to_json(second.feed) == written);
}
