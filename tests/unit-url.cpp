#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "newsrail/url.h"

using newsrail::classify_url;
using newsrail::is_safe_url;
using newsrail::UrlKind;

TEST_CASE("http, https and relative links are allowed") {
  CHECK(classify_url("https://english.almayadeen.net/news/x") == UrlKind::kHttp);
  CHECK(classify_url("HTTP://example.com") == UrlKind::kHttp);
  CHECK(classify_url("  https://example.com/a  ") == UrlKind::kHttp);
  CHECK(classify_url("/news/politics/x") == UrlKind::kRelative);
  CHECK(classify_url("news/x?id=1#top") == UrlKind::kRelative);
  CHECK(classify_url("//cdn.example.com/img.jpg") == UrlKind::kRelative);
  CHECK(classify_url("./a:b") == UrlKind::kRelative);
  CHECK(classify_url("") == UrlKind::kEmpty);
  CHECK(classify_url(" \t ") == UrlKind::kEmpty);
}

TEST_CASE("script and data links are refused however they are disguised") {
  for (const char* bad :
       {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "\x01javascript:x",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>x</script>",
        "vbscript:msgbox", "file:///etc/passwd", "mailto:a@b.c", "https:evil.com", "/ok\x01path",
        "blob:https://x/1"}) {
    CAPTURE(bad);
    CHECK(classify_url(bad) == UrlKind::kUnsafe);
    CHECK_FALSE(is_safe_url(bad));
  }
}

TEST_CASE("stored urls are trimmed") { CHECK(newsrail::trim_url("  /a b \n") == "/a b"); }

TEST_CASE("tracking parameters: utm_* and the documented list, without case") {
  using newsrail::is_tracking_parameter;
  for (const char* name : {"utm_source", "utm_medium", "UTM_Campaign", "utm_anything", "fbclid",
                           "gclid", "GCLID", "mc_cid", "mc_eid", "msclkid", "igshid", "_ga"})
    CHECK(is_tracking_parameter(name));
  for (const char* name : {"id", "page", "utm_", "utm", "q", "ref", "fbclid2", "article"})
    CHECK_FALSE(is_tracking_parameter(name));
  for (std::string_view name : newsrail::kTrackingParameters) CHECK(is_tracking_parameter(name));
}

TEST_CASE("a URL's match key drops what does not name the article") {
  const auto key = newsrail::url_match_key(
      "HTTPS://WWW.Courier.Example/news/a.html/?utm_source=fb&id=12&&fbclid=x&p=%2f%7e#comments");
  CHECK(key.host == "courier.example");
  CHECK(key.path == "/news/a.html");
  CHECK(key.query == "id=12&p=%2F~");
  const auto relative = newsrail::url_match_key("news/a.html?");
  CHECK(relative.host.empty());
  CHECK(relative.path == "/news/a.html");
  CHECK(relative.query.empty());
  CHECK(newsrail::url_match_key("//cdn.example").path == "/");
  CHECK(newsrail::url_match_key("https://x.example?id=1").query == "id=1");
  CHECK(newsrail::url_match_key("/a%").path == "/a%");  // a broken escape stays as written
}

TEST_CASE("the README lists every tracking parameter the matching ignores") {
  std::ifstream in(NEWSRAIL_SOURCE_DIR "/README.md");
  const std::string readme((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(readme.empty());
  CHECK(readme.find("`" + std::string(newsrail::kTrackingPrefix) + "*`") != std::string::npos);
  for (std::string_view name : newsrail::kTrackingParameters) {
    CAPTURE(name);
    CHECK(readme.find("`" + std::string(name) + "`") != std::string::npos);
  }
}
