#include <doctest/doctest.h>

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
