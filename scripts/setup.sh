#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips what is
# already present at the right version. Safe to run again and again.
# Sourcing it also puts the tools on PATH for the calling script.
set -euo pipefail

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TOOLS_DIR="${LMC_TOOLS_DIR:-$HOME/.cache/learning-model-canvas-tools}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

export PATH="$HOME/.cargo/bin:$TOOLS_DIR/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*" >&2; }

# The wasm-bindgen CLI must match the library version pinned in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# The Rust toolchain (rustup, cargo) and Node's npm are expected on the
# machine; npm is installed from Debian if it is missing. Rust cannot be
# installed from Debian at the version we need, so say so plainly.
ensure_base() {
  if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
    echo "[setup] Rust is required: install rustup with stable 1.95 or newer, then run this again" >&2
    exit 1
  fi
  if ! command -v npm >/dev/null; then
    say "installing npm from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm
  fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then return; fi
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want" &&
     wasm-bindgen-test-runner --version 2>/dev/null | grep -q "$want"; then
    return
  fi
  say "installing wasm-bindgen-cli $want (about 3 minutes)"
  # --locked fails here: a locked dependency is missing from the registry.
  cargo install wasm-bindgen-cli --version "$want" --force
}

ensure_wasm_opt() {
  if wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then return; fi
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
}

# npm packages for the tests (axe-core, injected by the end-to-end tests)
# and the benchmark (Lighthouse), pinned, into the tools folder.
AXE_VERSION=4.10.3
LIGHTHOUSE_VERSION=12.2.3

ensure_npm_package() {
  local name="$1" version="$2"
  local installed="$TOOLS_DIR/node_modules/$name/package.json"
  if [ -f "$installed" ] && grep -q "\"version\": \"$version\"" "$installed"; then return; fi
  say "installing $name@$version (npm) into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "$name@$version"
}

ensure_axe() { ensure_npm_package axe-core "$AXE_VERSION"; }
ensure_lighthouse() { ensure_npm_package lighthouse "$LIGHTHOUSE_VERSION"; }

# Chromium and its driver for the browser tests; poppler's pdftotext reads
# back what a printout holds.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && command -v pdftotext >/dev/null; then return; fi
  say "installing chromium, chromium-driver and poppler-utils from Debian"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils
}

# The build writes brotli copies of the site (scripts/precompress.sh).
ensure_brotli() {
  if command -v brotli >/dev/null; then return; fi
  say "installing brotli from Debian"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq brotli
}

ensure_build_tools() {
  ensure_base
  ensure_brotli
  ensure_wasm_target
  ensure_wasm_opt
  ensure_wasm_bindgen
  ensure_trunk
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-all}" in
    build) ensure_build_tools ;;
    all) ensure_build_tools; ensure_chromium; ensure_axe ;;
    *) echo "usage: scripts/setup.sh [build|all]" >&2; exit 2 ;;
  esac
  say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
fi
