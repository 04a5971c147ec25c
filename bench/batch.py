#!/usr/bin/env python3
"""Batch and snapshot at scale: 200 corpus reports (mixed sizes, each with a scalar widget drawn
from a workspace of the sample sessions) exported to PDF with --jobs 2, then snapshotted twice
(the second run with nothing changed). Prints throughput, CPU use, peak memory and the ratio of
the no-change snapshot to the full export. Usage: batch.py FOLIO_BINARY [COUNT]
"""
import glob, os, resource, shutil, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
folio = os.path.abspath(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
work = tempfile.mkdtemp(prefix="folio-batch-bench-")
corpus, reports, ws = (os.path.join(work, d) for d in ("corpus", "reports", "ws"))

subprocess.run([sys.executable, os.path.join(here, "make_corpus.py"), corpus], check=True, stdout=subprocess.DEVNULL)
os.makedirs(reports)
shutil.copytree(os.path.join(corpus, "figures"), os.path.join(reports, "figures"))
subprocess.run([folio, "workspace", "import", *sorted(glob.glob(os.path.join(root, "samples/sessions/*.zip"))), "--workspace", ws],
               check=True, stdout=subprocess.DEVNULL)
texts = {s: open(os.path.join(corpus, s + ".md"), encoding="utf-8").read() for s in ("small", "medium", "large")}
tasks = [os.path.basename(z)[:-4] for z in sorted(glob.glob(os.path.join(root, "samples/sessions/*.zip")))]
# Mixed sizes, mostly short: 2 of every 40 large, 10 medium, the rest small.
for i in range(count):
    size = "large" if i % 40 in (7, 27) else "medium" if i % 4 == 1 else "small"
    widget = (f'\n<iframe src="https://app.clear.ml/widgets/?type=scalar&objectType=task&xaxis=iter&objects={tasks[i % len(tasks)]}'
              f'&metrics=loss&variants=train" name="loss-{i}" width="100%" height="300"></iframe>\n')
    with open(os.path.join(reports, f"report-{i:03d}.md"), "w", encoding="utf-8") as f:
        f.write(texts[size].replace("\n", f"\n\n_Report {i}._\n", 1) + widget)

def run(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run([folio, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                       env=dict(os.environ, SOURCE_DATE_EPOCH="1700000000"))
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 3):
        raise SystemExit(f"folio {' '.join(args)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    return wall, cpu, after.ru_maxrss / 1024

wall, cpu, peak = run(["batch", reports, "--workspace", ws, "--out", os.path.join(work, "out"), "--format", "pdf", "--jobs", "2", "--quiet"])
print(f"batch: {count} reports -> PDF, --jobs 2: {wall:.2f} s wall, {count / wall:.1f} reports/s, "
      f"CPU {cpu:.2f} s ({cpu / wall:.2f} cores busy), peak RSS {peak:.0f} MiB")
archive = os.path.join(work, "archive")
full, _, _ = run(["snapshot", reports, "--workspace", ws, "--archive", archive, "--jobs", "2"])
same, _, _ = run(["snapshot", reports, "--workspace", ws, "--archive", archive, "--jobs", "2"])
print(f"snapshot: first {full:.2f} s, nothing changed {same:.2f} s = {100 * same / wall:.1f}% of the full export "
      f"({100 * same / full:.1f}% of the first snapshot)")
print(f"(work files in {work})")
