"""AC102 hard-sentence: a single sentence with a very high reading age."""

from __future__ import annotations

import pytest

CODE = "AC102"

DENSE = (
    "The implementation of the integrated care strategy necessitates comprehensive "
    "stakeholder engagement."
)
FORMAL = "Please read the attached evaluation report before the next steering group meeting."
LONG_SIMPLE = (
    "We talked about the new leaflet for carers, and Sam said that the words were too small "
    "for many people to read, so the group agreed to ask the printer for a bigger size and to "
    "check the colours with members before the next meeting in May."
)


@pytest.fixture
def flagged(flagged_spans):
    """The text of each span this rule flags."""
    return lambda text, **kwargs: flagged_spans(CODE, text, **kwargs)


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        pytest.param(DENSE, "plain", [DENSE], id="dense-plain"),
        pytest.param(f"Thank you all. {DENSE} See you soon.", "plain", [DENSE], id="in-context"),
        pytest.param(FORMAL, "easy-read", [FORMAL], id="formal-easy-read"),
        pytest.param(DENSE, "professional", [DENSE], id="dense-professional"),
    ],
)
def test_flags_this(flagged, text: str, profile: str, expected: list[str]) -> None:
    assert flagged(text, profile=profile) == expected


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        pytest.param(FORMAL, "plain", id="formal-is-fine-for-plain"),
        pytest.param("Apologies were received from Councillor Richardson.", "plain", id="short"),
        pytest.param("The organisation prioritises accessibility.", "plain", id="four-words"),
        pytest.param(LONG_SIMPLE, "plain", id="long-but-short-words"),
        pytest.param(
            "Co-production means working together as equals, sharing power from the start.",
            "plain",
            id="one-long-word",
        ),
        pytest.param(
            "You can read the notes at https://www.learningforinvolvement.org.uk/resources/notes "
            "before the meeting.",
            "plain",
            id="a-link-is-one-word",
        ),
    ],
)
def test_leaves_this_alone(flagged, text: str, profile: str) -> None:
    assert flagged(text, profile=profile) == []


def test_message_gives_reading_age_and_words(lint) -> None:
    (finding,) = lint(DENSE, select=CODE)
    assert "26" in finding.message  # reading age about 26
    assert "11" in finding.message  # the target for the paper
    assert "implementation" in finding.message
