"""AC501–AC503, AC505, AC507: an agenda's times — breaks, length, timings, start and finish.

These rules look at a whole document, and only at documents that look like
agendas (see `agenda_common`). The sums are in `accessicheck.agenda.timing`,
which the meeting checklist uses too.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...agenda import timing as T
from ...agenda.times import to_minutes
from ...core.model import Severity
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument
from .agenda_common import agenda_of, hit_at


@rule(
    "AC501",
    "agenda-no-break",
    unit="document",
    severity="warning",
    summary="More than an hour without a break",
    why="Concentration fades after 20 to 40 minutes. People with fatigue, pain or a "
    "learning disability, BSL interpreters and wheelchair users sitting in a travel chair "
    "need regular breaks; a short break every hour is better than a long one after two.",
    helps=("FAT", "WC", "ND", "MH", "COG", "BSL", "LD"),
    fails=("Agenda: 10:00 Welcome. 10:15 Budget. 11:45 Lunch. 12:30 Close.",),
    passes=(
        "Agenda: 10:00 Welcome. 10:15 Budget. 10:55 Break. 11:10 Plans. 12:00 Close.",
        "Agenda: 10:00 Welcome. 10:15 Budget. 11:00 Close.",
    ),
    options={
        "warning_minutes": T.BREAK_WARNING_MINUTES,
        "error_minutes": T.BREAK_ERROR_MINUTES,
    },
)
def agenda_no_break(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The agenda runs for more than an hour (a warning) or more than 90 minutes
    (an error) without a break, counting from the start, or the end of the last
    break, to the next break or the finish. Arriving and settling in does not
    count. Put in a short break at least every hour: self-advocates say a
    7-minute break each hour is better than 15 minutes after two hours.
    It says nothing when the times are missing: AC503 covers that."""
    agenda = agenda_of(doc)
    if agenda is None:
        return
    runs = T.stretches(agenda) or []
    warn, err = int(ctx.options["warning_minutes"]), int(ctx.options["error_minutes"])
    for run in runs:
        if run.minutes <= warn:
            continue
        severity = Severity.ERROR if run.minutes > err else Severity.WARNING
        first = run.slots[0].item if run.slots else None
        yield hit_at(
            doc,
            first.location if first else None,
            f"{T.duration_phrase(run.minutes)} without a break, from {T.clock(run.start)} "
            f"to {T.clock(run.end)}. Add a short break at least every hour.",
            severity=severity,
        )


@rule(
    "AC502",
    "meeting-too-long",
    unit="document",
    severity="warning",
    summary="The meeting is longer than people can manage for its kind",
    why="Video calls tire people faster than meeting in a room, and long days exclude "
    "people with fatigue, carers and people who rely on transport or support workers.",
    helps=("FAT", "ND", "BSL", "COG", "CAR"),
    fails=(
        "Agenda for our Zoom meeting: 10:00 Welcome. 11:00 Break. 11:15 Budget. "
        "12:00 Break. 12:15 Plans. 13:00 Close.",
    ),
    passes=("Agenda for our Zoom meeting: 10:00 Welcome. 10:50 Break. 11:00 Plans. 11:55 Close.",),
    options={
        "online_hours": T.MAX_HOURS["online"],
        "hybrid_hours": T.MAX_HOURS["hybrid"],
        "in_person_hours": T.MAX_HOURS["in-person"],
    },
)
def meeting_too_long(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The meeting is longer than the limit for its kind: 2 hours online (UCL
    Deafness, Cognition and Language Research Centre; the Turing Way), about 5
    hours in person including breaks. A hybrid meeting gets the online limit,
    because the people joining online sit through it on a screen. When the
    kind of meeting is unknown the in-person limit is used."""
    agenda = agenda_of(doc)
    if agenda is None:
        return
    minutes = T.meeting_minutes(agenda)
    if minutes is None:
        return
    mode = agenda.mode or "in-person"
    key = {"online": "online_hours", "hybrid": "hybrid_hours"}.get(mode, "in_person_hours")
    limit = round(float(ctx.options[key]) * 60)
    if minutes <= limit:
        return
    kind = {"online": "an online", "hybrid": "a hybrid"}.get(mode, "an in-person")
    ev = agenda.where("finish") or agenda.where("start")
    yield hit_at(
        doc,
        ev.location if ev else None,
        f"The meeting lasts {T.duration_phrase(minutes)}. For {kind} meeting, aim for "
        f"{T.duration_phrase(limit)} or less: shorten it, or split it over two sessions.",
    )


@rule(
    "AC503",
    "item-without-time",
    unit="document",
    severity="warning",
    summary="Agenda items without a time",
    why="Times help people plan their energy, medication, care and transport, and let "
    "people join for the items that matter to them. Autistic people and people with "
    "anxiety find it easier when they know what happens when.",
    helps=("ND", "FAT", "CAR", "MH"),
    fails=("Agenda: - 10:00 Welcome - Carers' budget - 10:45 Break - 11:00 Close",),
    passes=("Agenda: - 10:00 Welcome - 10:15 Carers' budget - 10:45 Break - 11:00 Close",),
)
def item_without_time(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """An agenda item has no time and no length. When no item has one, this says
    so once for the whole agenda; otherwise it points at each item without one.
    A time worked out from the lengths of the items before it counts."""
    agenda = agenda_of(doc)
    if agenda is None or not agenda.items:
        return
    untimed = [s.item for s in T.schedule(agenda) if s.start is None and s.item.duration is None]
    if not untimed:
        return
    if len(untimed) == len(agenda.items):
        yield hit_at(
            doc,
            agenda.items[0].location,
            f"None of the {len(untimed)} agenda items has a time. Give each item a start "
            "time, or say how long it will take.",
        )
        return
    for item in untimed:
        yield hit_at(
            doc,
            item.location,
            f"“{item.title}” has no time. Add a start time or say how long it will take.",
        )


@rule(
    "AC505",
    "agenda-times-clash",
    unit="document",
    severity="warning",
    summary="Agenda times overlap, go backwards or run past the finish",
    why="If the timings do not add up, the meeting will overrun or items will be cut "
    "short, and people who planned care, transport or medication around the times lose out.",
    helps=("ND", "FAT", "CAR"),
    fails=("Agenda: - 10:00-10:30 Welcome - 10:20 Budget - 11:00 Close",),
    passes=("Agenda: - 10:00-10:15 Welcome - 10:15 Budget - 11:00 Close",),
)
def agenda_times_clash(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Two items overlap (an item's stated end or length runs into the next
    item), an item starts before the one above it, or an item runs past the
    meeting's finish time. Check the times add up."""
    agenda = agenda_of(doc)
    if agenda is None:
        return
    for clash in T.clashes(agenda):
        yield hit_at(doc, clash.item.location, f"{clash.message} Check the times add up.")


@rule(
    "AC507",
    "hard-to-reach-time",
    unit="document",
    severity="warning",
    summary="The meeting starts early, in the rush hour, or finishes late",
    why="Disabled people's free bus passes often work only off-peak, rush-hour travel is "
    "hard for wheelchair users and people with anxiety, and early starts are hard for people "
    "with fatigue, medication routines or care to arrange.",
    helps=("WC", "MOB", "FAT", "CAR", "BEN", "MH"),
    fails=("Agenda: 9:00 Welcome. 9:30 Budget. 10:30 Close.",),
    passes=("Agenda: 10:30 Welcome. 11:00 Budget. 12:00 Close.",),
    options={
        "earliest_start": "10:00",
        "latest_finish": "21:00",
        "morning_peak": "07:30-09:30",
        "evening_peak": "16:30-18:30",
    },
)
def hard_to_reach_time(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """For meetings in a room (or hybrid, or not known), flags a start before
    10:00, a start or finish in the rush hour (07:30–09:30 and 16:30–18:30 by
    default) and a finish after 21:00. Scope and SCIE advise against early
    starts, peak travel and finishing after dark; a 10:30 start lets people
    travel between cities off-peak. Online meetings are left alone."""
    agenda = agenda_of(doc)
    if agenda is None or agenda.mode == "online":
        return
    o = ctx.options
    peaks = tuple(p for p in (_range(o["morning_peak"]), _range(o["evening_peak"])) if p)
    problems = T.time_problems(
        agenda,
        earliest=_minutes(o["earliest_start"]),
        latest=_minutes(o["latest_finish"]),
        peaks=peaks,
    )
    for problem in problems:
        ev = agenda.where(problem.which)
        yield hit_at(doc, ev.location if ev else None, problem.message)


def _minutes(text: str) -> int | None:
    from ...agenda.times import parse_clock

    t = parse_clock(str(text))
    return None if t is None else to_minutes(t)


def _range(text: str) -> tuple[int, int] | None:
    from ...agenda.times import find_times

    spans = find_times(str(text))
    if not spans or spans[0].last is None:
        return None
    return to_minutes(spans[0].first), to_minutes(spans[0].last)
