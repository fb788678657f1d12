#!/usr/bin/env bash
# `newsrail views` beside GoAccess 1.7 (Debian's goaccess, what publishers read these logs with)
# on the same generated combined-format log, in the same run: wall time, lines per second and peak
# RSS (/usr/bin/time -v) for both; then newsrail alone on a log of SMALL lines at the same request
# rate, to show its memory does not grow with the number of lines; and on the gzipped log.
# bench/views.md explains it; bench/out/views.json keeps the last run for bench/RESULTS.md.
# Needs the native build, python3, goaccess, /usr/bin/time (scripts/setup.sh installs them).
#   bench/views.sh [LINES [SMALL]]      (defaults 5000000 and 1000000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/build/native/tools/newsrail"
lines=${1:-5000000}
small=${2:-1000000}
day=86400
span=$((8 * day))  # the big log covers 8 days; the small one the same rate, so a shorter span
small_span=$((span * small / lines))
work="$root/bench/out/views"
mkdir -p "$work"

"$cli" synth 1000 --no-text >"$work/feed.json"
# Logs are kept between runs (the same arguments give the same bytes).
make_log() {  # make_log N SPAN OUT
  [ -s "$3" ] && [ "$(cat "$3.args" 2>/dev/null)" = "$1 $2" ] && return 0
  python3 "$root/bench/make_access_log.py" "$work/feed.json" "$1" --span "$2" --seed 7 >"$3"
  echo "$1 $2" >"$3.args"
}
make_log "$lines" "$span" "$work/access.log"
make_log "$small" "$small_span" "$work/small.log"
[ "$work/access.log.gz" -nt "$work/access.log" ] || gzip -1 -k -f "$work/access.log"

# measure NAME CMD...: runs CMD under /usr/bin/time -v; sets NAME_s (wall seconds) and NAME_kb.
measure() {
  local name=$1
  shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/$name.time" || { cat "$work/$name.time"; exit 1; }
  local wall kb
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$name.time" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$name.time")
  printf -v "${name}_s" '%s' "$wall"
  printf -v "${name}_kb" '%s' "$kb"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
measure newsrail "$cli" views "$work/access.log" --feed "$work/feed.json" -o "$work/feed-views.json"
measure goaccess goaccess "$work/access.log" --log-format=COMBINED --no-global-config \
  --no-progress -o "$work/goaccess.json"
now=$(sed -n 's/^views: .* lines up to \([^ ]*\): .*/\1/p' "$work/newsrail.time")  # its summary line
measure newsrail_now "$cli" views "$work/access.log" --feed "$work/feed.json" --now "$now" -o /dev/null
measure newsrail_gz "$cli" views "$work/access.log.gz" --feed "$work/feed.json" -o /dev/null
measure newsrail_small "$cli" views "$work/small.log" --feed "$work/feed.json" -o /dev/null
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
bytes=$(stat -c %s "$work/access.log")
gz_bytes=$(stat -c %s "$work/access.log.gz")
printf '{"date":"%s","commit":"%s","loadavg_before":"%s","loadavg_after":"%s","lines":%s,"bytes":%s,"gz_bytes":%s,' \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(git -C "$root" rev-parse --short HEAD)" "$load_before" \
  "$load_after" "$lines" "$bytes" "$gz_bytes" >"$root/bench/out/views.json"
printf '"newsrail_s":%s,"newsrail_kb":%s,"goaccess_s":%s,"goaccess_kb":%s,"newsrail_now_s":%s,"newsrail_now_kb":%s,"newsrail_gz_s":%s,"newsrail_gz_kb":%s,"small_lines":%s,"newsrail_small_s":%s,"newsrail_small_kb":%s}\n' \
  "$newsrail_s" "$newsrail_kb" "$goaccess_s" "$goaccess_kb" "$newsrail_now_s" "$newsrail_now_kb" \
  "$newsrail_gz_s" "$newsrail_gz_kb" "$small" "$newsrail_small_s" "$newsrail_small_kb" \
  >>"$root/bench/out/views.json"

echo "log: $lines lines, $bytes bytes ($gz_bytes gzipped), 1000-item feed; load $load_before -> $load_after"
printf '%-44s %8s s %10s lines/s %8s MB peak RSS\n' \
  "newsrail views (finds now: 2 passes)" "$newsrail_s" "$(rate "$lines" "$newsrail_s")" "$((newsrail_kb / 1024))" \
  "newsrail views --now (1 pass)" "$newsrail_now_s" "$(rate "$lines" "$newsrail_now_s")" "$((newsrail_now_kb / 1024))" \
  "newsrail views, the log gzipped" "$newsrail_gz_s" "$(rate "$lines" "$newsrail_gz_s")" "$((newsrail_gz_kb / 1024))" \
  "goaccess --log-format=COMBINED -o x.json" "$goaccess_s" "$(rate "$lines" "$goaccess_s")" "$((goaccess_kb / 1024))" \
  "newsrail views, $small lines (same rate)" "$newsrail_small_s" "$(rate "$small" "$newsrail_small_s")" "$((newsrail_small_kb / 1024))"
awk -v a="$goaccess_s" -v b="$newsrail_s" 'BEGIN { printf "newsrail / goaccess throughput: %.1fx\n", a / b }'
