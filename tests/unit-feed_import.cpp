#include <doctest/doctest.h>

#include <string>

#include "fixtures.h"
#include "newsrail/feed_import.h"
#include "newsrail/feed_parser.h"
#include "newsrail/feed_writer.h"
#include "newsrail/rfc3339.h"

using namespace newsrail;

namespace {

std::string fixture(const std::string& name) {
  return fixtures::read_text(std::string(NEWSRAIL_SOURCE_DIR) + "/tests/data/import/" + name);
}

std::string messages(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

// The importer's output read back by the JSON parser: what validate, pack and the widget see.
FeedParseResult round_trip(const FeedImportResult& imported) {
  return parse_feed(feed_to_json(imported.feed));
}

// An RSS 2.0 document around `items` (and `namespaces` on the rss element, `encoding` declared).
std::string rss(const std::string& items, const std::string& namespaces = "",
                const std::string& encoding = "UTF-8") {
  return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><rss version=\"2.0\" " + namespaces +
         "><channel><title>T</title><link>https://site.example/</link>" + items +
         "</channel></rss>";
}

}  // namespace

TEST_CASE("every well-formed fixture imports and validates with no warnings") {
  for (const char* name : {"bbc.xml", "wordpress.xml", "atom-hugo.xml", "arabic.xml", "rss1.xml"}) {
    CAPTURE(name);
    const FeedImportResult imported = import_feed(fixture(name));
    REQUIRE(imported.usable());
    CHECK(messages(imported.diagnostics) == "");
    CHECK(imported.skipped == 0);
    CHECK(imported.feed.items.size() >= 2);
    const FeedParseResult parsed = round_trip(imported);
    REQUIRE(parsed.usable());
    CHECK(messages(parsed.diagnostics) == "");
    CHECK(parsed.feed.items.size() == imported.feed.items.size());
  }
}

TEST_CASE("the feed's own fields: format, title, home page, self link, language") {
  struct Expected {
    const char* file;
    FeedFormat format;
    const char* title;
    const char* home_page_url;
    const char* feed_url;
    const char* language;
  };
  const Expected cases[] = {
      {"bbc.xml", FeedFormat::kRss2, "World News - Example Broadcasting",
       "https://www.broadcaster.example/news/world",
       "https://feeds.broadcaster.example/news/world/rss.xml", "en-gb"},
      {"wordpress.xml", FeedFormat::kRss2, "The Valley Courier", "https://valleycourier.example",
       "https://valleycourier.example/feed/", "en-US"},
      {"atom-hugo.xml", FeedFormat::kAtom, "Field Notes", "https://fieldnotes.example/",
       "https://fieldnotes.example/index.xml", "en"},
      {"arabic.xml", FeedFormat::kRss2, "الأخبار - آخر الأخبار", "https://news-ar.example/", "",
       "ar"},
      {"rss1.xml", FeedFormat::kRss1, "Science Daily Digest", "https://science-daily.example/", "",
       "en"},
  };
  for (const Expected& e : cases) {
    CAPTURE(e.file);
    const FeedImportResult r = import_feed(fixture(e.file));
    CHECK(r.format == e.format);
    CHECK(r.feed.title == e.title);
    CHECK(r.feed.home_page_url == e.home_page_url);
    CHECK(r.feed.feed_url == e.feed_url);
    CHECK(r.feed.language == e.language);
  }
}

TEST_CASE("BBC-style RSS: the largest media:thumbnail, the title and summary as text") {
  const FeedImportResult r = import_feed(fixture("bbc.xml"));
  REQUIRE(r.feed.items.size() == 3);
  const Article& a = r.feed.items[0];
  CHECK(a.id == "https://www.broadcaster.example/news/world-europe-68912345");
  CHECK(a.url == a.id);
  CHECK(a.image.url ==
        "https://ichef.broadcaster.example/ace/standard/976/cpsprodpb/1a2b/live/flood.jpg");
  CHECK(a.published == parse_rfc3339("2026-12-04T17:41:05Z"));
  CHECK(a.modified == a.published);
  CHECK(a.section.empty());  // No category: no section from categories.
  // "&amp;amp;" in CDATA is HTML source: read as HTML, it is "&".
  CHECK(r.feed.items[1].title == "Central bank holds rates & signals cuts next year");
  CHECK(r.feed.items[1].summary ==
        "The bank kept its main rate at 4% but said inflation was falling faster than expected.");
}

TEST_CASE("--section-from path takes the URL's first path segment; none gives no section") {
  ImportOptions options;
  options.section_from = SectionFrom::kPath;
  CHECK(import_feed(fixture("bbc.xml"), options).feed.items[0].section == "news");
  CHECK(import_feed(fixture("wordpress.xml"), options).feed.items[0].section == "2026");
  options.section_from = SectionFrom::kNone;
  CHECK(import_feed(fixture("wordpress.xml"), options).feed.items[0].section.empty());
  options.section_from = SectionFrom::kPath;
  // A URL with a single path segment names the article, not a section.
  const std::string one =
      rss("<item><title>A</title><link>https://site.example/story</link></item>");
  CHECK(import_feed(one, options).feed.items[0].section.empty());
}

TEST_CASE("WordPress RSS: content:encoded is the body, dc:creator the author, categories tags") {
  const FeedImportResult r = import_feed(fixture("wordpress.xml"));
  REQUIRE(r.feed.items.size() == 2);
  const Article& a = r.feed.items[0];
  CHECK(a.id == "https://valleycourier.example/?p=48213");  // isPermaLink="false": still the id
  CHECK(a.url == "https://valleycourier.example/2026/12/03/council-approves-bike-lanes/");
  CHECK(a.authors == std::vector<std::string>{"Maria Lopez"});
  CHECK(a.tags == std::vector<std::string>{"Local", "Transport"});
  CHECK(a.section == "Local");
  CHECK(a.text.find("protected bike lanes") != std::string::npos);
  CHECK(a.text.find("tracking") == std::string::npos);  // <script> dropped
  CHECK(a.text.find("\u201cIt\u2019s been") != std::string::npos);
  CHECK(r.feed.items[1].authors == std::vector<std::string>{"Sam O\u2019Neill"});
}

TEST_CASE("Atom from a static site generator: text constructs, inherited author, enclosure") {
  const FeedImportResult r = import_feed(fixture("atom-hugo.xml"));
  REQUIRE(r.feed.items.size() == 2);
  const Article& a = r.feed.items[0];
  CHECK(a.title == "Why the river moves");  // type="html"
  CHECK(a.text == "A river is never still.\n\nEvery flood moves its bed a little.");
  CHECK(a.authors == std::vector<std::string>{"Jonas Berg"});  // the feed's
  CHECK(a.published == parse_rfc3339("2026-12-01T09:00:00Z"));
  CHECK(a.modified == parse_rfc3339("2026-12-01T11:30:00Z"));
  CHECK(a.tags == std::vector<std::string>{"science", "rivers"});
  const Article& b = r.feed.items[1];
  CHECK(b.id == "tag:fieldnotes.example,2026:winter-garden");
  CHECK(b.text == "Kale, leeks & garlic.\n\nAnd patience.");  // type="xhtml"
  CHECK(b.authors == std::vector<std::string>{"Lea Kaur"});
  CHECK(b.published == parse_rfc3339("2026-11-20T08:00:00Z"));  // updated only
  CHECK(b.image.url == "https://fieldnotes.example/img/garden.jpg");
}

TEST_CASE("Arabic RSS: right-to-left text, the image's alt and credit, the +0300 zone") {
  const FeedImportResult r = import_feed(fixture("arabic.xml"));
  REQUIRE(r.feed.items.size() == 2);
  const Article& a = r.feed.items[0];
  CHECK(a.title == "وزراء الخارجية يبحثون الخطوات التالية لمعاهدة السلام");
  CHECK(a.summary == "اجتمع وزراء الخارجية في العاصمة لبحث الخطوات التالية نحو توقيع المعاهدة.");
  CHECK(a.section == "سياسة");
  CHECK(a.authors == std::vector<std::string>{"أحمد علي"});
  CHECK(a.image.url == "https://img.news-ar.example/2026/12/talks.jpg");
  CHECK(a.image.alt == "الوزراء قبل بدء الاجتماع");
  CHECK(a.image.credit == "(رويترز)");
  CHECK(a.published == parse_rfc3339("2026-12-04T11:05:00Z"));
}

TEST_CASE("RSS 1.0: rdf:about, dc:date, dc:subject, dc:creator") {
  const FeedImportResult r = import_feed(fixture("rss1.xml"));
  REQUIRE(r.feed.items.size() == 2);
  const Article& a = r.feed.items[0];
  CHECK(a.id == "https://science-daily.example/2026/12/comet");
  CHECK(a.published == parse_rfc3339("2026-12-03T22:10:00Z"));
  CHECK(a.tags == std::vector<std::string>{"Astronomy"});
  CHECK(a.authors == std::vector<std::string>{"R. Okafor"});
  CHECK(r.feed.items[1].summary == "A study of bumblebees & numbers.");
}

TEST_CASE("a broken date, a duplicate guid, an unsafe link and no title: good items survive") {
  const FeedImportResult r = import_feed(fixture("broken-date-duplicate.xml"));
  REQUIRE(r.usable());
  REQUIRE(r.feed.items.size() == 2);
  CHECK(r.skipped == 3);
  CHECK(r.feed.items[0].title == "Mayor announces budget");  // the first with the id is kept
  CHECK(r.feed.items[0].published == 0);
  CHECK(r.feed.items[1].title == "Snow expected this weekend");
  CHECK(r.feed.items[1].published == parse_rfc3339("2026-12-03T16:15:00Z"));  // 09:15 PDT
  CHECK(r.feed.items[1].image.url == "https://ledger.example/img/snow.jpg");  // enclosure
  REQUIRE(r.diagnostics.size() == 4);
  CHECK(r.diagnostics[0].path == "/items/0/date_published");
  CHECK(r.diagnostics[0].message.find("Thursday, December the 3rd") != std::string::npos);
  CHECK(r.diagnostics[0].line == 12);
  CHECK(r.diagnostics[1].path == "/items/1");
  CHECK(r.diagnostics[1].message.find("duplicate id \"ledger-1001\"") != std::string::npos);
  CHECK(r.diagnostics[2].path == "/items/2");
  CHECK(r.diagnostics[2].message.find("javascript:") != std::string::npos);
  CHECK(r.diagnostics[3].path == "/items/3");
  CHECK(r.diagnostics[3].message.find("no title") != std::string::npos);
  for (const Diagnostic& d : r.diagnostics) CHECK(d.severity == Severity::kWarning);
  const FeedParseResult parsed = round_trip(r);
  CHECK(messages(parsed.diagnostics) == "");
}

TEST_CASE("external entities (XXE) are refused, nothing is read") {
  const FeedImportResult r = import_feed(fixture("xxe.xml"));
  CHECK_FALSE(r.usable());
  CHECK(r.feed.items.empty());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.find("external entity \"xxe\"") != std::string::npos);
  CHECK(r.diagnostics[0].line == 3);
  // A parameter entity pointing outside, the other door to external DTDs.
  const FeedImportResult p = import_feed(
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM "
      "\"http://attacker.example/x.dtd\">"
      "%ext;]><rss version=\"2.0\"><channel><title>T</title></channel></rss>");
  CHECK_FALSE(p.usable());
  CHECK(messages(p.diagnostics).find("parameter entity \"ext\"") != std::string::npos);
}

TEST_CASE("entity expansion (billion laughs) is refused at the first declaration") {
  const FeedImportResult r = import_feed(fixture("billion-laughs.xml"));
  CHECK_FALSE(r.usable());
  CHECK(r.feed.title.empty());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.find("entity \"lol\"") != std::string::npos);
}

TEST_CASE("a DOCTYPE without entity declarations (old RSS 0.91) is accepted") {
  const FeedImportResult r = import_feed(
      "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS "
      "0.91//EN\" "
      "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel>"
      "<title>Old</title><item><title>A</title><link>https://old.example/a</link></item>"
      "</channel></rss>");
  CHECK(r.usable());
  CHECK(r.feed.items.size() == 1);
}

TEST_CASE("namespaces are matched by URI, not by prefix") {
  const FeedImportResult r =
      import_feed(rss("<item><title>A</title><link>https://site.example/a</link>"
                      "<body:encoded>&lt;p&gt;Real body&lt;/p&gt;</body:encoded>"
                      "<content:encoded>not the content module</content:encoded>"
                      "<who:creator>Ann</who:creator></item>",
                      "xmlns:body=\"http://purl.org/rss/1.0/modules/content/\" "
                      "xmlns:content=\"http://elsewhere.example/ns\" "
                      "xmlns:who=\"http://purl.org/dc/elements/1.1/\""));
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].text == "Real body");
  CHECK(r.feed.items[0].authors == std::vector<std::string>{"Ann"});
}

TEST_CASE("images: http(s) only, the largest, video media ignored, alt and credit from the group") {
  const std::string media = "xmlns:media=\"http://search.yahoo.com/mrss/\"";
  const FeedImportResult r = import_feed(
      rss("<item><title>A</title><link>https://site.example/a</link>"
          "<media:content url=\"https://cdn.example/v.mp4\" medium=\"video\" width=\"4000\" "
          "height=\"4000\"/>"
          "<media:group><media:description>A group "
          "alt</media:description><media:credit>AP</media:credit>"
          "<media:content url=\"https://cdn.example/small.jpg\" width=\"100\" height=\"50\"/>"
          "<media:content url=\"https://cdn.example/big.jpg\" type=\"image/jpeg\" width=\"1000\" "
          "height=\"500\"/>"
          "</media:group></item>"
          "<item><title>B</title><link>https://site.example/b</link>"
          "<media:thumbnail url=\"javascript:alert(1)\"/></item>",
          media));
  REQUIRE(r.feed.items.size() == 2);
  CHECK(r.feed.items[0].image.url == "https://cdn.example/big.jpg");
  CHECK(r.feed.items[0].image.alt == "A group alt");
  CHECK(r.feed.items[0].image.credit == "AP");
  CHECK(r.feed.items[1].image.url.empty());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].path == "/items/1/image");
}

TEST_CASE("an RSS guid that is a permalink gives the URL when there is no link") {
  const FeedImportResult r = import_feed(
      rss("<item><title>A</title><guid>https://site.example/a</guid></item>"
          "<item><title>B</title><guid isPermaLink=\"false\">https://site.example/b</guid></item>"
          "<item><title>C</title><author>c@site.example (Cee Writer)</author>"
          "<link>https://site.example/c</link></item>"));
  REQUIRE(r.feed.items.size() == 3);
  CHECK(r.feed.items[0].url == "https://site.example/a");
  CHECK(r.feed.items[1].url.empty());
  CHECK(r.feed.items[2].id == "https://site.example/c");
  CHECK(r.feed.items[2].authors == std::vector<std::string>{"Cee Writer"});
}

TEST_CASE("not XML, not a feed, a channel without items: one clear diagnostic") {
  const FeedImportResult not_xml = import_feed("{\"version\": 1}");
  CHECK_FALSE(not_xml.usable());
  REQUIRE(not_xml.diagnostics.size() == 1);
  CHECK(not_xml.diagnostics[0].message.find("not well-formed XML") == 0);
  CHECK(not_xml.diagnostics[0].line == 1);

  const FeedImportResult truncated = import_feed("<rss version=\"2.0\">\n<channel><title>T");
  CHECK_FALSE(truncated.usable());
  CHECK(truncated.diagnostics[0].line == 2);

  const FeedImportResult html = import_feed("<html><body>hi</body></html>");
  CHECK_FALSE(html.usable());
  CHECK(html.diagnostics[0].message.find("root element is <html>") != std::string::npos);

  const FeedImportResult empty = import_feed(rss(""));
  CHECK(empty.usable());
  CHECK(messages(empty.diagnostics).find("no items") != std::string::npos);
}

TEST_CASE("--language replaces the channel's; limits are the JSON parser's") {
  ImportOptions options;
  options.language = "ar";
  CHECK(import_feed(fixture("bbc.xml"), options).feed.language == "ar");
  ImportOptions small;
  small.limits.max_title_bytes = 10;
  small.limits.max_items = 1;
  const FeedImportResult r = import_feed(fixture("bbc.xml"), small);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "Flooding c");
  CHECK(r.skipped == 2);
  CHECK(messages(r.diagnostics).find("more than 1 items") != std::string::npos);
}

TEST_CASE("a link that looks like a host without a scheme is read as https, with a warning") {
  const FeedImportResult r =
      import_feed(rss("<item><title>A</title><link>www.site.example/news/a</link></item>"
                      "<item><title>B</title><link>/news/b</link></item>"));
  REQUIRE(r.feed.items.size() == 2);
  CHECK(r.feed.items[0].url == "https://www.site.example/news/a");
  CHECK(r.feed.items[1].url == "/news/b");  // A relative path stays as it is.
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].path == "/items/0/url");
  CHECK(messages(round_trip(r).diagnostics) == "");
}

TEST_CASE("fields are cleaned as the JSON parser cleans them, so they read back unchanged") {
  ImportOptions options;
  options.limits.max_title_bytes = 16;
  const FeedImportResult r = import_feed(
      rss("<item><title>Mayor  announces\n budget</title><link>https://site.example/a</link>"
          "<category> Local\n news </category><category>Local news</category></item>"),
      options);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].title == "Mayor announces");  // cut at 16 bytes, the space trimmed
  CHECK(r.feed.items[0].tags == std::vector<std::string>{"Local news"});
  ParseLimits limits;
  limits.max_title_bytes = 16;
  const FeedParseResult back = parse_feed(feed_to_json(r.feed), limits);
  REQUIRE(back.feed.items.size() == 1);
  CHECK(back.feed.items[0].title == r.feed.items[0].title);
  CHECK(back.feed.items[0].tags == r.feed.items[0].tags);
}

// The first item's title of an RSS document in `encoding` whose title bytes are `title`.
std::string title_in(const std::string& encoding, const std::string& title) {
  const FeedImportResult r = import_feed(
      rss("<item><title>" + title + "</title><link>https://site.example/a</link></item>", "",
          encoding));
  return r.feed.items.empty() ? "(no item: " + messages(r.diagnostics) + ")"
                              : r.feed.items[0].title;
}

TEST_CASE("ISO-8859-1 and windows-1252 come out as UTF-8; an unknown encoding is an error") {
  CHECK(title_in("ISO-8859-1", "Caf\xe9") == "Caf\u00e9");
  CHECK(title_in("Windows-1252", "\x93Quoted\x94 \x96 caf\xe9 \x80") ==
        "\u201cQuoted\u201d \u2013 caf\u00e9 \u20ac");
  CHECK(title_in("x-unknown", "A").find("encoding") != std::string::npos);
}

TEST_CASE("the document's own date is the feed's generated_at, never before its newest item") {
  CHECK(import_feed(fixture("bbc.xml")).feed.generated_at == parse_rfc3339("2026-12-04T18:02:11Z"));
  CHECK(import_feed(fixture("atom-hugo.xml")).feed.generated_at ==
        parse_rfc3339("2026-12-01T11:30:00Z"));  // updated 09:00Z, an entry updated 11:30Z
  CHECK(import_feed(fixture("arabic.xml")).feed.generated_at == 0);  // none given
}
