"""AC508: were the papers sent early enough to read before the meeting?

A rule sees one document at a time, so this rule counts only the agenda's
own words. `accessicheck checklist AGENDA PAPERS...`, which sees the whole
pack, makes the same check with every paper's words (checklist item
PLAN-06). Both use `accessicheck.agenda.timing.notice`.

The dates come from the settings `meeting_date` and `sent_date` (or the
checklist's --meeting-date and --sent-date), else from the agenda itself
("Date: 12 March 2026", "Date of issue: 2 March 2026").
"""

from __future__ import annotations

from collections.abc import Iterator

from ...agenda import timing as T
from ...agenda.dates import parse_iso, show
from ...core.model import Severity
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument
from ...language.readability import words
from .agenda_common import agenda_of, hit_at


@rule(
    "AC508",
    "papers-too-late",
    unit="document",
    severity="warning",
    summary="The papers were sent too late to read before the meeting",
    why="People need time to read, to ask questions, and to get Easy Read, large print, "
    "Braille or translated copies. English councils must publish papers 5 clear days "
    "before a meeting; NHS and involvement guidance asks for at least a week.",
    helps=("LD", "SpLD", "SR", "LV", "ND", "COG", "FAT", "EAL"),
    fails=("Agenda for Thursday 12 March 2026. Papers sent: 10 March 2026. 10:30 Welcome.",),
    passes=("Agenda for Thursday 12 March 2026. Papers sent: 2 March 2026. 10:30 Welcome.",),
    options={
        "words_per_minute": T.WORDS_PER_MINUTE,
        "minutes_per_day": T.READING_MINUTES_PER_DAY,
        "min_days": T.MIN_NOTICE_DAYS,
        "min_clear_days": T.MIN_CLEAR_DAYS,
    },
    profiles={"easy-read": {"words_per_minute": T.EASY_READ_WORDS_PER_MINUTE}},
)
def papers_too_late(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The papers went out fewer than 5 clear days before the meeting (an error:
    the legal minimum for council meetings in England), or fewer than 7 days
    before it, or too late for the time they take to read (a warning). Reading
    time is words ÷ 200 a minute (÷ 100 with the easy-read profile), and
    nobody should have to read for more than 30 minutes a day to get through
    the pack. This rule counts the agenda's own words; the checklist command
    counts the whole pack. Set the dates with `meeting_date` and `sent_date`
    when the agenda does not give them."""
    agenda = agenda_of(doc)
    if agenda is None:
        return
    for key in ("meeting_date", "sent_date"):
        value = str(ctx.config.get(key, "") or "")
        if value.strip() and parse_iso(value) is None:
            yield Hit(f'The setting {key} = "{value}" is not a date. Write it as 2026-03-12.')
            return
    meeting = parse_iso(str(ctx.config.get("meeting_date", "") or "")) or agenda.date
    sent = parse_iso(str(ctx.config.get("sent_date", "") or "")) or agenda.sent_date
    if meeting is None or sent is None:
        return
    o = ctx.options
    count = sum(len(words(b.text)) for b in doc.document.blocks)
    n = T.notice(
        meeting,
        sent,
        count,
        words_per_minute=int(o["words_per_minute"]),
        minutes_per_day=int(o["minutes_per_day"]),
        min_days=int(o["min_days"]),
    )
    ev = agenda.where("sent_date") or agenda.where("date")
    loc = ev.location if ev else None
    if n.too_late:
        yield hit_at(
            doc,
            loc,
            f"The papers are dated {show(sent)}, after the meeting on {show(meeting)}. "
            "Check the dates.",
            severity=Severity.ERROR,
        )
    elif n.clear_days < int(o["min_clear_days"]):
        yield hit_at(
            doc,
            loc,
            f"The papers went out {_days(n.clear_days)} clear before the meeting "
            f"({show(sent)} for {show(meeting)}). Send them at least "
            f"{int(o['min_clear_days'])} clear days before, and a week is better.",
            severity=Severity.ERROR,
        )
    elif n.days < n.days_needed:
        reading = T.duration_phrase(max(n.reading_minutes, 1))
        yield hit_at(
            doc,
            loc,
            f"The papers went out {_days(n.days)} before the meeting. With about {reading} "
            f"of reading, people need at least {_days(n.days_needed)}.",
        )


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"
