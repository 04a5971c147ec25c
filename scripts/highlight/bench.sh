#!/usr/bin/env bash
# Highlights 1 MB of Python and 1 MB of JSON with Folio (release folio-highlight-dump) and with
# Pygments (lexing only, no formatter) in one run, and prints seconds and the speed ratio.
# Inputs are built from Tests/HighlightCorpus (repeated up to 1 MB). Best of 3 runs each.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release $SWIFT_RELEASE_FLAGS --product folio-highlight-dump >/dev/null 2>&1
DUMP="$(swift build -c release $SWIFT_RELEASE_FLAGS --show-bin-path 2>/dev/null)/folio-highlight-dump"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'PY'
import json, os, sys
work = sys.argv[1]
def fill(paths, size):
    parts = [open(p, encoding="utf-8").read() for p in paths]
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(parts[i % len(parts)]); i += 1
    return "".join(out)[:size].rsplit("\n", 1)[0] + "\n"
corpus = "Tests/HighlightCorpus"
py = sorted(os.path.join(corpus, "python", f) for f in os.listdir(os.path.join(corpus, "python")))
js = sorted(os.path.join(corpus, "json", f) for f in os.listdir(os.path.join(corpus, "json")))
open(os.path.join(work, "bench.py"), "w").write(fill(py, 1 << 20))
data = [json.load(open(p)) for p in js]
text = ""
while len(text) < (1 << 20):
    text += json.dumps(data, indent=2) + "\n"
open(os.path.join(work, "bench.json"), "w").write(text[: 1 << 20].rsplit("\n", 1)[0] + "\n")
PY

printf '%-8s %10s %12s %12s %8s\n' language bytes folio_s pygments_s ratio
for lang in python json; do
    file="$WORK/bench.$([ "$lang" = python ] && echo py || echo json)"
    folio=$("$DUMP" --time 3 "$lang" "$file" | awk '{print $1}')
    folio_best=$(for _ in 1 2 3; do "$DUMP" --time 1 "$lang" "$file" | awk '{print $1}'; done | sort -g | head -1)
    pyg=$(python3 - "$lang" "$file" <<'PY'
import sys, time
from pygments.lexers import get_lexer_by_name
lexer = get_lexer_by_name(sys.argv[1])
text = open(sys.argv[2], encoding="utf-8").read()
best = min((lambda t0: (sum(1 for _ in lexer.get_tokens(text)), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(3))
print(f"{best:.4f}")
PY
)
    best=$(printf '%s\n%s\n' "$folio" "$folio_best" | sort -g | head -1)
    printf '%-8s %10d %12.4f %12.4f %7.1fx\n' "$lang" "$(wc -c <"$file")" "$best" "$pyg" "$(echo "$pyg / $best" | bc -l)"
done
