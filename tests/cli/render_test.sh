#!/usr/bin/env bash
# `newsrail render` as a publisher's build sees it: the fragment's markup (escaped, no script, no
# inline style, lang and dir), the same items as the ranking commands, --help and usage errors.
# ctest runs it as cli.render; by hand:
#   tests/cli/render_test.sh build/native/tools/newsrail .
# Needs bash and node. Prints one line per failure and "N passed, N failed"; exits 1 when one failed.
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$@"
demo="${src}/web/demo/feed.json"
demo_ar="${src}/web/demo/feed-ar.json"

# hrefs FILE: the fragment's link targets, one a line, in order.
hrefs() { grep -o 'href="[^"]*"' "$1" | sed 's/^href="//; s/"$//'; }
# urls FILE: the "url" of each item of a ranking command's JSON list, one a line, in order.
urls() { node -e 'for (const i of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).items) console.log(i.url)' "$1"; }
# same_lines A B: the two files hold the same lines (and at least one).
same_lines() {
  [ -s "$1" ] && cmp -s "$1" "$2" && return 0
  echo "  lists differ:"
  diff "$1" "$2" | head -n 8 | sed 's/^/    | /'
  return 1
}

# A feed whose every string is hostile: markup, quotes and ampersands in titles, sections, alt
# texts, URLs and breaking lines.
cat >"${work}/hostile.json" <<'JSON'
{"version": "https://jsonfeed.org/version/1.1", "title": "Hostile", "language": "en",
 "_newsrail": {"generated_at": "2026-12-02T08:00:00Z",
   "breaking": [{"id": "b1", "text": "<script>alert(1)</script> & \"quotes\"", "url": "/live?a=1&b=\"2\""}]},
 "items": [
  {"id": "a", "title": "<script>alert(\"x\")</script> & 'q' <img src=x onerror=alert(2)>",
   "url": "https://site.example/a?x=1&y=\"><script>", "date_published": "2026-12-02T07:00:00Z",
   "image": "https://site.example/a.jpg?\"onload=\"alert(3)",
   "_newsrail": {"section": "<b>Politics</b>", "views": {"24h": 900},
                 "image_alt": "\" onerror=\"alert(4)"}},
  {"id": "b", "title": "Ferry timetable changes", "url": "/news/b",
   "date_published": "2026-12-01T06:00:00Z", "_newsrail": {"views": {"24h": 20}}}
 ]}
JSON

# --- escaping ----------------------------------------------------------------------------------
t_escaped_most_read() {
  run render "${work}/hostile.json" --module most-read
  expect_rc 0 &&
    expect_in out '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;img src=x onerror=alert(2)&gt;' &&
    expect_in out 'href="https://site.example/a?x=1&amp;y=&quot;&gt;&lt;script&gt;"' &&
    expect_in out '&lt;b&gt;Politics&lt;/b&gt;' && expect_not_in out '<script' &&
    expect_not_in out '<b>' && expect_not_in out 'style=' && expect_not_in out '<img src=x'
}
t_escaped_read_next() {
  run render "${work}/hostile.json" --module read-next --article b
  expect_rc 0 && expect_in out 'alt="&quot; onerror=&quot;alert(4)"' &&
    expect_in out 'src="https://site.example/a.jpg?&quot;onload=&quot;alert(3)"' &&
    expect_not_in out '<script' && expect_not_in out 'style='
}
t_escaped_ticker() {
  run render "${work}/hostile.json" --module ticker
  expect_rc 0 && expect_in out '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;' &&
    expect_in out 'href="/live?a=1&amp;b=&quot;2&quot;"' && expect_not_in out '<script'
}
check "most-read: titles, sections and URLs escaped; no script, no inline style" t_escaped_most_read
check "read-next: image URL and alt text escaped" t_escaped_read_next
check "ticker: breaking lines and their URLs escaped" t_escaped_ticker

# --- the markup --------------------------------------------------------------------------------
t_absolute_time() {
  run render "${work}/hostile.json" --module most-read
  expect_rc 0 && expect_in out '<time datetime="2026-12-02T07:00:00Z">2 Dec 2026</time>' &&
    expect_in out '<div class="module" lang="en" dir="ltr">' && expect_in out '<h2 class="module__title">Most Read</h2>' &&
    expect_not_in out ' ago'
}
t_arabic_rtl() {
  run render "${demo_ar}" --module most-read --lang ar
  expect_rc 0 && expect_in out 'lang="ar" dir="rtl"' && expect_in out '>الأكثر قراءة</h2>' && expect_in out 'يونيو 2025</time>'
}
t_arabic_ticker() {
  run render "${demo_ar}" --module ticker
  expect_rc 0 && expect_in out 'dir="rtl"' && expect_in out '>عاجل</p>' && expect_in out 'aria-label="عناوين الأخبار العاجلة"'
}
t_spanish() {
  run render "${demo}" --module read-next --article fed-holds-rates --lang es-419
  expect_rc 0 && expect_in out 'lang="es-419" dir="ltr"' && expect_in out '>Lee también</h2>'
}
t_unknown_language_english() {
  run render "${demo}" --module ticker --lang de
  expect_rc 0 && expect_in out 'lang="de" dir="ltr"' && expect_in out '>Breaking</p>'
}
t_empty_list() {
  run render "${work}/hostile.json" --module ticker --now 2030-01-01T00:00:00Z
  expect_rc 0 && [ ! -s "${work}/out" ] && expect_in err "the list is empty"
}
t_region() {
  run render "${demo}" --module read-next --article fed-holds-rates --region
  expect_rc 0 && expect_in out '<section class="module" aria-labelledby="newsrail-read-next-title" lang="en" dir="ltr">' &&
    expect_in out '<h2 class="module__title" id="newsrail-read-next-title">Read Next</h2>' && expect_in out '</section>'
}
t_region_ticker() {
  run render "${demo_ar}" --module ticker --region
  expect_rc 0 && expect_in out '<section class="ticker-fallback" aria-label="عاجل" lang="ar" dir="rtl">'
}
check "dates are absolute <time datetime> in UTC; lang, dir and the heading" t_absolute_time
t_title() {
  run render "${demo}" --module ticker --title "Live & <now>" --region --limit 1
  expect_rc 0 && expect_in out 'aria-label="Live &amp; &lt;now&gt;"' &&
    expect_in out '<p class="ticker-fallback__label">Live &amp; &lt;now&gt;</p>'
}
check "--title: the heading (here the ticker's label), escaped" t_title
check "--region: a section named by its heading" t_region
check "--region: the ticker's section named by its label" t_region_ticker
check "--lang ar: dir=rtl, the Arabic heading and month" t_arabic_rtl
check "the feed's language by default: the Arabic feed's ticker is rtl" t_arabic_ticker
check "--lang es-419: the Spanish heading" t_spanish
check "a language without strings gets English's" t_unknown_language_english
check "an empty list writes nothing, and says so on stderr" t_empty_list

# --- the same items as the ranking commands ----------------------------------------------------
t_same_most_read() {
  run render "${demo}" --module most-read --window 6h --limit 7
  hrefs "${work}/out" >"${work}/a"
  "${cli}" most-read "${demo}" --window 6h --limit 7 --language en >"${work}/list.json"
  urls "${work}/list.json" >"${work}/b"
  expect_rc 0 && same_lines "${work}/a" "${work}/b"
}
t_same_ticker() {
  # The demo's lines have no links: their texts, unescaped, in order.
  run render "${demo}" --module ticker --limit 4
  node -e 'const t = require("fs").readFileSync(process.argv[1], "utf8");
    const un = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'"'"'"})[e]);
    for (const m of t.matchAll(/<li><[^>]*>([^<]*)<\/[^>]*><\/li>/g)) console.log(un(m[1]))' "${work}/out" >"${work}/a"
  "${cli}" ticker "${demo}" --limit 4 >"${work}/list.json"
  node -e 'for (const i of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).items) console.log(i.text)' \
    "${work}/list.json" >"${work}/b"
  expect_rc 0 && same_lines "${work}/a" "${work}/b" && [ "$(wc -l <"${work}/a")" -eq 4 ]
}
t_unknown_article() {
  # Not in the feed: the widget shows the fill (most read), and so does render, with the note.
  run render "${demo}" --module read-next --article https://nowhere.example/x
  hrefs "${work}/out" | grep -v '^img/' >"${work}/a"
  "${cli}" read-next "${demo}" --article https://nowhere.example/x --language en >"${work}/list.json"
  urls "${work}/list.json" >"${work}/b"
  expect_rc 0 && same_lines "${work}/a" "${work}/b" && expect_in err "note:"
}
check "most-read: the items of 'newsrail most-read', in order" t_same_most_read
check "ticker: the lines of 'newsrail ticker', in order" t_same_ticker
check "an article not in the feed: Read Next's fill, a note on stderr, exit 0" t_unknown_article

# --- usage -------------------------------------------------------------------------------------
t_help() {
  run render --help
  expect_rc 0 && expect_in out "Usage: newsrail render FEED --module" && expect_in out "--lang"
}
t_listed() {
  run --help
  expect_in out "render"
}
usage() {  # usage ARGS...: exit 2, the usage on stderr, nothing on stdout
  run render "$@"
  expect_rc 2 && expect_in err "Usage: newsrail render" && [ ! -s "${work}/out" ]
}
check "render --help" t_help
check "newsrail --help lists render" t_listed
check "no --module is a usage error" usage "${demo}"
check "an unknown module is a usage error" usage "${demo}" --module popular
check "--window on the ticker is a usage error" usage "${demo}" --module ticker --window 1h
check "--article on the ticker is a usage error" usage "${demo}" --module ticker --article x
check "a bad --lang is a usage error" usage "${demo}" --module ticker --lang "en US"
check "a bad --limit is a usage error" usage "${demo}" --module most-read --limit 0
check "a bad --window is a usage error" usage "${demo}" --module most-read --window 2x
check "a bad --now is a usage error" usage "${demo}" --module most-read --now yesterday
check "two feeds are a usage error" usage "${demo}" "${demo}" --module ticker
check "an unknown option is a usage error" usage "${demo}" --module ticker --colour red
t_unreadable() {
  run render "${work}/missing.json" --module ticker
  expect_rc 1 && [ ! -s "${work}/out" ]
}
check "an unreadable feed exits 1 and writes nothing" t_unreadable

echo "${passed} passed, ${failed} failed"
[ "${failed}" -eq 0 ]
