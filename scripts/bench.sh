#!/usr/bin/env bash
# Prints the speed and size figures (it asserts no timings: this machine is
# shared and noisy). Installs what is missing, like the other scripts.
#   1. page size (release build, gzip -9),
#   2. the drafts library in Rust (200 canvases x 50 notes, in memory),
#   3. "My canvases" in headless Chromium with 200 x 50 drafts in localStorage,
#   4. the editor with 40 and 500 notes in headless Chromium (open, keystroke),
#   5. share-link lengths of a hand-written corpus, beside lz-string and zlib-9.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
ensure_chromium
export CHROMEDRIVER=/usr/bin/chromedriver

echo "== size"
trunk build --release
scripts/size-report.sh dist
echo "== drafts library (native)"
cargo bench --bench library
echo "== My canvases in the browser"
cargo test --release --test bench_browser -- --ignored --nocapture 2>&1 | grep -v '^\s*$'
echo "== the editor with 40 and 500 notes in the browser"
cargo test --release --test bench_editor -- --ignored --nocapture 2>&1 | grep -v '^\s*$'
echo "== share links (length against lz-string and zlib-9 + base64url)"
cargo bench --bench share_link
