#!/usr/bin/env bash
# Prints the gzip size of each file in the release build and the total.
# Usage: scripts/size-report.sh [dist-folder]   (build first: trunk build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${1:-dist}"
# The budget is for what the first visit loads (everything but the
# templates, fetched when the gallery opens). It is issue 13's target: a
# miss is reported, never raised away. The .gz and .br copies the build
# writes beside each file are left out (a host sends one or the other),
# and so are the header files for hosts (no browser asks for them).
BUDGET_KB=300
[ -f "$DIST/index.html" ] || { echo "no release build in $DIST: run trunk build --release" >&2; exit 1; }
total_raw=0
total_gz=0
page_gz=0
page_br=0
# The brotli column reads the .br copy the build wrote (0 where there is none).
printf '%-52s %10s %10s %10s\n' "file" "bytes" "gzip -9" "brotli"
while IFS= read -r -d '' f; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=0
  [ -f "$f.br" ] && br=$(wc -c < "$f.br")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  case "${f#"$DIST"/}" in templates/* | _headers | .htaccess) ;; *) page_gz=$((page_gz + gz)); page_br=$((page_br + br)) ;; esac
  printf '%-52s %10d %10d %10d\n' "${f#"$DIST"/}" "$raw" "$gz" "$br"
done < <(find "$DIST" -type f ! -name '*.gz' ! -name '*.br' -print0 | sort -z)
printf '%-52s %10d %10d\n' "total" "$total_raw" "$total_gz"
awk -v br="$page_br" 'BEGIN { if (br > 0) printf "first visit from a host that sends the .br copies: %.1f KB\n", br / 1024 }'
awk -v gz="$total_gz" -v page="$page_gz" -v budget="$BUDGET_KB" 'BEGIN {
  printf "gzipped total: %.1f KB; first visit (all but templates/): %.1f KB (budget %d KB): %s\n", gz / 1024, page / 1024, budget, (page <= budget * 1024 ? "within budget" : "OVER BUDGET")
}'
