#!/usr/bin/env python3
"""Folio against the bare Pango+Cairo floor (and the peers when installed), side by side.

Runs every command alternately in one sitting (these machines are noisy: ratios measured
together are what count), prints medians, ratios and peak memory. Usage: bench.py FOLIO_BINARY
"""
import os, resource, shutil, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
folio = os.path.abspath(sys.argv[1])
runs = int(os.environ.get("BENCH_RUNS", "5"))
work = tempfile.mkdtemp(prefix="folio-bench-")
corpus = os.path.join(work, "corpus")

def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)

def timed(cmd):
    """Wall seconds and the child's peak RSS (MiB), measured in a fresh python wrapper."""
    wrapper = ("import resource,subprocess,sys,time;t=time.perf_counter();"
               "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
               "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", wrapper] + cmd, capture_output=True, text=True, check=True).stdout.split()
    if out[2] not in ("0", "3"):
        raise SystemExit(f"command failed ({out[2]}): {' '.join(cmd)}")
    return float(out[0]), int(out[1]) / 1024

sh([sys.executable, os.path.join(here, "make_corpus.py"), corpus])
floor = os.path.join(work, "floor")
sh(["bash", "-c", f"gcc -O2 -o {floor} {here}/floor.c $(pkg-config --cflags --libs pangocairo cairo-pdf)"])
for size in ("small", "medium", "large"):
    md = os.path.join(corpus, size + ".md")
    txt = os.path.join(corpus, size + ".txt")
    if shutil.which("pandoc"):
        sh(["pandoc", "-f", "gfm", "-t", "plain", "--wrap=none", md, "-o", txt])
    else:
        with open(txt, "w") as f:
            subprocess.run([sys.executable, os.path.join(here, "md_to_plain.py"), md], stdout=f, check=True)

env_epoch = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
os.environ.update(env_epoch)
commands = {}
for size in ("small", "medium", "large"):
    md = os.path.join(corpus, size + ".md")
    commands[(size, "folio")] = [folio, "export", md, "-o", os.path.join(work, size + ".folio.pdf")]
    commands[(size, "floor")] = [floor, os.path.join(corpus, size + ".txt"), os.path.join(work, size + ".floor.pdf")]
    if shutil.which("pandoc") and shutil.which("wkhtmltopdf"):
        commands[(size, "pandoc+wkhtmltopdf")] = ["bash", os.path.join(here, "peers.sh"), "wkhtmltopdf", md, os.path.join(work, "peers")]
    if shutil.which("pandoc") and shutil.which("weasyprint"):
        commands[(size, "pandoc+weasyprint")] = ["bash", os.path.join(here, "peers.sh"), "weasyprint", md, os.path.join(work, "peers")]

# Warm-up (fontconfig caches, page cache), then alternate.
for cmd in commands.values():
    timed(cmd)
samples = {k: [] for k in commands}
peaks = {k: 0.0 for k in commands}
for _ in range(runs):
    for k, cmd in commands.items():
        t, mem = timed(cmd)
        samples[k].append(t)
        peaks[k] = max(peaks[k], mem)

def pages(pdf):
    try:
        out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        return next(l.split()[-1] for l in out.splitlines() if l.startswith("Pages:"))
    except Exception:
        return "?"

print(f"Markdown -> PDF, median of {runs} alternating runs (wall seconds), peak RSS")
print(f"{'report':8} {'tool':22} {'median s':>9} {'min s':>8} {'peak MiB':>9} {'pages':>6} {'vs floor':>9}")
for size in ("small", "medium", "large"):
    base = statistics.median(samples[(size, "floor")])
    for (s, tool), xs in samples.items():
        if s != size:
            continue
        med = statistics.median(xs)
        pdf = os.path.join(work, f"{size}.{tool}.pdf") if tool in ("folio", "floor") else ""
        print(f"{size:8} {tool:22} {med:9.3f} {min(xs):8.3f} {peaks[(s, tool)]:9.1f} {pages(pdf) if pdf else '-':>6} {med / base:8.2f}x")
print(f"(work files in {work})")
