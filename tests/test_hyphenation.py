"""Our reader of Pyphen's en_US patterns gives Pyphen's own answers (`language.hyphenation`)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessicheck.language import hyphenation, syllables

pyphen = pytest.importorskip("pyphen")


@pytest.fixture(scope="module")
def theirs():  # type: ignore[no-untyped-def]
    return pyphen.Pyphen(lang="en_US", cache=False)


def test_the_patterns_are_pyphens(theirs) -> None:  # type: ignore[no-untyped-def]
    ours = hyphenation._patterns()
    expected = {k: (start, tuple(map(int, v))) for k, (start, v) in theirs.hd.patterns.items()}
    assert {letters: ours.get(letters) for letters in ours.lines} == expected
    assert ours.longest == theirs.hd.maxlen
    assert len(expected) > 10_000


def _words(n: int) -> list[str]:
    """Real words: a sample of the syllable table and of wordfreq's list, and the
    words the table does not know, which are the ones hyphenation counts."""
    rng = random.Random(11)
    known = sorted(syllables.table())
    words = rng.sample(known, n)
    try:
        from accessicheck.glossary.unknown import _centibels

        freq = _centibels()
        if freq is not None:
            words += rng.sample(sorted(freq), n)
    except ImportError:  # pragma: no cover
        pass
    return words


def test_the_points_are_pyphens_on_real_words(theirs) -> None:  # type: ignore[no-untyped-def]
    words = _words(15_000) + ["hyphenation", "co-production", "a", "", "ICB", "reablement"]
    differ = [w for w in words if hyphenation.points(w) != list(theirs.positions(w))]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz.'-é", max_size=30))
def test_the_points_are_pyphens_on_any_letters(word: str) -> None:
    theirs = pyphen.Pyphen(lang="en_US")
    assert hyphenation.points(word) == list(theirs.positions(word))


def test_other_kinds_of_pattern_are_refused() -> None:
    with pytest.raises(hyphenation.NotPlainPatterns):
        hyphenation.Patterns("UTF-8\nab1c\nc1k/k=k,1,1\n")
    read = hyphenation.Patterns("UTF-8\n% a comment 1/2\nLEFTHYPHENMIN 2\n .ab4c\nx0y\n")
    assert read.lines == {".abc": ".ab4c"}
    assert read.get(".abc") == (3, (4,))
    assert read.get("xy") is None


def test_syllable_counts_of_unknown_words_follow_the_points() -> None:
    word = "reablementisation"
    assert word not in syllables.table()
    assert syllables.count(word) == len(hyphenation.points(word)) + 1 > 1
