#!/usr/bin/env bash
# The JSON path before and after a change: parse_feed + FeedIndex of synthetic feeds (1,000 and
# 10,000 articles, full text and packed), natively, for the current tree and for revision REV
# (default a9f292d: the core's own tape reader, before nlohmann-json read the feed).
#
#   bench/json_path.sh [REV]
#
# For each tree: instructions of one parse + index under callgrind (1,000-article feeds; counts
# do not depend on what else the machine does) and the best of 5 wall-clock runs (every feed).
# The same driver (bench/parse_once.cpp) is compiled against both cores. A measurement, not a
# test. Takes a few minutes (two core builds, callgrind).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:-a9f292d}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

build_core() {  # SRC BUILD -> BUILD/parse_once
  cmake -S "$1" -B "$2" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$2" --target newsrail_core >/dev/null
  g++ -O2 -g -std=c++17 -I"$1/shared/include" "$root/bench/parse_once.cpp" \
    "$2/shared/libnewsrail_core.a" -o "$2/parse_once"
}

echo "[json_path] building the core at $rev and at the current tree"
git -C "$root" worktree add --detach "$work/before-src" "$rev" >/dev/null 2>&1
build_core "$work/before-src" "$work/before"
build_core "$root" "$work/after"

echo "[json_path] writing the feeds"
cmake --build "$work/after" --target newsrail >/dev/null
cli="$work/after/tools/newsrail"
"$cli" synth 1000 >"$work/full-1000.json"
"$cli" pack "$work/full-1000.json" >"$work/packed-1000.json"
"$cli" synth 10000 >"$work/full-10000.json"
# 38 MB is over pack's 16 MiB limit: the packed 10,000 feed is packed from the feed without bodies
# (its terms come from titles, summaries and tags; same items, same size class as a packed feed).
"$cli" synth 10000 --no-text >"$work/short-10000.json"
"$cli" pack "$work/short-10000.json" >"$work/packed-10000.json"
printf '\n%-20s %14s %14s %7s %22s   %s\n' feed "Ir before" "Ir after" ratio "parse_feed Ir" "best of 5 wall clock (ms), before -> after"
for feed in full-1000 packed-1000 full-10000 packed-10000; do
  f="$work/$feed.json"
  ir=("-" "-")
  parse_ir=("-" "-")
  if [[ "$feed" == *-1000 ]]; then
    k=0
    for side in before after; do
      out="$work/cg-$side-$feed.out"
      ir[$k]=$(valgrind --tool=callgrind --callgrind-out-file="$out" "$work/$side/parse_once" "$f" 1 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
      # parse_feed alone (inclusive): what the JSON path costs, without the index build.
      parse_ir[$k]=$(callgrind_annotate --inclusive=yes "$out" 2>/dev/null |
        sed -n 's/^ *\([0-9,]*\) .*newsrail::parse_feed(.*/\1/p' | head -n 1 | tr -d ,)
      k=$((k + 1))
    done
  fi
  b=$("$work/before/parse_once" "$f" 5 | sed 's/.*items=\([0-9]*\) parse_ms=\([0-9.]*\) index_ms=\([0-9.]*\)/parse \2, index \3/')
  a=$("$work/after/parse_once" "$f" 5 | sed 's/.*items=\([0-9]*\) parse_ms=\([0-9.]*\) index_ms=\([0-9.]*\)/parse \2, index \3/')
  ratio="-"
  parse_ratio="-"
  [[ "${ir[0]}" != "-" ]] && ratio=$(awk "BEGIN{printf \"%.2fx\", ${ir[1]}/${ir[0]}}")
  [[ -n "${parse_ir[0]}" && "${parse_ir[0]}" != "-" && -n "${parse_ir[1]}" ]] &&
    parse_ratio="${parse_ir[0]} -> ${parse_ir[1]}"
  printf '%-20s %14s %14s %7s %22s   %s -> %s\n' "$feed" "${ir[0]}" "${ir[1]}" "$ratio" "$parse_ratio" "$b" "$a"
done
echo
echo "machine: $(nproc) cores, $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
