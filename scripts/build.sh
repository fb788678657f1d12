#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests (build/native) and the WebAssembly module
# (build/wasm, copied to web/dist), then copies the loader (web/src/newsrail.js) to web/dist.
# Runs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export NODE_PATH=/usr/share/nodejs  # emcc needs Debian's acorn (../shared/TOOLCHAIN.md, quirk 1)
cmake --preset native >/dev/null
cmake --build --preset native
cmake --preset wasm >/dev/null
cmake --build --preset wasm
# The loader needs no build step (web/src/newsrail.js runs as it is); the copy served next to the
# core drops the whole-line // comments, which are for readers of the source.
mkdir -p web/dist
sed -E '/^[[:space:]]*\/\/( |$)/d' web/src/newsrail.js > web/dist/newsrail.js
