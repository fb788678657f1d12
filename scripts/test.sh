#!/usr/bin/env bash
# Runs every test on a fresh machine: set-up, native build + doctest (ctest), the WebAssembly
# build, the doctest suite again under ASan + UBSan, 60 s of each fuzz target, then the browser
# tests (node's test runner + playwright-core driving Debian's Chromium), which stay last.
set -euo pipefail
cd "$(dirname "$0")/.."
# Files the build writes but the repository keeps (the demo pages' fallbacks from `newsrail render`,
# the loader's copy of shared/i18n/strings.json): with NEWSRAIL_CHECK_GENERATED=1 (.ci/run) a build
# that changes them fails the run, so what is committed is what the build makes.
generated=(web/demo/*.html web/src/newsrail.js)
before=$(sha256sum "${generated[@]}")
./scripts/build.sh
if [ "${NEWSRAIL_CHECK_GENERATED:-0}" = 1 ] && [ "$(sha256sum "${generated[@]}")" != "${before}" ]; then
  echo "test.sh: the build rewrote files the repository keeps; commit them:" >&2
  diff <(echo "${before}") <(sha256sum "${generated[@]}") >&2 || true
  exit 1
fi
ctest --preset native
# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer (g++, build/asan: tests + CLI).
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
# Fuzzing: each libFuzzer target for 60 s (clang, build/fuzz); a crash is saved in
# tests/fuzz/crashes/ and fails the run.
./scripts/fuzz.sh 60
cd web && node --test --test-reporter=spec test/*.test.mjs
