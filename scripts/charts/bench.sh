#!/usr/bin/env bash
# Builds the release chart benchmark and runs it: 3 series x 1,000,000 points -> Scene (+ SVG).
# Usage: scripts/charts/bench.sh [points-per-series] [--svg out.svg]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release $SWIFT_RELEASE_FLAGS --product folio-chart-bench >&2
exec "$(swift build -c release $SWIFT_RELEASE_FLAGS --show-bin-path)/folio-chart-bench" "$@"
