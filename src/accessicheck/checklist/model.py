"""The meeting checklist as data, for the reporters: no formatting here.

Each item gets a status:

- "found": the pack says it, and `evidence` quotes where;
- "missing": it should be there and is not (or the sums say no);
- "not-applicable": not for this kind of meeting, or its condition is not met
  (benefits advice only matters when people are paid);
- "ask": only a person can tell.

and a level: "ok" for found and not-applicable, "ask" for ask, and for
missing items "note" (good practice), "warning", or "error" when an attendee
needs it (their access need is in the needs file) or the sums are badly out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..agenda import Agenda, Evidence, Mode
from ..agenda import timing as T
from .items import GROUP_TITLES, GROUPS, Item

Status = Literal["found", "missing", "not-applicable", "ask"]
Level = Literal["ok", "note", "warning", "error", "ask"]
STATUSES: tuple[Status, ...] = ("found", "missing", "ask", "not-applicable")
LEVELS: tuple[Level, ...] = ("error", "warning", "note", "ask", "ok")


@dataclass(frozen=True)
class Need:
    """One line of the needs file: an access-need code and an optional detail ("18pt")."""

    code: str
    detail: str = ""
    line: int = 0

    @property
    def size_pt(self) -> float | None:
        """A print size in the detail ("18pt", "18 point", "18"), if there is one."""
        import re

        m = re.search(r"(\d{1,2}(?:\.\d)?)\s*(?:pt|point|points)?\b", self.detail, re.I)
        return float(m.group(1)) if m else None


@dataclass(frozen=True)
class Result:
    """What the checklist found for one item."""

    item: Item
    status: Status
    level: Level
    detail: str
    evidence: tuple[Evidence, ...] = ()
    required: bool = False
    required_by: tuple[str, ...] = ()  # the attendees' need codes that make it required


@dataclass(frozen=True)
class DocumentCheck:
    """A check on the papers that an attendee's access need calls for."""

    need: str
    name: str
    status: Status
    level: Level
    detail: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Checklist:
    """The checklist for one meeting: the agenda read, each item's result, the document checks."""

    agenda: Agenda
    mode: Mode | None
    mode_source: str  # "agenda", "option" or "unknown"
    needs: tuple[Need, ...]
    results: tuple[Result, ...]
    document_checks: tuple[DocumentCheck, ...]
    papers: tuple[str, ...]
    meeting_date: date | None = None
    sent_date: date | None = None
    words: int = 0
    reading_minutes: int = 0
    problems: tuple[str, ...] = ()
    #: The sums the CALC items used, kept so reports can show them: the meeting's
    #: length in minutes, the longest stretch without a break (minutes, start,
    #: end as "10:30"), and the notice the papers gave (None without both dates).
    length_minutes: int | None = None
    longest_without_break: tuple[int, str, str] | None = None
    notice: T.Notice | None = None

    def groups(self) -> Iterator[tuple[str, str, list[Result]]]:
        """(group, heading, results) in the order the checklist is read."""
        for group in GROUPS:
            results = [r for r in self.results if r.item.group == group]
            if results:
                yield group, GROUP_TITLES[group], results

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    def count_level(self, level: Level) -> int:
        return sum(1 for r in self.results if r.level == level) + sum(
            1 for c in self.document_checks if c.level == level
        )

    @property
    def required_missing(self) -> list[Result]:
        return [r for r in self.results if r.required and r.status == "missing"]

    @property
    def exit_code(self) -> int:
        """1 when anything is at error level (a required item is missing, or the sums are
        badly out); else 0. A usage error or an unreadable agenda (2) is the command's."""
        return 1 if self.count_level("error") else 0
