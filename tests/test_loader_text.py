"""The plain-text loader: decoding, paragraphs, lists and setext headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.model import BlockKind, Document
from accessicheck.loaders import load
from accessicheck.loaders.text import decode_bytes

DATA = Path(__file__).resolve().parent / "data" / "loaders"
K = BlockKind

EXPECTED = [
    (K.HEADING, 1, "Minutes of the meeting", 1),
    (
        K.PARAGRAPH,
        None,
        "The chair said “thank you” to everyone – especially the volunteers. "
        "The hall costs £25 an hour, which members thought was fair.",
        4,
    ),
    (K.LIST_ITEM, 1, "Book the hall", 8),
    (K.LIST_ITEM, 1, "Tell the newsletter", 9),
    (K.HEADING, 2, "Next steps", 11),
    (K.PARAGRAPH, None, "Nothing more was said.", 13),
]


def _outline(doc: Document) -> list[tuple[BlockKind, int | None, str, int | None]]:
    return [(b.kind, b.level, b.text, b.location.line) for b in doc.blocks]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("utf8.txt", "utf-8"), ("utf16.txt", "utf-16-le"), ("cp1252.txt", "cp1252")],
)
def test_same_minutes_in_three_encodings(name: str, encoding: str) -> None:
    doc = load(DATA / name)
    assert doc.problems == []
    assert doc.format == "text"
    assert doc.meta.facts.encoding == encoding
    assert _outline(doc) == EXPECTED


def test_heading_context_and_numbers() -> None:
    doc = load(DATA / "utf8.txt")
    # Blocks are numbered in reading order; reports show the source line.
    assert [b.location.paragraph for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))
    assert doc.blocks[1].location.describe() == "line 4"
    assert [b.heading for b in doc.blocks] == [
        "Minutes of the meeting",  # the heading itself
        "Minutes of the meeting",
        "Minutes of the meeting",
        "Minutes of the meeting",
        "Next steps",  # the second heading itself
        "Next steps",
    ]
    assert [b.style for b in doc.blocks if b.style] == [{"marker": "-"}, {"marker": "-"}]


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"\xef\xbb\xbfcaf\xc3\xa9", "café", "utf-8-sig"),
        ("café".encode("utf-16-le"), "café", "utf-16-le"),  # no BOM: NUL pattern
        ("plain".encode("utf-16-le"), "plain", "utf-16-le"),  # also valid UTF-8!
        ("café".encode("utf-16-be"), "café", "utf-16-be"),
        (b"\xff\xfe\x00\x00" + "hi".encode("utf-32-le"), "hi", "utf-32-le"),
        (b"\x93quoted\x94 \x96 \xa310", "“quoted” – £10", "cp1252"),
        (b"plain ascii", "plain ascii", "utf-8"),
    ],
)
def test_decoding(data: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(data) == (text, encoding)


def test_undecodable_bytes_still_give_text() -> None:
    # 0x81 and 0x8d are not Windows-1252: another guess or Latin-1 takes over.
    text, encoding = decode_bytes(b"abc \x81\x8d def")
    assert text.startswith("abc") and text.endswith("def")
    assert encoding


def test_line_endings_and_form_feed(tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes(b"First line\rsame paragraph\r\rSecond\r\nparagraph\n\x0cThird\x0c")
    doc = load(path)
    assert _outline(doc) == [
        (K.PARAGRAPH, None, "First line same paragraph", 1),
        (K.PARAGRAPH, None, "Second paragraph", 4),
        (K.PARAGRAPH, None, "Third", 6),
    ]


@pytest.mark.parametrize(
    "items",
    [
        "- one\n- two",
        "* one\n* two",
        "• one\n• two",
        "1. one\n2. two",
        "1) one\n2) two",
        "a) one\nb) two",
    ],
)
def test_list_markers(tmp_path: Path, items: str) -> None:
    path = tmp_path / "list.txt"
    path.write_text(items + "\n", encoding="utf-8")
    assert [(b.kind, b.text) for b in load(path).blocks] == [
        (K.LIST_ITEM, "one"),
        (K.LIST_ITEM, "two"),
    ]


def test_leaves_these_alone(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "- a list line\nfollowed by an ordinary line\n\n"
        "A. Smith opened the meeting.\n\n"
        "This sentence is much too long to be a heading, even underlined.\n"
        "=====\n\n"
        "Ends with a full stop.\n"
        "-----\n\n"
        "-----\n",
        encoding="utf-8",
    )
    assert [(b.kind, b.text) for b in load(path).blocks] == [
        # a lower-case line continues the list item above it
        (K.LIST_ITEM, "a list line followed by an ordinary line"),
        (K.PARAGRAPH, "A. Smith opened the meeting."),
        (K.PARAGRAPH, "This sentence is much too long to be a heading, even underlined."),
        (K.PARAGRAPH, "Ends with a full stop."),  # a short line: the rule below is its own
    ]


def test_heading_directly_above_text(tmp_path: Path) -> None:
    path = tmp_path / "h.txt"
    path.write_text("Intro text\nTitle\n===\nBody text\n", encoding="utf-8")
    assert _outline(load(path)) == [
        (K.PARAGRAPH, None, "Intro text", 1),
        (K.HEADING, 1, "Title", 2),
        (K.PARAGRAPH, None, "Body text", 4),
    ]


@pytest.mark.parametrize("content", [b"   \n\n\t\n", b"\xef\xbb\xbf", b"\x0c"])
def test_no_text(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    doc = load(path)
    assert [p.code for p in doc.problems] == ["AC906"]
    assert doc.blocks == []


def _texts(tmp_path: Path, text: str) -> list[tuple[BlockKind, str, int | None]]:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return [(b.kind, b.text, b.location.line) for b in load(path).blocks]


def test_an_agenda_written_one_field_a_line_keeps_its_lines(tmp_path: Path) -> None:
    text = (
        "Carers Forum\n"
        "Thursday 12 March 2026\n"
        "Venue: Room 2, The Hub, Leeds LS2 7DZ\n"
        "Time: 10.30am to 12.30pm\n"
        "10.30 Welcome\n"
        "1100 Budget for next year\n"
        "3.\n"
        "Any other business\n"
    )
    assert _texts(tmp_path, text) == [
        (K.PARAGRAPH, "Carers Forum", 1),
        (K.PARAGRAPH, "Thursday 12 March 2026", 2),
        (K.PARAGRAPH, "Venue: Room 2, The Hub, Leeds LS2 7DZ", 3),
        (K.PARAGRAPH, "Time: 10.30am to 12.30pm", 4),
        (K.PARAGRAPH, "10.30 Welcome", 5),
        (K.PARAGRAPH, "1100 Budget for next year", 6),
        (K.PARAGRAPH, "3.", 7),
        (K.PARAGRAPH, "Any other business", 8),
    ]


def test_a_label_alone_joins_its_value(tmp_path: Path) -> None:
    assert _texts(tmp_path, "Date:\nThursday 12 March 2026\nVenue:\nThe Hub\n") == [
        (K.PARAGRAPH, "Date: Thursday 12 March 2026", 1),
        (K.PARAGRAPH, "Venue: The Hub", 3),
    ]


def test_rows_laid_out_in_columns_stay_rows(tmp_path: Path) -> None:
    text = (
        "Present:   Sam Jones        Carer representative\n"
        "           Priya Shah       Practice manager\n"
    )
    assert [t for _k, t, _l in _texts(tmp_path, text)] == [
        "Present: Sam Jones Carer representative",
        "Priya Shah Practice manager",
    ]


def test_wrapped_prose_is_still_one_paragraph(tmp_path: Path) -> None:
    text = (
        "We talked about the new clinic and how people will get there by bus,\n"
        "and the group asked for a map. Priya will ask the council about the\n"
        "number 7 bus.\n"
    )
    assert _texts(tmp_path, text) == [
        (
            K.PARAGRAPH,
            "We talked about the new clinic and how people will get there by bus, and the "
            "group asked for a map. Priya will ask the council about the number 7 bus.",
            1,
        )
    ]


def test_time_budget_keeps_the_paragraphs_read(
    ticking_clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accessicheck.core import bounds
    from accessicheck.loaders import text as text_loader

    path = tmp_path / "long.txt"
    path.write_text("".join(f"Paragraph {i}.\n\n" for i in range(1, 1501)), encoding="utf-8")
    monkeypatch.setattr(bounds, "time", ticking_clock)
    # The clock is read at the start (second 1), then every 500 lines: at line
    # 500 one second has gone (within 1.5), at line 1000 two have (over). Line
    # 999 holds paragraph 500, which is still being read, so 499 are kept.
    doc = text_loader.load(path, time_budget=1.5)
    assert [b.text for b in doc.blocks] == [f"Paragraph {i}." for i in range(1, 500)]
    (problem,) = doc.problems
    assert problem.code == "AC908"
    assert "998 of 3,000 lines" in problem.message
    assert "file_seconds" in problem.what_to_do


def test_time_budget_reaches_text_through_load(
    ticking_clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accessicheck.core import bounds

    path = tmp_path / "long.txt"
    path.write_text("".join(f"Paragraph {i}.\n\n" for i in range(1, 1501)), encoding="utf-8")
    assert load(path, time_budget=1.5).problems == []  # a real clock: quick enough
    monkeypatch.setattr(bounds, "time", ticking_clock)
    assert [p.code for p in load(path, time_budget=1.5).problems] == ["AC908"]
