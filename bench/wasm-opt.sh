#!/usr/bin/env bash
# Compares build flags of the widget's wasm core: builds it with each NEWSRAIL_WASM_OPT below into
# build/wasm-opt/<name> (the widget's own build, build/wasm, is not touched), then prints each
# module's size (raw, gzip -9) and nr_load_feed's time in Node (bench/wasm-load.mjs) on a
# synthetic feed of 1,000 articles, full text and packed. A measurement, not a test; about 5
# minutes on 2 cores. Needs ./scripts/build.sh first (the native CLI makes the feeds).
#
#   bench/wasm-opt.sh          the flags wasm/CMakeLists.txt compares in its comment
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${root}"
export NODE_PATH=/usr/share/nodejs  # emcc needs Debian's acorn
cli=build/native/tools/newsrail
[[ -x "${cli}" ]] || { echo "wasm-opt.sh: ${cli} is missing; run ./scripts/build.sh" >&2; exit 1; }
out=build/wasm-opt
mkdir -p "${out}"
"${cli}" synth 1000 > "${out}/full-1000.json"
"${cli}" pack "${out}/full-1000.json" > "${out}/packed-1000.json"

declare -A flags=(
  [Oz-no-inlining]="-Oz"
  [Oz]="-Oz;-sINLINING_LIMIT=0"
  [O2]="-O2;-sINLINING_LIMIT=0"
)
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for name in Oz-no-inlining Oz O2; do
  dir="${out}/${name}"
  cmake -S . -B "${dir}" -G Ninja -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake \
    -DCMAKE_BUILD_TYPE=MinSizeRel "-DNEWSRAIL_WASM_OPT=${flags[$name]}" -DNEWSRAIL_WEB_DIST="${dir}/dist" >/dev/null
  cmake --build "${dir}" --target newsrail_wasm >/dev/null
  wasm="${dir}/dist/newsrail-core.wasm"
  echo "${name} (${flags[$name]}): $(wc -c < "${wasm}") bytes, $(gzip -9c "${wasm}" | wc -c) gzip"
  for feed in full-1000 packed-1000; do
    echo "  $(node bench/wasm-load.mjs "${dir}/dist" "${out}/${feed}.json")"
  done
done
