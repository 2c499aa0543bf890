#!/usr/bin/env bash
# Trunk post-build hook: puts the hash of the inline loader script Trunk
# writes into index.html's Content-Security-Policy, so that one script may
# run and no other inline script can. Needs only perl and coreutils.
set -euo pipefail
html="${TRUNK_STAGING_DIR:?run by trunk}/index.html"
hex=$(perl -0777 -ne 'print $1 if /<script type="module">(.*?)<\/script>/s' "$html" | sha256sum | cut -d' ' -f1)
hash=$(perl -e 'print pack("H*", shift)' "$hex" | base64 -w0)
SOURCE="'sha256-$hash'" perl -0777 -pi -e 's{LOADER_HASH}{$ENV{SOURCE}}' "$html"
grep -q "sha256-$hash" "$html" || { echo "csp.sh: the policy was not filled in" >&2; exit 1; }
