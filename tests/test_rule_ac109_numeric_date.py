"""AC109 numeric-date: dates in numbers, ambiguous (warning) or just unclear (info)."""

from __future__ import annotations

import pytest

from accessicheck.core.model import Severity

CODE = "AC109"


@pytest.fixture
def flagged(lint, analyse):
    """(flagged text, severity) for each finding (blocks are numbered from 1)."""

    def run(text: str, **kwargs) -> list[tuple[str, Severity]]:
        blocks = analyse(text).blocks
        return [
            (blocks[f.location.paragraph - 1].text[f.location.start : f.location.end], f.severity)
            for f in lint(text, select=CODE, **kwargs)
            if f.code == CODE
        ]

    return run


WARN, INFO = Severity.WARNING, Severity.INFO


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The meeting is on 01/02/2026.", [("01/02/2026", WARN)], id="ambiguous-slash"),
        pytest.param("The meeting is on 1/2/26.", [("1/2/26", WARN)], id="short"),
        pytest.param("Meet on 01-02-2026.", [("01-02-2026", WARN)], id="dashes"),
        pytest.param("Meet on 01.02.2026.", [("01.02.2026", WARN)], id="dots"),
        pytest.param("Reply by 25/12/2026.", [("25/12/2026", INFO)], id="clear-day-first"),
        pytest.param("Reply by 12/25/2026.", [("12/25/2026", INFO)], id="clear-month-first"),
        pytest.param("Reply by 05/05/2026.", [("05/05/2026", INFO)], id="same-day-and-month"),
        pytest.param("Papers due 2026-02-01.", [("2026-02-01", INFO)], id="iso"),
        pytest.param(
            "From 01/02/2026 to 25/02/2026.",
            [("01/02/2026", WARN), ("25/02/2026", INFO)],
            id="two-dates",
        ),
    ],
)
def test_flags_this(flagged, text: str, expected: list[tuple[str, Severity]]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The meeting is on 1 February 2026.", id="words"),
        pytest.param("Half of the group (1/2) came.", id="fraction"),
        pytest.param("We start at 10.30 and finish at 3.15.", id="times"),
        pytest.param("It costs £12.50 a month.", id="money"),
        pytest.param("See para 3.2.12 and section 1.2.10.", id="references"),
        pytest.param("Install version 1.2.10 or v1.2.26.", id="versions"),
        pytest.param("Call 0113 222 3333 or 07700 900123.", id="phone-numbers"),
        pytest.param("The server is 10.0.0.1 and the code 1.2.3.4.", id="dotted-numbers"),
        pytest.param("Score 31/02/2026 is not a date.", id="impossible-date"),
        pytest.param("Open 24/7, 365 days a year.", id="24-7"),
    ],
)
def test_leaves_this_alone(flagged, text: str) -> None:
    assert flagged(text) == []


def test_ambiguous_date_suggests_day_first_not_safe(lint) -> None:
    (finding,) = lint("The meeting is on 01/02/2026.", select=CODE)
    (suggestion,) = finding.suggestions
    assert suggestion.replacement == "1 February 2026"
    assert not suggestion.safe
    assert "2 January 2026" in finding.message


@pytest.mark.parametrize(
    ("text", "replacement", "safe"),
    [
        pytest.param("Reply by 25/12/2026.", "25 December 2026", True, id="four-digit-year"),
        pytest.param("Reply by 25/12/26.", "25 December 2026", False, id="two-digit-year"),
        pytest.param("Reply by 12/25/2026.", "25 December 2026", False, id="month-first"),
        pytest.param("Reply by 2026-12-25.", "25 December 2026", True, id="iso"),
    ],
)
def test_clear_dates_in_words(lint, text: str, replacement: str, safe: bool) -> None:
    (finding,) = lint(text, select=CODE)
    assert finding.suggestions[0].replacement == replacement
    assert finding.suggestions[0].safe is safe
