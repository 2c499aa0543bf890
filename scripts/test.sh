#!/usr/bin/env bash
# Installs what is missing, checks the code, then runs every test layer:
#   0. cargo fmt --check, clippy (native and wasm32) and cargo doc, warnings denied,
#   1. native cargo tests of the pure core (and the golden files),
#   2. wasm-bindgen tests in headless Chromium (the crate tests/browser/),
#   3. end-to-end tests of the release build served on loopback (tests/e2e/).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
ensure_chromium
ensure_axe
export CHROMEDRIVER=/usr/bin/chromedriver

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

status=0
echo "== 0/3 checks: format, lints (native and wasm32), docs"
cargo fmt --check || { echo "cargo fmt --check: run cargo fmt" >&2; status=1; }
cargo clippy --all-targets -- -D warnings || status=1
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings || status=1
# Intra-doc links are checked; a broken one fails like a warning.
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --document-private-items || status=1

echo "== 1/3 native tests (core)"
cargo test 2>&1 | tee -a "$LOG" || status=1

echo "== 2/3 browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee -a "$LOG" || status=1

echo "== 3/3 end-to-end tests (release build on loopback)"
if trunk build --release; then
  scripts/size-report.sh dist
  cargo test --test e2e -- --ignored --test-threads=1 2>&1 | tee -a "$LOG" || status=1
else
  echo "release build failed: end-to-end tests not run" >&2
  status=1
fi

# One closing line over all layers (cargo prints one per test binary),
# printed whether or not a layer failed.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i-1); if ($(i) ~ /^failed;?$/) f += $(i-1) } }
     END { printf "total: %d passed, %d failed\n", p, f }' "$LOG"
exit "$status"
