"""Agenda items from tables, lists, lines, headings and prose, with their parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck import loaders
from accessicheck.agenda.extract import extract_agenda
from accessicheck.agenda.parts import is_break, is_close, parse_item_text
from accessicheck.agenda.times import show
from accessicheck.core.model import Block, BlockKind, Document, Location

from .conftest import ROOT, make_document

AGENDAS = ROOT / "tests" / "data" / "agendas"


def _items(text: str) -> list[tuple[str, str, str | None]]:
    agenda = extract_agenda(make_document(text))
    return [(show(i.time), i.title, i.owner) for i in agenda.items]


def _table(rows: list[list[str]], header: bool = True) -> Document:
    blocks = [Block(BlockKind.HEADING, "Agenda", Location("t.docx", paragraph=1), 1)]
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            style = {"table": 1, "row": r, "column": c, "header": header and r == 1}
            blocks.append(
                Block(
                    BlockKind.TABLE_CELL,
                    text,
                    Location("t.docx", paragraph=len(blocks) + 1),
                    style=style,
                )
            )
    return Document("t.docx", "docx", blocks)


@pytest.mark.parametrize(
    ("text", "title", "owner", "purpose"),
    [
        (
            "Welcome and ground rules (Dee Harper, chair)",
            "Welcome and ground rules",
            "Dee Harper, chair",
            None,
        ),
        (
            "Crisis line review (Kwame Asante) - for discussion",
            "Crisis line review",
            "Kwame Asante",
            "discussion",
        ),
        (
            "Respite care, for discussion — Lee Armstrong",
            "Respite care",
            "Lee Armstrong",
            "discussion",
        ),
        (
            "Welcome and apologies (Chair, Nadia Akhtar)",
            "Welcome and apologies",
            "Nadia Akhtar",
            None,
        ),
        (
            "Crisis care review (for noting) - Head of Commissioning",
            "Crisis care review",
            "Head of Commissioning",
            "information",
        ),
        (
            "Minutes of the previous meeting (for approval)",
            "Minutes of the previous meeting",
            None,
            "decision",
        ),
        ("4. Step-down care (paper A)", "Step-down care", None, None),
        (
            "Speakers: choose two – Sue Marsh (for decision)",
            "Speakers: choose two",
            "Sue Marsh",
            "decision",
        ),
        ("Your ideas. We will vote on the top three. (Ella)", "Your ideas", "Ella", "decision"),
    ],
)
def test_parts_of_an_item(text: str, title: str, owner: str | None, purpose: str | None) -> None:
    parts = parse_item_text(text)
    assert (parts.title, parts.owner, parts.purpose) == (title, owner, purpose)


def test_numbers_papers_and_lengths() -> None:
    parts = parse_item_text("4. Budget (paper B) (20 minutes)")
    assert (parts.number, parts.papers, parts.duration) == ("4", ("paper B",), 20)


@pytest.mark.parametrize(
    ("title", "brk", "close"),
    [
        ("Comfort break", True, False),
        ("Lunch.", True, False),
        ("Tea and biscuits", True, False),
        ("Tea and coffee as people arrive", False, False),
        ("Breakout groups", False, False),
        ("Close", False, True),
        ("Goodbye.", False, True),
        ("Close and what happens next", False, False),
    ],
)
def test_breaks_and_closing_lines(title: str, brk: bool, close: bool) -> None:
    assert (is_break(title), is_close(title)) == (brk, close)


def test_list_items_with_times() -> None:
    text = (
        "# Agenda\n\n- 10.30am Welcome (Dee Harper)\n\n- 11am Tea break\n\n"
        "- 11.15am Budget - for decision\n\n- 12pm Close"
    )
    assert _items(text) == [
        ("10:30", "Welcome", "Dee Harper"),
        ("11:00", "Tea break", None),
        ("11:15", "Budget", None),
    ]
    assert show(extract_agenda(make_document(text)).finish) == "12:00"


def test_a_line_of_items_that_lost_its_line_breaks() -> None:
    text = "Agenda\n\n10:30 Tea 10:45 Welcome - Alan Price 11:00 Plans (for decision) 12:00 Finish"
    assert _items(text) == [
        ("10:30", "Tea", None),
        ("10:45", "Welcome", "Alan Price"),
        ("11:00", "Plans", None),
    ]


def test_a_time_inside_a_sentence_does_not_start_an_item() -> None:
    text = (
        "Agenda\n\n10:00 Welcome and tea until 10:20 when we start\n\n10:20 Budget\n\n11:00 Close"
    )
    assert [t for t, _title, _o in _items(text)] == ["10:00", "10:20"]


def test_headings_with_times_take_the_paragraphs_under_them() -> None:
    text = (
        "# Dementia research group\n\n# 1. Welcome (10:00)\n\nLed by Margaret Ellis.\n\n"
        "# 2. Interview questions (10:15)\n\nWe will suggest clearer wording. For discussion."
    )
    agenda = extract_agenda(make_document(text))
    first, second = agenda.items
    assert (first.title, first.owner) == ("Welcome", "Margaret Ellis")
    assert second.purpose == "discussion" and second.description


def test_untimed_list_under_an_agenda_heading() -> None:
    text = "# Agenda\n\n- Apologies for absence\n\n- Matters arising\n\n- AOB"
    assert [title for _t, title, _o in _items(text)] == [
        "Apologies for absence",
        "Matters arising",
        "AOB",
    ]


def test_a_bulleted_list_elsewhere_is_not_the_agenda() -> None:
    text = "# Before the meeting\n\n- your copy of the papers\n\n- your expenses form"
    assert _items(text) == []


def test_an_agenda_line_with_bullets_run_together() -> None:
    text = "Agenda: - Introductions (Chair: Helen Ward) - Raising concerns - for discussion - AOB"
    assert [(title, owner) for _t, title, owner in _items(text)] == [
        ("Introductions", "Helen Ward"),
        ("Raising concerns", None),
        ("AOB", None),
    ]


def test_prose_items_and_meeting_times() -> None:
    text = (
        "# Street Health Voices\n\nThe meeting runs from half past one until four o'clock.\n\n"
        "We will start at half past one with tea and a welcome from Carl. At 2pm, Jenny Walsh "
        "will talk about the clinic. At quarter to three we will have a break. We will finish "
        "at 4pm."
    )
    agenda = extract_agenda(make_document(text))
    assert (show(agenda.start), show(agenda.finish)) == ("13:30", "16:00")
    assert [(show(i.time), i.kind, i.owner) for i in agenda.items] == [
        ("13:30", "item", "Carl"),
        ("14:00", "item", "Jenny Walsh"),
        ("14:45", "break", None),
    ]


def test_table_with_header_row() -> None:
    doc = _table(
        [
            ["Time", "Item", "Lead", "Purpose"],
            ["10:30", "Welcome", "Co-chairs", "For information"],
            [
                "10:40",
                "Breaks fund\nWe will decide how to share the money.",
                "Joy Mensah",
                "For decision",
            ],
            ["11:20", "Comfort break", "", ""],
            ["12:00", "Close", "", ""],
        ]
    )
    agenda = extract_agenda(doc)
    assert [(show(i.time), i.title, i.owner, i.purpose, i.kind) for i in agenda.items] == [
        ("10:30", "Welcome", "Co-chairs", "information", "item"),
        ("10:40", "Breaks fund", "Joy Mensah", "decision", "item"),
        ("11:20", "Comfort break", None, None, "break"),
    ]
    assert agenda.items[1].description == "We will decide how to share the money."
    assert show(agenda.finish) == "12:00"


def test_table_without_header_row_is_read_by_content() -> None:
    doc = _table(
        [
            ["1", "10.00", "Welcome", "Chloe Evans"],
            ["2", "10.15", "Feedback on the visit", "Rhian Morgan"],
            ["3", "11.00", "Break", ""],
        ],
        header=False,
    )
    agenda = extract_agenda(doc)
    assert [(i.title, i.owner) for i in agenda.items] == [
        ("Welcome", "Chloe Evans"),
        ("Feedback on the visit", "Rhian Morgan"),
        ("Break", None),
    ]


def test_table_with_lengths_instead_of_times() -> None:
    doc = _table(
        [
            ["Item", "How long", "Who"],
            ["Catch-up", "10 minutes", "Maya"],
            ["Asthma app", "30 minutes", "Dr Webb"],
            ["Break", "10 minutes", ""],
        ]
    )
    assert [i.duration for i in extract_agenda(doc).items] == [10, 30, 10]


def test_a_column_of_decimals_is_not_times() -> None:
    doc = _table(
        [
            ["Field", "Precision", "Recall"],
            ["title", "1.00", "1.00"],
            ["date", "1.00", "1.00"],
            ["link", "1.00", "0.94"],
        ]
    )
    assert extract_agenda(doc).items == ()


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            [
                ["Name", "Role", "Came"],
                ["Bernadette", "Co-chair", "In person"],
                ["Alan", "ICB", "Online"],
            ],
            id="attendance",
        ),
        pytest.param(
            [
                ["Item", "Budget", "Spent"],
                ["Buses", "£40,000", "£12,500"],
                ["Taxis", "£1,000", "£200"],
            ],
            id="budget",
        ),
    ],
)
def test_other_tables_are_not_agendas(rows: list[list[str]]) -> None:
    assert extract_agenda(_table(rows)).items == ()


@pytest.mark.parametrize("name", ["10-healthwatch-table.pdf", "11-cancer-ppi-list.pdf"])
def test_pdf_agendas(name: str) -> None:
    agenda = extract_agenda(loaders.load(AGENDAS / name))
    assert len(agenda.topics) == 4
    assert all(i.time is not None for i in agenda.items)
    assert agenda.link is None or " " not in agenda.link


def test_every_fixture_agenda_reads_without_error() -> None:
    for path in sorted(Path(AGENDAS).iterdir()):
        if path.suffix in {".docx", ".pdf", ".md", ".txt"}:
            agenda = extract_agenda(loaders.load(path))
            assert agenda.items, path.name
