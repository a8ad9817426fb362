"""Score the agenda reader on real public agendas, invitations and minutes.

    PYTHONPATH=src python scripts/measure_real_agendas.py FOLDER [--set dev|held-out|all] [--show]

The labels are in tests/data/real_agendas.tsv: one row a document, with its
public address, the organisation, its kind and the labels written by hand
from the document's text (never from the tool's output). The texts are not
in this repository (no one here wrote them): fetch each one into FOLDER as
ID.txt (r01.txt, r02.txt, ...) and pass the folder. Documents without a
text in FOLDER are skipped and counted.

Fields scored, each only where the label says something:

- kind: agenda, invitation, minutes or paper;
- mode: in-person, online or hybrid, where the text states how people
  join (a blank label means the text does not say);
- date: the meeting's date ("--11-16" when the text gives no year: then
  only the day and month are compared);
- start: the meeting's start time;
- items: the number of agenda items, compared exactly;
- access: the access arrangements the text mentions (a comma list of
  keys, see ARRANGEMENTS), scored as precision and recall over every
  (document, arrangement) pair, so a wrong one anywhere counts.

"Spurious" counts the documents with a blank label where the tool still
gave a value (a deadline taken as the start time, a mode guessed from
nothing); they are shown, not folded into the accuracy.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "real_agendas.tsv"
FIELDS = ("kind", "mode", "date", "start", "items")

#: Access arrangements and the checklist items that report them.
ARRANGEMENTS: dict[str, str] = {
    "access_requirements": "PLAN-01",
    "payment": "PLAN-11",
    "supporters": "PLAN-14",
    "other_formats": "PLAN-15",
    "breaks": "PLAN-09",
    "step_free": "VEN-02",
    "accessible_toilet": "VEN-03",
    "hearing_loop": "VEN-04",
    "quiet_room": "VEN-05",
    "food": "VEN-11",
    "captions": "ONL-03",
    "bsl": "ONL-04",
    "papers_in_advance": "PAPERS",  # a fact of its own, not a checklist row
}


@dataclass
class Score:
    right: int = 0
    asked: int = 0
    spurious: int = 0
    wrong: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        rate = self.right / self.asked if self.asked else 1.0
        return f"{name:<8} {self.right:>3}/{self.asked:<3} = {rate:.2f}   spurious {self.spurious}"


def read_labels(path: Path = LABELS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _found_arrangements(doc: Any, agenda: Any) -> set[str]:
    """The arrangement keys the checklist would report as found in this document."""
    from accessicheck.checklist.items import load_items
    from accessicheck.checklist.papers import MeetingPapers

    pack = MeetingPapers(agenda, doc, ())
    by_id = {item.id: item for item in load_items()}
    try:  # the phrase matcher, when this version has one
        from accessicheck.checklist.build import item_evidence
    except ImportError:
        item_evidence = None
    found = set()
    for key, item_id in ARRANGEMENTS.items():
        if item_id == "PAPERS":
            if getattr(agenda, "papers_in_advance", None):
                found.add(key)
            continue
        item = by_id[item_id]
        if item_evidence is not None:
            if item_evidence(item, pack):
                found.add(key)
        elif item.patterns and all(e is not None for e in pack.find_all(item.patterns)):
            found.add(key)
    return found


def read_document(path: Path) -> dict[str, Any]:
    """What the tool says about one document, in the labels' terms."""
    from accessicheck import loaders
    from accessicheck.agenda.extract import extract_agenda

    doc = loaders.load(path)
    agenda = extract_agenda(doc)
    kind = getattr(agenda, "kind", None)
    return {
        "kind": kind or "",
        "mode": agenda.mode or "",
        "date": agenda.date.isoformat() if agenda.date else "",
        "start": f"{agenda.start.hour:02d}:{agenda.start.minute:02d}" if agenda.start else "",
        "items": str(len(agenda.items)) if agenda.items else "",
        "access": _found_arrangements(doc, agenda),
    }


def _same(name: str, label: str, got: str) -> bool:
    if name == "date" and label.startswith("--"):
        return got[4:] == label[1:]
    return label == got


def measure(rows: Iterable[dict[str, str]], folder: Path, show: bool = False) -> dict[str, Any]:
    scores = {name: Score() for name in FIELDS}
    tp = fp = fn = 0
    access_wrong: list[str] = []
    missing = 0
    for row in rows:
        path = folder / f"{row['id']}.txt"
        if not path.is_file():
            missing += 1
            continue
        got = read_document(path)
        for name in FIELDS:
            label, value = row[name].strip(), got[name]
            s = scores[name]
            if not label:
                if value and name != "items":
                    s.spurious += 1
                    s.wrong.append(f"{row['id']}: none stated, got {value!r}")
                continue
            s.asked += 1
            if _same(name, label, value):
                s.right += 1
            else:
                s.wrong.append(f"{row['id']}: want {label!r}, got {value!r}")
        want = {k for k in row["access"].split(",") if k}
        have = got["access"]
        tp += len(want & have)
        fp += len(have - want)
        fn += len(want - have)
        for k in sorted(have - want):
            access_wrong.append(f"{row['id']}: reported {k}, not there")
        for k in sorted(want - have):
            access_wrong.append(f"{row['id']}: missed {k}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    result = {
        "scores": scores,
        "access": (tp, fp, fn, precision, recall),
        "access_wrong": access_wrong,
        "missing": missing,
    }
    if show:
        for name in FIELDS:
            for w in scores[name].wrong:
                print(f"  {name}: {w}")
        for w in access_wrong:
            print(f"  access: {w}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the folder holding ID.txt for each document")
    parser.add_argument("--set", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    rows = [r for r in read_labels() if args.set == "all" or r["set"] == args.set]
    result = measure(rows, args.folder, args.show)
    print(f"{len(rows)} documents ({args.set}), {result['missing']} without a text")
    for name in FIELDS:
        print(result["scores"][name].line(name))
    tp, fp, fn, precision, recall = result["access"]
    print(f"access   precision {precision:.2f} recall {recall:.2f}   (tp {tp}, fp {fp}, fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
