"""The sums over an agenda's times: schedule, stretches, clashes, length, notice."""

from __future__ import annotations

from datetime import date

from accessicheck.agenda import timing as T
from accessicheck.agenda.extract import extract_agenda

from .conftest import make_document


def _agenda(text: str):  # type: ignore[no-untyped-def]
    return extract_agenda(make_document(text))


def test_longest_stretch_counts_from_the_start_to_the_break() -> None:
    a = _agenda("Agenda: 10:30 Welcome. 10:40 Minutes. 12:15 Break. 12:30 Survey. 13:00 Close.")
    longest = T.longest_without_break(a)
    assert longest is not None
    assert (T.clock(longest.start), T.clock(longest.end), longest.minutes) == (
        "10:30",
        "12:15",
        105,
    )


def test_arriving_is_not_sitting_through_content() -> None:
    a = _agenda(
        "Agenda: 09:45 Arrival and coffee. 10:00 Welcome. 10:50 Break. 11:00 Plans. 11:45 Close."
    )
    assert T.longest_without_break(a).minutes == 50  # type: ignore[union-attr]


def test_lengths_add_up_to_a_schedule() -> None:
    a = _agenda(
        "# Agenda\n\nTuesday 24 March 2026, 4.30pm to 6pm\n\n"
        "- Catch-up (10 minutes)\n\n- App testing (30 minutes)\n\n- Break (10 minutes)\n\n"
        "- Ideas (30 minutes)"
    )
    starts = [T.clock(s.start) for s in T.schedule(a) if s.start is not None]
    assert starts == ["16:30", "16:40", "17:10", "17:20"]
    assert T.longest_without_break(a).minutes == 40  # type: ignore[union-attr]


def test_an_untimed_break_means_we_cannot_tell() -> None:
    a = _agenda("# Agenda\n\nMonday 2 March 2026, 10am to 1pm\n\n- Welcome\n\n- Break\n\n- Plans")
    assert T.stretches(a) is None
    assert T.meeting_minutes(a) == 180


def test_overlaps_and_running_past_the_finish() -> None:
    a = _agenda(
        "# Agenda\n\nTime: 10:00 to 11:00\n\n- 10:00-10:30 Welcome\n\n- 10:20 Budget\n\n"
        "- 10:50-11:15 Plans"
    )
    messages = [c.message for c in T.clashes(a)]
    assert any("runs until 10:30" in m for m in messages)
    assert any("after the meeting's finish time" in m for m in messages)


def test_times_going_backwards() -> None:
    a = _agenda("Agenda: - 10:00 Welcome - 11:00 Budget - 10:30 Plans - 12:00 Close")
    assert any("before the item above it" in c.message for c in T.clashes(a))


def test_a_tidy_agenda_has_no_clashes() -> None:
    a = _agenda("Agenda: - 10:00-10:15 Welcome - 10:15 Budget - 11:00 Close")
    assert T.clashes(a) == []


def test_notice_and_reading_time() -> None:
    short = T.notice(date(2026, 3, 12), date(2026, 3, 2), 2_000)
    assert (short.days, short.clear_days, short.reading_minutes, short.days_needed) == (
        10,
        9,
        10,
        7,
    )
    long = T.notice(date(2026, 3, 12), date(2026, 3, 2), 80_000)
    assert long.reading_minutes == 400 and long.days_needed == 14
    easy = T.notice(date(2026, 3, 12), date(2026, 3, 2), 2_000, words_per_minute=100)
    assert easy.reading_minutes == 20
    assert T.notice(date(2026, 3, 12), date(2026, 3, 14), 10).too_late


def test_time_problems() -> None:
    early = _agenda("Agenda: 9:00 Welcome. 10:00 Budget. 11:00 Close.")
    assert [p.which for p in T.time_problems(early)] == ["start"]
    late = _agenda("Agenda: 19:00 Welcome. 20:00 Budget. 21:30 Close.")
    assert [p.which for p in T.time_problems(late)] == ["finish"]
    fine = _agenda("Agenda: 10:30 Welcome. 11:00 Budget. 12:30 Close.")
    assert T.time_problems(fine) == []


def test_duration_phrase() -> None:
    assert T.duration_phrase(105) == "1 hour 45 minutes"
    assert T.duration_phrase(120) == "2 hours"
    assert T.duration_phrase(1) == "1 minute"
