"""Measure how many of accessicheck's findings are worth acting on.

    PYTHONPATH=src python scripts/measure_precision.py FOLDER [--graded FILE]
        [--profile plain] [--show-ungraded] [--dump]

FOLDER holds plain-text copies (.txt) of real public meeting papers. Their
text is never kept in this repository: tests/data/graded_findings.tsv keeps
only each document's address, its file name, the rule code, the few words a
finding covers, and a careful reader's verdict:

- useful: a facilitator would change the paper because of it;
- debatable: a reasonable editor might or might not;
- wrong: the finding is mistaken (not an acronym, not passive, a heading ...).

The script checks every file in FOLDER at the chosen profile's defaults and
prints:

- precision of warnings and errors: useful / all graded warnings and errors;
- findings per 1,000 words: warnings and errors, and all findings;
- acronym false flags per document: graded "wrong" AC204-AC207 findings
  divided by the number of documents;
- how many warnings and errors have no verdict yet (grade them before you
  trust the precision: --show-ungraded lists them).

--dump prints every finding as a tab-separated row ready to be graded.
A finding is matched to its verdict by (file, code, words), where words are
the first 60 characters of the text the finding covers.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GRADED = ROOT / "tests" / "data" / "graded_findings.tsv"
ACRONYM_CODES = frozenset({"AC204", "AC205", "AC206", "AC207"})
FIELDS = ("address", "file", "code", "words", "verdict", "why")


def words_of(text: str) -> str:
    """The key words of a finding: its text, spaces squeezed, at most 60 characters."""
    return re.sub(r"\s+", " ", text).strip()[:60]


@dataclass(frozen=True)
class Row:
    """One finding from a run: which file, which rule, how severe, what it covers."""

    file: str
    code: str
    severity: str
    words: str
    message: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.file, self.code, self.words)


def run(folder: Path, profile: str) -> tuple[list[Row], dict[str, int]]:
    """Check every .txt file in the folder; the findings and each file's word count."""
    sys.path.insert(0, str(ROOT / "src"))
    from accessicheck import api
    from accessicheck.core import config
    from accessicheck.engine import registry

    files = sorted(folder.glob("*.txt"))
    cfg = config.load(overrides={"profile": profile}, rules=registry.all_rules(), isolated=True)
    docs = api.load_documents(files, cfg)
    report = api.check_documents(docs, cfg)
    rows: list[Row] = []
    words: dict[str, int] = {}
    for doc, result in zip(docs, report.files, strict=True):
        name = Path(result.path).name
        words[name] = result.scores.counts.words if result.scores else 0
        texts = {b.location.paragraph: b.text for b in doc.blocks}
        for f in result.findings:
            loc = f.location
            text = texts.get(loc.paragraph, "")
            covered = text[loc.start : loc.end] if loc.start is not None else f.excerpt
            rows.append(
                Row(name, f.code, f.severity.value, words_of(covered or f.excerpt), f.message)
            )
    return rows, words


def read_graded(path: Path) -> dict[tuple[str, str, str], str]:
    """(file, code, words) -> verdict, from the graded TSV file."""
    with path.open(encoding="utf-8", newline="") as f:
        return {
            (r["file"], r["code"], r["words"]): r["verdict"]
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--graded", type=Path, default=GRADED)
    parser.add_argument("--profile", default="plain")
    parser.add_argument("--show-ungraded", action="store_true")
    parser.add_argument("--dump", action="store_true")
    args = parser.parse_args(argv)

    rows, words = run(args.folder, args.profile)
    if args.dump:
        for r in rows:
            print("\t".join((r.file, r.code, r.severity, r.words, r.message)))
        return 0
    graded = read_graded(args.graded) if args.graded.exists() else {}
    serious = [r for r in rows if r.severity in ("warning", "error")]
    verdicts = Counter(graded.get(r.key, "ungraded") for r in serious)
    judged = sum(n for v, n in verdicts.items() if v != "ungraded")
    total_words = sum(words.values())
    acronym_wrong = sum(1 for r in rows if r.code in ACRONYM_CODES and graded.get(r.key) == "wrong")
    per_code = Counter(r.code for r in serious)

    print(f"documents: {len(words)}  words: {total_words}  profile: {args.profile}")
    print(f"findings: {len(rows)} (warnings and errors: {len(serious)})")
    print(
        "findings per 1,000 words: "
        f"{1000 * len(serious) / max(total_words, 1):.1f} warnings and errors, "
        f"{1000 * len(rows) / max(total_words, 1):.1f} all"
    )
    print(
        "verdicts on warnings and errors: "
        + ", ".join(f"{v} {verdicts[v]}" for v in ("useful", "debatable", "wrong", "ungraded"))
    )
    if judged:
        print(f"precision of warnings and errors: {verdicts['useful'] / judged:.2f}")
    print(
        f"acronym false flags per document: {acronym_wrong / max(len(words), 1):.2f} "
        f"({acronym_wrong} in {len(words)} documents)"
    )
    print(
        "warnings and errors by rule: " + ", ".join(f"{c} {n}" for c, n in sorted(per_code.items()))
    )
    if args.show_ungraded:
        for r in serious:
            if r.key not in graded:
                print("\t".join((r.file, r.code, r.words, r.message)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
