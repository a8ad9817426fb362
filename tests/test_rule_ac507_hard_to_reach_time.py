"""AC507 hard-to-reach-time: early starts, rush hour, late finishes (not for online meetings)."""

from __future__ import annotations

import pytest

CODE = "AC507"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param(
            "Agenda: 9:00 Welcome. 9:30 Budget. 10:30 Close.", ["starts at 09:00"], id="early"
        ),
        pytest.param(
            "Agenda: 17:00 Welcome. 17:30 Budget. 19:00 Close.",
            ["starts at 17:00, in the rush hour"],
            id="evening-peak-start",
        ),
        pytest.param(
            "Agenda: 11:00 Welcome. 12:00 Budget. 17:00 Close.",
            ["finishes at 17:00, in the rush hour"],
            id="peak-finish",
        ),
        pytest.param(
            "Agenda: 19:00 Welcome. 20:00 Budget. 21:30 Close.", ["finishes at 21:30"], id="late"
        ),
        pytest.param("Agenda: 10:30 Welcome. 11:00 Budget. 12:00 Close.", [], id="fine"),
        pytest.param(
            "Agenda for our Zoom call: 9:00 Welcome. 9:30 Budget. 10:30 Close.",
            [],
            id="online-is-left-alone",
        ),
    ],
)
def test_times(lint, text: str, says: list[str]) -> None:
    found = lint(text, select=CODE)
    assert len(found) == len(says)
    for f, s in zip(found, says, strict=True):
        assert s in f.message


def test_earliest_start_is_a_setting(lint) -> None:
    text = "Agenda: 9:45 Welcome. 10:30 Budget. 11:30 Close."
    assert lint(text, select=CODE, options={CODE: {"earliest_start": "09:30"}}) == []
