#!/usr/bin/env python3
"""Charts side by side: Folio (build + PDF + PNG of a 3-series line chart) against matplotlib
and Plotly+Kaleido (bench/chart_peer.py) on the same number of points, alternating runs.
Usage: charts.py FOLIO_CHART_RENDER_BENCH [POINTS]   Peers run when importable by PEER_PYTHON.
"""
import os, statistics, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
folio = os.path.abspath(sys.argv[1])
points = sys.argv[2] if len(sys.argv) > 2 else "1000000"
runs = int(os.environ.get("BENCH_RUNS", "3"))
python = os.environ.get("PEER_PYTHON", "/tmp/peers-venv/bin/python" if os.path.exists("/tmp/peers-venv/bin/python") else sys.executable)
env = dict(os.environ, CHART_POINTS=points)

def has(module):
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0

commands = {"folio": [folio, points, "/tmp/folio-chart-bench"]}
if has("matplotlib"):
    commands["matplotlib"] = [python, os.path.join(here, "chart_peer.py"), "mpl-line", "/tmp/peers-out/charts"]
if has("plotly") and has("kaleido") and os.path.exists("/usr/bin/chromium"):
    commands["plotly+kaleido"] = [python, os.path.join(here, "chart_peer.py"), "plotly-line", "/tmp/peers-out/charts"]

times = {k: [] for k in commands}
for _ in range(runs):
    for name, cmd in commands.items():
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[name].append(time.perf_counter() - t)
sizes = {"folio": "/tmp/folio-chart-bench/chart.pdf", "matplotlib": "/tmp/peers-out/charts/mpl-line.pdf", "plotly+kaleido": "/tmp/peers-out/charts/plotly-line.pdf"}
base = statistics.median(times["folio"])
print(f"3 x {points} points -> PDF + PNG, median of {runs} alternating runs (whole process, wall)")
print(f"{'tool':16} {'median s':>9} {'PDF KiB':>8} {'vs folio':>9}")
for name, xs in times.items():
    size = os.path.getsize(sizes[name]) / 1024 if os.path.exists(sizes[name]) else float("nan")
    print(f"{name:16} {statistics.median(xs):9.3f} {size:8.0f} {statistics.median(xs) / base:8.1f}x")
if len(commands) == 1:
    print("(no peer importable: pip install matplotlib plotly kaleido into PEER_PYTHON to compare)")
