"""Suggestions take the form of the words they replace, on the head verb only.

"going forward" → "from now on", never "fromming now on"; "regarding" →
"about", never "abouting": a preposition is never inflected.
"""

from __future__ import annotations

import pytest

from accessicheck.core.model import Suggestion


def texts(suggestions: tuple[Suggestion, ...]) -> list[str]:
    return [s.text for s in suggestions]


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        pytest.param(
            "We will use it going forward.", "from now on", "fromming", id="going-forward"
        ),
        pytest.param("We wrote regarding the plan.", "about", "abouting", id="regarding"),
        pytest.param("We utilised the room.", "used", "useed", id="verb-keeps-its-form"),
        pytest.param("The meeting commenced at ten.", "started", "commenced", id="past-tense"),
    ],
)
def test_suggestion_form(lint, sentence: str, expected: str, never: str) -> None:
    found = [f for f in lint(sentence, select=["AC201"]) if f.suggestions]
    assert found, sentence
    shown = " ".join(t for f in found for t in texts(f.suggestions))
    assert f"'{expected}'" in shown
    assert never not in shown


def test_a_plural_alternative_is_not_made_plural_again(lint) -> None:
    # plain-english.csv: stakeholder → people involved | partners | people affected
    found = [f for f in lint("We wrote to our stakeholders.", select=["AC201"])]
    shown = " ".join(t for f in found for t in texts(f.suggestions))
    assert "'partners'" in shown
    assert "partnerses" not in shown


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        pytest.param("in papers for staff", "It is fine in papers for staff.", id="opens-with-in"),
        pytest.param("widely known", "Note: Widely known.", id="a-bare-phrase"),
        pytest.param(
            "a 'facilitator' is a known role",
            "Note: A 'facilitator' is a known role.",
            id="a-noun-phrase",
        ),
        pytest.param("always", "It is fine to use.", id="always"),
    ],
)
def test_a_fine_when_note_reads_as_a_sentence(note: str, sentence: str) -> None:
    from accessicheck.glossary.messages import _fine_when

    assert _fine_when(note) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected", "never"),
    [
        pytest.param("We have acquired new chairs.", "got", "gotten", id="got-not-gotten"),
        pytest.param("We thank the individuals who came.", "people", "persons", id="people"),
    ],
)
def test_suggestions_use_british_forms(lint, sentence: str, expected: str, never: str) -> None:
    found = [f for f in lint(sentence, select=["AC201"]) if f.suggestions]
    shown = " ".join(t for f in found for t in texts(f.suggestions))
    assert f"'{expected}'" in shown
    assert never not in shown
