#!/usr/bin/env bash
# Re-records the conformance snapshots from real node (v20 must be on PATH).
# Usage: conformance/record.sh [filter]
set -euo pipefail
cd "$(dirname "$0")/.."
node --version | grep -q '^v20' || { echo "record.sh needs node v20 on PATH" >&2; exit 1; }
RUNNEL_CONFORMANCE_RECORD=node INSTA_UPDATE=always INSTA_FORCE_PASS=1 \
  cargo test -p conformance --test snapshots -- "$@"
