"""Dates as people write them on agendas, and which one is the meeting's.

Recognised: "Thursday 12 March 2026", "12th March 2026", "Thu 12 Mar 2026",
"March 12, 2026", "12/03/2026" and "12.03.2026" (read the UK way: day first),
"2026-03-12", and two days at once ("12 and 13 March 2026", "12–13 March").
A date without a year takes the year of another date in the same document;
with none to go by, it is the next such day from today ("Wednesday 16
November" is the next 16 November that is a Wednesday, within seven years),
and the evidence quotes the words, so a person can see the year was assumed.
"January 21st" and "Thursday, March 12" count without a year; "March 12"
alone does not.

Which date is the meeting's? Each date found gets a score: a "Date:" or
"When:" label, a place in the title or the first few blocks, and words such
as "meeting on" count for it; words such as "next meeting", "minutes of",
"sent" or "issued" in the sentence before it, and a deadline word just
before it ("by 5 March", "before Friday 6 March"), count against it. A
deadline word further back ("join shortly before 09:00 on 25 January") does not. The highest score
wins. The date the papers were sent comes from labels such as "Date of
issue:", "Sent:", "Published:" or "papers sent on".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?P<wd>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"

_DAY_MONTH = re.compile(
    r"\b"
    + _WEEKDAY
    + r"(?P<d>[0-3]?\d)"
    + _ORD
    + r"(?:\s*(?:and|&|[-–—]|to)\s*(?P<d2>[0-3]?\d)"
    + _ORD
    + r")?"
    + r"\s+(?:of\s+)?"
    + _MONTH
    + r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"\b"
    + _WEEKDAY
    + _MONTH
    + r"\s+(?P<d>[0-3]?\d)(?P<ord>st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b(?![:./]\d)",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)?\d\d)(?![\d/.]\d)"
)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")

_MEETING_LABEL = re.compile(
    r"(?:^|\b)(?:date(?: of (?:the )?meeting)?|when|meeting date|day)\s*[:\-–]\s*$", re.IGNORECASE
)
_MEETING_CUES = re.compile(
    r"\b(?:meeting (?:is |will be )?on|meets on|we meet on|held on|takes place on|"
    r"agenda for|invited to|session on)\b[^.]*$",
    re.IGNORECASE,
)
_NOT_MEETING = re.compile(
    r"\b(?:next meeting|future meeting|last meeting|previous meeting|minutes of|notes of|"
    r"meeting held on|issue|issued|sent|published|circulated|deadline|no later than|closes?|"
    r"expires?|dated|received|born|since|holiday)\b[^.]*$",
    re.IGNORECASE,
)
#: "Minutes of the meeting held on ...": on an agenda, the last meeting; at the
#: top of minutes, the meeting these minutes record.
_RECORD_OF = re.compile(
    r"\b(?:minutes of|notes of)\b(?:[^.]*\bheld on)?[^.]*$|\bmeeting held on\b[^.]*$",
    re.IGNORECASE,
)
#: The first blocks of a document: where minutes name their own meeting.
_TOP_BLOCKS = 2
#: A deadline or a period just before the date: "by 5 March", "before Friday 6 March".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|till|from|between|last)\s+(?:(?:the|on)\s+)*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.IGNORECASE,
)
#: "Our next meeting is on ...", at the top of an invitation, names this meeting.
_INVITATION = re.compile(
    r"\b(?:our|the) next (?:[\w'’-]+ ){0,4}meeting (?:is|will be)(?: held)? on\s*$", re.IGNORECASE
)
_SENT_LABEL = re.compile(
    r"(?:date of (?:issue|publication|despatch|dispatch)|date (?:sent|issued|published)|"
    r"issued(?: on)?|published(?: on)?|sent(?: out)?(?: on)?|circulated(?: on)?|despatched(?: on)?|"
    r"papers (?:were |are )?(?:sent|circulated|published)(?: out)?(?: on)?)\s*:?\s*"
    r"(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateSpan:
    """A date (or two consecutive days) found in a text, with its character span."""

    start: int
    end: int
    days: tuple[date, ...]
    has_year: bool
    has_weekday: bool

    @property
    def first(self) -> date:
        return self.days[0]


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[DateSpan]:
    """Every date in `text`, in order. Dates with no year use `default_year`.

    A date with no year and no `default_year` is returned with year 1, and
    `has_year` False, so callers can fill the year in later.
    """
    out: list[DateSpan] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for rx in (_DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            # "may" is also a verb: only take it with a day before it and a year or weekday.
            if m.group("mon").lower() == "may" and not (m.group("y") or m.group("wd")):
                continue
            # "March 12" with no year is a date only as "March 12th" or "Thursday, March 12".
            if rx is _MONTH_DAY and not (m.group("y") or m.group("wd") or m.group("ord")):
                continue
            month = _month(m.group("mon"))
            year = int(m.group("y")) if m.group("y") else (default_year or 1)
            days = [_make(year, month, int(m.group("d")))]
            d2 = m.groupdict().get("d2")
            if d2:
                days.append(_make(year, month, int(d2)))
            good = tuple(d for d in days if d is not None)
            if good:
                out.append(
                    DateSpan(m.start(), m.end(), good, bool(m.group("y")), bool(m.group("wd")))
                )
                taken.append((m.start(), m.end()))
    for rx in (_ISO, _NUMERIC):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            y = int(m.group("y"))
            y = y + 2000 if y < 100 else y
            d = _make(y, int(m.group("m")), int(m.group("d")))
            if d is not None:
                before = text[max(0, m.start() - 12) : m.start()]
                wd = re.search(r"(?:day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*$", before, re.I)
                out.append(DateSpan(m.start(), m.end(), (d,), True, bool(wd)))
                taken.append((m.start(), m.end()))
    out.sort(key=lambda s: s.start)
    return out


def next_occurrence(month: int, day: int, after: date, weekday: int | None = None) -> date | None:
    """The first `day` of `month` on or after `after`; with a `weekday`, the first such
    date within seven years that falls on it ("Wednesday 16 November"), else the first."""
    first: date | None = None
    for year in range(after.year, after.year + 8):
        d = _make(year, month, day)
        if d is None or d < after:
            continue
        first = first or d
        if weekday is None or d.weekday() == weekday:
            return d
    return first


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekday_of(text: str) -> int | None:
    """0 for Monday … 6 for Sunday, from the start of `text` ("Wed", "Thursday,"), or None."""
    low = text.strip().lower()[:3]
    return _WEEKDAYS.index(low) if low in _WEEKDAYS else None


def with_reference(span: DateSpan, text: str, reference: date) -> DateSpan:
    """A date written without a year, put on its next occurrence from `reference`."""
    if span.has_year:
        return span
    wd = weekday_of(text[span.start : span.end]) if span.has_weekday else None
    days = []
    for d in span.days:
        found = next_occurrence(d.month, d.day, reference, wd if not days else None)
        if found is None:
            return span
        days.append(found)
    return DateSpan(span.start, span.end, tuple(days), False, span.has_weekday)


@dataclass(frozen=True)
class DateCandidate:
    """A date in one block of a document, for choosing the meeting date."""

    span: DateSpan
    block: int  # index of the block in reading order
    text: str  # the block's text
    is_title: bool = False


def meeting_score(c: DateCandidate, *, minutes: bool = False) -> int:
    """How likely a date is to be the meeting's date (higher is likelier).

    In `minutes`, "Minutes of the meeting held on ..." near the top names the
    meeting they record; anywhere else it names another meeting.
    """
    before = c.text[: c.span.start]
    sentence_start = max(before.rfind(". "), before.rfind("\n"))
    lead = before[sentence_start + 1 :]
    score = 0
    own_record = minutes and c.block <= _TOP_BLOCKS and _RECORD_OF.search(lead) is not None
    if _INVITATION.search(lead) or own_record:
        score += 3
    elif _SENT_LABEL.search(lead) or _NOT_MEETING.search(lead) or _DEADLINE_BEFORE.search(lead):
        score -= 10
    if _MEETING_LABEL.search(lead):
        score += 6
    if _MEETING_CUES.search(lead):
        score += 3
    if c.is_title:
        score += 4
    score += max(0, 4 - c.block // 2)
    if c.span.has_weekday:
        score += 1
    if not c.span.has_year:
        score -= 1
    return score


def meeting_date(
    candidates: Sequence[DateCandidate], *, minutes: bool = False
) -> DateCandidate | None:
    """The candidate most likely to be the meeting's date, or None."""
    scored = [(meeting_score(c, minutes=minutes), -i, c) for i, c in enumerate(candidates)]
    scored = [s for s in scored if s[0] > -5]
    if not scored:
        return None
    return max(scored, key=lambda s: (s[0], s[1]))[2]


def sent_date(candidates: Sequence[DateCandidate]) -> DateCandidate | None:
    """The date the papers were sent or published, when a label says so."""
    for c in candidates:
        before = c.text[: c.span.start]
        if _SENT_LABEL.search(before[-60:]):
            return c
    return None


def parse_iso(value: str) -> date | None:
    """A date from a setting or option ("2026-03-12"); None when empty or unreadable."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        spans = find_dates(value)
        if spans and spans[0].has_year:
            return spans[0].first
        return None


def show(d: date | None) -> str:
    """A date as people say it: "Thursday 12 March 2026"."""
    return "" if d is None else f"{d:%A} {d.day} {d:%B %Y}"
