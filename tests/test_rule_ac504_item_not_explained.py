"""AC504 item-not-explained: agenda items that are only a title."""

from __future__ import annotations

import pytest

CODE = "AC504"


@pytest.mark.parametrize(
    ("item", "flagged"),
    [
        pytest.param("Budget", True, id="noun"),
        pytest.param("Carers' week plans", True, id="noun-phrase"),
        pytest.param(
            "Budget: we will decide how to spend next year's money", False, id="says-what-happens"
        ),
        pytest.param("Choosing a name for the study", False, id="doing-word"),
        pytest.param(
            "Speakers for the spring: choose two from the list", False, id="verb-after-colon"
        ),
        pytest.param("Welcome, introductions and apologies", False, id="self-explaining"),
    ],
)
def test_items(lint, item: str, flagged: bool) -> None:
    text = f"Agenda: - 10:00 Welcome - 10:15 {item} - 11:00 Close"
    assert bool(lint(text, select=CODE)) is flagged


def test_a_description_under_a_heading_explains_it(lint) -> None:
    text = "# Agenda\n\n# 1. Budget (10:00)\n\nWe will look at next year's spending together."
    assert lint(text, select=CODE) == []


def test_finding_points_at_the_item(lint) -> None:
    (f,) = lint("Agenda: - 10:00 Welcome - 10:15 Budget - 11:00 Close", select=CODE)
    assert "“Budget” is only a title" in f.message
    assert f.excerpt.startswith("10:15 Budget")
