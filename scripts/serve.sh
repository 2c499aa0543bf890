#!/usr/bin/env bash
# Installs what is missing, then serves the app on http://127.0.0.1:8080.
# Extra arguments go to `trunk serve` (for example --release or --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
exec trunk serve "$@"
