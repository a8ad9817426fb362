"""AC502 meeting-too-long: over 2 hours online or hybrid, over 5 hours in person."""

from __future__ import annotations

import pytest

CODE = "AC502"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param(
            "Agenda for our Zoom meeting: 10:00 Welcome. 11:00 Break. 11:15 Plans. 12:30 Close.",
            True,
            id="online-2h30",
        ),
        pytest.param(
            "Agenda for our Zoom meeting: 10:00 Welcome. 10:50 Break. 11:00 Plans. 11:55 Close.",
            False,
            id="online-under-2h",
        ),
        pytest.param(
            "# Agenda\n\nVenue: Hub, Leicester LE1 3GH\n\nTime: 10:00 to 14:00",
            False,
            id="in-person-4h",
        ),
        pytest.param(
            "# Agenda\n\nVenue: Hub, Leicester LE1 3GH\n\nTime: 10:00 to 16:00",
            True,
            id="in-person-6h",
        ),
    ],
)
def test_length_for_the_kind_of_meeting(lint, text: str, flagged: bool) -> None:
    assert bool([f for f in lint(text, select=CODE) if f.code == CODE]) is flagged


def test_online_limit_is_a_setting(lint) -> None:
    text = "Agenda for our Zoom meeting: 10:00 Welcome. 11:00 Break. 11:15 Plans. 12:30 Close."
    assert lint(text, select=CODE, options={CODE: {"online_hours": 3.0}}) == []
