#!/usr/bin/env bash
# Fuzzes the share-link decoder and the stored formats' decoder with cargo
# fuzz (libFuzzer), each for a while:
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
log="$(mktemp)"
corpus="$(mktemp -d)"
trap 'rm -rf "$log" "$corpus"' EXIT
# Each target for that long: the share-link decoder, then the stored
# formats, seeded with the golden files (copied: libFuzzer writes into the
# first corpus folder, and the golden files must stay as they are).
cp ../tests/golden/*.json "$corpus/"
for target in share_link records; do
  # Old findings would make this run look failed: keep them aside.
  if [ -d "artifacts/$target" ] && ls "artifacts/$target"/crash-* >/dev/null 2>&1; then
    mv "artifacts/$target" "artifacts/$target.$(date +%s)"
  fi
  seeds=()
  [ "$target" = records ] && seeds=("$corpus")
  status=0
  cargo fuzz run "$target" -s none ${seeds[@]+"${seeds[@]}"} -- -max_total_time="$seconds" -max_len=8192 >"$log" 2>&1 || status=$?
  grep -E '^(Done|==[0-9]+== ERROR|.*panicked|SUMMARY)' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 30 "$log" >&2
    echo "[fuzz] $target failed (exit $status); findings, if any, are in fuzz/artifacts/$target/" >&2
    exit "$status"
  fi
  echo "[fuzz] $target: no crash in ${seconds} s"
done
