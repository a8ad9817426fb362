"""Capitals that are not acronyms, and definitions that must be found.

Failure classes measured on real minutes and agendas: words in capitals for
emphasis or as headings, people's initials in attendance lists and action
logs, names of companies and products, capitalised prefixes; and acronyms
spelled out in two parts, with a hyphen, or with a full stop after them.
"""

from __future__ import annotations

import pytest

from .test_glossary_fixtures import glint

ACRONYM_RULES = ["AC204", "AC205", "AC206", "AC207"]


@pytest.fixture
def flagged(lint):
    """The acronyms the acronym rules report in a text (code, word)."""

    def run(text: str) -> list[tuple[str, str]]:
        out = []
        for f in lint(text, select=ACRONYM_RULES):
            word = f.message.split("'")[1]
            out.append((f.code, word))
        return out

    return run


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We are ONE team and we work together.", id="emphasis-one"),
        pytest.param("The motion was MOVED and SECONDED by the members.", id="emphasis-verbs"),
        pytest.param("INTRODUCTIONS\n\nEveryone said hello.", id="heading-in-capitals"),
        pytest.param("We believe in CO-production with everyone.", id="capitalised-prefix"),
        pytest.param("Join with the meeting ID and passcode below.", id="meeting-id"),
        pytest.param("PA Consulting wrote the review for the board.", id="company-name"),
        pytest.param("Join the call on MS Teams at ten.", id="product-name"),
        pytest.param(
            "Present: Maggie Blackmore (MB) Vice Chair, Pat Sokol (PS), Sylma van Wyk (SvW)",
            id="initials-after-names",
        ),
        pytest.param("Attendees:\n\nCM Bootle, FGL Gosforth, PT Seascale", id="list-under-heading"),
        pytest.param("Action: JB/KE to send the notes to everyone.", id="action-log"),
        pytest.param("DB indicated that he and JG had looked at attendance.", id="initials-verb"),
        pytest.param(
            "North West London Integrated Care System (NWL ICS) met. The NWL ICS agreed.",
            id="two-part-definition",
        ),
        pytest.param(
            "The Better Care Fund Plan (BCF Plan) was agreed. The BCF pays for it.",
            id="definition-with-a-word",
        ),
        pytest.param(
            "Adults with a learning disability (A-LD) meet monthly. A-LD members chose the date.",
            id="hyphenated-definition",
        ),
        pytest.param(
            "Healthwatch Hertfordshire (HwH) met. Brian will not claim expenses from HwH.",
            id="full-stop-after",
        ),
    ],
)
def test_leaves_this_alone(flagged, text: str) -> None:
    assert [f for f in flagged(text) if f[0] in ("AC204", "AC205")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Callum works at SGH and is involved with research.",
            ("AC204", "SGH"),
            id="three-letters-before-and",
        ),
        pytest.param(
            "The CPP MC met. Later: Community Planning Partnership Management Committee (CPP MC).",
            ("AC205", "CPP"),
            id="used-before-two-part-definition",
        ),
        pytest.param(
            "The Carers Forum (CF) met. The PPG asked questions.",
            ("AC204", "PPG"),
            id="real-acronym-in-minutes",
        ),
    ],
)
def test_flags_this(flagged, text: str, expected: tuple[str, str]) -> None:
    assert expected in flagged(text)


def test_two_part_definition_gives_each_part_its_own_words(lint) -> None:
    text = "The CPP met. Later: Community Planning Partnership Management Committee (CPP MC)."
    (finding,) = [f for f in lint(text, select=["AC205"]) if "'CPP'" in f.message]
    assert "'Community Planning Partnership (CPP)'" in finding.message


def test_a_name_with_organisation_words_is_an_acronym(flagged) -> None:
    text = "The Better Care Fund (BCF) pays for it."
    assert ("AC207", "BCF") in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KiNDRED runs the advocacy service for the town.", id="mixed-capitals"),
        pytest.param(
            "The MindSHIFT group meets on Tuesdays in the library.", id="name-ending-in-capitals"
        ),
    ],
)
def test_leaves_a_name_written_in_mixed_capitals_alone(flagged, text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("Write to HwH about the visit.", "HwH", id="short-mixed-acronym"),
        pytest.param("The LeDeR review looked at every death.", "LeDeR", id="mixed-in-glossary"),
    ],
)
def test_still_flags_a_mixed_acronym_that_is_short_or_in_the_glossary(
    flagged, text: str, word: str
) -> None:
    assert ("AC204", word) in flagged(text)


@pytest.mark.parametrize("word", ["CEO", "DVD", "PhD"])
def test_an_everyday_acronym_gets_a_note_not_a_warning(lint, word: str) -> None:
    (finding,) = lint(f"Our {word} came to the meeting.", select="AC204")
    assert finding.severity.value == "note"
    assert "well known, but not to everyone" in finding.message


def test_an_acronym_readers_may_not_know_still_gets_a_warning(lint) -> None:
    (finding,) = lint("Our ICB came to the meeting.", select="AC204")
    assert finding.severity.value == "warning"


def test_the_everyday_list_goes_with_the_other_shipped_lists() -> None:
    # A group that turns the shipped word lists off gets a warning for 'CEO' too.
    (on,) = glint("Our CEO came to the meeting.", [], select=["AC204"], shipped=True)
    (off,) = glint("Our CEO came to the meeting.", [], select=["AC204"], shipped=False)
    assert on.severity.value == "note"
    assert off.severity.value == "warning"
