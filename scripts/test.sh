#!/usr/bin/env bash
# Installs what is missing, then runs every test layer:
#   1. native cargo tests of the pure core,
#   2. wasm-bindgen tests in headless Chromium,
#   3. end-to-end tests of the release build served on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
ensure_chromium
ensure_axe
export CHROMEDRIVER=/usr/bin/chromedriver

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

echo "== 1/3 native tests (core)"
status=0
cargo test 2>&1 | tee -a "$LOG" || status=1

echo "== 2/3 browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test browser --test browser_canvas_tools 2>&1 | tee -a "$LOG" || status=1

echo "== 3/3 end-to-end tests (release build on loopback)"
if trunk build --release; then
  scripts/size-report.sh dist
  cargo test --test e2e --test e2e_library --test e2e_share --test e2e_editing --test e2e_colours --test e2e_threads --test e2e_worksheet --test e2e_scorecard --test e2e_templates --test e2e_export --test e2e_deploy --test e2e_canvas_layout --test e2e_accessibility -- --ignored --test-threads=1 2>&1 | tee -a "$LOG" || status=1
else
  echo "release build failed: end-to-end tests not run" >&2
  status=1
fi

# One closing line over all layers (cargo prints one per test binary),
# printed whether or not a layer failed.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i-1); if ($(i) ~ /^failed;?$/) f += $(i-1) } }
     END { printf "total: %d passed, %d failed\n", p, f }' "$LOG"
exit "$status"
