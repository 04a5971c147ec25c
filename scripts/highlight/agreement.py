#!/usr/bin/env python3
"""Character-level agreement between Folio's highlighter and Pygments over Tests/HighlightCorpus.

For every corpus file both highlighters run; Pygments token types are mapped onto Folio's
TokenKind names (MAPPING below, most specific type first); each non-whitespace character
scores 1 when both agree. Prints language -> agreement% and, with --confusion, the most common
disagreements with examples. --readme rewrites the table in scripts/highlight/README.md.

usage: agreement.py [--confusion] [--readme] [LANGUAGE...]
"""
import collections
import os
import re
import subprocess
import sys

from pygments.lexers import get_lexer_by_name
from pygments.token import Token as T

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Tests", "HighlightCorpus")
DUMP = os.environ.get("FOLIO_DUMP", os.path.join(ROOT, ".build", "debug", "folio-highlight-dump"))

# Corpus folder -> (Folio language name, Pygments lexer alias). None: Pygments has no lexer.
LANGUAGES = {
    "python": ("python", "python"), "ipython": ("ipython", "ipythonconsole"),
    "bash": ("bash", "bash"), "console": ("console", "console"),
    "json": ("json", "json"), "jsonl": ("jsonl", "json"), "yaml": ("yaml", "yaml"),
    "toml": ("toml", "toml"), "ini": ("ini", "ini"), "hocon": ("hocon", None),
    "javascript": ("javascript", "javascript"), "typescript": ("typescript", "typescript"),
    "c": ("c", "c"), "cpp": ("c++", "cpp"), "cuda": ("cuda", "cuda"), "swift": ("swift", "swift"),
    "go": ("go", "go"), "rust": ("rust", "rust"), "java": ("java", "java"),
    "kotlin": ("kotlin", "kotlin"), "sql": ("sql", "sql"), "dockerfile": ("dockerfile", "docker"),
    "makefile": ("makefile", "make"), "diff": ("diff", "diff"), "html": ("html", "html"),
    "xml": ("xml", "xml"), "css": ("css", "css"), "markdown": ("markdown", "markdown"),
    "r": ("r", "r"), "julia": ("julia", "julia"), "scala": ("scala", "scala"),
}

# Pygments token type -> Folio kind (None = plain). The most specific listed ancestor wins.
MAPPING = {
    T: None, T.Text: None, T.Whitespace: None, T.Name: None, T.Name.Other: None,
    T.Name.Namespace: None, T.Name.Label: None, T.Punctuation: "punctuation",
    T.Keyword: "keyword", T.Keyword.Constant: "constant", T.Keyword.Type: "type",
    T.Name.Builtin: "builtin", T.Name.Builtin.Pseudo: "builtin", T.Name.Exception: "builtin",
    T.Name.Function: "function", T.Name.Class: "type", T.Name.Decorator: "decorator",
    T.Name.Variable: "variable", T.Name.Constant: "constant", T.Name.Property: "variable",
    T.Name.Attribute: "variable", T.Name.Tag: "keyword", T.Name.Entity: "escape",
    T.Literal: None, T.String: "string", T.String.Escape: "escape", T.String.Interpol: "interpolation",
    T.String.Doc: "doc-comment", T.String.Regex: "regex", T.String.Symbol: "constant",
    T.Number: "number", T.Literal.Date: "number",
    T.Comment: "comment", T.Comment.Preproc: "keyword", T.Comment.PreprocFile: "string",
    T.Comment.Special: "doc-comment",
    T.Operator: "operator", T.Operator.Word: "keyword",
    T.Generic: None, T.Generic.Inserted: "diff-added", T.Generic.Deleted: "diff-removed",
    T.Generic.Heading: "diff-header", T.Generic.Subheading: "diff-header",
    T.Generic.Prompt: "prompt", T.Generic.Output: "output", T.Generic.Error: "error",
    T.Generic.Traceback: "error", T.Error: "error",
}
# Where a language gives a Pygments type another meaning (Markdown headings are not diff headers).
LANGUAGE_MAPPING = {
    "json": {T.Name.Tag: "variable"}, "jsonl": {T.Name.Tag: "variable"}, "yaml": {T.Name.Tag: "variable", T.Name.Variable: None, T.Name.Constant: "string"},
    "markdown": {T.Generic.Heading: "keyword", T.Generic.Subheading: "keyword", T.Generic.Deleted: None,
                 T.Name.Entity: None, T.Name.Tag: None, T.Name.Attribute: "string", T.Name.Label: None},
    "ipython": {T.Generic.Heading: "prompt"},
}


def folio_kind(ttype, overrides):
    while ttype is not None:
        if ttype in overrides:
            return overrides[ttype]
        if ttype in MAPPING:
            return MAPPING[ttype]
        ttype = ttype.parent
    return None


def pygments_kinds(text, alias, overrides):
    lexer = get_lexer_by_name(alias, stripnl=False, ensurenl=True)
    kinds, src = [], []
    for ttype, value in lexer.get_tokens(text):
        k = folio_kind(ttype, overrides)
        kinds.extend([k] * len(value))
        src.append(value)
    joined = "".join(src)
    assert joined[: len(text)] == text, "Pygments changed the text"
    return kinds[: len(text)]


def folio_kinds(language, paths):
    out = subprocess.run([DUMP, language] + paths, capture_output=True, text=True, check=True).stdout
    result, current = {}, None
    for line in out.splitlines():
        if line.startswith("# "):
            current = result.setdefault(line[2:], [])
            continue
        kind, count = line.split("\t")
        current.extend([None if kind == "-" else kind] * int(count))
    return result


def corpus_files(folder):
    d = os.path.join(CORPUS, folder)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if not f.startswith("."))


def measure(folder, confusion):
    language, alias = LANGUAGES[folder]
    paths = corpus_files(folder)
    ours = folio_kinds(language, paths)
    agree = total = 0
    pairs = collections.Counter()
    examples = {}
    for path in paths:
        text = open(path, encoding="utf-8").read()
        mine = ours[path]
        assert len(mine) == len(text), f"{path}: Folio covered {len(mine)} of {len(text)} characters"
        if alias is None:
            continue
        theirs = pygments_kinds(text, alias, LANGUAGE_MAPPING.get(folder, {}))
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            total += 1
            if mine[i] == theirs[i]:
                agree += 1
            elif confusion:
                key = (theirs[i], mine[i])
                pairs[key] += 1
                if key not in examples:
                    line_start = text.rfind("\n", 0, i) + 1
                    line_end = text.find("\n", i)
                    examples[key] = f"{os.path.basename(path)}:{text.count(chr(10), 0, i) + 1}: " \
                        + text[line_start:line_end if line_end >= 0 else None][:120]
    size = sum(os.path.getsize(p) for p in paths)
    return (100.0 * agree / total if total else None), size, len(paths), pairs, examples


def main():
    args = sys.argv[1:]
    confusion = "--confusion" in args
    readme = "--readme" in args
    folders = [a for a in args if not a.startswith("--")] or [
        f for f in LANGUAGES if os.path.isdir(os.path.join(CORPUS, f))]
    rows = []
    for folder in folders:
        pct, size, count, pairs, examples = measure(folder, confusion)
        shown = "n/a" if pct is None else f"{pct:.2f}%"
        print(f"{folder:12} {shown:>8}  ({count} files, {size // 1024} KB)", flush=True)
        rows.append((folder, shown, count, size))
        for (theirs, mine), n in pairs.most_common(12):
            print(f"    pygments={theirs} folio={mine}: {n}   e.g. {examples[(theirs, mine)]}")
    if readme:
        write_readme(rows)


def write_readme(rows):
    path = os.path.join(ROOT, "scripts", "highlight", "README.md")
    table = "| language | agreement | corpus |\n|---|---:|---|\n" + "".join(
        f"| {f} | {s} | {n} files, {sz // 1024} KB |\n" for f, s, n, sz in rows)
    text = open(path).read() if os.path.exists(path) else "<!-- agreement -->\n<!-- /agreement -->\n"
    text = re.sub(r"<!-- agreement -->.*<!-- /agreement -->",
                  lambda _: "<!-- agreement -->\n" + table + "<!-- /agreement -->", text, flags=re.S)
    open(path, "w").write(text)


if __name__ == "__main__":
    main()
