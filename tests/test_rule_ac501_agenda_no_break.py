"""AC501 agenda-no-break: more than an hour (warning) or 90 minutes (error) with no break."""

from __future__ import annotations

import pytest

from accessicheck.core.model import Severity

CODE = "AC501"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Agenda: 10:00 Welcome. 10:15 Budget. 11:45 Lunch. 12:30 Close.",
            [Severity.ERROR],
            id="105-minutes",
        ),
        pytest.param(
            "Agenda: 10:00 Welcome. 10:15 Budget. 11:15 Break. 11:30 Close.",
            [Severity.WARNING],
            id="75-minutes",
        ),
        pytest.param(
            "Agenda: 10:00 Welcome. 10:50 Break. 11:00 Plans. 12:10 Break. 12:20 Close.",
            [Severity.WARNING],
            id="second-stretch",
        ),
        pytest.param("Agenda: 10:00 Welcome. 10:15 Budget. 11:00 Close.", [], id="an-hour-is-fine"),
        pytest.param("# Agenda\n\n- Welcome\n\n- Budget", [], id="no-times-no-finding"),
        pytest.param(
            "# Notes\n\nWe met from 10:00 to 13:00 without a break.", [], id="not-an-agenda"
        ),
        pytest.param(
            "# Minutes of the carers board\n\nAgenda: 10:00 Welcome. 10:15 Budget. "
            "11:45 Lunch. 12:30 Close.",
            [],
            id="minutes-are-left-alone",
        ),
    ],
)
def test_stretches_without_a_break(lint, text: str, expected: list[Severity]) -> None:
    found = [f for f in lint(text, select=CODE) if f.code == CODE]
    assert [f.severity for f in found] == expected


def test_limits_are_settings(lint) -> None:
    text = "Agenda: 10:00 Welcome. 10:15 Budget. 10:50 Break. 11:00 Close."
    options = {CODE: {"warning_minutes": 40, "error_minutes": 90}}
    assert [f.code for f in lint(text, select=CODE, options=options)] == [CODE]


def test_message_says_when(lint) -> None:
    (f,) = lint("Agenda: 10:00 Welcome. 10:15 Budget. 11:45 Lunch. 12:30 Close.", select=CODE)
    assert "1 hour 45 minutes without a break, from 10:00 to 11:45" in f.message
