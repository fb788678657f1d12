#!/usr/bin/env bash
# Runs every test on a fresh machine: set-up, native build + doctest (ctest), the WebAssembly
# build, the doctest suite again under ASan + UBSan, 60 s of each fuzz target, then the browser
# tests (node's test runner + playwright-core driving Debian's Chromium), which stay last.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
ctest --preset native
# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer (g++, build/asan: tests + CLI).
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
# Fuzzing: each libFuzzer target for 60 s (clang, build/fuzz); a crash is saved in
# tests/fuzz/crashes/ and fails the run.
./scripts/fuzz.sh 60
cd web && node --test --test-reporter=spec test/*.test.mjs
