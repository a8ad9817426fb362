"""Sums over an agenda's times: the schedule, stretches without a break, clashes, notice.

Both the AC5xx rules and the checklist use these, so a rule and the
checklist can never disagree about how long a stretch is.

`schedule` works out when each item starts and ends: a stated time or range
first; then a start from the item before it (its end) when lengths are
given; then an end from the next item's start, or the meeting's finish for
the last item. Arrival and "tea as people arrive" items are not content,
so a stretch without a break starts after them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from .model import Agenda, AgendaItem
from .times import to_minutes

#: Items that are arriving or settling in, not sitting through content.
_SETTLING = re.compile(
    r"\b(?:arriv\w*|registration|as people arrive|doors open|settle in|networking)\b", re.I
)


@dataclass(frozen=True)
class Slot:
    """An item with its start and end in minutes since midnight (None when unknown)."""

    item: AgendaItem
    start: int | None
    end: int | None
    worked_out: bool = False  # start or end worked out from the items around it
    end_stated: bool = False  # the end comes from a range or a stated length

    @property
    def minutes(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start

    @property
    def is_pause(self) -> bool:
        """A break, or arriving: time that is not spent sitting through content."""
        return self.item.is_break or bool(_SETTLING.search(self.item.title))


@dataclass(frozen=True)
class Stretch:
    """A run of items with no break, from `start` to `end` (minutes since midnight)."""

    start: int
    end: int
    slots: tuple[Slot, ...]

    @property
    def minutes(self) -> int:
        return self.end - self.start


def schedule(agenda: Agenda) -> list[Slot]:
    """Every item with the start and end the agenda gives or implies."""
    items = agenda.items
    n = len(items)
    starts: list[int | None] = [to_minutes(i.time) if i.time else None for i in items]
    ends: list[int | None] = [to_minutes(i.end) if i.end else None for i in items]
    stated = [e is not None for e in ends]
    worked = [False] * n
    lengths = _has_lengths(items)
    for k, it in enumerate(items):
        if starts[k] is None and (it.duration or lengths):
            before = ends[k - 1] if k else (to_minutes(agenda.start) if agenda.start else None)
            if before is not None:
                starts[k], worked[k] = before, True
        if ends[k] is None and starts[k] is not None and it.duration:
            ends[k], stated[k] = starts[k] + it.duration, True  # type: ignore[operator]
    for k in range(n):
        if ends[k] is None and starts[k] is not None:
            if k + 1 < n and starts[k + 1] is not None:
                ends[k], worked[k] = starts[k + 1], True
            elif k == n - 1 and agenda.finish is not None:
                ends[k], worked[k] = to_minutes(agenda.finish), True
    return [
        Slot(it, s, e, w, st)
        for it, s, e, w, st in zip(items, starts, ends, worked, stated, strict=True)
    ]


def _has_lengths(items: tuple[AgendaItem, ...]) -> bool:
    """True when most items give a length, so starts can be added up from them."""
    return sum(1 for i in items if i.duration) >= max(2, (len(items) + 1) // 2)


def meeting_span(agenda: Agenda, slots: list[Slot] | None = None) -> tuple[int | None, int | None]:
    """The meeting's start and finish in minutes, stated or from the schedule."""
    slots = schedule(agenda) if slots is None else slots
    start = (
        to_minutes(agenda.start)
        if agenda.start
        else next((s.start for s in slots if s.start is not None), None)
    )
    finish = (
        to_minutes(agenda.finish)
        if agenda.finish
        else next((s.end for s in reversed(slots) if s.end is not None), None)
    )
    return start, finish


def meeting_minutes(agenda: Agenda) -> int | None:
    """How long the meeting lasts, when its start and finish are known."""
    start, finish = meeting_span(agenda)
    if start is None or finish is None or finish <= start:
        return None
    return finish - start


def stretches(agenda: Agenda) -> list[Stretch] | None:
    """The runs between breaks, or None when the times are not known well enough."""
    slots = schedule(agenda)
    start, finish = meeting_span(agenda, slots)
    if start is None or finish is None or finish <= start:
        return None
    out: list[Stretch] = []
    cursor = start
    current: list[Slot] = []
    for slot in slots:
        if slot.is_pause:
            if slot.start is None:
                return None  # an untimed break: we cannot tell where it falls
            if current and slot.start > cursor:
                out.append(Stretch(cursor, slot.start, tuple(current)))
            current = []
            cursor = max(cursor, slot.end if slot.end is not None else slot.start)
        else:
            current.append(slot)
    if current and finish > cursor:
        out.append(Stretch(cursor, finish, tuple(current)))
    return out


def longest_without_break(agenda: Agenda) -> Stretch | None:
    """The longest stretch of content with no break, if the times allow working it out."""
    runs = stretches(agenda)
    if not runs:
        return None
    return max(runs, key=lambda r: r.minutes)


@dataclass(frozen=True)
class Clash:
    """Two items whose times overlap, or an item that runs past the finish."""

    item: AgendaItem
    message: str


def clashes(agenda: Agenda) -> list[Clash]:
    """Times that overlap, go backwards, or run past the meeting's finish."""
    out: list[Clash] = []
    slots = schedule(agenda)
    finish = to_minutes(agenda.finish) if agenda.finish else None
    prev: Slot | None = None
    for slot in slots:
        it = slot.item
        if prev is not None and slot.start is not None and prev.start is not None:
            if slot.start < prev.start and it.time is not None:
                out.append(
                    Clash(
                        it,
                        f"“{_name(it)}” starts at {_clock(slot.start)}, before "
                        f"the item above it ({_clock(prev.start)}).",
                    )
                )
            elif prev.end is not None and prev.end_stated and slot.start < prev.end:
                out.append(
                    Clash(
                        it,
                        f"“{_name(it)}” starts at {_clock(slot.start)}, but "
                        f"“{_name(prev.item)}” runs until {_clock(prev.end)}.",
                    )
                )
        if finish is not None and slot.start is not None and slot.start >= finish and it.time:
            out.append(
                Clash(
                    it,
                    f"“{_name(it)}” starts at {_clock(slot.start)}, when the "
                    f"meeting should already have finished ({_clock(finish)}).",
                )
            )
        elif finish is not None and slot.end is not None and slot.end_stated and slot.end > finish:
            out.append(
                Clash(
                    it,
                    f"“{_name(it)}” runs until {_clock(slot.end)}, after the "
                    f"meeting's finish time ({_clock(finish)}).",
                )
            )
        prev = slot
    lengths = [s.item.duration for s in slots]
    total = meeting_minutes(agenda)
    if total and all(lengths) and lengths and not any(s.item.time for s in slots):
        planned = sum(d for d in lengths if d)
        if planned > total:
            out.append(
                Clash(
                    slots[-1].item,
                    f"The items add up to {planned} minutes, but the "
                    f"meeting is {total} minutes long.",
                )
            )
    return out


def _name(item: AgendaItem) -> str:
    title = item.title or "untitled item"
    return title if len(title) <= 60 else title[:59].rstrip() + "…"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def clock(minutes: int) -> str:
    """Minutes since midnight as "10:30"."""
    return _clock(minutes)


def duration_phrase(minutes: int) -> str:
    """90 -> "1 hour 30 minutes"."""
    hours, mins = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if mins or not hours:
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


# --- notice and reading time ------------------------------------------------------------------


@dataclass(frozen=True)
class Notice:
    """How much time people had with the papers before the meeting."""

    days: int  # days between sending and the meeting
    clear_days: int  # whole days in between, not counting either day
    words: int
    reading_minutes: int
    days_needed: int  # at least `min_days`, more for a long pack

    @property
    def too_late(self) -> bool:
        return self.days < 0


def notice(
    meeting: date,
    sent: date,
    words: int,
    *,
    words_per_minute: int = 200,
    minutes_per_day: int = 30,
    min_days: int = 7,
) -> Notice:
    """Days of notice against the time the papers take to read.

    Reading time is words ÷ words_per_minute (200 for most adults; fewer
    for Easy Read). People should not have to read for more than
    `minutes_per_day` a day to get through the pack, so a long pack needs
    more days than `min_days`.
    """
    days = (meeting - sent).days
    reading = math.ceil(words / max(words_per_minute, 1))
    needed = max(min_days, math.ceil(reading / max(minutes_per_day, 1)))
    return Notice(days, max(days - 1, 0) if days > 0 else days, words, reading, needed)


# --- reachable start and finish times ----------------------------------------------------------

#: Defaults for the start and finish checks (Scope, SCIE, the Turing Way).
EARLIEST_START = 10 * 60
LATEST_FINISH = 21 * 60
PEAKS: tuple[tuple[int, int], ...] = ((7 * 60 + 30, 9 * 60 + 30), (16 * 60 + 30, 18 * 60 + 30))


@dataclass(frozen=True)
class TimeProblem:
    """A start or finish time that is hard to reach. `which` is "start" or "finish"."""

    which: str
    minutes: int
    message: str


def time_problems(
    agenda: Agenda,
    *,
    earliest: int | None = EARLIEST_START,
    latest: int | None = LATEST_FINISH,
    peaks: tuple[tuple[int, int], ...] = PEAKS,
) -> list[TimeProblem]:
    """An early start, a start or finish in the rush hour, or a late finish."""
    start, finish = meeting_span(agenda)
    out: list[TimeProblem] = []
    if start is not None:
        peak = next((p for p in peaks if p[0] <= start <= p[1]), None)
        if earliest is not None and start < earliest:
            out.append(
                TimeProblem(
                    "start",
                    start,
                    f"The meeting starts at {clock(start)}. Starting before {clock(earliest)} "
                    "makes it hard for people who travel off-peak, need time for care or "
                    "medication, or have fatigue. Consider 10:30.",
                )
            )
        elif peak:
            out.append(
                TimeProblem(
                    "start",
                    start,
                    f"The meeting starts at {clock(start)}, in the rush hour ({clock(peak[0])} to "
                    f"{clock(peak[1])}). Free bus passes may not work then, and crowded travel is "
                    "hard for many disabled people.",
                )
            )
    if finish is not None:
        peak = next((p for p in peaks if p[0] < finish <= p[1]), None)
        if latest is not None and finish > latest:
            out.append(
                TimeProblem(
                    "finish",
                    finish,
                    f"The meeting finishes at {clock(finish)}, after {clock(latest)}. Travelling "
                    "home late and in the dark is hard or unsafe for many people.",
                )
            )
        elif peak:
            out.append(
                TimeProblem(
                    "finish",
                    finish,
                    f"The meeting finishes at {clock(finish)}, in the rush hour "
                    f"({clock(peak[0])} to {clock(peak[1])}). Consider finishing earlier so "
                    "people can travel home off-peak.",
                )
            )
    return out


# --- reading time defaults (AC508 and checklist item PLAN-06) ----------------------------------

WORDS_PER_MINUTE = 200
EASY_READ_WORDS_PER_MINUTE = 100
READING_MINUTES_PER_DAY = 30
MIN_NOTICE_DAYS = 7
MIN_CLEAR_DAYS = 5
MEETING_NOTICE_DAYS = 14

#: Longest time without a break (minutes): more is a warning, then an error.
BREAK_WARNING_MINUTES = 60
BREAK_ERROR_MINUTES = 90
#: Longest meeting (hours) for each kind of meeting.
MAX_HOURS = {"online": 2.0, "hybrid": 2.0, "in-person": 5.0}
