"""AC104 long-words: a high share of words with 3 or more syllables."""

from __future__ import annotations

import pytest

CODE = "AC104"

DENSE = (
    "We will facilitate additional opportunities for individuals to participate in the evaluation."
)
MEDIUM = "Please tell us about any difficulties with the application or registration form."


@pytest.fixture
def flagged(flagged_spans):
    """The text of each span this rule flags."""
    return lambda text, **kwargs: flagged_spans(CODE, text, **kwargs)


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        pytest.param(DENSE, "plain", [DENSE], id="dense"),
        pytest.param(f"Hello. {DENSE}", "plain", [DENSE], id="only-the-dense-sentence"),
        pytest.param(MEDIUM, "easy-read", [MEDIUM], id="medium-easy-read"),
    ],
)
def test_flags_this(flagged, text: str, profile: str, expected: list[str]) -> None:
    assert flagged(text, profile=profile) == expected


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        pytest.param(MEDIUM, "plain", id="medium-plain"),
        pytest.param("Organisational accessibility requirements.", "plain", id="under-10-words"),
        pytest.param(
            "Everyone from the hospital and the library said it was important to remember.",
            "plain",
            id="familiar-long-words",
        ),
        pytest.param(
            "Councillor Richardson from Birmingham and Councillor Montgomery from Leicester "
            "came to the meeting.",
            "plain",
            id="names-do-not-count",
        ),
        pytest.param(
            "Read it at https://www.involvement.org.uk/accessibility/guidance or ask "
            "information@organisation.example for a copy.",
            "plain",
            id="links-do-not-count",
        ),
        pytest.param(
            "The NIHR, the ICB and the CQC sent apologies to the group for the meeting.",
            "plain",
            id="acronyms-do-not-count",
        ),
    ],
)
def test_leaves_this_alone(flagged, text: str, profile: str) -> None:
    assert flagged(text, profile=profile) == []


def test_message_counts_lists_and_suggests(lint) -> None:
    (finding,) = lint(DENSE, select=CODE)
    assert finding.message.startswith("6 of the 12 words")
    assert "'evaluation'" in finding.message
    assert "'chance' for 'opportunities'" in finding.message


def test_a_word_with_its_own_glossary_finding_is_not_named_again(lint) -> None:
    """'facilitate' and 'additional' get AC201 findings: AC104 counts them, names neither."""
    (finding,) = lint(DENSE, select=CODE)
    assert "'facilitate'" not in finding.message
    assert "'additional'" not in finding.message
    words = {f.code for f in lint(DENSE, select=["AC201"])}
    assert words == {"AC201"}


def test_quiet_when_every_long_word_has_its_own_finding(flagged) -> None:
    text = "We will facilitate additional individuals to participate, subsequently."
    assert flagged(text) == []


def test_a_note_in_public_papers_and_a_warning_in_easy_read(lint) -> None:
    # Measured on real meeting papers: as a warning it was never worth acting
    # on (the long words were the right ones for the subject), so it is a note;
    # Easy Read papers, where every long word matters, keep the warning.
    (plain,) = lint(DENSE, select=CODE)
    (easy,) = lint(DENSE, select=CODE, profile="easy-read")
    assert plain.severity.value == "note"
    assert easy.severity.value == "warning"


def test_the_level_is_a_setting(lint) -> None:
    (finding,) = lint(DENSE, select=CODE, options={CODE: {"warn": True}})
    assert finding.severity.value == "warning"
