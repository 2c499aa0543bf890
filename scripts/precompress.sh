#!/usr/bin/env bash
# Trunk post-build step (after csp.sh, which changes index.html and sw.js):
# writes file.gz (gzip -9) and file.br (brotli -q 11) beside every file of
# the built site, so a static host that serves precompressed files sends
# them without compressing on the fly. Needs gzip and brotli (Debian's
# `brotli`; scripts/setup.sh installs it).
set -euo pipefail
dir="${1:-${TRUNK_STAGING_DIR:?run by trunk, or pass the site folder}}"
command -v brotli >/dev/null || { echo "precompress.sh: brotli is missing (run scripts/setup.sh)" >&2; exit 1; }
find "$dir" -type f ! -name '*.gz' ! -name '*.br' -print0 |
  while IFS= read -r -d '' f; do
    gzip -9 -n -c "$f" > "$f.gz"
    brotli -q 11 -f -o "$f.br" "$f"
  done
