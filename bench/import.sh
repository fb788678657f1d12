#!/usr/bin/env bash
# Times `newsrail import` of a 10,000-item RSS 2.0 file beside `newsrail validate` of the same feed
# as JSON (the importer's output), natively; medians of RUNS (default 5) runs. bench/import.md has
# the numbers; bench/out/import.json keeps the last run for bench/RESULTS.md. Needs the native build (cmake --build --preset native) and python3.
#   bench/import.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/build/native/tools/newsrail"
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" synth 10000 >"$work/synth.json"
python3 "$root/bench/make_rss.py" "$work/synth.json" --paragraphs 2 >"$work/feed.xml"
"$cli" import "$work/feed.xml" -o "$work/feed.json" 2>/dev/null

# median_ms CMD...: the median wall time of `runs` runs, in milliseconds.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

xml_bytes=$(stat -c %s "$work/feed.xml")
json_bytes=$(stat -c %s "$work/feed.json")
import_ms=$(median_ms "$cli" import "$work/feed.xml" -o "$work/out.json")
validate_ms=$(median_ms "$cli" validate "$work/feed.json")
mkdir -p "$root/bench/out"
# For bench/RESULTS.md (run-browser.sh's report reads it).
printf '{"date":"%s","loadavg":"%s","items":10000,"xml_bytes":%s,"json_bytes":%s,"runs":%s,"import_ms":%s,"validate_ms":%s}\n' \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$xml_bytes" "$json_bytes" "$runs" \
  "$import_ms" "$validate_ms" >"$root/bench/out/import.json"
echo "items: 10000; RSS $xml_bytes bytes, JSON $json_bytes bytes; median of $runs runs"
echo "newsrail import FEED.xml -o FEED.json: $import_ms ms"
echo "newsrail validate FEED.json:           $validate_ms ms"
