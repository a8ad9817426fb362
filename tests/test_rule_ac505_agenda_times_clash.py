"""AC505 agenda-times-clash: overlapping times, times going backwards, past the finish."""

from __future__ import annotations

import pytest

CODE = "AC505"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param(
            "Agenda: - 10:00-10:30 Welcome - 10:20 Budget - 11:00 Close",
            "runs until 10:30",
            id="overlap",
        ),
        pytest.param(
            "Agenda: - 10:00 Welcome (40 minutes) - 10:20 Budget - 11:00 Close",
            "runs until 10:40",
            id="overlap-by-length",
        ),
        pytest.param(
            "Agenda: - 10:00 Welcome - 11:00 Budget - 10:30 Plans - 12:00 Close",
            "before the item above it",
            id="backwards",
        ),
        pytest.param(
            "# Agenda\n\nTime: 10:00 to 11:00\n\n- 10:00 Welcome\n\n- 11:10 Plans",
            "already have finished",
            id="after-finish",
        ),
    ],
)
def test_clashes(lint, text: str, says: str) -> None:
    found = lint(text, select=CODE)
    assert any(says in f.message for f in found), [f.message for f in found]


def test_times_that_add_up(lint) -> None:
    assert lint("Agenda: - 10:00-10:15 Welcome - 10:15 Budget - 11:00 Close", select=CODE) == []
