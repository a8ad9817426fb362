"""A doc's words as arrays, read once for all the sentences that ask.

Rules that look at every word of a sentence (its tag, its part of speech,
whether it is made of letters) would otherwise make a spaCy Token object
for each word, again in each rule. `of(doc)` reads the columns they need
from the doc in one call and keeps them in the doc's own `user_data`, so
they last as long as the doc and no longer.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class WordArrays(NamedTuple):
    """Per word of a doc: its text, lower case, lemma, start offset, tag, part of
    speech, whether it is all letters and whether it starts a sentence (1 yes,
    -1 no, 0 not known) (string hashes and numbers); the doc's
    string table, to turn hashes into text; and `derived`, where a caller keeps
    what it works out from these for the same doc (by a name of its own)."""

    orth: list[int]
    lower: list[int]
    lemma: list[int]
    idx: list[int]
    tag: list[int]
    pos: list[int]
    is_alpha: list[int]
    sent_start: list[int]
    strings: Any
    derived: dict[Any, Any]


#: Where `of` keeps a doc's arrays in its `user_data`.
KEY = "accessicheck.word_arrays"


def of(doc: Any) -> WordArrays:
    """The word arrays of this doc, kept in it (read the first time they are asked for).

    Only for a doc that is finished: `Doc.from_docs` cannot carry them over
    when docs are joined (use `read` on pieces of a block).
    """
    known = doc.user_data.get(KEY)
    if known is None:
        known = doc.user_data[KEY] = read(doc)
    return known  # type: ignore[no-any-return]


def read(doc: Any) -> WordArrays:
    """The word arrays of this doc, read now and not kept."""
    from spacy.attrs import IDX, IS_ALPHA, LEMMA, LOWER, ORTH, POS, SENT_START, TAG

    attrs = [ORTH, LOWER, LEMMA, IDX, TAG, POS, IS_ALPHA, SENT_START]
    rows = doc.to_array(attrs) if len(doc) else None
    columns = [[] for _ in attrs] if rows is None else [c.tolist() for c in rows.T]
    return WordArrays(*columns, doc.vocab.strings, {})


def ids(arrays: WordArrays, names: frozenset[str]) -> frozenset[int]:
    """The ids these strings (words, tags, parts of speech) have in the arrays, worked
    out once per doc: sentence rules ask about the same few again and again."""
    key = ("ids", names)
    known: frozenset[int] | None = arrays.derived.get(key)
    if known is None:
        known = arrays.derived[key] = frozenset(arrays.strings[n] for n in names)
    return known


def has_any(doc: Any, start: int, end: int, words: frozenset[str]) -> bool:
    """True when one of words start..end is, in lower case, one of `words`."""
    arrays = of(doc)
    wanted = ids(arrays, words)
    return any(arrays.lower[i] in wanted for i in range(start, end))


_NAME_TAGS = frozenset({"NNP", "NNPS"})


def names_at(doc: Any, start: int, end: int) -> set[int]:
    """Start offsets of the words tagged as names (NNP, NNPS) among words start..end."""
    words = of(doc)
    names = ids(words, _NAME_TAGS)
    return {words.idx[i] for i in range(start, end) if words.tag[i] in names}
