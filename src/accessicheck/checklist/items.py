"""The checklist items, read from data/checklist.csv (51 items, from the research).

Columns:

- `id`: the item's code in the research (PLAN-01 … AFT-03);
- `group`: where it shows: before, venue, online, hybrid or after;
- `name`: a short name; `question`: the item in plain English, as a question;
- `modes`: "all", or the meeting kinds it applies to ("in-person hybrid");
- `needs`: the access-need codes it serves (see the domain notes);
- `detection`: how it is checked —
  KW (a phrase is there: good practice, a note when missing),
  ABSENT (a phrase should be there: a warning when missing),
  RX (a pattern, such as a phone number, should be there: a warning),
  CALC (worked out from the agenda: times, dates, files; see `calc.py`),
  ASK (only a person can tell; a matching phrase counts as found);
- `patterns`: our own regular expressions, case-insensitive, "|" between
  alternatives; " && " joins parts that must all be found;
- `when`: a pattern that must be in the pack for the item to apply (payment
  before benefits advice; upsetting topics before a content warning); empty
  means always;
- `why`: why it matters, in a sentence; `source`: keys of the sources in the
  research (§1.2 and §6 of meetings-guidance.md);
- `covered_by`: codes of the `check` rules that already answer the item
  ("AC420 AC903"), space between codes; empty for most items. Such an item
  reads those rules' findings, so the checklist and `accessicheck check`
  never disagree.

`load_items()` reads and checks the file once, and raises `ChecklistDataError`
naming the row and column when something is wrong.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..core.needs import NEED_NAMES

GROUPS = ("before", "venue", "online", "hybrid", "after")
GROUP_TITLES = {
    "before": "Before the meeting",
    "venue": "The venue",
    "online": "Joining online",
    "hybrid": "Hybrid meetings",
    "after": "After the meeting",
}
MODES = ("in-person", "online", "hybrid")
DETECTIONS = ("KW", "ABSENT", "RX", "CALC", "ASK")
COLUMNS = (
    "id", "group", "name", "modes", "needs", "detection", "patterns", "when", "question", "why",
    "source", "covered_by",
)  # fmt: skip


class ChecklistDataError(ValueError):
    """data/checklist.csv is not as it should be (a packaging or editing mistake)."""


@dataclass(frozen=True)
class Item:
    """One checklist item, as data."""

    id: str
    group: str
    name: str
    modes: tuple[str, ...]  # empty means every mode
    needs: tuple[str, ...]
    detection: str
    patterns: tuple[re.Pattern[str], ...]  # all must match
    when: re.Pattern[str] | None
    question: str
    why: str
    sources: tuple[str, ...]
    covered_by: tuple[str, ...] = ()

    def applies_to(self, mode: str | None) -> bool:
        """True for every mode when the mode is unknown, except hybrid-only items."""
        if not self.modes:
            return True
        if mode is None:
            return self.modes != ("hybrid",)
        return mode in self.modes


def _compile(text: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as e:
        raise ChecklistDataError(f"{where}: the pattern {text!r} is not valid ({e}).") from e


def parse_items(text: str) -> list[Item]:
    """Items from the CSV text, checked; raises ChecklistDataError."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ChecklistDataError(
            f"checklist.csv: the columns should be {', '.join(COLUMNS)}; "
            f"found {', '.join(reader.fieldnames or ())}."
        )
    items: list[Item] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        where = f"checklist.csv line {line} ({row.get('id') or 'no id'})"
        if None in row or any(row.get(c) is None for c in COLUMNS):
            raise ChecklistDataError(f"{where}: the row has the wrong number of columns.")
        if not re.fullmatch(r"[A-Z]{3,4}-\d{2}", row["id"]) or row["id"] in seen:
            raise ChecklistDataError(f"{where}: the id is missing, malformed or repeated.")
        seen.add(row["id"])
        if row["group"] not in GROUPS:
            raise ChecklistDataError(f"{where}: group should be one of {', '.join(GROUPS)}.")
        modes = tuple(row["modes"].split())
        if modes == ("all",):
            modes = ()
        if any(m not in MODES for m in modes):
            raise ChecklistDataError(f"{where}: modes should be 'all' or from {', '.join(MODES)}.")
        needs = tuple(row["needs"].split())
        unknown = [n for n in needs if n not in NEED_NAMES]
        if not needs or unknown:
            raise ChecklistDataError(f"{where}: unknown or missing need codes {unknown}.")
        if row["detection"] not in DETECTIONS:
            raise ChecklistDataError(
                f"{where}: detection should be one of {', '.join(DETECTIONS)}."
            )
        patterns = tuple(
            _compile(p.strip(), where) for p in row["patterns"].split(" && ") if p.strip()
        )
        if row["detection"] in ("KW", "ABSENT", "RX") and not patterns:
            raise ChecklistDataError(f"{where}: a {row['detection']} item needs patterns.")
        if not row["question"].strip() or not row["why"].strip() or not row["source"].strip():
            raise ChecklistDataError(f"{where}: question, why and source must all be filled in.")
        covered_by = tuple(row["covered_by"].split())
        if any(not re.fullmatch(r"AC\d{3}", c) for c in covered_by):
            raise ChecklistDataError(f"{where}: covered_by should be rule codes such as AC420.")
        items.append(
            Item(
                id=row["id"],
                group=row["group"],
                name=row["name"].strip(),
                modes=modes,
                needs=needs,
                detection=row["detection"],
                patterns=patterns,
                when=_compile(row["when"], where) if row["when"].strip() else None,
                question=row["question"].strip(),
                why=row["why"].strip(),
                sources=tuple(row["source"].split()),
                covered_by=covered_by,
            )
        )
    return items


@cache
def load_items() -> tuple[Item, ...]:
    """Every checklist item, in the order of the file."""
    text = resources.files("accessicheck").joinpath("data", "checklist.csv").read_text("utf-8")
    return tuple(parse_items(text))
