// Tests of the synthetic feed generator: determinism, shape, and the realism ranking relies on.
// Parses with nlohmann directly (not the feed parser) so it only tests the generator.
#include "newsrail/synthetic_feed.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

using newsrail::make_synthetic_feed;
using newsrail::SyntheticOptions;
using nlohmann::json;

json parse(const std::string& text) { return json::parse(text, nullptr, false); }

SyntheticOptions with_articles(std::size_t articles) {
  SyntheticOptions options;
  options.articles = articles;
  return options;
}

// Returns UTC seconds of "YYYY-MM-DDTHH:MM:SSZ", or -1 when the text is not of that form.
std::int64_t utc_seconds(const std::string& text) {
  if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':' || text[19] != 'Z') {
    return -1;
  }
  auto number = [&](std::size_t at, std::size_t length) {
    std::int64_t value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::int64_t{-1};
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  std::int64_t y = number(0, 4);
  const std::int64_t m = number(5, 2), d = number(8, 2);
  const std::int64_t hh = number(11, 2), mm = number(14, 2), ss = number(17, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31 || hh < 0 || hh > 23 || mm < 0 || mm > 59 ||
      ss < 0 || ss > 59) {
    return -1;
  }
  y -= m <= 2;  // days_from_civil (H. Hinnant).
  const std::int64_t era = y / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const std::int64_t days = era * 146097 + doe - 719468;
  return days * 86400 + hh * 3600 + mm * 60 + ss;
}

std::size_t count_words(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool contains_any(const std::string& text, const std::vector<std::string>& needles) {
  for (const std::string& needle : needles) {
    if (text.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("synthetic feed: the same options give the same bytes") {
  CHECK(make_synthetic_feed(with_articles(300)) == make_synthetic_feed(with_articles(300)));

  SyntheticOptions options;
  options.articles = 123;
  options.seed = 0xDEADBEEFCAFEULL;
  options.now = 1700000000;
  options.breaking = 5;
  options.full_text = false;
  options.percent_spanish = 40;
  options.percent_arabic = 10;
  CHECK(make_synthetic_feed(options) == make_synthetic_feed(options));
}

TEST_CASE("synthetic feed: a different seed gives a different feed") {
  SyntheticOptions a = with_articles(200);
  SyntheticOptions b = a;
  b.seed = 2;
  CHECK(make_synthetic_feed(a) != make_synthetic_feed(b));
}

TEST_CASE("synthetic feed: item and breaking counts are exact") {
  for (std::size_t articles : {0, 1, 2, 7, 8, 9, 100, 1001}) {
    CAPTURE(articles);
    SyntheticOptions options = with_articles(articles);
    options.breaking = articles % 5;
    const json doc = parse(make_synthetic_feed(options));
    REQUIRE_FALSE(doc.is_discarded());
    CHECK(doc.at("items").size() == articles);
    CHECK(doc.at("_newsrail").at("breaking").size() == options.breaking);
  }
}

TEST_CASE("synthetic feed: document shape") {
  const SyntheticOptions options = with_articles(500);
  const json doc = parse(make_synthetic_feed(options));
  REQUIRE_FALSE(doc.is_discarded());
  CHECK(doc.at("version") == "https://jsonfeed.org/version/1.1");
  CHECK(doc.at("title") == "Synthetic News");
  CHECK(doc.at("home_page_url") == "https://example.com/");
  CHECK(doc.at("language") == "en");
  const json& extension = doc.at("_newsrail");
  CHECK(extension.at("generated_at") == "2025-06-26T18:00:00Z");
  CHECK(extension.at("sections").size() >= 8);
  CHECK(extension.at("sections").size() <= 12);
  CHECK(extension.at("regions").size() == 8);
  const std::set<std::string> sections = extension.at("sections").get<std::set<std::string>>();
  const std::set<std::string> regions = extension.at("regions").get<std::set<std::string>>();

  std::set<std::string> ids;
  int not_recommended = 0;
  for (const json& item : doc.at("items")) {
    const std::string id = item.at("id").get<std::string>();
    CAPTURE(id);
    CHECK(id.size() == 7);
    CHECK(id[0] == 'a');
    CHECK(ids.insert(id).second);
    CHECK_FALSE(item.at("title").get<std::string>().empty());
    CHECK(item.at("summary").is_string());
    CHECK(item.at("url").get<std::string>().rfind("https://example.com/", 0) == 0);
    CHECK(item.at("url").get<std::string>().size() > id.size());
    CHECK(item.at("url").get<std::string>().compare(
              item.at("url").get<std::string>().size() - id.size(), id.size(), id) == 0);
    const std::int64_t published = utc_seconds(item.at("date_published").get<std::string>());
    const std::int64_t modified = utc_seconds(item.at("date_modified").get<std::string>());
    CHECK(published >= options.now - 7 * 86400);
    CHECK(published <= options.now);
    CHECK(modified >= published);
    CHECK(modified <= options.now);
    CHECK(item.at("authors").size() >= 1);
    CHECK(item.at("tags").size() >= 2);
    CHECK(item.at("tags").size() <= 4);
    const std::string language = item.at("language").get<std::string>();
    CHECK((language == "en" || language == "es" || language == "ar"));

    const json& extra = item.at("_newsrail");
    CHECK(sections.count(extra.at("section").get<std::string>()) == 1);
    CHECK(regions.count(extra.at("region").get<std::string>()) == 1);
    const json& views = extra.at("views");
    const std::int64_t h1 = views.at("1h"), h6 = views.at("6h");
    const std::int64_t h24 = views.at("24h"), d7 = views.at("7d");
    CHECK(0 <= h1);
    CHECK(h1 <= h6);
    CHECK(h6 <= h24);
    CHECK(h24 <= d7);
    if (item.contains("image")) {
      CHECK(item.at("image") == "https://example.com/img/" + id + ".jpg");
      CHECK(extra.at("image_credit").get<std::string>().front() == '(');
      CHECK_FALSE(extra.at("image_alt").get<std::string>().empty());
    }
    if (extra.contains("recommend")) {
      CHECK(extra.at("recommend") == false);  // Only the sponsored ones say so.
      ++not_recommended;
    }
  }
  CHECK(ids.size() == 500);
  CHECK(not_recommended > 0);

  // Related ids point at other items of the feed.
  for (const json& item : doc.at("items")) {
    if (!item.at("_newsrail").contains("related")) continue;
    for (const json& related : item.at("_newsrail").at("related")) {
      CHECK(ids.count(related.get<std::string>()) == 1);
      CHECK(related != item.at("id"));
    }
  }

  // Breaking: b1..bN, published within the last three hours, some expired and some not.
  const json& breaking = extension.at("breaking");
  REQUIRE(breaking.size() == options.breaking);
  int expired = 0, live = 0;
  for (std::size_t b = 0; b < breaking.size(); ++b) {
    const json& item = breaking[b];
    CHECK(item.at("id") == "b" + std::to_string(b + 1));
    CHECK_FALSE(item.at("text").get<std::string>().empty());
    CHECK(item.at("url").get<std::string>().front() == '/');
    const std::int64_t published = utc_seconds(item.at("date_published").get<std::string>());
    CHECK(published >= options.now - 3 * 3600);
    CHECK(published <= options.now);
    const int priority = item.at("priority");
    CHECK(priority >= 0);
    CHECK(priority <= 2);
    if (item.contains("date_expires")) {
      const std::int64_t expires = utc_seconds(item.at("date_expires").get<std::string>());
      CHECK(expires > published);
      (expires < options.now ? expired : live) += 1;
    }
  }
  CHECK(expired > 0);
  CHECK(live > 0);
}

TEST_CASE("synthetic feed: the language mix follows the options") {
  SyntheticOptions options = with_articles(2000);
  options.percent_spanish = 20;
  options.percent_arabic = 30;
  const json doc = parse(make_synthetic_feed(options));
  std::map<std::string, int> counts;
  for (const json& item : doc.at("items")) ++counts[item.at("language").get<std::string>()];
  CHECK(counts["en"] == doctest::Approx(1000).epsilon(0.1));
  CHECK(counts["es"] == doctest::Approx(400).epsilon(0.1));
  CHECK(counts["ar"] == doctest::Approx(600).epsilon(0.1));

  options.percent_spanish = 0;
  options.percent_arabic = 100;
  const json arabic = parse(make_synthetic_feed(options));
  for (const json& item : arabic.at("items")) CHECK(item.at("language") == "ar");
}

TEST_CASE("synthetic feed: the languages carry their own script") {
  const json doc = parse(make_synthetic_feed(with_articles(1000)));
  bool spanish_accents = false, arabic_decoration = false, arabic_script = true;
  for (const json& item : doc.at("items")) {
    const std::string title = item.at("title").get<std::string>();
    if (item.at("language") == "es") {
      spanish_accents = spanish_accents || contains_any(title, {"á", "é", "í", "ó", "ú", "ñ"});
    }
    if (item.at("language") == "ar") {
      arabic_script = arabic_script && contains_any(title, {"\xD8", "\xD9"});
      // Tatweel U+0640, or tashkeel fatha/damma/kasra/shadda/sukun.
      arabic_decoration =
          arabic_decoration || contains_any(title, {"\xD9\x80", "\xD9\x8E", "\xD9\x8F", "\xD9\x90",
                                                    "\xD9\x91", "\xD9\x92"});
    }
  }
  CHECK(spanish_accents);
  CHECK(arabic_script);
  CHECK(arabic_decoration);
}

TEST_CASE("synthetic feed: articles come in stories, with reposts") {
  const json doc = parse(make_synthetic_feed(with_articles(1000)));
  const json& items = doc.at("items");

  // Some pair of items shares at least two tags (items of one story share the story's tags).
  std::map<std::pair<std::string, std::string>, int> tag_pairs;
  for (const json& item : items) {
    const std::vector<std::string> tags = item.at("tags").get<std::vector<std::string>>();
    for (std::size_t i = 0; i < tags.size(); ++i) {
      for (std::size_t j = i + 1; j < tags.size(); ++j) ++tag_pairs[{tags[i], tags[j]}];
    }
  }
  int shared = 0;
  for (const auto& entry : tag_pairs) shared += entry.second > 1;
  CHECK(shared > 50);

  // Roughly one story per eight articles: distinct (first two tags) sets, about 125.
  std::set<std::pair<std::string, std::string>> stories;
  for (const json& item : items) {
    stories.insert({item.at("tags")[0].get<std::string>(), item.at("tags")[1].get<std::string>()});
  }
  CHECK(stories.size() >= 100);
  CHECK(stories.size() <= 150);

  // Near-duplicate reposts: another id with the original's body, and its headline or one word off.
  std::map<std::string, std::vector<std::string>> titles_by_body;
  for (const json& item : items) {
    titles_by_body[item.at("content_text").get<std::string>()].push_back(item.at("title"));
  }
  int reposts = 0;
  for (const auto& entry : titles_by_body) {
    if (entry.second.size() < 2) continue;
    ++reposts;
    CHECK(entry.second.size() == 2);
  }
  CHECK(reposts >= 5);
  CHECK(reposts <= 40);

  // Summaries vary within a story: few are shared by articles that are not reposts.
  std::map<std::string, int> summaries;
  for (const json& item : items) ++summaries[item.at("summary").get<std::string>()];
  int shared_summaries = 0;
  for (const auto& entry : summaries) shared_summaries += entry.second > 1;
  CHECK(shared_summaries <= reposts + 5);
}

TEST_CASE("synthetic feed: views are heavy-tailed, decay with age, with fast risers") {
  SyntheticOptions options = with_articles(2000);
  const json doc = parse(make_synthetic_feed(options));
  std::vector<std::int64_t> totals;
  std::int64_t old_1h = 0, old_7d = 0, risers = 0;
  for (const json& item : doc.at("items")) {
    const json& views = item.at("_newsrail").at("views");
    const std::int64_t h1 = views.at("1h"), h24 = views.at("24h"), d7 = views.at("7d");
    totals.push_back(d7);
    const std::int64_t age =
        options.now - utc_seconds(item.at("date_published").get<std::string>());
    if (age > 3 * 86400) {
      old_1h += h1;
      old_7d += d7;
    }
    if (age >= 2 * 3600 && age <= 16 * 3600 && h1 * 100 >= h24 * 40) ++risers;
  }
  std::sort(totals.begin(), totals.end());
  CHECK(totals.back() >= 20 * totals[totals.size() / 2]);
  CHECK(old_1h * 200 < old_7d);  // Articles older than three days get little now.
  CHECK(risers >= 3);
}

TEST_CASE("synthetic feed: bodies only with full_text") {
  SyntheticOptions options = with_articles(200);
  const json full = parse(make_synthetic_feed(options));
  for (const json& item : full.at("items")) {
    const std::size_t words = count_words(item.at("content_text").get<std::string>());
    CHECK(words >= 150);
    CHECK(words <= 750);
  }
  options.full_text = false;
  const json brief = parse(make_synthetic_feed(options));
  REQUIRE(brief.at("items").size() == 200);
  for (const json& item : brief.at("items")) {
    CHECK_FALSE(item.contains("content_text"));
    CHECK_FALSE(item.at("summary").get<std::string>().empty());
  }
  // The rest of the feed is the same either way.
  for (std::size_t i = 0; i < 200; ++i) {
    CHECK(full.at("items")[i].at("title") == brief.at("items")[i].at("title"));
    CHECK(full.at("items")[i].at("_newsrail") == brief.at("items")[i].at("_newsrail"));
  }
}

TEST_CASE("synthetic feed: indent changes layout only") {
  SyntheticOptions options = with_articles(50);
  const std::string compact = make_synthetic_feed(options);
  options.indent = 2;
  const std::string pretty = make_synthetic_feed(options);
  CHECK(compact.find('\n') == std::string::npos);
  CHECK(pretty.find("\n  \"title\"") != std::string::npos);
  CHECK(parse(compact) == parse(pretty));
}

TEST_CASE("synthetic feed: 10,000 articles") {
  const std::string text = make_synthetic_feed(with_articles(10000));
  const json doc = parse(text);
  REQUIRE_FALSE(doc.is_discarded());
  CHECK(doc.at("items").size() == 10000);
  CHECK(doc.at("items")[0].at("id") == "a010000");  // Newest first; ids in publication order.
  CHECK(doc.at("items")[9999].at("id") == "a000001");
}
