#!/usr/bin/env bash
# Measures the widget in headless Chromium (payload, time to render, the WebAssembly core against
# plain JavaScript, native against WebAssembly) and writes bench/RESULTS.md, with every raw number
# in bench/out/browser-results.json and the wasm code breakdown in bench/out/wasm-breakdown.json.
#
# A measurement, not a test (not run by scripts/test.sh; it never fails on time). It takes about
# 15-25 minutes on 2 cores. Read the load average it prints: other work on the machine stretches
# wall-clock times.
#
# Steps: ./scripts/build.sh (skipped with SKIP_BUILD=1; then the built files must exist);
# bench/run.sh when bench/out/ranking.txt (the native numbers) is missing; a helper that packs the
# full-text 10,000-article feed, which `newsrail pack` refuses (over 16 MiB); a copy of the wasm
# core relinked with --profiling-funcs from build/wasm's objects (for the code breakdown); then
# node bench/browser/run.mjs.
#
# Environment (all optional): SKIP_BUILD=1; REPS (page loads per feed and throttle, default 7),
# TRACE_REPS (3), REPEAT_REPS (5), COLD_REPS (5), WARM_REPS (12), WARM_DROP (6), THROTTLES ("1,4"),
# FEEDS ("full-100,packed-100,full-1000,packed-1000,notext-10000,packed-10000"), READ_NEXT_CALLS (25).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${root}/bench/out"
cd "${root}"
export NODE_PATH=/usr/share/nodejs  # emcc needs Debian's acorn

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./scripts/build.sh
fi
for f in build/native/tools/newsrail build/native/shared/libnewsrail_core.a web/dist/newsrail.js \
  web/dist/newsrail-core.mjs web/dist/newsrail-core.wasm web/node_modules/playwright-core; do
  if [[ ! -e "${f}" ]]; then
    echo "run-browser.sh: ${f} is missing; run ./scripts/build.sh (or drop SKIP_BUILD=1)" >&2
    exit 1
  fi
done
for tool in brotli gzip em++ c++filt g++; do
  command -v "${tool}" >/dev/null || { echo "run-browser.sh: ${tool} not found (scripts/setup.sh installs it)" >&2; exit 1; }
done

mkdir -p "${out}/bin" "${out}/wasm-profile"
echo "run-browser.sh: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# The native numbers the report compares with.
if [[ ! -s "${out}/ranking.txt" ]]; then
  echo "run-browser.sh: bench/out/ranking.txt is missing; running bench/run.sh (~1.5 min)"
  bench/run.sh >/dev/null
fi

# `newsrail pack` with the 16 MiB input limit lifted, checked against the CLI where both work.
g++ -std=c++17 -O2 -Ishared/include -Itestdata/include bench/browser/pack_large.cpp \
  build/native/testdata/libnewsrail_testdata.a build/native/shared/libnewsrail_core.a \
  -o "${out}/bin/pack_large"
if ! cmp -s <("${out}/bin/pack_large" 1000) <(build/native/tools/newsrail synth 1000 | build/native/tools/newsrail pack /dev/stdin); then
  echo "run-browser.sh: pack_large 1000 differs from 'newsrail synth 1000 | newsrail pack'" >&2
  exit 1
fi

# Each widget module relinked from build/wasm's objects with --profiling-funcs (names kept), using
# the link command CMake generated for it (so its flags are wasm/CMakeLists.txt's), then broken down
# by origin: newsrail-core for section 1 of RESULTS.md, newsrail-rank (snapshots) for section 0.
breakdown() {  # TARGET NAME OUT.json
  local link
  link="$(ninja -C build/wasm -t commands "$1" 2>/dev/null | tail -n 1 | sed -E 's/^: && //; s/ && cd .*$//')"
  if [[ "${link}" != *em++* || "${link}" != *"-o wasm/$2.mjs"* ]]; then
    echo "run-browser.sh: could not read the $1 link command from build/wasm" >&2
    exit 1
  fi
  link="${link/-o wasm\/$2.mjs/--profiling-funcs -o ${out}/wasm-profile/$2.mjs}"
  (cd build/wasm && set -f && eval "${link}")
  node bench/browser/wasm-breakdown.mjs "web/dist/$2.wasm" "${out}/wasm-profile/$2.wasm" "${out}/$3" >/dev/null
}
breakdown newsrail_wasm newsrail-core wasm-breakdown.json
breakdown newsrail_rank newsrail-rank wasm-breakdown-rank.json

# The same ranking calls natively and in the small module (bench/out/native-vs-wasm.json), and
# the RSS import beside validate (bench/out/import.json).
bench/native_vs_wasm.sh
bench/import.sh 5

PACK_LARGE="${out}/bin/pack_large" node bench/browser/run.mjs
echo "run-browser.sh: load average $(cut -d' ' -f1-3 /proc/loadavg); wrote bench/RESULTS.md"
