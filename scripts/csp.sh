#!/usr/bin/env bash
# Trunk post-build hook: puts the hash of the inline loader script Trunk
# writes into index.html's Content-Security-Policy, so that one script may
# run and no other inline script can; and stamps the build on the service
# worker's cache name, so each new version installs afresh. Needs only perl
# and coreutils.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
html="$dir/index.html"
count=$(grep -c '<script' "$html" || true)
[ "$count" = 1 ] || { echo "csp.sh: expected one inline script in index.html, found $count" >&2; exit 1; }
script=$(perl -0777 -ne 'print $1 if /<script type="module">(.*?)<\/script>/s' "$html"; printf x)
script=${script%x}
[ -n "$script" ] || { echo "csp.sh: the loader script was not found" >&2; exit 1; }
hex=$(printf '%s' "$script" | sha256sum | cut -d' ' -f1)
hash=$(perl -e 'print pack("H*", shift)' "$hex" | base64 -w0)
SOURCE="'sha256-$hash'" perl -0777 -pi -e 's{LOADER_HASH}{$ENV{SOURCE}}' "$html"
grep -q "sha256-$hash" "$html" || { echo "csp.sh: the policy was not filled in" >&2; exit 1; }
if [ -f "$dir/sw.js" ]; then
  STAMP="${hex:0:16}" perl -pi -e 's{BUILD_STAMP}{$ENV{STAMP}}' "$dir/sw.js"
fi
