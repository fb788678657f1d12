#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fixtures.h"
#include "newsrail/feed_index.h"
#include "newsrail/normalize.h"
#include "newsrail/tokenize.h"

using namespace newsrail;
using namespace newsrail::fixtures;

TEST_CASE("every article gets a unit-length TF-IDF vector and postings that point back") {
  const FeedIndex index(feed({article("a", "Armenia Azerbaijan summit", "Politics", {"Armenia"}),
                              article("b", "Oil prices fall", "Economy", {"Oil"}),
                              article("c", "Armenia votes", "Politics", {})}));
  REQUIRE(index.size() == 3);
  for (std::size_t i = 0; i < index.size(); ++i) {
    double norm = 0;
    for (const TermWeight& t : index.indexed(i).vector) norm += t.weight * t.weight;
    CHECK(norm == doctest::Approx(1.0));
    CHECK(cosine(index.indexed(i).vector, index.indexed(i).vector) == doctest::Approx(1.0));
  }
  const auto armenia = index.term_id("armenia");
  REQUIRE(armenia.has_value());
  CHECK(index.postings(*armenia).size() == 2);
  const auto oil = index.term_id("oil");
  REQUIRE(oil.has_value());
  CHECK(index.idf(*oil) > index.idf(*armenia));  // rarer = stronger
  CHECK(cosine(index.indexed(0).vector, index.indexed(1).vector) == 0);
  CHECK(cosine(index.indexed(0).vector, index.indexed(2).vector) > 0);
}

TEST_CASE("sections, regions and tags are compared without case or accents") {
  Article a = article("a", "T", "Política", {"Elección", "MÉXICO"});
  a.region = "América Latina";
  const FeedIndex index(feed({a}));
  CHECK(index.label_id("politica") == index.indexed(0).section);
  CHECK(index.label_id("POLÍTICA") == index.indexed(0).section);
  CHECK(index.label_id("america latina") == index.indexed(0).region);
  CHECK(index.label_id("Unknown") == -1);
  CHECK(index.indexed(0).tags.size() == 2);
  CHECK(index.tag_idf(index.label_id("eleccion")) > 0);
}

TEST_CASE("articles are found by id and by URL in its usual spellings") {
  Article a = article("x1", "T");
  a.url = "https://www.news.example/politics/x1?ref=home";
  Article b = article("x2", "T");
  b.url = "/relative/x2/";
  const FeedIndex index(feed({a, b}));
  CHECK(index.find("x1") == 0u);
  CHECK(index.find("https://news.example/politics/x1?ref=home") == 0u);
  CHECK(index.find("http://www.news.example/politics/x1?ref=home#top") == 0u);
  CHECK(index.find("/politics/x1?ref=home") == 0u);
  CHECK(index.find("https://news.example/relative/x2") == 1u);
  CHECK(index.find("/relative/x2") == 1u);
  CHECK(index.find("/politics/x1") == 0u);  // no exact match: the path alone is x1's only
  CHECK_FALSE(index.find("").has_value());
  CHECK_FALSE(index.find("/").has_value());
}

TEST_CASE("a shared link's tracking parameters and fragment do not hide the article") {
  Article a = article("bike-lanes", "T");
  a.url = "https://courier.example/news/politics/main-street-bike-lanes.html";
  Article b = article("budget", "T");
  b.url = "/news/politics/budget/";
  const FeedIndex index(feed({a, b}));
  for (const char* url :
       {"https://courier.example/news/politics/main-street-bike-lanes.html?utm_source=facebook",
        "/news/politics/main-street-bike-lanes.html?utm_source=facebook#comments",
        "https://www.courier.example/news/politics/main-street-bike-lanes.html"
        "?utm_source=x&utm_medium=social&UTM_Campaign=y&fbclid=IwAR0&gclid=1&mc_cid=2&mc_eid=3",
        "https://courier.example/news/politics/main-street-bike-lanes.html?",
        "https://courier.example/news/politics/main-street-bike-lanes.html?&",
        "https://courier.example/news/politics/main-street-bike-lanes.html?fbclid=1&",
        "https://courier.example/news/politics/main-street-bike-lanes.html#comments",
        "https://courier.example/news/politics/main-street-bike-lanes.html?page=2",
        "https://courier.example/news/politics/main-street-bike-lanes.html?amp=1&igshid=abc"}) {
    CAPTURE(url);
    CHECK(index.find(url) == 0u);
  }
  CHECK(index.find("/news/politics/budget?utm_source=newsletter&utm_medium=email") == 1u);
  CHECK(index.find("/news/politics/budget/?ref_src=twsrc") == 1u);
  CHECK_FALSE(index.find("/news/politics/other.html?utm_source=facebook").has_value());
  CHECK_FALSE(index.find("?utm_source=facebook").has_value());
}

TEST_CASE("item URLs whose query names the article keep their items apart") {
  Article a = article("a12", "T");
  a.url = "https://paper.example/article.php?id=12";
  Article b = article("a13", "T");
  b.url = "https://paper.example/article.php?id=13";
  Article c = article("c", "T");
  c.url = "https://paper.example/story?utm_source=rss";  // the feed's own tracking: ignored too
  const FeedIndex index(feed({a, b, c}));
  CHECK(index.find("https://paper.example/article.php?id=12") == 0u);
  CHECK(index.find("https://paper.example/article.php?id=13") == 1u);
  CHECK(index.find("https://paper.example/article.php?id=12&utm_source=x") == 0u);
  CHECK(index.find("https://paper.example/article.php?utm_source=x&id=13#top") == 1u);
  CHECK(index.find("/article.php?fbclid=9&id=12&") == 0u);
  // The path alone is ambiguous: no match rather than a guess.
  CHECK_FALSE(index.find("https://paper.example/article.php").has_value());
  CHECK_FALSE(index.find("https://paper.example/article.php?id=14").has_value());
  CHECK_FALSE(index.find("https://paper.example/article.php?utm_source=x").has_value());
  CHECK(index.find("https://paper.example/story") == 2u);
  CHECK(index.find("https://paper.example/story?utm_source=twitter") == 2u);
}

TEST_CASE("percent-encoding case does not break a URL match") {
  Article a = article("a", "T");
  a.url = "https://news.example/caf%C3%A9/r%C3%A9sum%C3%A9?q=a%2Fb";
  Article b = article("b", "T");
  b.url = "https://news.example/%7Euser/page";
  const FeedIndex index(feed({a, b}));
  CHECK(index.find("https://news.example/caf%c3%a9/r%c3%a9sum%c3%a9?q=a%2fb") == 0u);
  CHECK(index.find("https://news.example/caf%c3%a9/r%c3%a9sum%c3%a9?q=a%2fb&utm_term=x") == 0u);
  CHECK(index.find("https://news.example/~user/page") == 1u);  // %7E is "~"
}

TEST_CASE("view windows: the feed's windows, their maxima, and the nearest to a request") {
  Article a = article("a", "T");
  a.views = {{kHour, 5}, {kDay, 50}};
  Article b = article("b", "T");
  b.views = {{kHour, 9}, {7 * kDay, 700}};
  const FeedIndex index(feed({a, b}));
  CHECK(index.windows() == std::vector<Seconds>{kHour, kDay, 7 * kDay});
  CHECK(index.max_views(kHour) == 9);
  CHECK(index.max_views(6 * kHour) == 0);
  CHECK(index.nearest_window(kDay) == kDay);
  CHECK(index.nearest_window(6 * kHour) == kDay);  // 4x away from 24h, 6x from 1h
  CHECK(index.nearest_window(30 * kDay) == 7 * kDay);
  CHECK(index.nearest_window(60) == kHour);
  const FeedIndex none(feed({article("z", "T")}));
  CHECK(index.nearest_window(0) == kHour);
}

TEST_CASE("free text is vectorised against the feed's vocabulary") {
  const FeedIndex index(feed({article("a", "Armenia Azerbaijan summit", "Politics"),
                              article("b", "Oil prices fall", "Economy")}));
  const auto v = index.vectorize("The summit on Armenia, and unknownword", "en");
  CHECK(v.size() == 2);
  CHECK(cosine(v, index.indexed(0).vector) > 0.5);
  CHECK(cosine(v, index.indexed(1).vector) == 0);
  CHECK(index.vectorize("", "en").empty());
}

TEST_CASE("a packed article's terms stand in for its text") {
  Article full = article("a", "Summit", "Politics", {}, 1, 0, "peace treaty peace treaty border");
  Article packed = article("b", "Summit", "Politics");
  packed.terms = {{"summit", 3}, {"peace", 2}, {"treaty", 2}, {"border", 1}};  // title x3 + body
  const FeedIndex index(feed({full, packed}));
  CHECK(cosine(index.indexed(0).vector, index.indexed(1).vector) == doctest::Approx(1.0));
  CHECK(index.indexed(0).counts.size() == 4);
  CHECK(index.indexed(1).title_terms.size() == 1);  // the title is still read for duplicates
}

TEST_CASE("fuzz regression: packed weights as small as 1e-40 still give a unit vector") {
  // fuzz_snapshot found it (tests/fuzz/corpus/snapshot/regression-tiny-weights.nrs), and a packed
  // JSON feed reaches it too: 1 / norm overflowed float, every weight became inf, and Read Next's
  // text score NaN.
  Article a = article("a", "Harbour vote", "Politics");
  a.terms = {{"harbour", 3}, {"vote", 2}};
  Article b = article("b", "Terminal", "Economy");
  b.terms = {{"harbour", 1e-40f}, {"termin", 2e-40f}};
  const FeedIndex index(feed({a, b}));
  double norm = 0;
  for (const TermWeight& t : index.indexed(1).vector) {
    CHECK(std::isfinite(t.weight));
    norm += static_cast<double>(t.weight) * t.weight;
  }
  CHECK(norm == doctest::Approx(1.0));
  CHECK(std::isfinite(cosine(index.indexed(0).vector, index.indexed(1).vector)));
}

TEST_CASE("jaccard of sorted id lists") {
  CHECK(jaccard({1, 2, 3}, {2, 3, 4}) == doctest::Approx(0.5));
  CHECK(jaccard({}, {}) == 0);
  CHECK(jaccard({1}, {1}) == 1);
}

TEST_CASE("an article's terms do not depend on the language of the articles before it") {
  // "de" is a Spanish stop word, not an English one: it must be a term of the English article
  // whichever comes first (the per-build token memo once keyed languages by their first letter).
  Article es = article("es", "La cumbre de Madrid", "Politics");
  es.language = "es";
  Article en = article("en", "Madrid de facto summit", "Politics");
  const FeedIndex es_first(feed({es, en}));
  const FeedIndex en_first(feed({en, es}));
  CHECK(es_first.term_id("de").has_value());
  CHECK(en_first.term_id("de").has_value());
  CHECK(es_first.indexed(1).title_terms.size() == en_first.indexed(0).title_terms.size());
  CHECK(es_first.indexed(0).title_terms.size() == en_first.indexed(1).title_terms.size());
}

TEST_CASE("the index counts the terms terms_for_matching gives, field by field, in en/es/ar") {
  // A body longer than the 400 tokens the index reads: "zanzibar" comes after them.
  std::string body;
  for (int i = 0; i < 130; ++i) body += "Los precios\xC2\xA0subieron un 3,5% en Madrid. ";
  body += "Zanzibar";
  std::vector<Article> items = {
      article("en", "Council DELAYS the harbour budget vote", "Politics", {"City council"}, 1, 0,
              "The council's vote, set for 2025, was postponed: \"we need time\"\xE2\x80\x94 "
              "officials said. Budgets, policies and strikes."),
      article("es", "¿Qué pasó con la ELECCIÓN en España?", "Política", {"Elecciones"}, 1, 0, body),
      article("ar", "قَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ مُسْتَمِرَّةٌ", "سياسة", {"المفاوضات"}, 1, 0,
              "وصل الوفد إلى القاهرة، وقال إن الاجتماعات ستستمر حتى ١٥ يونيو. ﻻ تعليق.")};
  items[1].language = "es";
  items[1].summary = "Las elecciones de Perú y de Chile";
  items[2].language = "ar";
  const FeedIndex index(feed(items));

  for (std::size_t i = 0; i < index.size(); ++i) {
    const Article& a = index.article(i);
    CAPTURE(a.id);
    std::map<std::string, float> expected;
    auto add = [&](std::string_view text, float weight) {
      for (const std::string& term : terms_for_matching(text, a.language)) expected[term] += weight;
    };
    add(a.title, 3);
    for (const std::string& tag : a.tags) add(tag, 3);
    add(a.summary, 2);
    std::vector<std::string> tokens = tokenize(normalize_for_match(a.text));
    if (tokens.size() > 400) tokens.resize(400);
    std::string first;
    for (const std::string& t : tokens) first += t + " ";
    add(first, 1);

    std::map<std::string, float> counted;
    for (const TermWeight& t : index.indexed(i).counts) counted[index.term_text(t.term)] = t.weight;
    CHECK(counted == expected);

    std::set<std::string> title_terms;
    for (TermId t : index.indexed(i).title_terms) title_terms.insert(index.term_text(t));
    const std::vector<std::string> reference = terms_for_matching(a.title, a.language);
    CHECK(title_terms == std::set<std::string>(reference.begin(), reference.end()));
  }
  CHECK(index.term_id("precio").has_value());
  CHECK_FALSE(index.term_id("zanzibar").has_value());
}
