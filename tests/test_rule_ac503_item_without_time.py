"""AC503 item-without-time: agenda items with no time and no length."""

from __future__ import annotations

CODE = "AC503"


def test_each_untimed_item_is_flagged(lint) -> None:
    text = "Agenda: - 10:00 Welcome - Carers' budget - Young carers - 10:45 Break - 11:00 Close"
    found = lint(text, select=CODE)
    assert len(found) == 2
    assert "Carers' budget" in found[0].message


def test_one_finding_when_nothing_has_a_time(lint) -> None:
    found = lint("# Agenda\n\n- Apologies\n\n- Minutes\n\n- Budget", select=CODE)
    assert len(found) == 1 and "None of the 3 agenda items" in found[0].message


def test_lengths_count_as_times(lint) -> None:
    text = "# Agenda\n\nTime: 4.30pm to 6pm\n\n- Catch-up (10 minutes)\n\n- App (30 minutes)"
    assert lint(text, select=CODE) == []


def test_timed_agenda_passes(lint) -> None:
    assert lint("Agenda: - 10:00 Welcome - 10:15 Budget - 11:00 Close", select=CODE) == []
