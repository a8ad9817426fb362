"""What the CI features save: the result cache, and --jobs 2 against --jobs 1.

    python benchmarks/bench_ci.py                 # build four papers, measure, print a table
    python benchmarks/bench_ci.py --repeat 5      # more runs of each timing (default 3)
    python benchmarks/bench_ci.py --words 8000    # words in each paper (default 6,000)

The papers: benchmarks/out/ci-pack/, two Word documents (python-docx) and two
Markdown files, made from the same seeded sentence templates as
bench_check.py (corpus.py), so the same seed always gives the same pack.

1. Cache: a fresh process checks the pack with an empty cache folder
   (XDG_CACHE_HOME set to a new temporary folder), then a second fresh process
   checks it again with that cache. Ratio: second / first. The issue's target
   is at most 0.1.
2. Jobs: `--jobs 1 --no-cache` against `--jobs 2 --no-cache`, fresh
   processes. Ratio: jobs 1 / jobs 2 (the speed-up). The target is at least
   1.6 on a 2-core machine. The two runs' findings are compared and must be
   the same, in the same order.

Timings take turns (A, B, A, B ...) so a busy patch on the machine slows
both; the table shows medians. The load average is printed before and
after: on a shared machine, the jobs figure means little if other work was
using the cores.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from bench_check import write_docx, write_md  # noqa: E402

ROOT = HERE.parent
PACK = HERE / "out" / "ci-pack"
SEEDS = (4101, 4202, 4303, 4404)


def build(words: int) -> None:
    PACK.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(SEEDS):
        parts = corpus.Generator(seed).document(words)
        title = f"Benchmark paper {i + 1}"
        if i % 2 == 0:
            write_docx(parts, PACK / f"paper{i + 1}.docx", title)
        else:
            write_md(parts, PACK / f"paper{i + 1}.md", title)


def run(args: list[str], cache_home: Path) -> tuple[float, bytes]:
    env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(cache_home)}
    cmd = [sys.executable, "-m", "accessicheck", "check", str(PACK), "--isolated"]
    cmd += ["--format", "json", "--fail-on", "never", *args]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"accessicheck failed ({done.returncode}):\n{done.stderr.decode()}")
    return seconds, done.stdout


def findings(report: bytes) -> list[tuple[object, ...]]:
    data = json.loads(report)
    return [
        (f["code"], f["location"]["path"], f["location"]["paragraph"], f["location"]["start"])
        for file in data["files"]
        for f in file["findings"]
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--words", type=int, default=6000)
    args = parser.parse_args(argv)
    build(args.words)
    load_before = os.getloadavg()
    cold, warm, one, two = [], [], [], []
    same_findings = True
    with tempfile.TemporaryDirectory(prefix="accessicheck-bench-ci-") as tmp:
        for i in range(args.repeat):
            home = Path(tmp) / f"cache{i}"
            t_cold, r_cold = run([], home)
            t_warm, r_warm = run([], home)
            cold.append(t_cold)
            warm.append(t_warm)
            same_findings &= findings(r_cold) == findings(r_warm)
            t_one, r_one = run(["--jobs", "1", "--no-cache"], home)
            t_two, r_two = run(["--jobs", "2", "--no-cache"], home)
            one.append(t_one)
            two.append(t_two)
            same_findings &= findings(r_one) == findings(r_two) == findings(r_cold)
    load_after = os.getloadavg()
    med = statistics.median
    words = sum(len(p.read_bytes()) for p in PACK.iterdir())
    print(f"Four papers, {args.words:,} words each ({words:,} bytes), {args.repeat} runs each.")
    print(f"CPUs: {os.cpu_count()}. Load average (1, 5, 15 min) before: "
          f"{', '.join(f'{x:.2f}' for x in load_before)}; after: "
          f"{', '.join(f'{x:.2f}' for x in load_after)}.")  # fmt: skip
    print()
    print("| What | Median seconds | Runs |")
    print("|---|---|---|")
    print(f"| first run, empty cache | {med(cold):.2f} | {', '.join(f'{t:.2f}' for t in cold)} |")
    print(f"| second run, cached | {med(warm):.2f} | {', '.join(f'{t:.2f}' for t in warm)} |")
    print(f"| --jobs 1 --no-cache | {med(one):.2f} | {', '.join(f'{t:.2f}' for t in one)} |")
    print(f"| --jobs 2 --no-cache | {med(two):.2f} | {', '.join(f'{t:.2f}' for t in two)} |")
    print()
    print(f"Cached / first: {med(warm) / med(cold):.3f} (target: at most 0.1)")
    print(f"Speed-up, jobs 1 / jobs 2: {med(one) / med(two):.2f} (target: at least 1.6)")
    print(f"Same findings in the same order in every run: {'yes' if same_findings else 'NO'}")
    return 0 if same_findings else 1


if __name__ == "__main__":
    raise SystemExit(main())
