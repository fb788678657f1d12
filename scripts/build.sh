#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests (build/native) and the WebAssembly module
# (build/wasm, copied to web/dist). Runs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export NODE_PATH=/usr/share/nodejs  # emcc needs Debian's acorn (../shared/TOOLCHAIN.md, quirk 1)
cmake --preset native >/dev/null
cmake --build --preset native
cmake --preset wasm >/dev/null
cmake --build --preset wasm
