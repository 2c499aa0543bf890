#!/usr/bin/env bash
# Prints the speed and size figures (it asserts no timings: this machine is
# shared and noisy). Installs what is missing, like the other scripts.
#   1. page size (release build, gzip -9),
#   2. the drafts library in Rust (200 canvases x 50 notes, in memory), and
#      the largest inputs the readers accept (5,000 notes, 20,000 links, a
#      1 MiB note: exports, thread, thread check, link counts, compare),
#   3. "My canvases" in headless Chromium with 200 x 50 drafts in localStorage,
#   4. the editor empty and with 40 and 500 notes in headless Chromium (DOM
#      and listeners per note, open, keystroke beside a bare textarea, autosave),
#   5. share-link lengths of a hand-written corpus, beside lz-string and zlib-9,
#   6. the mobile page-load audit (Lighthouse 12, mobile preset, the built
#      site served with gzip).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
ensure_chromium
ensure_lighthouse
export CHROMEDRIVER=/usr/bin/chromedriver

echo "== size"
trunk build --release
scripts/size-report.sh dist
echo "== drafts library (native)"
cargo bench --bench library
echo "== largest accepted inputs (native)"
cargo bench --bench large_inputs
echo "== My canvases in the browser"
cargo test --release --test bench_browser -- --ignored --nocapture 2>&1 | grep -v '^\s*$'
echo "== the editor, empty and with 40 and 500 notes, in the browser"
cargo test --release --test bench_editor -- --ignored --nocapture 2>&1 | grep -v '^\s*$'
echo "== the largest inputs in the browser (5,000 notes and 20,000 links; a 1 MB note)"
cargo test --release --test bench_large -- --ignored --nocapture 2>&1 | grep -v '^\s*$'
echo "== share links (length against lz-string and zlib-9 + base64url)"
cargo bench --bench share_link
echo "== mobile page-load audit (Lighthouse $LIGHTHOUSE_VERSION, mobile preset, served with gzip)"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 scripts/serve-gzip.py dist "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 1
report="$(mktemp -d)/lighthouse.json"
for run in 1 2 3; do
  CHROME_PATH=/usr/bin/chromium lighthouse "http://127.0.0.1:$port/" --quiet \
    --only-categories=performance --output=json --output-path="$report" \
    --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "lighthouse run $run failed"; continue; }
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const a = r.audits;
    console.log(`  run ${process.argv[2]}: performance ${r.categories.performance.score.toFixed(2)} (target >= 0.95), ` +
      `largest contentful paint ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(2)} s (target <= 2.5 s), ` +
      `first contentful paint ${(a["first-contentful-paint"].numericValue / 1000).toFixed(2)} s, ` +
      `total blocking time ${Math.round(a["total-blocking-time"].numericValue)} ms, ` +
      `transfer ${(a["total-byte-weight"].numericValue / 1024).toFixed(1)} KB`);
  ' "$report" "$run"
done
