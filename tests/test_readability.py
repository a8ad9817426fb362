"""Readability formulas and syllable counts.

Expected values come from textstat (an independent implementation of the
same formulas, fed offline through our shim) and from hand calculation.
"""

from __future__ import annotations

import pytest

from accessicheck.language import readability, syllables, textstat_offline
from accessicheck.language.readability import Counts

PASSAGE = (
    "The board will meet in the main hall. Please bring your papers with you. "
    "We will talk about the new plan for carers. Everyone can speak at the meeting. "
    "Tea and coffee will be ready at eleven. The room has a hearing loop. "
    "Tell us before the day if you need anything else. We will pay your travel costs. "
    "The meeting will end at one in the afternoon. Thank you for coming."
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("cat", 1, id="one"),
        pytest.param("meeting", 2, id="two"),
        pytest.param("accessibility", 6, id="six"),
        pytest.param("Involvement", 3, id="capitalised"),
        pytest.param("co-production", 4, id="hyphenated-sums-parts"),
    ],
)
def test_syllable_counts(word: str, expected: int) -> None:
    assert syllables.count(word) == expected


def test_unknown_words_are_counted_as_textstat_counts_them() -> None:
    textstat = textstat_offline.install()
    for word in ("stakeholdering", "signposting", "coproduced", "neurodivergence"):
        assert word not in syllables.table()
        assert syllables.count(word) == textstat.syllable_count(word), word


def test_apostrophes_are_kept_unlike_textstat() -> None:
    # textstat drops the apostrophe and guesses "oclock" has one syllable.
    assert syllables.count("o'clock") == 2


def test_words_keep_hyphens_and_apostrophes_together() -> None:
    found = [
        w for _, _, w in readability.words("Don't co-produce £1,200 on 03/04/2026 at 10.30am, OK?")
    ]
    assert found == ["Don't", "co-produce", "1,200", "on", "03/04/2026", "at", "10.30am", "OK"]


def test_a_link_or_address_is_one_short_word() -> None:
    text = "See https://www.example.org/papers/2026/a.pdf, or e-mail jo.bloggs@example.org."
    found = [w for _, _, w in readability.words(text)]
    assert found == [
        "See",
        "https://www.example.org/papers/2026/a.pdf",
        "or",
        "e-mail",
        "jo.bloggs@example.org",
    ]
    assert Counts.of_sentence(text).syllables == 1 + 1 + 1 + 2 + 1


def test_formulas_by_hand() -> None:
    c = Counts(sentences=2, words=20, syllables=30, long_words=2)
    s = readability.score(c)
    # 206.835 - 1.015 * 10 - 84.6 * 1.5 = 69.785
    assert s.flesch_reading_ease == pytest.approx(69.785)
    # 0.39 * 10 + 11.8 * 1.5 - 15.59 = 6.01
    assert s.flesch_kincaid_grade == pytest.approx(6.01)
    assert s.reading_age == pytest.approx(11.01)
    assert s.average_sentence_length == 10
    assert s.long_word_share == pytest.approx(0.1)
    assert s.too_short is True
    assert s.smog is None


def test_smog_needs_thirty_sentences() -> None:
    c = Counts(sentences=30, words=300, syllables=420, long_words=30)
    # 1.043 * sqrt(30 * 30 / 30) + 3.1291
    assert readability.score(c).smog == pytest.approx(1.043 * 30**0.5 + 3.1291)


def test_empty_text_has_no_scores() -> None:
    s = readability.score(Counts())
    assert s.reading_age is None and s.too_short


def test_agrees_with_textstat(analyse) -> None:  # type: ignore[no-untyped-def]
    textstat = textstat_offline.install()
    doc = analyse(PASSAGE)
    ours = doc.scores
    assert ours.counts.sentences == 10
    assert ours.counts.words == textstat.lexicon_count(PASSAGE)
    assert ours.counts.syllables == textstat.syllable_count(PASSAGE)
    assert ours.flesch_reading_ease == pytest.approx(
        textstat.flesch_reading_ease(PASSAGE), abs=0.01
    )
    assert ours.flesch_kincaid_grade == pytest.approx(
        textstat.flesch_kincaid_grade(PASSAGE), abs=0.01
    )
