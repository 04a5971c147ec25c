#!/usr/bin/env bash
# Times importing the 20,000-iteration offline session into a fresh workspace and answering its
# scalar widget, in a release build. Budget: under one second. Usage: scripts/workspace/bench.sh [zip] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release $SWIFT_RELEASE_FLAGS --product folio-workspace-bench >&2
exec "$(swift build -c release $SWIFT_RELEASE_FLAGS --show-bin-path)/folio-workspace-bench" \
    "${1:-samples/sessions/offline-0d5f3ba61a804ee788f0139afb40d01c.zip}" "${2:-5}"
