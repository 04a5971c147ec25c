#!/usr/bin/env python3
"""Shows Folio's and Pygments' kinds side by side for lines of a corpus file (debugging aid).

usage: show.py FOLDER FILE FIRST_LINE [LAST_LINE]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agreement as a  # noqa: E402


def runs(text, kinds, lo, hi):
    out, i = [], lo
    while i < hi:
        j = i
        while j < hi and kinds[j] == kinds[i]:
            j += 1
        out.append(f"{kinds[i] or 'plain'}«{text[i:j]}»")
        i = j
    return " ".join(out)


folder, name, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
last = int(sys.argv[4]) if len(sys.argv) > 4 else first
language, alias = a.LANGUAGES[folder]
path = os.path.join(a.CORPUS, folder, name)
text = open(path, encoding="utf-8").read()
mine = a.folio_kinds(language, [path])[path]
theirs = a.pygments_kinds(text, alias, a.LANGUAGE_MAPPING.get(folder, {}))
lines = text.split("\n")
offset = sum(len(l) + 1 for l in lines[: first - 1])
for n in range(first, last + 1):
    line = lines[n - 1]
    print(f"{n}: {line}")
    print("  pyg:", runs(text, theirs, offset, offset + len(line)))
    print("  fol:", runs(text, mine, offset, offset + len(line)))
    offset += len(line) + 1
