#!/usr/bin/env bash
# Trunk's post-build hook: the policy hash first (it changes index.html),
# then the precompressed copies of every file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/csp.sh"
bash "$here/precompress.sh"
