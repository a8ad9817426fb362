"""AC106 capitals: runs of 4 or more words in capital letters."""

from __future__ import annotations

import pytest

CODE = "AC106"


@pytest.fixture
def flagged(flagged_spans):
    """The text of each span this rule flags."""
    return lambda text, **kwargs: flagged_spans(CODE, text, **kwargs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PLEASE BRING YOUR LETTER TO THE MEETING.",
            ["PLEASE BRING YOUR LETTER TO THE MEETING"],
            id="whole-sentence",
        ),
        pytest.param("# AGENDA FOR THE MEETING", ["AGENDA FOR THE MEETING"], id="heading"),
        pytest.param(
            "Note: THE VENUE HAS CHANGED. Please check the map.",
            ["THE VENUE HAS CHANGED"],
            id="inside-a-paragraph",
        ),
        pytest.param(
            "Read THE NHS LONG TERM PLAN before we meet.",
            ["THE NHS LONG TERM PLAN"],
            id="acronym-inside-a-run",
        ),
    ],
)
def test_flags_this(flagged, text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Please bring your NHS number to the meeting.", id="one-acronym"),
        pytest.param("The NHS, ICB, CQC and NIHR all sent apologies.", id="acronyms-only"),
        pytest.param("The NHS ICB CQC NIHR meeting is on Friday.", id="four-acronyms-in-a-row"),
        pytest.param("Please read this VERY CAREFULLY now.", id="two-words"),
        pytest.param("Items: AOB, GP, BSL.", id="short-acronyms"),
    ],
)
def test_leaves_this_alone(flagged, text: str) -> None:
    assert flagged(text) == []


def test_suggests_sentence_case_keeping_acronyms(lint) -> None:
    (finding,) = lint("Read THE NHS LONG TERM PLAN before we meet.", select=CODE)
    (suggestion,) = finding.suggestions
    assert suggestion.replacement == "the NHS long term plan"
    assert not suggestion.safe


def test_sentence_case_capitalises_a_sentence_start(lint) -> None:
    (finding,) = lint("PLEASE BRING YOUR LETTER.", select=CODE)
    assert finding.suggestions[0].replacement == "Please bring your letter"
    assert finding.message.startswith("4 words")


def test_a_list_of_codes_is_not_a_run(flagged) -> None:
    assert flagged("Helps: SR, LV, ND, COG, FAT, EAL.") == []
    assert flagged("PLEASE NOTE, THE MEETING IS CANCELLED.") == ["THE MEETING IS CANCELLED"]


def test_computer_codes_are_not_runs(flagged) -> None:
    assert flagged("Checks TABLE_MERGE_SPLIT + NO_ALT_SHAPE and PDF + HTML.") == []
