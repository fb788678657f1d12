#!/usr/bin/env bash
# Runs every test on a fresh machine: set-up, native build + doctest (ctest), the WebAssembly
# build, then the browser tests (node's test runner + playwright-core driving Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
ctest --preset native
cd web && node --test --test-reporter=spec test/*.test.mjs
