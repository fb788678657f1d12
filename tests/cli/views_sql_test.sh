#!/usr/bin/env bash
# The counting rules twice, in C++ and in SQL, must agree: a generated access log (bots, assets,
# repeats within 30 minutes, query strings, bad lines, lines slightly out of order) is counted by
# `newsrail views` and, loaded into Debian's sqlite3, by shared/sql/views.sql whose CSV goes
# through `newsrail views --counts`: the two feeds must be byte-equal, for the combined format
# (gzipped) and for JSON lines (with prefetches); the same log split in two servers' files gives the
# same feed. ctest runs it as cli.views_sql; by hand:
#   tests/cli/views_sql_test.sh build/native/tools/newsrail .
set -u
cli=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
feed="${src}/web/demo/feed.json"
bots_json="${src}/web/node_modules/crawler-user-agents/crawler-user-agents.json"
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

"${cli}" views --print-bots -o "${work}/bots.csv" || fail "--print-bots"

for format in combined json; do
  log="${work}/access-${format}.log"
  python3 "${src}/bench/make_access_log.py" "${feed}" 6000 --seed 14 --span $((3 * 86400)) \
    --format "${format}" --bots "${bots_json}" --unvisited 2 --requests-csv "${work}/requests.csv" >"${log}" ||
    fail "${format}: the generator"
  if [ "${format}" = combined ]; then
    # Two servers' logs of the same hours (every other line), the second named first: merged by
    # time, they count as the one log does.
    awk 'NR % 2 == 0' "${log}" >"${work}/server-b.log"
    awk 'NR % 2 == 1' "${log}" >"${work}/server-a.log"
    "${cli}" views "${work}/server-b.log" "${work}/server-a.log" --feed "${feed}" \
      -o "${work}/servers.json" 2>/dev/null || fail "two servers' logs"
    gzip "${log}" && log="${log}.gz"
  fi

  "${cli}" views "${log}" --feed "${feed}" -o "${work}/cli.json" 2>"${work}/cli.err" ||
    fail "${format}: newsrail views exited $?"
  grep -q ' bad, ' "${work}/cli.err" || fail "${format}: no summary line"
  grep -Eq ' [1-9][0-9]* bots' "${work}/cli.err" || fail "${format}: no bot was dropped"
  grep -Eq ' [1-9][0-9]* repeats' "${work}/cli.err" || fail "${format}: no repeat was dropped"
  grep -q '(line ' "${work}/cli.err" || fail "${format}: no bad line reported with its number"
  [ "${format}" = json ] && { grep -Eq ' [1-9][0-9]* prefetch' "${work}/cli.err" || fail "json: no prefetch dropped"; }

  rm -f "${work}/db.sqlite"
  sqlite3 "${work}/db.sqlite" \
    "CREATE TABLE requests(time INTEGER, method TEXT, path TEXT, status INTEGER, user_agent TEXT, client TEXT, purpose TEXT);" \
    "CREATE TABLE bot_patterns(pattern TEXT);" \
    ".import --csv --skip 1 ${work}/requests.csv requests" \
    ".import --csv --skip 1 ${work}/bots.csv bot_patterns" \
    ".headers on" ".mode csv" ".read ${src}/shared/sql/views.sql" >"${work}/counts.csv" ||
    fail "${format}: sqlite3"
  "${cli}" views --counts "${work}/counts.csv" --feed "${feed}" -o "${work}/sql.json" \
    2>"${work}/sql.err" || fail "${format}: newsrail views --counts exited $?"
  grep -q ' 0 bad, ' "${work}/sql.err" || fail "${format}: bad rows in the SQL's CSV: $(cat "${work}/sql.err")"

  [ "${format}" = combined ] && { cmp -s "${work}/cli.json" "${work}/servers.json" ||
    fail "two servers' logs, merged, count differently from the one log"; }
  cmp -s "${work}/cli.json" "${work}/sql.json" || {
    fail "${format}: the SQL's counts differ from the CLI's"
    node -e '
      const [a, b] = process.argv.slice(1).map(f => JSON.parse(require("fs").readFileSync(f, "utf8")));
      a.items.forEach((it, i) => {
        const x = JSON.stringify(it._newsrail.views), y = JSON.stringify(b.items[i]._newsrail.views);
        if (x !== y) console.log("    " + it.id + ": cli " + x + " sql " + y);
      });' "${work}/cli.json" "${work}/sql.json" | head -n 5
  }
  # Not equal by being empty: the top item has views in every window, and some item has none.
  node -e '
    const f = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const v = f.items.map(it => it._newsrail.views);
    if (!v.every(x => Object.keys(x).join() === "1h,6h,24h,7d")) throw "not every item has the four windows";
    if (!v.some(x => x["1h"] > 0)) throw "no views in the last hour";
    if (!v.some(x => x["7d"] === 0)) throw "no item with zero views";' "${work}/cli.json" ||
    fail "${format}: the counts look empty"
done

# The adapter's edges: usage errors exit 2, an unreadable log 1, a bad CSV row is named by line.
"${cli}" views "${work}/requests.csv" >/dev/null 2>&1
[ $? -eq 2 ] || fail "no --feed: not a usage error"
echo x | "${cli}" views - --feed "${feed}" >/dev/null 2>&1
[ $? -eq 2 ] || fail "stdin without --now: not a usage error"
"${cli}" views "${work}/missing.log" --feed "${feed}" >/dev/null 2>&1
[ $? -eq 1 ] || fail "a missing log: not exit 1"
printf 'url,period,views\n/news/x,1h,3\n/news/x,1h,-4\n' >"${work}/bad.csv"
"${cli}" views --counts "${work}/bad.csv" --feed "${feed}" >/dev/null 2>"${work}/bad.err" ||
  fail "--counts with a bad row exited $?"
grep -q 'views must be an integer >= 0, not "-4" (line 3)' "${work}/bad.err" ||
  fail "the bad CSV row is not reported with its line: $(cat "${work}/bad.err")"

# --bots FILE replaces the embedded list: one whose pattern matches any user agent leaves no views.
printf '[{"pattern": "."}]' >"${work}/all-bots.json"
"${cli}" views "${work}/server-a.log" --feed "${feed}" --bots "${work}/all-bots.json" \
  -o "${work}/no-views.json" 2>/dev/null || fail "--bots FILE exited $?"
node -e '
  const f = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (f.items.some(it => Object.values(it._newsrail.views).some(v => v !== 0))) throw "views left";' \
  "${work}/no-views.json" || fail "--bots FILE: browsers still counted"

echo "views_sql: ${failed} failed"
[ "${failed}" -eq 0 ]
