#!/usr/bin/env bash
# Plot widget benchmark: a 500-task x 6-axis parallel coordinates chart and a 1000 x 1000
# heatmap, each through scene build + layout + Cairo PDF and PNG (release build), then, when
# plotly + kaleido are importable, the Plotly peer on the same parcoords size, and the ratio.
# Usage: scripts/plots/bench.sh [--tasks N] [--cells M] [--out DIR]
#   PEER_PYTHON: the python with plotly + kaleido (default /tmp/plots-venv/bin/python, else python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
TASKS=500
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do [[ ${args[i]} == --tasks ]] && TASKS=${args[i + 1]}; done
swift build -c release $SWIFT_RELEASE_FLAGS --product folio-plots-bench >&2
bench="$(swift build -c release $SWIFT_RELEASE_FLAGS --show-bin-path)/folio-plots-bench"
folio_json=$("$bench" "$@")
echo "$folio_json"

PY=${PEER_PYTHON:-/tmp/plots-venv/bin/python}
[[ -x $PY ]] || PY=python3
if ! "$PY" -c 'import plotly, kaleido' 2>/dev/null; then
    echo "peer: plotly/kaleido not importable by $PY; Folio numbers only" >&2
    exit 0
fi
export BROWSER_PATH=${BROWSER_PATH:-/usr/bin/chromium}
start=$(date +%s.%N)
peer_json=$(CHART_TASKS=$TASKS "$PY" /work/shared/bench/chart_peer.py plotly-parcoords /tmp/folio-plots-bench/peer)
end=$(date +%s.%N)
echo "$peer_json"
FOLIO_JSON="$folio_json" PEER_JSON="$peer_json" PEER_WALL=$(echo "$end - $start" | bc) python3 - <<'PY'
import json, os
folio = next(json.loads(l) for l in os.environ["FOLIO_JSON"].splitlines() if '"parcoords' in l)
peer = json.loads(os.environ["PEER_JSON"].strip().splitlines()[-1])
inproc = peer.get("total_in_process_s") or 0
wall = float(os.environ["PEER_WALL"])
ours = folio["total_s"]
print(f"parcoords {folio['chart']}: folio {ours*1000:.1f} ms (scene+layout+pdf+png) vs plotly+kaleido "
      f"{wall*1000:.0f} ms wall" + (f", {inproc*1000:.0f} ms in-process (import+build+export)" if inproc else "")
      + f"; ratio {wall/ours:.0f}x wall" + (f", {inproc/ours:.0f}x in-process" if inproc else "") + " (target >= 50x)")
PY
