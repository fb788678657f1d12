// Tests for newsrail/html_text.h: JSON Feed content_html to plain text.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "newsrail/html_text.h"
#include "newsrail/utf8.h"

using newsrail::html_to_text;

namespace {
const std::string kFffd = "\xEF\xBF\xBD";
}  // namespace

TEST_CASE("tags are dropped and inline elements do not split words") {
  CHECK(html_to_text("<p>Hello <b>world</b></p>") == "Hello world");
  CHECK(html_to_text("<b>Hel</b>lo") == "Hello");
  CHECK(html_to_text("<a href=\"https://x.test/?a=1&b=2\" title='a > b'>link</a> text") ==
        "link text");
  CHECK(html_to_text("<IMG SRC=x ALT=\"pic\">caption") == "caption");
  CHECK(html_to_text("plain text, no markup") == "plain text, no markup");
  CHECK(html_to_text("").empty());
}

TEST_CASE("block elements become paragraph breaks, br and li line breaks") {
  CHECK(html_to_text("<p>One</p><p>Two</p>") == "One\n\nTwo");
  CHECK(html_to_text("<h2>Title</h2>Body") == "Title\n\nBody");
  CHECK(html_to_text("<div>a</div><div>b</div>") == "a\n\nb");
  CHECK(html_to_text("line<br>next<br/>last") == "line\nnext\nlast");
  CHECK(html_to_text("a<br><br>b") == "a\n\nb");
  CHECK(html_to_text("a<br><br><br><br>b") == "a\n\nb");
  CHECK(html_to_text("<ul><li>one</li><li>two</li></ul><p>after</p>") == "one\ntwo\n\nafter");
  CHECK(html_to_text("<blockquote>q</blockquote>x<hr>y") == "q\n\nx\n\ny");
  CHECK(html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") ==
        "a b\nc");
  CHECK(html_to_text("<figure><img src=x><figcaption>Photo (AP)</figcaption></figure>Text") ==
        "Photo (AP)\n\nText");
}

TEST_CASE("whitespace runs collapse, lines are trimmed, the ends have no whitespace") {
  CHECK(html_to_text("  a \n\t  b  ") == "a b");
  CHECK(html_to_text("<p>  first  </p>\n\n<p>\n second\n</p>\n") == "first\n\nsecond");
  CHECK(html_to_text("<br><p></p>  <p> x </p><br>") == "x");
  CHECK(html_to_text("a&nbsp;&nbsp; b") == "a b");
  CHECK(html_to_text("a\xC2\xA0\xC2\xA0"
                     "b") == "a b");  // Raw U+00A0.
  CHECK(html_to_text("a&#160;b&#10;c") == "a b c");
  CHECK(html_to_text("<p>end of line </p><p> start</p>") == "end of line\n\nstart");
}

TEST_CASE("comments are dropped, an unterminated one drops the rest") {
  CHECK(html_to_text("a<!-- hidden <p>b</p> -->c") == "ac");
  CHECK(html_to_text("a<!---->b<!-->c<!--->d") == "abcd");
  CHECK(html_to_text("a<!-- x --!>b") == "ab");
  CHECK(html_to_text("kept<!-- never closed <p>lost</p>") == "kept");
  CHECK(html_to_text("<!DOCTYPE html>a<![CDATA[x]]>b<?xml version=\"1.0\"?>c") == "abc");
}

TEST_CASE("script contents are dropped") {
  CHECK(html_to_text("a<script>var s = '<p>no</p>'; if (a < b) {}</script>b") == "ab");
  CHECK(html_to_text("a<SCRIPT type=\"text/javascript\">x()</Script >b") == "ab");
  CHECK(html_to_text("a<script src=x></script>b") == "ab");
  CHECK(html_to_text("a<script>document.write('</scr' + 'ipt>')</script>b") == "ab");
}

TEST_CASE("style, noscript, template, iframe, svg and head contents are dropped") {
  CHECK(html_to_text("a<style>p { color: red }</style>b") == "ab");
  CHECK(html_to_text("a<noscript><img src=track></noscript>b") == "ab");
  CHECK(html_to_text("a<template><p>t</p><template>in</template>still</template>b") == "ab");
  CHECK(html_to_text("a<iframe src=\"https://x.test\">fallback</iframe>b") == "ab");
  CHECK(html_to_text("a<svg><title>icon</title><svg><text>in</text></svg>more</svg>b") == "ab");
  CHECK(html_to_text("a<svg viewBox=\"0 0 1 1\"/>b") == "ab");  // Self-closing svg is empty.
  CHECK(html_to_text("<head><title>Page</title></head><p>body</p>") == "body");
  CHECK(html_to_text("<html><head><title>T</title><body><p>x</p></body></html>") == "x");
}

TEST_CASE("dropped elements match names exactly and case-insensitively") {
  CHECK(html_to_text("<scripted>kept</scripted>") == "kept");
  CHECK(html_to_text("<StYlE>x</sTyLe>y") == "y");
  CHECK(html_to_text("<script>a</scriptx>b</script>c") == "c");
}

TEST_CASE("an unclosed dropped element drops the rest of the input") {
  CHECK(html_to_text("kept<script>alert(1)").compare("kept") == 0);
  CHECK(html_to_text("kept<style>p{}") == "kept");
  CHECK(html_to_text("kept<svg><path d=x>") == "kept");
  CHECK(html_to_text("kept<script") == "kept");  // Tag cut off by the end of input.
}

TEST_CASE("numeric character references are decoded") {
  CHECK(html_to_text("it&#39;s") == "it's");
  CHECK(html_to_text("it&#x27;s &#X27;q&#x27;") == "it's 'q'");
  CHECK(html_to_text("&#8364;&#x20AC;") == "\xE2\x82\xAC\xE2\x82\xAC");
  CHECK(html_to_text("&#x1F525;") == "\xF0\x9F\x94\xA5");
  CHECK(html_to_text("&#39 no semicolon") == "' no semicolon");
  CHECK(html_to_text("&#150;&#147;q&#148;") == "\xE2\x80\x93\xE2\x80\x9Cq\xE2\x80\x9D");  // cp1252.
}

TEST_CASE("zero, surrogate and out-of-range numeric references become U+FFFD") {
  CHECK(html_to_text("a&#0;b") == "a" + kFffd + "b");
  CHECK(html_to_text("a&#xD800;b") == "a" + kFffd + "b");
  CHECK(html_to_text("a&#x110000;b") == "a" + kFffd + "b");
  CHECK(html_to_text("a&#xFFFFFFFF;b") == "a" + kFffd + "b");
  CHECK(html_to_text("a&#99999999999999999999999999;b") == "a" + kFffd + "b");
}

TEST_CASE("named character references are decoded, unknown ones kept as written") {
  CHECK(html_to_text("Tom &amp; Jerry &lt;3 &gt; &quot;q&quot; &apos;a&apos;") ==
        "Tom & Jerry <3 > \"q\" 'a'");
  CHECK(html_to_text("a&mdash;b&ndash;c&hellip;") ==
        "a\xE2\x80\x94"
        "b\xE2\x80\x93"
        "c\xE2\x80\xA6");
  CHECK(html_to_text("&lsquo;x&rsquo; &ldquo;y&rdquo; &laquo;z&raquo;") ==
        "\xE2\x80\x98x\xE2\x80\x99 \xE2\x80\x9Cy\xE2\x80\x9D \xC2\xABz\xC2\xBB");
  CHECK(html_to_text("&copy;&reg;&trade;&euro;") == "\xC2\xA9\xC2\xAE\xE2\x84\xA2\xE2\x82\xAC");
  CHECK(html_to_text("Elecci&oacute;n Espa&ntilde;a &Ntilde; ping&uuml;ino "
                     "a&ccedil;&aacute;&eacute;&iacute;&uacute;") ==
        "Elecci\xC3\xB3n Espa\xC3\xB1"
        "a \xC3\x91 ping\xC3\xBCino a\xC3\xA7\xC3\xA1\xC3\xA9\xC3\xAD\xC3\xBA");
  CHECK(html_to_text("&unknown; &amp &AMP; AT&T &;") == "&unknown; &amp &AMP; AT&T &;");
  CHECK(html_to_text("&amp;lt;") == "&lt;");  // Decoded once, not twice.
}

TEST_CASE("decoded markup characters stay text") {
  CHECK(html_to_text("&lt;script&gt;alert(1)&lt;/script&gt;") == "<script>alert(1)</script>");
}

TEST_CASE("a '<' that does not start a tag stays text") {
  CHECK(html_to_text("a < b") == "a < b");
  CHECK(html_to_text("1 <2 and 3<= 4") == "1 <2 and 3<= 4");
  CHECK(html_to_text("x </ y") == "x </ y");
  CHECK(html_to_text("<") == "<");
  CHECK(html_to_text("a</>b") == "ab");
}

TEST_CASE("output is valid UTF-8 even for invalid input") {
  CHECK(html_to_text("caf\xE9 <b>ok</b>") == "caf" + kFffd + " ok");
  // Bytes separated by a tag are repaired on each side, never glued into a new character.
  CHECK(html_to_text("\xE2\x82<b></b>\xAC") == kFffd + kFffd);
  CHECK(html_to_text("&#65;\xFF") == "A" + kFffd);
}

TEST_CASE("hostile inputs never crash and always give valid, trimmed UTF-8") {
  const std::vector<std::string> hostile = {"<script",
                                            "<script>",
                                            "<!--",
                                            "<!-",
                                            "<!",
                                            "<?",
                                            "</",
                                            "<a href='",
                                            "<a href=\"x",
                                            "&#xFFFFFFFF;",
                                            "&#",
                                            "&#x",
                                            "&#;",
                                            "&",
                                            "&amp",
                                            "<<<<<<<<",
                                            ">>>>",
                                            "</script>",
                                            "<svg><svg><svg>",
                                            "</svg></svg>",
                                            "<head>",
                                            "<template><template></template>",
                                            "<p/><br/><li/>",
                                            std::string("a\0b<p>\0</p>", 11),
                                            "<a b=c d='e' f=\"g\" h>x</a>",
                                            "<script>'</script>'",
                                            "<<script>>x",
                                            "<" + std::string(100000, 'a'),
                                            std::string(50000, '<'),
                                            "&" + std::string(50000, 'a') + ";"};
  for (const std::string& h : hostile) {
    const std::string t = html_to_text(h);
    CHECK(newsrail::is_valid_utf8(t));
    if (!t.empty()) {
      CHECK(t.front() != ' ');
      CHECK(t.back() != ' ');
      CHECK(t.front() != '\n');
      CHECK(t.back() != '\n');
    }
  }

  const std::string pieces[] = {"<p>",   "</p>",   "<br>",     "<script>", "</script>", "<!--",
                                "-->",   "&amp;",  "&#x",      "&#",       ";",         "<",
                                ">",     "'",      "\"",       "=",        " ",         "a",
                                "\xC3",  "\xA9",   "\xF0\x9F", "\xFF",     "<svg>",     "</svg>",
                                "<b x=", "&nbsp;", "\n",       "<head>",   "<body>",    "<li>"};
  std::mt19937 rng(42);
  for (int round = 0; round < 20000; ++round) {
    std::string h;
    const int parts = static_cast<int>(rng() % 12);
    for (int k = 0; k < parts; ++k) h += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    const std::string t = html_to_text(h);
    REQUIRE(newsrail::is_valid_utf8(t));
    if (!t.empty()) {
      REQUIRE(t.front() != ' ');
      REQUIRE(t.back() != ' ');
      REQUIRE(t.find(" \n") == std::string::npos);
      REQUIRE(t.find("\n ") == std::string::npos);
      REQUIRE(t.find("\n\n\n") == std::string::npos);
    }
  }
}

// Found by tests/fuzz/fuzz_html_text: "&#11;" (vertical tab) was appended as a raw U+000B, so the
// output could start or end with it and hold it between words, against the whitespace rules.
TEST_CASE("fuzz regression: a vertical tab character reference is whitespace like the others") {
  CHECK(html_to_text("a&#11;b") == "a b");
  CHECK(html_to_text("a &#x0B; b") == "a b");
  CHECK(html_to_text("&#11;x&#xb;") == "x");
  CHECK(html_to_text("a\vb") == "a b");
}
