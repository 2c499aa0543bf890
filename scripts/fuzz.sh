#!/usr/bin/env bash
# Fuzzes the share-link decoder with cargo fuzz (libFuzzer) for a while:
#   bash scripts/fuzz.sh [seconds]   (default 120)
# Installs cargo-fuzz if it is missing. Runs on stable Rust: no sanitizer
# (-s none), which needs no nightly flags; the decoder is safe Rust, so
# what we look for is panics, caught either way.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz (about 2 minutes)" >&2
  cargo install cargo-fuzz --locked
fi
seconds="${1:-120}"
cd fuzz
cargo fuzz run share_link -s none -- -max_total_time="$seconds" -max_len=4096 2>&1 |
  grep -E '^(#[0-9]+ +DONE|Done|==|.*panicked|.*SUMMARY|.*crash)' || true
# cargo fuzz exits non-zero on a finding; the pipeline hides it, so check.
if ls artifacts/share_link/crash-* >/dev/null 2>&1; then
  echo "[fuzz] crashes found: fuzz/artifacts/share_link/" >&2
  exit 1
fi
echo "[fuzz] no crash in ${seconds} s"
