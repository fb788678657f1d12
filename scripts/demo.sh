#!/usr/bin/env bash
# Builds everything and serves the demo on http://localhost:${PORT:-8080}/demo/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
