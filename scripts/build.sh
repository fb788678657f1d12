#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests (build/native) and the WebAssembly modules
# (build/wasm, copied to web/dist), then copies the loader (web/src/newsrail.js) to web/dist and
# packs the demo feeds into snapshots beside them (web/demo/*.nrs). Runs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export NODE_PATH=/usr/share/nodejs  # emcc needs Debian's acorn (../shared/TOOLCHAIN.md, quirk 1)
cmake --preset native >/dev/null
cmake --build --preset native
cmake --preset wasm >/dev/null
cmake --build --preset wasm
# The loader needs no build step (web/src/newsrail.js runs as it is); the copy served next to the
# core is minified by terser (web/package.json's devDependency, installed by setup.sh: comments
# and whitespace out, local names shortened; 13.1 -> 10.3 KB gzip on 2026-12-04). Its first
# comment, /*! ... */, stays.
mkdir -p web/dist
# The loader's UI strings are shared/i18n/strings.json's (`newsrail render` embeds the same file).
node scripts/strings.mjs
node web/node_modules/terser/bin/terser web/src/newsrail.js --compress --mangle --comments some \
  -o web/dist/newsrail.js
# The demo pages load snapshots, packed here from the JSON feeds (generated, never committed);
# web/demo/json.html keeps the JSON feed.
for feed in web/demo/feed.json web/demo/feed-ar.json; do
  build/native/tools/newsrail pack "$feed" --format binary > "${feed%.json}.nrs"
done
# The demo pages' fallback content (inside their <newsrail-*> elements), rendered from those feeds
# by `newsrail render`: the lists the widget shows on a first visit, for readers without JavaScript.
node scripts/demo-fallbacks.mjs
