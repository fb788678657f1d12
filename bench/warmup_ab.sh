#!/usr/bin/env bash
# The loader's idle warm-up, A/B: the snapshot page's first view (bench/browser/run.mjs, section 0's
# measurement) with the loader of REV (default ab8ac84: one nr_warm call) and with the loader in
# the tree (nr_warm repeated in idle time until the feed is here). Both are minified as build.sh
# does; web/dist/newsrail.js is rebuilt from the tree at the end, and bench/out/browser-results.json
# and bench/RESULTS.md are put back as they were. Prints, per loader and feed, the medians of feed
# -> rendered, nr_load_snapshot and one JSON.parse of the packed JSON feed. A measurement, not a
# test; about 3 minutes on an idle machine. Needs ./scripts/build.sh first.
#
#   bench/warmup_ab.sh [REV]        FEEDS, REPS, THROTTLES as bench/browser/run.mjs reads them
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-ab8ac84}"
terser=web/node_modules/terser/bin/terser
work=$(mktemp -d /tmp/newsrail-warmup.XXXXXX)
cp bench/out/browser-results.json "${work}/saved.json" 2>/dev/null || true
cp bench/RESULTS.md "${work}/RESULTS.md"
restore() {
  node "${terser}" web/src/newsrail.js --compress --mangle --comments some -o web/dist/newsrail.js
  [ -f "${work}/saved.json" ] && cp "${work}/saved.json" bench/out/browser-results.json
  cp "${work}/RESULTS.md" bench/RESULTS.md
  rm -rf "${work}"
}
trap restore EXIT
export FEEDS="${FEEDS:-snapshot-1000,snapshot-10000}" REPS="${REPS:-7}" THROTTLES="${THROTTLES:-1,4}"
export TRACE_REPS=0 COLD_REPS=0 WARM_REPS=0 REPEAT_REPS=0
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; FEEDS=${FEEDS} REPS=${REPS} THROTTLES=${THROTTLES}"
for which in "${rev}" tree; do
  if [ "${which}" = tree ]; then cp web/src/newsrail.js "${work}/loader.js"; else git show "${which}:web/src/newsrail.js" > "${work}/loader.js"; fi
  node "${terser}" "${work}/loader.js" --compress --mangle --comments some -o web/dist/newsrail.js
  # run.mjs renders RESULTS.md from its partial results and may fail doing so: the raw numbers are written first.
  node bench/browser/run.mjs > "${work}/run-${which}.log" 2>&1 || true
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const med = (a) => { a = [...a].sort((x, y) => x - y); return a[Math.floor(a.length / 2)]; };
    for (const [k, v] of Object.entries(r.widget)) {
      if (k.endsWith("-repeat")) continue;
      const runs = v.runs;
      console.log(`${process.argv[2].padEnd(8)} ${k.padEnd(20)} feed -> rendered ${med(runs.map((x) => x.dom)).toFixed(1)} ms, ` +
        `nr_load_snapshot ${med(runs.map((x) => x.byName.load_snapshot || 0)).toFixed(1)} ms, ` +
        `JSON.parse ${med(runs.map((x) => x.yardstick.parseMs)).toFixed(1)} ms (${runs.length} loads, load ${v.loadavg.join(" ")})`);
    }' bench/out/browser-results.json "${which}"
done
