"""Readability scores from word, sentence and syllable counts.

The formulas are the published ones, with the constants textstat uses, so the
figures agree with textstat (a test checks this). They are computed from the
same sentences and words the rules see, so "average sentence length" and the
long-sentence rule never disagree.

The formulas were made for American school texts. They mean little on short
texts (under about 100 words), lists and agendas: the report shows them as
indicators beside sentence length and jargon, never as the only pass or fail.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import syllables

#: A word: a web or e-mail address (one short word, as it is read as a
#: name), letters joined by apostrophes or hyphens ("don't", "co-produce"),
#: or a number with the marks inside it ("03/04/2026", "10.30", "1,200").
LINK = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]]"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
WORD = re.compile(
    LINK.pattern + r"|[0-9]+(?:[/.,:\-][0-9]+)*(?:[A-Za-z]+)?"
    r"|[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’\-‐‑][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*"
)

#: Below this many words the formulas are not reliable.
MIN_WORDS = 100
#: SMOG needs at least this many sentences.
SMOG_MIN_SENTENCES = 30
#: A word of this many syllables or more is a "long word".
LONG_WORD_SYLLABLES = 3


@lru_cache(maxsize=1 << 16)
def _syllables(word: str) -> int:
    """Syllables in one word as the formulas count them: a web address is one."""
    return 1 if LINK.fullmatch(word) else syllables.count(word)


def words(text: str) -> list[tuple[int, int, str]]:
    """The words in `text` as (start, end, word). Hyphenated words are one word."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


@dataclass(frozen=True)
class Counts:
    """The raw counts the formulas are built from. Counts add up."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    long_words: int = 0  # words of LONG_WORD_SYLLABLES or more syllables

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
            self.long_words + other.long_words,
        )

    @classmethod
    def of_sentence(cls, text: str) -> Counts:
        """Counts for one sentence of text."""
        n_words = n_syll = n_long = 0
        for w in WORD.findall(text):  # WORD has no groups: whole words
            s = _syllables(w)
            n_words += 1
            n_syll += s
            n_long += s >= LONG_WORD_SYLLABLES
        return cls(1 if n_words else 0, n_words, n_syll, n_long)

    @classmethod
    def total(cls, parts: Iterable[Counts]) -> Counts:
        out = cls()
        for p in parts:
            out = out + p
        return out


@dataclass(frozen=True)
class Scores:
    """Readability figures for a stretch of text.

    `reading_age` is the UK reading age in years: Flesch-Kincaid grade + 5.
    `smog` is None when there are fewer than 30 sentences.
    `too_short` is True when there are fewer than 100 words.
    """

    counts: Counts
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    reading_age: float | None
    smog: float | None
    average_sentence_length: float | None
    long_word_share: float | None
    too_short: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.counts.sentences,
            "words": self.counts.words,
            "syllables": self.counts.syllables,
            "long_words": self.counts.long_words,
            "flesch_reading_ease": _round(self.flesch_reading_ease),
            "flesch_kincaid_grade": _round(self.flesch_kincaid_grade),
            "reading_age": _round(self.reading_age),
            "smog": _round(self.smog),
            "average_sentence_length": _round(self.average_sentence_length),
            "long_word_share": _round(self.long_word_share, 3),
            "too_short": self.too_short,
        }


def _round(x: float | None, places: int = 1) -> float | None:
    return None if x is None else round(x, places)


def flesch_reading_ease(c: Counts) -> float:
    return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words)


def flesch_kincaid_grade(c: Counts) -> float:
    return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59


def smog(c: Counts) -> float:
    return 1.043 * math.sqrt(c.long_words * (30 / c.sentences)) + 3.1291


def score(c: Counts) -> Scores:
    """All the figures for a set of counts."""
    if c.words == 0 or c.sentences == 0:
        return Scores(c, None, None, None, None, None, None, True)
    fkgl = flesch_kincaid_grade(c)
    return Scores(
        counts=c,
        flesch_reading_ease=flesch_reading_ease(c),
        flesch_kincaid_grade=fkgl,
        reading_age=fkgl + 5,
        smog=smog(c) if c.sentences >= SMOG_MIN_SENTENCES else None,
        average_sentence_length=c.words / c.sentences,
        long_word_share=c.long_words / c.words,
        too_short=c.words < MIN_WORDS,
    )
