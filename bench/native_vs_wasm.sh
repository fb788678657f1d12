#!/usr/bin/env bash
# The same ranking calls natively and in WebAssembly (the small module, newsrail-rank, in Node 20),
# on snapshots of 1,000 and 10,000 synthetic articles: bench/rank_calls.cpp and
# bench/rank-calls.mjs answer the same requests (most_read, read_next, ticker through the service
# layer's answer_json, request JSON in and answer JSON out) and print median times; this script
# checks both gave the same answers (a hash of all of them) and writes
# bench/out/native-vs-wasm.json, which bench/RESULTS.md reports. A measurement, never a test.
#
#   bench/native_vs_wasm.sh            (REPS=30 by default; about 1 minute on an idle machine)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${root}"
reps="${REPS:-30}"
out="${root}/bench/out"
mkdir -p "${out}/native-vs-wasm"
cmake --build --preset native --target newsrail newsrail_rank_calls >/dev/null
[ -f web/dist/newsrail-rank.wasm ] || { echo "native_vs_wasm.sh: build the wasm preset first" >&2; exit 1; }
bin=build/native/tools/newsrail
pin=()
if command -v taskset >/dev/null 2>&1 && taskset -c 1 true 2>/dev/null; then pin=(taskset -c 1); fi
work="${out}/native-vs-wasm"
results="{\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"loadavg_start\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"reps\":${reps},\"node\":\"$(node --version)\",\"sizes\":{"
first=1
for n in 1000 10000; do
  if [ "$n" -le 1000 ]; then "${bin}" synth "$n" > "${work}/full-$n.json"; else "${bin}" synth "$n" --no-text > "${work}/full-$n.json"; fi
  "${bin}" pack "${work}/full-$n.json" > "${work}/packed-$n.json"
  "${bin}" pack "${work}/full-$n.json" --format binary > "${work}/snapshot-$n.nrs"
  node bench/rank-calls.mjs --write-requests "${work}/snapshot-$n.nrs" "${work}/packed-$n.json" > "${work}/requests-$n.tsv"
  native=$("${pin[@]}" build/native/bench/newsrail_rank_calls "${work}/snapshot-$n.nrs" "${work}/requests-$n.tsv" "${reps}")
  wasm=$("${pin[@]}" node bench/rank-calls.mjs "${work}/snapshot-$n.nrs" "${work}/requests-$n.tsv" "${reps}")
  node -e '
    const [a, b] = process.argv.slice(1).map((s) => JSON.parse(s));
    for (const k of Object.keys(a)) if (a[k].hash !== b[k].hash) { console.error(`native_vs_wasm.sh: ${k}: the answers differ`); process.exit(1); }' "${native}" "${wasm}"
  [ $first = 1 ] || results+=","
  first=0
  results+="\"$n\":{\"native\":${native},\"wasm\":${wasm}}"
done
results+="},\"loadavg_end\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
echo "${results}" > "${out}/native-vs-wasm.json"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const [n, s] of Object.entries(r.sizes))
    for (const q of Object.keys(s.native))
      console.log(`${n} ${q}: ${s.native[q].calls} calls, native ${s.native[q].median_us} us, wasm ${s.wasm[q].median_us} us, ${(s.wasm[q].median_us / s.native[q].median_us).toFixed(2)}x`);' "${out}/native-vs-wasm.json"
