#!/usr/bin/env bash
# Installs everything newsrail needs on Debian 12, idempotently:
#   Debian packages, Dear ImGui 1.86 source (third_party/imgui), npm packages (web/node_modules).
# Honours IMGUI_DIR (a folder that already holds imgui.cpp) and NEWSRAIL_SKIP_APT=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

log() { printf '[setup] %s\n' "$*"; }
sudo_if() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(cmake ninja-build g++ emscripten nlohmann-json3-dev doctest-dev libexpat1-dev chromium
          xz-utils ca-certificates gzip brotli clang libclang-rt-14-dev fonts-dejavu-core
          flatbuffers-compiler libflatbuffers-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${NEWSRAIL_SKIP_APT:-0}" != 1 ] && [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_if apt-get update -qq
  sudo_if apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui 1.86 from Debian's source package, through a private apt configuration
# (scripts/apt/) so the system's sources are never rewritten.
imgui_dest="$root/third_party/imgui"
if [ -n "${IMGUI_DIR:-}" ]; then
  [ -f "$IMGUI_DIR/imgui.cpp" ] || { echo "[setup] IMGUI_DIR=$IMGUI_DIR has no imgui.cpp" >&2; exit 1; }
  log "using Dear ImGui from IMGUI_DIR=$IMGUI_DIR"
elif [ ! -f "$imgui_dest/imgui.cpp" ]; then
  log "fetching Dear ImGui 1.86 source from Debian's source package"
  state="$root/third_party/.apt"
  mkdir -p "$state/lists/partial" "$state/archives/partial" "$root/third_party"
  opts=(-o "Dir::Etc::SourceList=$root/scripts/apt/imgui-src.list"
        -o "Dir::Etc::SourceParts=/dev/null"
        -o "Dir::State::Lists=$state/lists"
        -o "Dir::Cache::Archives=$state/archives"
        -o "APT::Sandbox::User=root")
  apt-get "${opts[@]}" update -qq
  (cd "$state" && apt-get "${opts[@]}" source --download-only imgui=1.86+ds-1 >/dev/null 2>&1 \
     || apt-get "${opts[@]}" source --download-only imgui >/dev/null)
  tarball=$(ls "$state"/imgui_1.86*.orig.tar.* | head -n 1)
  rm -rf "$imgui_dest.tmp" && mkdir -p "$imgui_dest.tmp"
  tar -xf "$tarball" -C "$imgui_dest.tmp" --strip-components=1
  [ -f "$imgui_dest.tmp/imgui.cpp" ] || { echo "[setup] imgui.cpp missing in $tarball" >&2; exit 1; }
  rm -rf "$imgui_dest" && mv "$imgui_dest.tmp" "$imgui_dest"
fi

# npm packages for the browser tests (playwright-core drives /usr/bin/chromium; no browser download).
if [ ! -d web/node_modules/playwright-core ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  log "installing npm packages (web/)"
  (cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
log "ready"
