#!/usr/bin/env bash
# The offline click benchmark (issue 12), before and after: builds bench/click_bench.cpp against
# the core at d0791a6 (git archive into a temporary folder: the working tree is not touched) and
# runs it and the current build's on the same report tasks (300 per language, en/es/ar feeds of
# 2000 synthetic articles). With --tune, first runs the coordinate search on the separate tuning
# set and prints the options it chose. Output: markdown tables for bench/RESULTS.md.
#
# Usage: bench/click_bench.sh [--tune] [--tasks N]
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=300
tune=0
while [ $# -gt 0 ]; do
  case "$1" in
    --tune) tune=1 ;;
    --tasks) tasks="$2"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
after=build/native/bench/newsrail_click_bench
[ -x "${after}" ] || { echo "build first: cmake --build --preset native" >&2; exit 1; }

old=$(mktemp -d /tmp/newsrail-d0791a6.XXXXXX)
trap 'rm -rf "${old}"' EXIT
git archive d0791a6 | tar -x -C "${old}"
ln -s "$(pwd)/third_party" "${old}/third_party"
[ -d web/node_modules ] && ln -s "$(pwd)/web/node_modules" "${old}/web/node_modules"
cmake -S "${old}" -B "${old}/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "${old}/build" newsrail_core newsrail_testdata >/dev/null
mkdir -p "${old}/include/newsrail"
cp shared/include/newsrail/click_eval.h testdata/include/newsrail/click_tasks.h "${old}/include/newsrail/"
g++ -O2 -std=c++17 -DNDEBUG -I "${old}/include" \
  -I "${old}/shared/include" -I "${old}/testdata/include" \
  bench/click_bench.cpp shared/src/click_eval.cpp testdata/src/click_tasks.cpp \
  "${old}/build/testdata/libnewsrail_testdata.a" "${old}/build/shared/libnewsrail_core.a" \
  -o "${old}/click_bench_before"

if [ "${tune}" = 1 ]; then
  echo "### Tuning (coordinate search on the tuning set)"
  "${after}" --tune --tasks "${tasks}" 2>&1
fi
echo "### Before (the code at d0791a6, its default options)"
"${old}/click_bench_before" --tasks "${tasks}"
echo
echo "### After (this build, its default options)"
"${after}" --tasks "${tasks}"
