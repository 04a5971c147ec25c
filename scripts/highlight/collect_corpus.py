#!/usr/bin/env python3
"""Copies the real-world highlight corpus into Tests/HighlightCorpus and writes SOURCES.md.

Each entry: (folder, source, licence, byte cap). Sources are files on the build machine, or
`git:REPO@REV:PATH` inside a local package checkout; files are cut at a line boundary to the cap,
CRLF is normalised to LF (Pygments does the same), and a final newline is ensured.
Folders filled by other means (generated transcripts, files fetched from public repositories) are
listed in EXTRA and kept as they are.
"""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Tests", "HighlightCorpus")
PY = "/root/.pyenv/versions/3.11.7/lib/python3.11"
INC = "/root/.pyenv/versions/3.11.7/include/python3.11"
GCS = "/usr/lib/google-cloud-sdk"
NPM = "/usr/lib/node_modules/npm"
AP = "/opt/swift-packages/apple"
RUSTDOC = "/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html"
# Rust code blocks from The Rust Programming Language book shipped with rustup (MIT OR Apache-2.0).
RUST_BOOK_CHAPTERS = ["ch08-02-strings", "ch09-02-recoverable-errors-with-result", "ch10-01-syntax",
                      "ch10-02-traits", "ch13-01-closures", "ch15-02-deref", "ch16-03-shared-state",
                      "ch17-02-trait-objects", "ch18-03-oo-design-patterns", "ch20-04-advanced-functions-and-closures",
                      "ch21-02-multithreaded", "ch12-03-improving-error-handling-and-modularity"]
PSF, MIT, APACHE, BSD = "PSF-2.0", "MIT", "Apache-2.0", "BSD-3-Clause"

ENTRIES = [
    ("python", f"{PY}/textwrap.py", PSF, 0), ("python", f"{PY}/shlex.py", PSF, 0),
    ("python", f"{PY}/string.py", PSF, 0), ("python", f"{PY}/graphlib.py", PSF, 0),
    ("python", f"{PY}/dataclasses.py", PSF, 30000),
    ("bash", "/root/.pyenv/libexec/pyenv-init", MIT, 0), ("bash", "/root/.pyenv/libexec/pyenv-rehash", MIT, 0),
    ("bash", "/root/.pyenv/libexec/pyenv-versions", MIT, 0), ("bash", "/root/.pyenv/libexec/pyenv-help", MIT, 0),
    ("bash", "/root/.pyenv/libexec/pyenv-sh-shell", MIT, 0), ("bash", "/root/.pyenv/libexec/pyenv", MIT, 0),
    ("bash", "/root/.pyenv/libexec/pyenv-latest", MIT, 0), ("bash", "/root/.pyenv/libexec/pyenv-which", MIT, 0),
    ("c", f"{INC}/object.h", PSF, 0), ("c", f"{INC}/pyport.h", PSF, 0), ("c", "/usr/include/zlib.h", "Zlib", 30000),
    ("cpp", f"{PY}/test/test_cppext/extension.cpp", PSF, 0),
    ("cpp", f"{PY}/site-packages/numpy/_core/tests/data/generate_umath_validation_data.cpp", BSD, 0),
    ("cpp", f"{NPM}/node_modules/node-gyp/src/win_delay_load_hook.cc", MIT, 0),
    ("cpp", f"git:{AP}/swift-crypto.git@HEAD:Sources/CCryptoBoringSSL/crypto/bytestring/cbs.cc", APACHE, 0),
    ("cpp", f"git:{AP}/swift-crypto.git@HEAD:Sources/CCryptoBoringSSL/crypto/pool/pool.cc", APACHE, 0),
    ("dockerfile", "git:/opt/swift-packages/Quick/Nimble.git@HEAD:Dockerfile.test", APACHE, 0),
    ("dockerfile", "git:/opt/swift-packages/adam-fowler/compress-nio.git@HEAD:docker/Dockerfile", APACHE, 0),
    ("dockerfile", f"git:{AP}/swift-configuration.git@HEAD:Examples/reloading-example/Dockerfile", APACHE, 0),
    ("dockerfile", f"git:{AP}/swift-docc-plugin.git@HEAD:Dockerfile", APACHE, 0),
    ("dockerfile", f"git:{AP}/swift-nio-ssl.git@HEAD:docker/Dockerfile", APACHE, 0),
    ("dockerfile", "git:/opt/swift-packages/hummingbird-project/hummingbird.git@HEAD:Dockerfile", APACHE, 0),
    ("toml", f"{PY}/test/test_tomllib/data/valid/dates-and-times/datetimes.toml", PSF, 0),
    ("toml", f"{PY}/test/test_tomllib/data/valid/five-quotes.toml", PSF, 0),
    ("toml", f"{PY}/test/test_tomllib/data/valid/apostrophes-in-literal-string.toml", PSF, 0),
    ("toml", f"{PY}/test/test_tomllib/data/valid/boolean.toml", PSF, 0),
    ("toml", f"{GCS}/platform/gsutil/third_party/idna/pyproject.toml", BSD, 0),
    ("toml", f"{GCS}/platform/gsutil/third_party/pyparsing/pyproject.toml", MIT, 0),
    ("toml", "/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/lib/rustlib/multirust-channel-manifest.toml", "MIT OR Apache-2.0", 16000),
    ("sql", "/usr/share/postgresql/15/extension/ltree--1.1.sql", "PostgreSQL", 0),
    ("sql", "/usr/share/postgresql/15/extension/hstore--1.4.sql", "PostgreSQL", 0),
    ("sql", "/usr/share/postgresql/15/extension/btree_gin--1.0.sql", "PostgreSQL", 20000),
    ("dockerfile", "/root/.pyenv/test/Dockerfile", MIT, 0),
    ("dockerfile", f"{GCS}/platform/ext-runtime/go/data/Dockerfile", APACHE, 0),
    ("dockerfile", f"{GCS}/platform/ext-runtime/nodejs/data/Dockerfile", APACHE, 0),
    ("dockerfile", f"{GCS}/platform/ext-runtime/python/data/Dockerfile.preamble", APACHE, 0),
    ("dockerfile", f"{GCS}/platform/ext-runtime/python/data/Dockerfile.install_app", APACHE, 0),
    ("dockerfile", f"{GCS}/platform/ext-runtime/python/data/Dockerfile.requirements_txt", APACHE, 0),
    ("dockerfile", f"{GCS}/platform/ext-runtime/php/templates/Dockerfile.template", APACHE, 0),
    ("dockerfile", f"{GCS}/platform/ext-runtime/ruby/templates/Dockerfile.template", APACHE, 0),
    ("makefile", f"{PY}/config-3.11-x86_64-linux-gnu/Makefile", PSF, 40000),
    ("javascript", f"{PY}/site-packages/werkzeug/debug/shared/debugger.js", BSD, 0),
    ("javascript", f"{NPM}/node_modules/glob/dist/esm/walker.js", "BlueOak-1.0.0", 0),
    ("javascript", f"{NPM}/node_modules/eastasianwidth/eastasianwidth.js", MIT, 0),
    ("typescript", f"{NPM}/node_modules/glob/dist/commonjs/glob.d.ts", "BlueOak-1.0.0", 0),
    ("typescript", f"{NPM}/node_modules/glob/dist/commonjs/walker.d.ts", "BlueOak-1.0.0", 0),
    ("typescript", f"{NPM}/node_modules/glob/dist/commonjs/pattern.d.ts", "BlueOak-1.0.0", 0),
    ("typescript", f"{NPM}/node_modules/glob/dist/commonjs/processor.d.ts", "BlueOak-1.0.0", 0),
    ("css", f"{PY}/site-packages/werkzeug/debug/shared/style.css", BSD, 0),
    ("css", f"{PY}/site-packages/docutils/writers/s5_html/themes/default/pretty.css", "Public-Domain", 0),
    ("css", f"{PY}/site-packages/docutils/writers/html5_polyglot/minimal.css", "BSD-2-Clause", 0),
    ("css", f"{PY}/site-packages/docutils/writers/html5_polyglot/plain.css", "BSD-2-Clause", 0),
    ("html", f"{NPM}/docs/output/configuring-npm/folders.html", "Artistic-2.0", 0),
    ("html", f"{PY}/site-packages/moto/moto_server/templates/dashboard.html", APACHE, 0),
    ("yaml", f"{GCS}/lib/googlecloudsdk/schemas/networksecurity/v1/TlsInspectionPolicy.yaml", APACHE, 0),
    ("yaml", f"{GCS}/lib/googlecloudsdk/schemas/networksecurity/v1/ServerTlsPolicy.yaml", APACHE, 0),
    ("yaml", f"{GCS}/platform/gsutil/third_party/charset_normalizer/.github/workflows/ci.yml", MIT, 0),
    ("yaml", f"{GCS}/platform/gsutil/third_party/idna/.github/workflows/python-package.yml", BSD, 0),
    ("yaml", f"{GCS}/platform/gsutil/third_party/httplib2/.github/workflows/test.yaml", MIT, 0),
    ("json", f"{PY}/site-packages/boto3/data/s3/2006-03-01/resources-1.json", APACHE, 0),
    ("json", f"{PY}/site-packages/boto3/data/iam/2010-05-08/resources-1.json", APACHE, 0),
    ("json", f"{PY}/site-packages/boto3/data/dynamodb/2012-08-10/resources-1.json", APACHE, 0),
    ("toml", f"{NPM}/node_modules/node-gyp/gyp/pyproject.toml", BSD, 0),
    ("toml", f"{GCS}/platform/gsutil/third_party/urllib3/pyproject.toml", MIT, 0),
    ("toml", f"{GCS}/platform/gsutil/third_party/argcomplete/pyproject.toml", APACHE, 0),
    ("ini", f"{GCS}/platform/gsutil/gslib/vendored/oauth2client/tox.ini", APACHE, 0),
    ("ini", f"{PY}/test/configdata/cfgparser.1", PSF, 0), ("ini", f"{PY}/test/configdata/cfgparser.2", PSF, 0),
    ("ini", f"{PY}/test/configdata/cfgparser.3", PSF, 0), ("ini", f"{PY}/site-packages/pycparser/_c_ast.cfg", BSD, 0),
    ("ini", f"{PY}/test/libregrtest/mypy.ini", PSF, 0), ("ini", f"{PY}/site-packages/numpy/typing/tests/data/mypy.ini", BSD, 0),
    ("swift", f"git:{AP}/swift-argument-parser.git@1.8.2:Sources/ArgumentParser/Parsing/ArgumentSet.swift", APACHE, 0),
    ("swift", f"git:{AP}/swift-argument-parser.git@1.8.2:Sources/ArgumentParser/Usage/HelpGenerator.swift", APACHE, 0),
    ("swift", f"git:{AP}/swift-argument-parser.git@1.8.2:Sources/ArgumentParser/Parsing/SplitArguments.swift", APACHE, 0),
    ("go", "/usr/share/doc/git/contrib/persistent-https/client.go", APACHE, 0),
    ("go", "/usr/share/doc/git/contrib/persistent-https/main.go", APACHE, 0),
    ("go", "/usr/share/doc/git/contrib/persistent-https/proxy.go", APACHE, 0),
    ("go", "/usr/share/doc/git/contrib/persistent-https/socket.go", APACHE, 0),
    ("xml", "/usr/share/doc/libxmlsec1-dev/examples/verify4-bad-res.xml", MIT, 0),
    ("xml", "/usr/share/doc/libxmlsec1-dev/examples/encrypt1-tmpl.xml", MIT, 0),
    ("xml", "/usr/share/doc/libxmlsec1-dev/examples/sign2-doc.xml", MIT, 0),
    ("xml", f"{RUSTDOC}/book/img/trpl17-09.svg", "MIT OR Apache-2.0", 0),
    ("xml", f"{RUSTDOC}/book/img/trpl17-03.svg", "MIT OR Apache-2.0", 0),
    ("rust", "/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html/error_codes/main.rs", "MIT OR Apache-2.0", 0),
    ("markdown", f"{RUSTDOC}/releases.md", "MIT OR Apache-2.0", 20000),
    ("markdown", f"git:{AP}/swift-argument-parser.git@1.8.2:README.md", APACHE, 0),
    ("markdown", f"git:{AP}/swift-argument-parser.git@1.8.2:CONTRIBUTING.md", APACHE, 0),
    ("markdown", f"git:{AP}/swift-collections.git@HEAD:README.md", APACHE, 0),
    ("markdown", f"{PY}/site-packages/pyparsing/ai/best_practices.md", MIT, 0),
]


def read(source):
    if source.startswith("git:"):
        repo, rest = source[4:].split("@", 1)
        return subprocess.run(["git", "-C", repo, "show", rest], capture_output=True, check=True).stdout
    return open(source, "rb").read()


def rust_book():
    import html
    import re
    blocks = []
    for chapter in RUST_BOOK_CHAPTERS:
        page = open(f"{RUSTDOC}/book/{chapter}.html", encoding="utf-8").read()
        for m in re.finditer(r'<code class="language-rust[^"]*">(.*?)</code>', page, re.S):
            code = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
            blocks.append(code.rstrip("\n") + "\n")
    os.makedirs(os.path.join(CORPUS, "rust"), exist_ok=True)
    text = "\n".join(blocks)
    text = text[: text.rfind("\n", 0, 36000) + 1]
    open(os.path.join(CORPUS, "rust", "rust-book-examples.rs"), "w").write(text)
    return (f"| rust/rust-book-examples.rs | code blocks of {', '.join(RUST_BOOK_CHAPTERS)} in `{RUSTDOC}/book` "
            f"(The Rust Programming Language) | MIT OR Apache-2.0 |")


def jsonl():
    """JSON Lines made from the boto3 resource models: one resource per line (Apache-2.0 data)."""
    import json
    lines = []
    for path in ["s3/2006-03-01", "iam/2010-05-08", "dynamodb/2012-08-10", "ec2/2016-11-15"]:
        model = json.load(open(f"{PY}/site-packages/boto3/data/{path}/resources-1.json"))
        for name, resource in sorted(model.get("resources", {}).items()):
            lines.append(json.dumps({"service": path.split("/")[0], "resource": name, **resource}))
    os.makedirs(os.path.join(CORPUS, "jsonl"), exist_ok=True)
    text = "\n".join(lines) + "\n"
    text = text[: text.rfind("\n", 0, 40000) + 1]
    open(os.path.join(CORPUS, "jsonl", "boto3-resources.jsonl"), "w").write(text)
    return "| jsonl/boto3-resources.jsonl | resources of boto3's s3, iam, dynamodb, ec2 models, one JSON object per line (first 40 KB) | Apache-2.0 |"


def main():
    rows, seen = [], set()
    for folder, source, licence, cap in ENTRIES:
        data = read(source).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if cap and len(data) > cap:
            data = data[: data.rfind(b"\n", 0, cap) + 1]
        if not data.endswith(b"\n"):
            data += b"\n"
        parts = [p for p in source.replace("@", "/").replace(":", "/").split("/") if p and p != "HEAD"]
        name, k = parts[-1], 1
        while (folder, name) in seen:
            k += 1
            name = "-".join(p.removesuffix(".git") for p in parts[-k:])
        seen.add((folder, name))
        os.makedirs(os.path.join(CORPUS, folder), exist_ok=True)
        open(os.path.join(CORPUS, folder, name), "wb").write(data)
        rows.append(f"| {folder}/{name} | `{source}` | {licence} |" + (f" first {len(data)} bytes" if cap else ""))
    rows.append(rust_book())
    rows.append(jsonl())
    extra = open(os.path.join(CORPUS, "EXTRA.md")).read() if os.path.exists(os.path.join(CORPUS, "EXTRA.md")) else ""
    with open(os.path.join(CORPUS, "SOURCES.md"), "w") as f:
        f.write("# Highlight corpus: origins and licences\n\nReal-world code, not written for Folio, "
                "used by scripts/highlight/agreement.py and the lossless tests. Regenerate copied files with "
                "`scripts/highlight/collect_corpus.py`.\n\n| file | origin | licence |\n|---|---|---|\n")
        f.write("\n".join(rows) + "\n\n" + extra)


if __name__ == "__main__":
    main()
