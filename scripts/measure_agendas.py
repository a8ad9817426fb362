"""Measure how well agenda extraction does against hand-written expectations.

    PYTHONPATH=src python scripts/measure_agendas.py [--show] [--set dev|held-out|all]

Reads every agenda in tests/data/agendas/ that has a NAME.expected.json file
beside it, runs `extract_agenda` and prints field-level precision and recall.
The expectations were written by hand from the agendas' text before the
extractor was run on them: never change an expectation to match the
extractor. Files named h01-…, h02-… are the held-out set, written after the
extractor was built and not used to tune it.

How fields are counted, per agenda:
- a field the agenda has and the extractor got right is a true positive;
- a wrong value is a false positive and a false negative;
- a missing value is a false negative; a value where there should be none
  is a false positive.
Items are paired in order by time and title (titles match when one contains
the other or they share half their words); paired items are true
positives, the rest false negatives or positives. Item times, owners and
purposes are then scored over the paired items, the same way as fields.
Owners match when one contains the other ("Nadia Akhtar" in "Chair, Nadia
Akhtar"). Breaks are compared as lists of start times.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AGENDAS = ROOT / "tests" / "data" / "agendas"
SCALARS = (
    "title", "date", "start", "finish", "sent", "postcode", "platform", "link", "dial_in", "mode",
)  # fmt: skip
ITEM_FIELDS = ("time", "owner", "purpose")
ORDER = (*SCALARS, "items", *(f"item.{f}" for f in ITEM_FIELDS), "breaks")


@dataclass
class Count:
    """True positives, false positives and false negatives for one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def norm(name: str, value: Any) -> str | None:
    """A value in the form it is compared in."""
    if value is None or value == "":
        return None
    text = str(value)
    if name == "title":
        return " ".join(_words(text))
    if name == "postcode":
        return text.upper().replace(" ", "")
    if name == "dial_in":
        d = re.sub(r"\D", "", text)
        return "0" + d[2:] if d.startswith("44") else d
    if name in ("platform", "mode", "owner", "purpose"):
        return " ".join(_words(text)) if name == "owner" else text.lower()
    return text


def same_title(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    sa, sb = " ".join(wa), " ".join(wb)
    if sa in sb or sb in sa:
        return True
    inter = len(set(wa) & set(wb))
    return inter / len(set(wa) | set(wb)) >= 0.5


def same(name: str, expected: str | None, got: str | None) -> bool:
    if name == "owner" and expected and got:
        return expected in got or got in expected
    return expected == got


def score(count: Count, name: str, expected: Any, got: Any, where: str) -> None:
    e, g = norm(name, expected), norm(name, got)
    if e is None and g is None:
        return
    if e is not None and g is not None and same(name, e, g):
        count.tp += 1
        return
    if g is not None:
        count.fp += 1
    if e is not None:
        count.fn += 1
    count.wrong.append(f"{where}: expected {expected!r}, got {got!r}")


def _clock(t: Any) -> str | None:
    return None if t is None else f"{t.hour:02d}:{t.minute:02d}"


def extracted_fields(path: Path) -> dict[str, Any]:
    """What the extractor finds in one agenda, in the expectation files' shape."""
    from accessicheck import loaders
    from accessicheck.agenda.extract import extract_agenda

    a = extract_agenda(loaders.load(path))
    return {
        "title": a.title,
        "date": a.date.isoformat() if a.date else None,
        "start": _clock(a.start),
        "finish": _clock(a.finish),
        "sent": a.sent_date.isoformat() if a.sent_date else None,
        "postcode": a.postcode,
        "platform": a.platform,
        "link": a.link,
        "dial_in": a.dial_in,
        "mode": a.mode,
        "items": [
            {"time": _clock(i.time), "title": i.title, "owner": i.owner, "purpose": i.purpose}
            for i in a.topics
        ],
        "breaks": [_clock(i.time) for i in a.breaks],
    }


def pair_items(
    expected: list[dict[str, Any]], got: list[dict[str, Any]]
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """Expected and extracted items paired in order; None where one side has no partner."""
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    j = 0
    for e in expected:
        match = None
        for k in range(j, len(got)):
            g = got[k]
            times_agree = e["time"] is None or g["time"] is None or e["time"] == g["time"]
            if times_agree and same_title(e["title"], g["title"]):
                match = k
                break
        if match is None:
            pairs.append((e, None))
            continue
        pairs += [(None, g) for g in got[j:match]]
        pairs.append((e, got[match]))
        j = match + 1
    pairs += [(None, g) for g in got[j:]]
    return pairs


def measure(files: Iterable[Path]) -> dict[str, Count]:
    """Counts for every field over some agendas (each with NAME.expected.json)."""
    counts = {name: Count() for name in ORDER}
    for path in files:
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        got = extracted_fields(path)
        for name in SCALARS:
            score(counts[name], name, expected.get(name), got.get(name), path.name)
        for e, g in pair_items(expected["items"], got["items"]):
            label = f"{path.name} item {(e or g or {}).get('title')!r}"
            if e is not None and g is not None:
                counts["items"].tp += 1
                for f in ITEM_FIELDS:
                    score(counts[f"item.{f}"], f, e[f], g[f], label)
            elif e is not None:
                counts["items"].fn += 1
                counts["items"].wrong.append(f"{label}: missed")
            else:
                counts["items"].fp += 1
                counts["items"].wrong.append(f"{label}: not an item")
        want, have = list(expected["breaks"]), list(got["breaks"])
        for t in list(want):
            if t in have:
                have.remove(t)
                want.remove(t)
                counts["breaks"].tp += 1
        counts["breaks"].fn += len(want)
        counts["breaks"].fp += len(have)
        if want or have:
            counts["breaks"].wrong.append(f"{path.name}: missed {want}, extra {have}")
    return counts


def agenda_files(which: str = "all") -> list[Path]:
    """Agendas with expectations: "dev" (01-…), "held-out" (h01-…) or "all"."""
    files = sorted(
        p
        for p in AGENDAS.iterdir()
        if p.suffix in {".docx", ".pdf", ".md", ".txt"}
        and p.with_name(p.stem + ".expected.json").exists()
    )
    if which == "dev":
        return [p for p in files if not p.name.startswith("h")]
    if which == "held-out":
        return [p for p in files if p.name.startswith("h")]
    return files


def table(counts: dict[str, Count]) -> str:
    lines = [
        "| Field | Right | Wrong or extra | Missed | Precision | Recall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in ORDER:
        c = counts[name]
        lines.append(f"| {name} | {c.tp} | {c.fp} | {c.fn} | {c.precision:.2f} | {c.recall:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every mistake")
    parser.add_argument("--set", choices=("dev", "held-out", "all"), default="all")
    args = parser.parse_args(argv)
    files = agenda_files(args.set)
    counts = measure(files)
    print(f"{len(files)} agendas ({args.set})\n")
    print(table(counts))
    if args.show:
        for name in ORDER:
            for line in counts[name].wrong:
                print(f"{name}: {line}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
