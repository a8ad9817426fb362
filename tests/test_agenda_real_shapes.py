"""Agendas, dates and times as real organisations write them (issue: real agendas).

Every text here is written by us in the shapes found in public agendas and
minutes: an item number alone on its line, numbers glued to titles, rows
with slashes between cells, dates with no year, "1230", and deadlines that
are neither items nor start times.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from accessicheck import loaders
from accessicheck.agenda.dates import find_dates, next_occurrence
from accessicheck.agenda.extract import extract_agenda
from accessicheck.agenda.model import Agenda
from accessicheck.agenda.times import find_times

TODAY = date(2026, 12, 2)


def _agenda(tmp_path: Path, text: str, today: date = TODAY) -> Agenda:
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    return extract_agenda(loaders.load(path), today=today)


def _titles(tmp_path: Path, text: str) -> list[str]:
    return [i.title for i in _agenda(tmp_path, text).items]


# --- items ------------------------------------------------------------------------------

NUMBER_ALONE = """Carers Partnership Board
Thursday 12 March 2026 10.00 am

Items

1.

Apologies for absence

To receive any apologies.

2.

Minutes of the last meeting

3.

Respite care update

To hear how the new service is going.
"""


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            NUMBER_ALONE,
            ["Apologies for absence", "Minutes of the last meeting", "Respite care update"],
            id="number-alone-on-its-line",
        ),
        pytest.param(
            "Board minutes\n\n1. / Welcome and apologies\nThe chair welcomed everyone.\n\n"
            "2. / Minutes of the last meeting\nAgreed as a true record.\n",
            ["Welcome and apologies", "Minutes of the last meeting"],
            id="number-slash-title",
        ),
        pytest.param(
            "Business items\n1Apologies for absence\n2Public questions\n"
            " To hear questions from the public.\n3Minutes\n",
            ["Apologies for absence", "Public questions", "Minutes"],
            id="numbers-glued-to-titles",
        ),
        pytest.param(
            "I APOLOGIES FOR ABSENCE\n\nNone were received.\n\n"
            "II DECLARATIONS OF INTEREST\n\nThere were none.\n",
            ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST"],
            id="roman-numerals",
        ),
        pytest.param(
            "Item 1.  Bus passes\nSam will write to the council.\n\n"
            "Item 2.  Letter to our MP\nPriya will draft it.\n",
            ["Bus passes", "Letter to our MP"],
            id="item-n",
        ),
        pytest.param(
            "Agenda and notes\n\n  1. Approval of the last notes\n  • No changes.\n"
            "  1. Staffing\n  • Two new nurses.\n  1. Parking\n",
            ["Approval of the last notes", "Staffing", "Parking"],
            id="a-pasted-list-numbered-1-1-1",
        ),
        pytest.param(
            "1) Welcome\n2) Approval of previous minutes\n3) Any other business\n\n"
            "Minutes\n\n1) Welcome by the practice manager\n2) No minutes to approve\n",
            ["Welcome", "Approval of previous minutes", "Any other business"],
            id="the-minutes-list-under-the-agenda-is-not-counted-again",
        ),
    ],
)
def test_numbered_items(tmp_path: Path, text: str, titles: list[str]) -> None:
    assert _titles(tmp_path, text) == titles


def test_rows_with_slashes_between_cells(tmp_path: Path) -> None:
    agenda = _agenda(
        tmp_path,
        "Carers forum agenda\nThursday 12 March 2026\n"
        "10:00 / Welcome and introductions / Sam Jones (chair)\n"
        "10:15 / Respite care update / Priya Shah / for discussion\n"
        "10.45 / Break\n",
    )
    assert [(i.time, i.title, i.owner, i.purpose) for i in agenda.items] == [
        (time(10), "Welcome and introductions", "Sam Jones (chair)", None),
        (time(10, 15), "Respite care update", "Priya Shah", "discussion"),
        (time(10, 45), "Break", None, None),
    ]


def test_a_slash_inside_a_title_stays(tmp_path: Path) -> None:
    agenda = _agenda(tmp_path, "Agenda\n10:00 Carers / families update\n11:00 Close\n")
    assert [i.title for i in agenda.items] == ["Carers / families update"]


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Patient group meeting\nWednesday 16 November at 7pm\n",
            date(2033, 11, 16),  # the next 16 November that is a Wednesday
            id="weekday-picks-the-year",
        ),
        pytest.param(
            "Come along on January 21st for a 1.30pm start.", date(2027, 1, 21), id="ordinal"
        ),
        pytest.param(
            "Our forum meets on 4 February.\nPapers: sent 20 January 2026\n",
            date(2026, 2, 4),
            id="a-year-elsewhere-in-the-document-wins",
        ),
        pytest.param(
            "Please join shortly before 09:00 on Wednesday, 25 January 2023.",
            date(2023, 1, 25),
            id="before-a-time-is-not-a-deadline-for-the-date",
        ),
    ],
)
def test_meeting_dates(tmp_path: Path, text: str, expected: date) -> None:
    assert _agenda(tmp_path, text).date == expected


def test_a_deadline_date_is_not_the_meeting(tmp_path: Path) -> None:
    text = "Send your questions by Friday 6 March 2026.\n\nThe forum meets on 12 March 2026.\n"
    assert _agenda(tmp_path, text).date == date(2026, 3, 12)


def test_a_month_and_day_alone_is_not_a_date() -> None:
    assert find_dates("We saw March 12 as a good day") == []


def test_next_occurrence() -> None:
    assert next_occurrence(3, 12, date(2026, 3, 13)) == date(2027, 3, 12)
    assert next_occurrence(3, 12, date(2026, 3, 12)) == date(2026, 3, 12)
    assert next_occurrence(2, 29, date(2026, 1, 1)) == date(2028, 2, 29)


# --- times ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Time: 1230", [(time(12, 30), None)], id="four-digits-after-a-label"),
        pytest.param("1230 Lunch together", [(time(12, 30), None)], id="four-digits-at-start"),
        pytest.param("10.30am to 12.30pm", [(time(10, 30), time(12, 30))], id="am-to-pm"),
        pytest.param("In 2019 we met twice", [], id="a-year-is-not-a-time"),
        pytest.param("Time: 2015", [], id="a-year-after-a-label-is-not-a-time"),
        pytest.param("15.28.Welcome and membership", [], id="a-section-number"),
    ],
)
def test_times(text: str, expected: list[tuple[time, time | None]]) -> None:
    assert [(s.first, s.last) for s in find_times(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Health panel\n\nRequests to speak must reach us by noon on the day before.\n",
            id="by-noon",
        ),
        pytest.param(
            "Health panel\n\nPlease send questions by 5pm on Friday 6 March 2026.\n",
            id="by-5pm-on-a-date",
        ),
        pytest.param(
            "Health panel\n\nThe deadline for public questions is 11.59pm on Friday.\n",
            id="the-deadline-is",
        ),
    ],
)
def test_deadlines_are_not_items_or_the_start(tmp_path: Path, text: str) -> None:
    agenda = _agenda(tmp_path, text)
    assert agenda.start is None
    assert agenda.items == ()


def test_due_to_conclude_by_is_the_finish(tmp_path: Path) -> None:
    text = "Health panel\n\nThe formal business of the panel is due to conclude by 11.15am.\n"
    agenda = _agenda(tmp_path, text)
    assert (agenda.start, agenda.finish) == (None, time(11, 15))


def test_time_1230_is_the_start(tmp_path: Path) -> None:
    agenda = _agenda(tmp_path, "PPG minutes\n\nDate: 13 October 2025\nTime: 1230\n")
    assert agenda.start == time(12, 30)


# --- mode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        pytest.param(
            "Carers forum\nVenue: MS Teams Meeting\nThursday 12 March 2026 2pm\n",
            "online",
            id="venue-label-naming-teams",
        ),
        pytest.param(
            "Carers forum\nVenue: Meeting to be held virtually by a Teams Meeting\n",
            "online",
            id="venue-label-held-virtually",
        ),
        pytest.param(
            "Come along to the Hope Community Centre on Mill Street for a 1.30pm start.\n"
            "You can also attend via a Teams link.\n",
            "hybrid",
            id="a-place-and-also-attend-via-teams",
        ),
        pytest.param(
            "Held at Churchinford Surgery at 3:30pm\n\n1) Welcome\n2) Minutes\n",
            "in-person",
            id="held-at-a-named-building",
        ),
        pytest.param(
            "We have decided not to hold an in-person meeting. The meeting will instead be "
            "held remotely.\n",
            "online",
            id="not-in-person-held-remotely",
        ),
        pytest.param(
            "The forum will take place from 2pm to 4pm in the Brunswick Room, Guildhall. "
            "A live webcast will be broadcast online.\n",
            "hybrid",
            id="a-room-and-a-webcast",
        ),
        pytest.param(
            "The trust will hold a virtual Council of Governors meeting in public.\n",
            "online",
            id="virtual-words-between-meeting",
        ),
    ],
)
def test_mode_from_phrases(tmp_path: Path, text: str, mode: str) -> None:
    assert _agenda(tmp_path, text).mode == mode


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Carers forum\nVenue: TBC\n", id="venue-label-alone-is-no-place"),
        pytest.param(
            "Members of the public may attend Board Meetings in Public.\n", id="in-public"
        ),
        pytest.param("The meeting went well and we thanked the team.\n", id="no-cue"),
    ],
)
def test_mode_leaves_these_alone(tmp_path: Path, text: str) -> None:
    assert _agenda(tmp_path, text).mode is None


def test_numbered_items_keep_the_sentence_under_them(tmp_path: Path) -> None:
    page = NUMBER_ALONE.replace("2.\n\nMinutes", "2.\n\nShare this item\n\nMinutes")
    agenda = _agenda(tmp_path, page)
    assert [i.title for i in agenda.items] == [
        "Apologies for absence",
        "Minutes of the last meeting",
        "Respite care update",
    ]
    assert [i.description for i in agenda.items] == [
        "To receive any apologies.",
        None,
        "To hear how the new service is going.",
    ]
