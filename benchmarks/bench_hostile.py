"""Time and peak memory for the hostile set, beside the examples folder.

    python benchmarks/bench_hostile.py             # default settings, bounds checked
    python benchmarks/bench_hostile.py --keep DIR  # keep the generated set in DIR

Builds the hostile papers with `tests/hostile/make_hostile.py` in a
temporary folder, then runs, each in a fresh process, side by side:

- the baseline: `accessicheck check examples --format json --isolated`;
- `accessicheck check HOSTILE --format json --isolated` (every file at once);
- the same command on each hostile paper alone.

Each child's wall time is taken from outside and its peak memory (maximum
resident set size) from `os.wait4`. It prints the figures and the ratios
against the baseline, and fails (exit code 1) when a bound is broken:

- a whole-set run must finish within the per-file time bounds: at most
  `2 * file_seconds` (reading, then analysing) for each file, plus the
  baseline's time;
- no single paper may take more than `MAX_RSS_RATIO` times the baseline's
  peak memory;
- no run may print a traceback or exit with a code other than 0 or 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
sys.path.insert(0, str(ROOT / "src"))

from make_hostile import make_papers  # noqa: E402

from accessicheck.core.config import DEFAULTS  # noqa: E402

#: One hostile paper may use at most this many times the memory of checking the examples.
MAX_RSS_RATIO = 4.0


def measure(args: list[str], cwd: Path) -> tuple[float, int, int, str]:
    """(seconds, peak RSS in MB, exit code, stderr) for one fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "accessicheck", *args],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KB on Linux, bytes on macOS.
    rss = usage.ru_maxrss // (1024 * 1024 if sys.platform == "darwin" else 1024)
    return seconds, rss, code, stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="Build the set here and keep it.")
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="hostile-"))
    papers = make_papers(folder / "papers")
    per_file = float(DEFAULTS["file_seconds"])
    failures: list[str] = []
    try:
        base_s, base_mb, base_code, base_err = measure(
            ["check", str(ROOT / "examples"), "--format", "json", "--isolated"], folder
        )
        print(f"baseline (examples)      {base_s:7.1f} s {base_mb:6d} MB  exit {base_code}")
        whole_s, whole_mb, whole_code, whole_err = measure(
            ["check", "papers", "--format", "json", "--isolated"], folder
        )
        print(
            f"hostile set, one run     {whole_s:7.1f} s {whole_mb:6d} MB  exit {whole_code}  "
            f"({whole_s / base_s:.1f}x time, {whole_mb / base_mb:.1f}x memory)"
        )
        limit = base_s + 2 * per_file * len(papers)
        if whole_s > limit:
            failures.append(f"the whole set took {whole_s:.0f} s; the bound is {limit:.0f} s")
        for name, code, err in (("baseline", base_code, base_err), ("set", whole_code, whole_err)):
            if code not in (0, 1) or "Traceback" in err:
                failures.append(f"{name}: exit {code}\n{err[-2000:]}")
        print()
        print(f"{'paper':32} {'seconds':>8} {'MB':>6} {'x time':>7} {'x MB':>6}")
        for paper in papers:
            rel = paper.relative_to(folder)
            seconds, mb, code, err = measure(
                ["check", str(rel), "--format", "json", "--isolated"], folder
            )
            shown = os.fsencode(rel.name).decode("utf-8", "replace")
            print(f"{shown:32} {seconds:8.1f} {mb:6d} {seconds / base_s:7.1f} {mb / base_mb:6.1f}")
            if mb > MAX_RSS_RATIO * base_mb:
                failures.append(f"{shown}: {mb} MB, over {MAX_RSS_RATIO}x the baseline")
            if seconds > base_s + 2 * per_file:
                failures.append(f"{shown}: {seconds:.0f} s, over the per-file bound")
            if code not in (0, 1) or "Traceback" in err:
                failures.append(f"{shown}: exit {code}\n{err[-2000:]}")
    finally:
        if options.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    if failures:
        print("Bounds broken:")
        for failure in failures:
            print(f"- {failure}")
        return 1
    print("Every bound held.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
