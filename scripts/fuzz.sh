#!/usr/bin/env bash
# Fuzzes the share-link decoder with cargo fuzz (libFuzzer) for a while:
#   bash scripts/fuzz.sh [seconds]   (default 120)
# Installs cargo-fuzz if it is missing. Runs on stable Rust: no sanitizer
# (-s none), which needs no nightly flags; the decoder is safe Rust, so
# what we look for is panics, caught either way. Exits non-zero on a crash
# or on any other failure of the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz (about 2 minutes)" >&2
  cargo install cargo-fuzz --locked
fi
seconds="${1:-120}"
cd fuzz
# Old findings would make this run look failed: keep them aside.
if [ -d artifacts/share_link ] && ls artifacts/share_link/crash-* >/dev/null 2>&1; then
  mv artifacts/share_link "artifacts/share_link.$(date +%s)"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
cargo fuzz run share_link -s none -- -max_total_time="$seconds" -max_len=4096 >"$log" 2>&1 || status=$?
grep -E '^(Done|==[0-9]+== ERROR|.*panicked|SUMMARY)' "$log" || true
if [ "$status" -ne 0 ]; then
  tail -n 30 "$log" >&2
  echo "[fuzz] failed (exit $status); findings, if any, are in fuzz/artifacts/share_link/" >&2
  exit "$status"
fi
echo "[fuzz] no crash in ${seconds} s"
