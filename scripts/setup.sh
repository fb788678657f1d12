#!/usr/bin/env bash
# Installs everything newsrail needs on Debian 12, idempotently:
#   Debian packages, Dear ImGui 1.86 and FriBidi 1.0.8 sources (third_party/), npm packages.
# Honours IMGUI_DIR (a folder that already holds imgui.cpp) and NEWSRAIL_SKIP_APT=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

log() { printf '[setup] %s\n' "$*"; }
sudo_if() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(cmake ninja-build g++ emscripten nlohmann-json3-dev doctest-dev libexpat1-dev chromium
          xz-utils ca-certificates gzip brotli clang libclang-rt-14-dev fonts-dejavu-core
          flatbuffers-compiler libflatbuffers-dev bzip2 fonttools
          libpcre2-dev zlib1g-dev goaccess sqlite3 python3)
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

# Third-party C/C++ sources from Debian's source packages, through a private apt configuration
# (scripts/apt/) so the system's sources are never rewritten; unpacked into the ignored third_party/.
# fetch_source PACKAGE VERSION DEST FILE: skips when DEST/FILE exists.
fetch_source() {
  local pkg=$1 version=$2 dest=$3 file=$4
  [ -f "$dest/$file" ] && return 0
  log "fetching $pkg $version source from Debian's source package"
  local state="$root/third_party/.apt"
  mkdir -p "$state/lists/partial" "$state/archives/partial" "$root/third_party"
  local opts=(-o "Dir::Etc::SourceList=$root/scripts/apt/imgui-src.list"
              -o "Dir::Etc::SourceParts=/dev/null"
              -o "Dir::State::Lists=$state/lists"
              -o "Dir::Cache::Archives=$state/archives"
              -o "APT::Sandbox::User=root")
  local upstream=${version%-*}
  if ! ls "$state/${pkg}_${upstream}".orig.tar.* >/dev/null 2>&1; then
    apt-get "${opts[@]}" update -qq
    (cd "$state" && apt-get "${opts[@]}" source --download-only "$pkg=$version" >/dev/null 2>&1 \
       || apt-get "${opts[@]}" source --download-only "$pkg" >/dev/null)
  fi
  local tarball
  tarball=$(ls "$state/${pkg}_${upstream%%+*}"*.orig.tar.* | head -n 1)
  rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
  tar -xf "$tarball" -C "$dest.tmp" --strip-components=1
  [ -f "$dest.tmp/$file" ] || { echo "[setup] $file missing in $tarball" >&2; exit 1; }
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
}

# Dear ImGui 1.86 (the console's UI).
if [ -n "${IMGUI_DIR:-}" ]; then
  [ -f "$IMGUI_DIR/imgui.cpp" ] || { echo "[setup] IMGUI_DIR=$IMGUI_DIR has no imgui.cpp" >&2; exit 1; }
  log "using Dear ImGui from IMGUI_DIR=$IMGUI_DIR"
else
  fetch_source imgui 1.86+ds-1 "$root/third_party/imgui" imgui.cpp
fi
# GNU FriBidi 1.0.8 (the console's bidi ordering and Arabic shaping; also built natively for tests).
fetch_source fribidi 1.0.8-2.1 "$root/third_party/fribidi" lib/fribidi.c

# npm packages for the browser tests (playwright-core drives /usr/bin/chromium; no browser download).
if [ ! -d web/node_modules/playwright-core ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  log "installing npm packages (web/)"
  (cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
log "ready"
