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


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Scrutiny Review on Improving Access to Primary Healthcare for People with "
            "Profound and Multiple Learning Disabilities",
            id="agenda-heading",
        ),
        pytest.param(
            "By Alex Example, Policy and Strategy Manager, Integrated Commissioning Directorate",
            id="byline",
        ),
        pytest.param(
            "Present: Alexandra Robinson, Christopher Edmondson, Evangeline Montgomery, "
            "Valentina Harrington, Genevieve Fitzgerald",
            id="attendance-list",
        ),
        pytest.param(
            "The committee, having considered the independent evaluation of the integrated "
            "community rehabilitation programme alongside the associated financial "
            "implications and the consultation responses from organisations, recommended "
            "immediate implementation.",
            id="long-sentence-left-to-AC101",
        ),
    ],
)
def test_leaves_headings_lists_and_long_sentences_alone(flagged, text: str) -> None:
    assert flagged(text) == []


def test_never_tells_the_writer_to_replace_subject_words(lint) -> None:
    text = "Dementia co-production supports disability organisations' collaborative activity."
    for finding in lint(text, select=CODE):
        for word in ("dementia", "co-production", "disability", "organisations"):
            assert f"'{word}'" not in finding.message.lower()


def test_names_only_words_it_knows_a_swap_for(lint) -> None:
    (finding,) = lint(DENSE, select=CODE)
    assert "'putting in place' for 'implementation'" in finding.message
    assert "'stakeholder'" not in finding.message
