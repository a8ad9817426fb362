"""The gendered, racially loaded and Latin word lists are used by the glossary rules.

Latin plurals ("fora", "memoranda") are not listed: the glossary matches
words by their lemma, so an entry for "fora" would flag "forum" too.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def flagged(lint):
    """The words AC201 and the AC3xx rules report in a text."""

    def run(text: str) -> list[str]:
        return [f.excerpt.lower() for f in lint(text, select=["AC201", "AC3"])]

    return run


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("The chairman opened the meeting at ten.", "chairman", id="chairman"),
        pytest.param("We do not have the manpower to run it.", "manpower", id="manpower"),
        pytest.param("Add the address to the whitelist.", "whitelist", id="whitelist"),
        pytest.param("That was a black mark against the service.", "black mark", id="black-mark"),
        pytest.param("The board acted ultra vires last year.", "ultra vires", id="ultra-vires"),
        pytest.param("The rule applies ipso facto to every member.", "ipso facto", id="latin"),
    ],
)
def test_flags_this(flagged, text: str, word: str) -> None:
    assert any(word in excerpt for excerpt in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The chair opened the meeting at ten.", id="chair"),
        pytest.param("We have enough staff to run it.", id="staff"),
        pytest.param("Add the address to the allow list.", id="allow-list"),
        pytest.param("The photos are in black and white.", id="black-and-white"),
        pytest.param("We met at three forums in the spring.", id="forums"),
    ],
)
def test_leaves_this_alone(flagged, text: str) -> None:
    words = ("chairman", "manpower", "whitelist", "black", "fora", "white")
    assert not [e for e in flagged(text) if any(w in e for w in words)]
