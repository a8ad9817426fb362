"""Precision and recall of the glossary rules on the hand-labelled sentences.

    python scripts/measure_glossary.py [--details] [--data tests/data/glossary_labelled.jsonl]

Each line of the data file is one short paper: {"id", "text", "spans"}, where
each span is {"start", "end", "family"} and family is "jargon", "acronym" or
"inclusive". The spans were labelled by hand, before the rules ran on them:
what a careful plain-English editor would flag, following the issue's rules
(an acronym's first undefined use, a use before its definition, a second
definition, a definition never used; well-known acronyms count, as the
rules give them a note). Hard negatives (names, URLs, e-mail addresses,
quoted mentions, roman numerals, units, postcodes, initials, clinical words)
have no spans.

Rules run with the default settings (the shipped word lists only). A
finding is correct when it overlaps an unclaimed labelled span of its
family. Families: jargon = AC201, AC202, AC203, AC208; acronym = AC204-AC207;
inclusive = AC301, AC302.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "glossary_labelled.jsonl"

FAMILIES = {
    "jargon": ("AC201", "AC202", "AC203", "AC208"),
    "acronym": ("AC204", "AC205", "AC206", "AC207"),
    "inclusive": ("AC301", "AC302"),
}
FAMILY_OF = {code: family for family, codes in FAMILIES.items() for code in codes}


@dataclass
class Score:
    """Counts for one family, with the misses for --details."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def findings(records: list[dict[str, Any]]) -> list[list[Any]]:
    """The glossary rules' findings for each record (one paper per record)."""
    from accessicheck.core import config
    from accessicheck.core.model import Block, BlockKind, Document, Location
    from accessicheck.engine import registry
    from accessicheck.engine import run_rules as engine
    from accessicheck.language import analysis

    cfg = config.load(
        overrides={"select": ["AC2", "AC3"]}, rules=registry.all_rules(), isolated=True
    )
    rules = engine.active_rules(registry.all_rules(), cfg)
    docs = [
        Document(
            path=r["id"],
            format="text",
            blocks=[Block(BlockKind.PARAGRAPH, r["text"], Location(r["id"], paragraph=1))],
        )
        for r in records
    ]
    return [engine.run_rules(a, rules, cfg, strict=True) for a in analysis.analyse_documents(docs)]


def measure(records: list[dict[str, Any]]) -> dict[str, Score]:
    """Precision and recall per family."""
    scores = {family: Score() for family in FAMILIES}
    for record, found in zip(records, findings(records), strict=True):
        claimed: set[int] = set()
        spans = record["spans"]
        for f in found:
            family = FAMILY_OF.get(f.code)
            if family is None:
                continue
            hit = next(
                (
                    i
                    for i, s in enumerate(spans)
                    if i not in claimed
                    and s["family"] == family
                    and (f.location.start or 0) < s["end"]
                    and s["start"] < (f.location.end or 0)
                ),
                None,
            )
            if hit is None:
                scores[family].fp += 1
                scores[family].false_positives.append(
                    f"{record['id']} {f.code} '{f.excerpt}': {record['text']}"
                )
            else:
                claimed.add(hit)
                scores[family].tp += 1
        for i, s in enumerate(spans):
            if i not in claimed:
                scores[s["family"]].fn += 1
                scores[s["family"]].misses.append(f"{record['id']} '{s['text']}': {record['text']}")
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--details", action="store_true", help="List false positives and misses.")
    args = parser.parse_args(argv)
    records = load(args.data)
    scores = measure(records)
    n_sentences = len(records)
    print(f"{n_sentences} labelled papers, {sum(len(r['spans']) for r in records)} labelled spans")
    print(f"{'family':<10} {'precision':>9} {'recall':>7} {'TP':>4} {'FP':>4} {'FN':>4}")
    for family, s in scores.items():
        print(f"{family:<10} {s.precision:>9.2f} {s.recall:>7.2f} {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    if args.details:
        for family, s in scores.items():
            for line in s.false_positives:
                print(f"FP {family}: {line}")
            for line in s.misses:
                print(f"FN {family}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
