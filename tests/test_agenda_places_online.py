"""Venue and postcode, online joining details, and the kind of meeting."""

from __future__ import annotations

import pytest

from accessicheck.agenda import online, places
from accessicheck.agenda.extract import extract_agenda
from accessicheck.core.model import Block, BlockKind, Document, Location

from .conftest import make_document


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Venue: Hillside Centre, 14 Chapel Street, Leeds LS2 7DZ", "LS2 7DZ"),
        ("Family Hub, Cardiff CF10 2BU. Children welcome.", "CF10 2BU"),
        ("Room 4, 60 Market Street, Manchester M1 1PW", "M1 1PW"),
        ("Deaf Centre, Glasgow G2 8PQ", "G2 8PQ"),
        ("Civic Centre, Enfield en1 3xa", None),  # lower case is not how a postcode is written
    ],
)
def test_postcodes(text: str, postcode: str | None) -> None:
    found = places.find_place([text])
    assert (found.postcode if found else None) == postcode


def test_an_address_for_post_is_not_the_venue() -> None:
    texts = ["Please write to us at Freepost, PO Box 1, Leeds LS1 1AA.", "We meet online."]
    assert places.find_place(texts) is None


def test_a_postcode_in_the_footer_is_not_the_venue() -> None:
    doc = Document(
        "a.docx",
        "docx",
        [
            Block(BlockKind.HEADING, "Agenda", Location("a.docx", paragraph=1), 1),
            Block(
                BlockKind.PARAGRAPH,
                "Online on Zoom: https://zoom.us/j/123456789",
                Location("a.docx", paragraph=2),
            ),
            Block(
                BlockKind.FOOTER,
                "Carers Trust, 2 High Street, Leeds LS1 4AB",
                Location("a.docx", paragraph=3),
            ),
        ],
    )
    agenda = extract_agenda(doc)
    assert agenda.postcode is None
    assert agenda.mode == "online"


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Join on Microsoft Teams", "Microsoft Teams"),
        ("We will meet on Teams.", "Microsoft Teams"),
        ("Teams link below", "Microsoft Teams"),
        ("Join us on Zoom", "Zoom"),
        ("We meet online on Google Meet.", "Google Meet"),
        ("The Community Mental Health Teams will attend.", None),
        ("Zoom in on the map.", None),
    ],
)
def test_platform_names(text: str, platform: str | None) -> None:
    found = online.find_platform([text], None)
    assert (found.value if found else None) == platform


def test_platform_from_the_link() -> None:
    link = online.find_link(["Link: https://us02web.zoom.us/j/86623419057 (opens Zoom)"])
    assert link is not None and link.value == "https://us02web.zoom.us/j/86623419057"
    assert online.find_platform([link.quote], link.value).value == "Zoom"  # type: ignore[union-attr]


def test_a_link_broken_over_two_pdf_lines_is_joined() -> None:
    text = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FuY2VyU FBJ%40thread.v2/0 Join"
    assert online.repair_links(text).split()[0].endswith("U" + "FBJ%40thread.v2/0")


@pytest.mark.parametrize(
    ("text", "dial_in"),
    [
        ("Join by phone: 0131 496 0644 (meeting ID 928 1337 4021)", "0131 496 0644"),
        (
            "To join by phone, dial 0161 496 0288 and use conference ID 553 201 884#.",
            "0161 496 0288",
        ),
        ("Or call in (audio only) +44 20 7946 0444,,318442907# United Kingdom", "+44 20 7946 0444"),
        ("If you need help, please contact Ann on 0115 496 0477.", None),
        ("Send your ideas to Ella on 07700 900461.", None),
    ],
)
def test_dial_in_is_not_a_contact_number(text: str, dial_in: str | None) -> None:
    found = online.find_dial_in([text])
    assert (found.value if found else None) == dial_in


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        pytest.param(
            "# Agenda\n\nVenue: Hub, 2 Brook Street, Leicester LE1 3GH",
            "in-person",
            id="venue-only",
        ),
        pytest.param(
            "# Agenda\n\nJoin on Zoom: https://zoom.us/j/123456789", "online", id="link-only"
        ),
        pytest.param(
            "# Agenda\n\nWhere: Hillside Centre, Leeds LS2 7DZ, or online\n\n"
            "Teams link: https://teams.microsoft.com/l/meetup-join/abc",
            "hybrid",
            id="venue-and-link",
        ),
        pytest.param("# Agenda\n\nThis is a hybrid meeting.", "hybrid", id="says-hybrid"),
        pytest.param("# Agenda\n\nWe will meet face to face.", "in-person", id="says-in-person"),
        pytest.param("# Agenda\n\nItems to follow.", None, id="cannot-tell"),
    ],
)
def test_mode_with_evidence(text: str, mode: str | None) -> None:
    agenda = extract_agenda(make_document(text))
    assert agenda.mode == mode
    assert bool(agenda.mode_evidence) == (mode is not None)


def test_phone_digits() -> None:
    assert online.digits("+44 20 7946 0444") == "02079460444"
    assert online.digits("0113 496 0219") == "01134960219"
