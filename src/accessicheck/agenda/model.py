"""What an agenda says, as frozen data: the meeting and its items, with evidence.

Every value the extractor finds keeps where it came from (an `Evidence`: the
text quoted and its `Location`), so a checklist can say "found: …, page 1,
paragraph 4" and a person can check it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from ..core.model import Location
from .minutes import Minutes

Mode = Literal["in-person", "online", "hybrid"]
MODES: tuple[Mode, ...] = ("in-person", "online", "hybrid")
Purpose = Literal["decision", "discussion", "information"]
ItemKind = Literal["item", "break"]
#: Where an item was found: a table row, a line starting with a time, a
#: heading, an untimed list item, or a sentence of prose.
Shape = Literal["table", "line", "heading", "list", "prose"]


@dataclass(frozen=True)
class Evidence:
    """A short quote and where it is."""

    text: str
    location: Location

    def where(self) -> str:
        """e.g. "agenda.docx, paragraph 4"."""
        name = self.location.path.replace("\\", "/").rsplit("/", 1)[-1]
        return f"{name}, {self.location.describe()}"


@dataclass(frozen=True)
class AgendaItem:
    """One thing on the agenda, in the order written.

    `time` and `end` are what the agenda states (a range gives both);
    `duration` is a stated length in minutes ("(15 minutes)"). Nothing here is
    computed: see `timing.schedule` for start and end times worked out from
    the items around an item.
    `purpose` is "decision", "discussion" or "information" when the agenda
    says so; `purpose_text` keeps the words used ("For noting").
    `description` is any sentence about what will happen beyond the title.
    `shape` says how the item was written (see `Shape`).
    """

    title: str
    location: Location
    kind: ItemKind = "item"
    shape: Shape = "line"
    number: str | None = None
    time: dt.time | None = None
    end: dt.time | None = None
    duration: int | None = None
    owner: str | None = None
    purpose: Purpose | None = None
    purpose_text: str | None = None
    description: str | None = None
    papers: tuple[str, ...] = ()
    source: str = ""

    @property
    def is_break(self) -> bool:
        return self.kind == "break"

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.source or self.title, self.location)


@dataclass(frozen=True)
class Agenda:
    """Everything the extractor found in one agenda or invitation.

    `dates` holds the meeting's day or days; `start` and `finish` the times
    the agenda gives for the whole meeting (or, when it gives none, the first
    item's time and the closing time). `items` holds items and breaks in
    order; a closing line ("13:00 Close") is not an item, it sets `finish`.
    `evidence` maps a field name ("date", "start", "postcode", …) to where
    it was found. `papers_in_advance` is the sentence that says the papers go
    out before the meeting ("papers are published a week before each
    meeting"), found as a phrase in context (see `phrases`). `is_agenda` and
    `agenda_reason` say whether the document looks like an agenda and why
    (see `extract.looks_like_agenda`). `kind` is "agenda", "invitation",
    "minutes" or "paper" and `kind_reason` says why (see `kinds`); for
    minutes, `minutes` holds who came, who sent apologies and the actions
    (see `minutes.read_minutes`).
    """

    path: str
    title: str | None = None
    dates: tuple[dt.date, ...] = ()
    start: dt.time | None = None
    finish: dt.time | None = None
    venue: str | None = None
    postcode: str | None = None
    platform: str | None = None
    link: str | None = None
    dial_in: str | None = None
    mode: Mode | None = None
    items: tuple[AgendaItem, ...] = ()
    papers: tuple[str, ...] = ()
    sent_date: dt.date | None = None
    evidence: Mapping[str, Evidence] = field(default_factory=lambda: MappingProxyType({}))
    mode_evidence: tuple[Evidence, ...] = ()
    is_agenda: bool = False
    agenda_reason: str = ""
    papers_in_advance: Evidence | None = None
    kind: str = "paper"
    kind_reason: str = ""
    minutes: Minutes | None = None

    @property
    def date(self) -> dt.date | None:
        return self.dates[0] if self.dates else None

    @property
    def breaks(self) -> tuple[AgendaItem, ...]:
        return tuple(i for i in self.items if i.is_break)

    @property
    def topics(self) -> tuple[AgendaItem, ...]:
        """The items that are not breaks."""
        return tuple(i for i in self.items if not i.is_break)

    def where(self, name: str) -> Evidence | None:
        return self.evidence.get(name)
