"""AC109: dates written in numbers ("01/02/2026"), which can be read two ways."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...core.model import Severity, Suggestion
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedBlock

_EDGE_BEFORE = r"(?<![\w./\-])"
_EDGE_AFTER = r"(?![\w/]|[.\-]\d)"
#: Day and month (either order), then a 2- or 4-digit year, one separator.
NUMERIC = re.compile(_EDGE_BEFORE + r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})" + _EDGE_AFTER)
#: Year first: 2026-02-01 (ISO 8601) or 2026/02/01.
YEAR_FIRST = re.compile(_EDGE_BEFORE + r"(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})" + _EDGE_AFTER)
#: Numbers after these words are references, not dates: "para 3.2.12".
_REFERENCE = re.compile(
    r"(?:para(?:graph)?s?|sections?|sect|s|clauses?|items?|ref(?:erence)?|versions?|ver|v|"
    r"rules?|standards?|figures?|fig|tables?|appendix|annex|pages?|pp?|steps?|chapters?|"
    r"no|number|tel|phone|ext|§)\.?\s*$",
    re.IGNORECASE,
)

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Date:
    day: int
    month: int
    year: int

    def words(self) -> str:
        return f"{self.day} {MONTHS[self.month - 1]} {self.year}"


def _valid(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _full_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    yy = int(text)
    return 2000 + yy if yy < 70 else 1900 + yy


def _is_reference(text: str, start: int) -> bool:
    return bool(_REFERENCE.search(text[max(0, start - 20) : start]))


def _numeric_dates(text: str) -> Iterator[Hit]:
    for m in NUMERIC.finditer(text):
        if _is_reference(text, m.start()):
            continue
        a, b, year = int(m.group(1)), int(m.group(3)), _full_year(m.group(4))
        uk, us = _valid(a, b, year), _valid(b, a, year)
        if not (uk or us):
            continue
        found = m.group()
        short_year = len(m.group(4)) == 2
        assumed = f" (taking '{m.group(4)}' as {year})" if short_year else ""
        if uk and us and a != b:
            first, other = Date(a, b, year), Date(b, a, year)
            fix = f"Write it in words: '{first.words()}' if you mean day first, as usual in the UK."
            yield Hit(
                f"'{found}' could mean {first.words()} or {other.words()}{assumed}. {fix}",
                m.start(),
                m.end(),
                suggestions=(Suggestion(fix, replacement=first.words(), safe=False),),
            )
            continue
        date = Date(a, b, year) if uk else Date(b, a, year)
        month_first = "" if uk else " It looks like the month comes first, as in the USA."
        fix = f"Write it in words: '{date.words()}'."
        yield Hit(
            f"'{found}' is a date in numbers{assumed}.{month_first} {fix}",
            m.start(),
            m.end(),
            suggestions=(Suggestion(fix, replacement=date.words(), safe=uk and not short_year),),
            severity=Severity.INFO,
        )


def _year_first_dates(text: str) -> Iterator[Hit]:
    for m in YEAR_FIRST.finditer(text):
        if _is_reference(text, m.start()):
            continue
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if not 1900 <= year <= 2099 or not _valid(day, month, year):
            continue
        date = Date(day, month, year)
        fix = f"Write it in words: '{date.words()}'."
        yield Hit(
            f"'{m.group()}' is a date in numbers. {fix}",
            m.start(),
            m.end(),
            suggestions=(Suggestion(fix, replacement=date.words(), safe=True),),
            severity=Severity.INFO,
        )


@rule(
    "AC109",
    "numeric-date",
    unit="block",
    severity="warning",
    summary="Date written in numbers (it may be read two ways)",
    why="A date like 01/02/2026 means 1 February in the UK but 2 January in the USA, so "
    "readers can turn up on the wrong day. Screen readers read out the numbers and slashes, "
    "and dates in words are easier for everyone to read.",
    helps=("SR", "LD", "SpLD", "EAL", "COG", "ALL"),
    fails=(
        "The next meeting is on 01/02/2026.",
        "Please reply by 25/12/2026.",
        "Papers are due on 2026-02-01.",
    ),
    passes=(
        "The next meeting is on 1 February 2026.",
        "Half of the group (1/2) came at 10.30.",
        "See paragraph 3.2.12 and version 1.2.10.",
    ),
)
def numeric_date(ablock: AnalysedBlock, ctx: RuleContext) -> Iterator[Hit]:
    """A date written in numbers, such as 01/02/2026, 1/2/26, 01-02-2026 or
    01.02.2026.

    When both numbers could be the month (01/02/2026), readers cannot tell 1
    February from 2 January: that is a warning. The suggested rewrite takes
    the day first, as usual in the UK; check it.

    Other numeric dates (25/12/2026, 2026-12-25) are clear but still harder
    to read than words, and screen readers read out the slashes: that is a
    note (info). These can be rewritten safely, except that a 2-digit year
    ("26") is taken as 2026.

    Before: "The next meeting is on 01/02/2026."

    After: "The next meeting is on 1 February 2026."

    It leaves alone fractions (1/2), times (10.30), money, version numbers,
    and references such as "para 3.2.12".
    """
    yield from _numeric_dates(ablock.text)
    yield from _year_first_dates(ablock.text)
