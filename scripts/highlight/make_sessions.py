#!/usr/bin/env python3
"""Generates the console and ipython corpus files by really running commands and doctest examples.

console: shell commands run with bash in this checkout, written as `$ command` + output.
ipython: the doctest examples of a few stdlib modules (PSF licence) re-run and written as
In [n]: / ...: / Out[n]: transcripts.
"""
import contextlib
import doctest
import io
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Tests", "HighlightCorpus")

COMMANDS = [
    "echo \"$HOME\" && uname -s", "python3 --version", "ls -1 scripts/highlight | head -5",
    "git -C /opt/swift-packages/apple/swift-argument-parser.git log --format='%h %s' -8 1.8.2",
    "export LANG=C.UTF-8; printf '%s\\n' \"${LANG%%.*}\"", "for f in a b c; do echo \"item $f\"; done",
    "cat /etc/os-release | head -4", "wc -l Tests/HighlightCorpus/python/*.py",
    "grep -n 'def ' Tests/HighlightCorpus/python/graphlib.py | head -6", "python3 -c 'print(2**10)'",
    "test -d /tmp && echo yes || echo no", "awk -F: '{print $1}' /etc/passwd | head -3",
    "du -sh Tests/HighlightCorpus/* | sort -h | tail -4", "x=$((3 * 7)); echo $x",
    "find scripts -name '*.py' | sort", "git -C /opt/swift-packages/apple/swift-argument-parser.git tag | tail -5",
    "head -c 120 /etc/services; echo", "env -i PATH=/usr/bin sh -c 'echo $PATH'",
    "seq 1 5 | paste -sd+ | bc", "date -u -d @0 +%Y-%m-%dT%H:%M:%SZ",
    "git -C /opt/swift-packages/apple/swift-argument-parser.git show --stat 1.8.2 | head -12",
    "python3 -m json.tool <<< '{\"a\": [1, 2, {\"b\": null}]}'", "ls /usr/include | head -8",
    "git -C /opt/swift-packages/apple/swift-nio.git log --stat -3 --format='commit %H%nAuthor: %an%n%n    %s%n'",
    "pip list 2>/dev/null | head -25", "python3 -m pip show pygments", "swift --version 2>&1",
    "ls -la /etc | head -20", "cat Tests/HighlightCorpus/toml/pyproject.toml | head -30",
    "grep -rn 'TODO' Tests/HighlightCorpus/python | head -5", "for i in $(seq 1 3); do printf 'run %d\\n' $i; done",
    "export CLEARML_API_HOST=https://api.clear.ml && env | grep CLEARML", "tar --version | head -1",
    "python3 -c 'import sys; print(sys.version_info)'", "uname -m; nproc", "which python3 git bash",
    "git -C /opt/swift-packages/apple/swift-argument-parser.git ls-tree --name-only HEAD",
    "head -20 Tests/HighlightCorpus/yaml/ci.yml", "echo $((16#ff)) $((2**8))", "cat /etc/hostname >/dev/null && echo ok",
]
PROMPTS = ["$ ", "user@host:~/folio$ ", "(venv) $ ", "# ", "[user@host folio]$ "]

MODULES = ["fractions", "statistics", "textwrap", "collections", "itertools", "decimal", "difflib", "heapq", "bisect", "functools"]


def console():
    out = []
    for n, cmd in enumerate(COMMANDS):
        result = subprocess.run(["bash", "-c", cmd], cwd=ROOT, capture_output=True, text=True)
        out.append(PROMPTS[n % len(PROMPTS)] + cmd + "\n" + result.stdout + result.stderr)
    os.makedirs(os.path.join(CORPUS, "console"), exist_ok=True)
    open(os.path.join(CORPUS, "console", "session.console"), "w").write("".join(out))


def ipython():
    parser, out, n = doctest.DocTestParser(), [], 1
    for name in MODULES:
        module = __import__(name)
        ns = {name: module}
        exec(f"from {name} import *", ns)
        tests = doctest.DocTestFinder().find(module)
        for test in tests:
            for ex in test.examples:
                buf = io.StringIO()
                value = None
                try:
                    with contextlib.redirect_stdout(buf):
                        try:
                            value = eval(compile(ex.source, "<in>", "eval"), ns)
                        except SyntaxError:
                            exec(compile(ex.source, "<in>", "exec"), ns)
                except Exception as e:  # noqa: BLE001 - transcripts show errors too
                    buf.write(f"---------------------------------------------------------------------------\n"
                              f"{type(e).__name__}: {e}\n")
                lines = ex.source.rstrip("\n").split("\n")
                prefix = f"In [{n}]: "
                cont = " " * (len(prefix) - 5) + "...: "
                out.append(prefix + lines[0] + "\n" + "".join(cont + l + "\n" for l in lines[1:]))
                out.append(buf.getvalue())
                if value is not None:
                    out.append(f"Out[{n}]: {value!r}\n")
                out.append("\n")
                n += 1
        if sum(map(len, out)) > 40000:
            break
    os.makedirs(os.path.join(CORPUS, "ipython"), exist_ok=True)
    open(os.path.join(CORPUS, "ipython", "doctests.ipython"), "w").write("".join(out))


if __name__ == "__main__":
    console()
    ipython()
