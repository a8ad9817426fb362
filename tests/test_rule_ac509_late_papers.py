"""AC509 late-papers: papers "to follow", "tabled" or handed out on the day."""

from __future__ import annotations

import pytest

CODE = "AC509"


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        pytest.param("Papers to follow.", True, id="to-follow"),
        pytest.param("The manager's report will be tabled on the night.", True, id="tabled"),
        pytest.param("Slides will be handed out on the day.", True, id="handed-out-on-the-day"),
        pytest.param("The report will be circulated at the meeting.", True, id="circulated"),
        pytest.param("Tell us on the day if you need a break.", False, id="not-about-papers"),
        pytest.param("Paper B is attached.", False, id="attached"),
    ],
)
def test_late_papers(lint, line: str, flagged: bool) -> None:
    text = f"Agenda: - 10:00 Welcome - 10:15 Budget - 11:00 Close\n\n{line}"
    assert bool(lint(text, select=CODE)) is flagged
