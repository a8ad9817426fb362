"""Measure how long the default plain report is, beside the paper it describes.

    PYTHONPATH=src python scripts/measure_report_length.py --docs FOLDER [--show-notes]

The papers are real public documents that no one on this project wrote. Only
their addresses are kept here, in tests/data/real_documents.tsv (id, title,
web address, repository, path, commit, the part used, licence); their text is
never committed. Save each one, as Markdown, in FOLDER under the name
`<id>.md` (the "part" column says where each stops), then run this script.

For each paper it prints the words in the paper, the words in its plain
report (the report `accessicheck check PAPER --format plain` prints, one paper
a run, default settings) and the ratio report / paper. The target is a ratio
below 1: the report is shorter than the paper.

Run it with PYTHONPATH pointing at an older checkout's `src` to measure the
report as it was ("before"); the script works with both.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIST = ROOT / "tests" / "data" / "real_documents.tsv"
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*")


def words(text: str) -> int:
    """Words as a reader counts them: runs of letters and digits."""
    return len(WORD.findall(text))


def read_list(path: Path = LIST) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def plain_report(path: Path, show_notes: bool = False) -> str:
    """The plain report on one paper, with the default settings."""
    from accessicheck import api
    from accessicheck.core.config import load
    from accessicheck.engine import registry
    from accessicheck.reporters import plain

    cfg = load(rules=registry.all_rules(), isolated=True)
    report = api.check_paths([path], cfg)
    try:
        from accessicheck.reporters import View

        return plain.render(report, View(show_notes=show_notes))
    except (ImportError, TypeError):  # the report before it took a View
        return plain.render(report)  # type: ignore[call-arg]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, required=True, help="folder with <id>.md files")
    parser.add_argument("--show-notes", action="store_true")
    parser.add_argument("--save", type=Path, help="folder to write each report into")
    args = parser.parse_args(argv)
    rows = read_list()
    total_paper = total_report = 0
    print("id\tpaper_words\treport_words\tratio")
    for row in rows:
        path = args.docs / f"{row['id']}.md"
        if not path.exists():
            print(f"{row['id']}\tmissing: save it from {row['address']}", file=sys.stderr)
            continue
        paper = words(path.read_text(encoding="utf-8"))
        text = plain_report(path, args.show_notes)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        report = words(text)
        total_paper += paper
        total_report += report
        print(f"{row['id']}\t{paper}\t{report}\t{report / paper:.2f}")
    if total_paper:
        print(f"all\t{total_paper}\t{total_report}\t{total_report / total_paper:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
