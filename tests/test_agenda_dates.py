"""Dates on agendas, and choosing the meeting's date and the date the papers were sent."""

from __future__ import annotations

from datetime import date

import pytest

from accessicheck.agenda import dates as D
from accessicheck.agenda.extract import extract_agenda

from .conftest import make_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Thursday 12 March 2026", (date(2026, 3, 12),), id="weekday-day-month-year"),
        pytest.param("12th March 2026", (date(2026, 3, 12),), id="ordinal"),
        pytest.param("Thu 12 Mar 2026", (date(2026, 3, 12),), id="short"),
        pytest.param("March 12, 2026", (date(2026, 3, 12),), id="month-first"),
        pytest.param("12/03/2026", (date(2026, 3, 12),), id="uk-numeric"),
        pytest.param("12.03.2026", (date(2026, 3, 12),), id="dotted"),
        pytest.param("2026-03-12", (date(2026, 3, 12),), id="iso"),
        pytest.param("12 and 13 March 2026", (date(2026, 3, 12), date(2026, 3, 13)), id="two-days"),
    ],
)
def test_find_dates(text: str, expected: tuple[date, ...]) -> None:
    (span,) = D.find_dates(text)
    assert span.days == expected


def test_may_the_verb_is_not_a_date() -> None:
    assert D.find_dates("you may 3 times") == []


def test_a_date_without_a_year_takes_the_default() -> None:
    (span,) = D.find_dates("by 5 March", default_year=2026)
    assert span.first == date(2026, 3, 5) and not span.has_year


@pytest.mark.parametrize(
    ("text", "meeting", "sent"),
    [
        pytest.param(
            "# Agenda\n\nDate of issue: 2 March 2026\n\nDate: Thursday 12 March 2026\n\n"
            "Date of next meeting: 9 April 2026",
            date(2026, 3, 12),
            date(2026, 3, 2),
            id="labels",
        ),
        pytest.param(
            "# Forum\n\nOur next meeting is on Wednesday 18 March 2026. Please reply by "
            "10 March 2026.",
            date(2026, 3, 18),
            None,
            id="invitation-next-meeting",
        ),
        pytest.param(
            "# Board agenda\n\nMinutes of the meeting held on 15 January 2026\n\n"
            "Tuesday 3 March 2026, 10am to 12pm",
            date(2026, 3, 3),
            None,
            id="minutes-of-another-meeting",
        ),
        pytest.param(
            "# Carers' forum\n\nMinutes of the meeting held on Wednesday, 23rd March, 2026 "
            "at 10.00am in the library\n\nPresent: Ann Smith (Chair), Raj Patel\n\n"
            "Apologies: Jo Brown\n\n1. Welcome\n\nThe chair said she had met the council "
            "on 2nd February 2026 about bus passes.\n\nAction: RP to write to the council.",
            date(2026, 3, 23),
            None,
            id="minutes-name-their-own-meeting",
        ),
        pytest.param(
            "# Agenda\n\nPapers sent: 1 June 2026\n\nMonday 8 June 2026",
            date(2026, 6, 8),
            date(2026, 6, 1),
            id="papers-sent",
        ),
    ],
)
def test_meeting_and_sent_dates(text: str, meeting: date, sent: date | None) -> None:
    agenda = extract_agenda(make_document(text))
    assert agenda.date == meeting
    assert agenda.sent_date == sent


def test_parse_iso_for_options() -> None:
    assert D.parse_iso("2026-03-12") == date(2026, 3, 12)
    assert D.parse_iso("12 March 2026") == date(2026, 3, 12)
    assert D.parse_iso("") is None
    assert D.parse_iso("next week") is None
