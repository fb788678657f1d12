#!/usr/bin/env bash
# The CLI as a script or a CI pipeline sees it: exit codes, what goes to stderr, --strict, --pretty,
# the notes of the JSON lists. The core's rules are tested by the doctest suite; this checks the
# adapter. ctest runs it as cli.behaviour; by hand:
#   tests/cli/cli_test.sh build/native/tools/newsrail .
# Needs bash and node (to compare JSON documents). Prints one line per failure and
# "N passed, N failed"; exits 1 when a check failed.
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh" "$@"
demo="${src}/web/demo/feed.json"
example="${src}/shared/schema/example.json"

# same_json A B: the two files hold the same JSON value.
same_json() {
  node -e 'const fs = require("fs");
    const [a, b] = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
    process.exit(JSON.stringify(a) === JSON.stringify(b) ? 0 : 1);' "$1" "$2"
}

# A small feed a publisher could write by hand: one warning (a host without a scheme), and three
# articles whose Read Next for "a" is fill only (nothing shares a word with it).
cat >"${work}/warned.json" <<'JSON'
{"version": "https://jsonfeed.org/version/1.1", "title": "Trial", "language": "en",
 "_newsrail": {"generated_at": "2026-12-02T08:00:00Z"},
 "items": [
  {"id": "a", "title": "Harbour budget vote delayed", "url": "www.site.example/news/a",
   "date_published": "2026-12-02T07:00:00Z"},
  {"id": "b", "title": "Orchestra opens winter season", "url": "/news/b",
   "date_published": "2026-11-26T07:00:00Z", "_newsrail": {"views": {"24h": 900}}},
  {"id": "c", "title": "Ferry timetable changes", "url": "/news/c",
   "date_published": "2026-12-02T06:00:00Z", "_newsrail": {"views": {"24h": 20}}}
 ]}
JSON
printf '{"version": 3}' >"${work}/unusable.json"

# --- validate --strict -------------------------------------------------------------------------
t_strict_warnings() {
  run validate --strict "${work}/warned.json"
  expect_rc 3 && expect_in out "host without a scheme" && expect_in out "--strict"
}
t_strict_warnings_json() {
  run validate --strict --json "${work}/warned.json"
  expect_rc 3 && expect_in out '"warnings":1'
}
t_warnings_without_strict() {
  run validate "${work}/warned.json"
  expect_rc 0
}
t_strict_clean() {
  run validate --strict "${example}"
  expect_rc 0
}
t_strict_unusable() {
  run validate --strict "${work}/unusable.json"
  expect_rc 1
}
t_help_exit_codes() {
  run validate --help
  expect_rc 0 && expect_in out "--strict" && expect_in out "3 "
}
check "validate --strict exits 3 on warnings" t_strict_warnings
check "validate --strict --json exits 3 on warnings" t_strict_warnings_json
check "validate without --strict exits 0 on warnings" t_warnings_without_strict
check "validate --strict exits 0 on a feed without warnings" t_strict_clean
check "validate --strict exits 1 on an unusable feed" t_strict_unusable
check "validate --help documents --strict and its exit code" t_help_exit_codes

# --- usage errors ------------------------------------------------------------------------------
t_read_next_needs_article() {
  run read-next "${demo}"
  expect_rc 2 && expect_in err "--article" && expect_in err "Usage: newsrail read-next FEED" &&
    expect_in err "Try 'newsrail read-next --help'" && expect_not_in out '"items"'
}
t_bad_value_hint() {
  run most-read "${demo}" --window 2x
  expect_rc 2 && expect_in err "\"2x\"" && expect_in err "Try 'newsrail most-read --help'" &&
    expect_not_in err "Try 'newsrail --help'"
}
t_bad_limit_hint() {
  run read-next "${demo}" --article x --limit 0
  expect_rc 2 && expect_in err "Try 'newsrail read-next --help'" && expect_not_in err "Try 'newsrail --help'"
}
t_unknown_command_hint() {
  run most-reed "${demo}"
  expect_rc 2 && expect_in err "Try 'newsrail --help'"
}
check "read-next without --article is a usage error with its usage" t_read_next_needs_article
check "a bad value names it and points to the subcommand's help" t_bad_value_hint
check "a bad --limit points to the subcommand's help" t_bad_limit_hint
check "an unknown command points to newsrail --help" t_unknown_command_hint

# --- what the lists say ------------------------------------------------------------------------
t_window_as_the_feed_names_it() {
  run most-read "${demo}" --window 2d
  expect_rc 0 && expect_in out "the feed has no 2d views; using 24h" && expect_not_in out "using 1d"
}
t_fill_order_explained() {
  run read-next "${work}/warned.json" --article a
  expect_rc 0 && expect_in out '"placement":"fill-overall"' && expect_in out '"views":900' &&
    expect_in out "below the relevance threshold are ordered by score"
}
check "--window 2d on a feed with 24h says it uses 24h" t_window_as_the_feed_names_it
check "Read Next's fill items show their views and the note says they are ordered by score" \
  t_fill_order_explained

# --- --pretty: every JSON-writing command ------------------------------------------------------
pretty_case() {  # ARGS...: with --pretty, indented and the same JSON as without
  "${cli}" "$@" >"${work}/compact.json" 2>/dev/null
  "${cli}" "$@" --pretty >"${work}/pretty.json" 2>"${work}/err"
  rc=$?
  expect_rc "$(
    "${cli}" "$@" >/dev/null 2>&1
    echo $?
  )" || return 1
  grep -q '^  "' "${work}/pretty.json" || {
    echo "  not indented:"
    show "${work}/pretty.json"
    return 1
  }
  same_json "${work}/compact.json" "${work}/pretty.json" || {
    echo "  --pretty changed the JSON"
    return 1
  }
}
check "most-read --pretty" pretty_case most-read "${demo}"
check "read-next --pretty" pretty_case read-next "${demo}" --article russia-armenia-azerbaijan-summit
check "ticker --pretty" pretty_case ticker "${demo}"
check "validate --json --pretty" pretty_case validate --json "${work}/warned.json"
check "pack --pretty" pretty_case pack "${example}"
check "synth --pretty" pretty_case synth 3
check "options --pretty" pretty_case options

# --- options --help: the table of every option (kRankingOptions), and the README's copy of it ---
options_help_case() {
  run options --help
  expect_rc 0 || return 1
  "${cli}" options >"${work}/defaults.json"
  # Every key of the JSON, under its group, on a line with its range and default.
  node -e 'const fs = require("fs");
    const options = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const lines = fs.readFileSync(process.argv[2], "utf8").split("\n");
    let group = "", missing = [];
    const seen = new Set();
    for (const line of lines) {
      if (/^[a-z_]+$/.test(line)) group = line;
      const m = /^  ([a-z_]+) +(\S.*?) {2,}(\S+) {2,}\S/.exec(line);
      if (m) seen.add(`${group}.${m[1]}`);
    }
    for (const [g, fields] of Object.entries(options))
      for (const k of Object.keys(fields)) if (!seen.has(`${g}.${k}`)) missing.push(`${g}.${k}`);
    if (missing.length) { console.log("  not in the table: " + missing.join(", ")); process.exit(1); }' \
    "${work}/defaults.json" "${work}/out" || return 1
  grep -qE '^  text_weight +0 \.\. 10 +1 +Weight of the TF-IDF cosine' "${work}/out" || {
    echo "  no 'text_weight  0 .. 10  1  Weight of ...' row"
    return 1
  }
  grep -qE '^  trending_smoothing +> 0 \.\. 1000000 +5 ' "${work}/out" || {
    echo "  no 'trending_smoothing  > 0 .. 1000000  5' row"
    return 1
  }
  grep -qE '^  default_lifetime +1s \.\. 36500d +6h ' "${work}/out" || {
    echo "  no 'default_lifetime  1s .. 36500d  6h' row"
    return 1
  }
}
check "options --help prints every option with its range, default and help" options_help_case

readme_options_table_case() {  # README's table is the output of options --help, not a copy by hand
  "${cli}" options --help | sed -n '/^most_read$/,$p' >"${work}/table"
  sed -n '/^<!-- newsrail options --help -->$/,/^```$/p' "${src}/README.md" | sed '1,2d;$d' \
    >"${work}/readme_table"
  [ -s "${work}/readme_table" ] || {
    echo "  README.md has no block after '<!-- newsrail options --help -->'"
    return 1
  }
  diff -u "${work}/table" "${work}/readme_table" >"${work}/diff" || {
    echo "  README.md's options table differs from 'newsrail options --help' (regenerate it):"
    show "${work}/diff"
    return 1
  }
}
check "README's options table is what options --help prints" readme_options_table_case

echo "${passed} passed, ${failed} failed"
[ "${failed}" -eq 0 ]
