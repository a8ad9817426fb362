"""Does accessicheck's peak memory stay flat as the work grows?

    python benchmarks/bench_memory.py                 # 50,000 and 200,000 words
    python benchmarks/bench_memory.py --million       # also a folder of 1,000,000 words

It writes Markdown folders of made-up meeting papers (corpus.py, fixed seeds)
in benchmarks/out/memory/:

- `one/`: one file of about 50,000 words;
- `four/`: four files of about 50,000 words each (200,000 words);
- `million/` (with --million): twenty files of about 50,000 words each.

Then it checks each folder in a fresh process,
`python -m accessicheck check FOLDER --format json --isolated --no-cache`,
and reads the process's peak memory (maximum resident set size) from
`os.wait4`, as bench_check.py does. The runs take turns (one, four, one,
four …) so a busy patch on the machine affects both. It prints the medians
and the ratio four ÷ one. The aims: the ratio at most 1.25, and the
million-word folder under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from bench_check import OUT, Run, run, write_md  # noqa: E402

MEMORY = OUT / "memory"
FILE_WORDS = 50_000
FOLDERS = {"one": 1, "four": 4, "million": 20}


def build(name: str, files: int) -> Path:
    """A folder of `files` Markdown papers of about 50,000 words each (seeded)."""
    folder = MEMORY / name
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        path = folder / f"paper-{i + 1:02d}.md"
        if not path.exists():
            parts = corpus.Generator(5000 + i).document(FILE_WORDS)
            write_md(parts, path, f"Board papers, part {i + 1} (benchmark)")
    return folder


def check(folder: Path) -> Run:
    cmd = [sys.executable, "-m", "accessicheck", "check", str(folder), "--format", "json",
           "--no-progress", "--isolated", "--no-cache"]  # fmt: skip
    r = run(cmd)
    if r.exit_code not in (0, 1) or not r.stdout_size:
        raise SystemExit(f"accessicheck failed on {folder}: {r.stderr.decode()[-2000:]}")
    return r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Peak memory as the work grows.")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each (median)")
    parser.add_argument("--million", action="store_true", help="also a 1,000,000-word folder")
    args = parser.parse_args(argv)
    names = ["one", "four"] + (["million"] if args.million else [])
    folders = {n: build(n, FOLDERS[n]) for n in names}
    runs: dict[str, list[Run]] = {n: [] for n in names}
    for _ in range(args.repeat):
        for n in ("one", "four"):
            runs[n].append(check(folders[n]))
    if args.million:
        runs["million"].append(check(folders["million"]))
    peak = {n: statistics.median(r.maxrss_mb for r in rs) for n, rs in runs.items()}
    secs = {n: statistics.median(r.seconds for r in rs) for n, rs in runs.items()}
    print("| Folder | Words | Peak memory (MB) | Time (s) |")
    print("|---|---:|---:|---:|")
    for n in names:
        print(f"| {n} | {FOLDERS[n] * FILE_WORDS:,} | {peak[n]:.0f} | {secs[n]:.1f} |")
    ratio = peak["four"] / peak["one"]
    print(f"\nPeak memory, 200,000 words ÷ 50,000 words: {ratio:.2f} (aim: at most 1.25).")
    if args.million:
        print(f"Peak memory on 1,000,000 words: {peak['million']:.0f} MB (aim: under 500 MB).")
    (OUT / "memory.json").write_text(
        json.dumps({"peak_mb": peak, "seconds": secs, "ratio": ratio}, indent=2), "utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
