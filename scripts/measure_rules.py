"""Measure how well the passive-voice rule (AC103) does on a labelled set.

    PYTHONPATH=src python scripts/measure_rules.py [--show]

Reads tests/data/passive_labelled.tsv (sentence, label "passive" or "not",
note), checks each sentence with AC103 alone and prints precision and
recall, counting a sentence as flagged when AC103 finds anything in it.
--show lists the sentences the rule got wrong.

The labels were written by hand, by linguistic judgement, before the rule
was run: never change a label to match the rule.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "data" / "passive_labelled.tsv"


@dataclass(frozen=True)
class Result:
    """Counts for one labelled set."""

    true_pos: int
    false_pos: int
    false_neg: int
    true_neg: int
    wrong: tuple[tuple[str, str, str], ...]  # (sentence, label, note)

    @property
    def precision(self) -> float:
        flagged = self.true_pos + self.false_pos
        return self.true_pos / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0


def read_labelled(path: Path = LABELLED) -> list[tuple[str, str, str]]:
    """(sentence, label, note) rows of a labelled TSV file."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["sentence"], r["label"], r.get("note") or "") for r in rows]


def measure_passive(rows: list[tuple[str, str, str]] | None = None) -> Result:
    """Run AC103 over every labelled sentence (one document each)."""
    from accessicheck.core import config
    from accessicheck.core.model import Block, BlockKind, Document, Location
    from accessicheck.engine import registry
    from accessicheck.engine import run_rules as engine
    from accessicheck.language import analysis

    rows = read_labelled() if rows is None else rows
    docs = [
        Document(
            path=f"labelled-{i}",
            format="text",
            blocks=[Block(BlockKind.PARAGRAPH, text, Location(f"labelled-{i}", paragraph=1))],
        )
        for i, (text, _, _) in enumerate(rows)
    ]
    rules = registry.all_rules()
    cfg = config.load(overrides={"select": ["AC103"]}, rules=rules, isolated=True)
    chosen = engine.active_rules(rules, cfg)
    tp = fp = fn = tn = 0
    wrong = []
    for row, adoc in zip(rows, analysis.analyse_documents(docs), strict=True):
        flagged = any(f.code == "AC103" for f in engine.run_rules(adoc, chosen, cfg, strict=True))
        passive = row[1] == "passive"
        tp += flagged and passive
        fp += flagged and not passive
        fn += passive and not flagged
        tn += not passive and not flagged
        if flagged != passive:
            wrong.append(row)
    return Result(tp, fp, fn, tn, tuple(wrong))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the sentences it got wrong")
    args = parser.parse_args(argv)
    result = measure_passive()
    total = result.true_pos + result.false_pos + result.false_neg + result.true_neg
    print(f"AC103 passive-voice on {LABELLED.relative_to(ROOT)} ({total} sentences)")
    print(
        f"  true positives {result.true_pos}, false positives {result.false_pos}, "
        f"false negatives {result.false_neg}, true negatives {result.true_neg}"
    )
    print(f"  precision {result.precision:.3f}")
    print(f"  recall    {result.recall:.3f}")
    if args.show:
        for sentence, label, note in result.wrong:
            missed = "missed" if label == "passive" else "wrongly flagged"
            print(f"  {missed}: {sentence}  [{note}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
