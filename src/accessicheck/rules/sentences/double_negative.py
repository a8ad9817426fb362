"""AC107: double negatives ("not uncommon", "not without risk", "no reason not to")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...core.model import Suggestion
from ...engine.registry import Hit, RuleContext, rule
from ...language import syllables, word_arrays
from ...language.analysis import Sentence


def _words(text: str) -> frozenset[str]:
    """A set of words from a space-separated list (easier to read and sort)."""
    return frozenset(text.split())


_NOT = frozenset({"not", "n't", "n’t", "never"})

#: Words that may come between "not" and the negative word: "not an unusual".
_BETWEEN = _words(
    """
    a all altogether always an at completely entirely exactly necessarily particularly
    quite so that too totally wholly
    """
)

#: Prefixes that make a word negative, with the letters the stem may start with.
_PREFIXES = (
    ("un", None),
    ("dis", None),
    ("im", frozenset("bmp")),
    ("il", frozenset("l")),
    ("ir", frozenset("r")),
    ("in", None),
)
_NOT_AFTER_IN = frozenset("bmplr")

#: Words that look like prefix + word but are not the opposite of that word.
FALSE_FRIENDS = _words(
    """
    disabled discrete disgraceful disgusted dismissive disposable disposed distressed
    distressing immediate immediately impending imposing improving incredible incredibly
    independent independently indifferent indifferently indoor indoors infamous
    inflammable informative inland inside intense intent invaluable inward inwards irate
    """
)

_NEGATIVE_WORDS = frozenset({"nothing", "nobody", "none", "nowhere", "never", "not", "n't", "n’t"})
_COMPARATIVE_AFTER_NO = _words(
    """
    better doubt earlier fewer further later less longer more sooner worse
    """
)

#: Words and tags that start a new clause: two negatives across them are fine.
_BOUNDARY_WORDS = _words(
    """
    after although and as because before but how if neither nor once or since so than
    that though unless until when whenever where whereas whether which while who whom
    whose why
    """
)
_BOUNDARY_TAGS = frozenset({"CC", "WDT", "WP", "WP$", "WRB", ",", ":", "-LRB-", "-RRB-", "."})


def negative_stem(word: str) -> str | None:
    """The positive word inside a negative one ("uncommon" → "common"), or None."""
    low = word.lower()
    if low in FALSE_FRIENDS:
        return None
    table = syllables.table()
    for prefix, starts in _PREFIXES:
        if not low.startswith(prefix):
            continue
        stem = low[len(prefix) :]
        if len(stem) < 3:
            continue
        if starts is not None and stem[0] not in starts:
            continue
        if prefix == "in" and stem[0] in _NOT_AFTER_IN:
            continue
        if stem in table:
            return stem
    return None


def _is_negator(tok: Any, nxt: Any | None) -> bool:
    word = tok.lower_
    if word in _NEGATIVE_WORDS:
        return True
    if word == "no" and tok.tag_ != "UH":
        if nxt is not None and nxt.text in {"-", "‐"}:  # "no-one"
            return True
        # "no later than", "no more than", a bare "No." are not negatives here.
        return not (nxt is None or nxt.is_punct or nxt.lower_ in _COMPARATIVE_AFTER_NO)
    return False


#: Every double negative `find` reports starts with one of these words.
_STARTS = _NOT | _NEGATIVE_WORDS | {"no"}


def _is_boundary(tok: Any) -> bool:
    return (
        tok.tag_ in _BOUNDARY_TAGS or tok.lower_ in _BOUNDARY_WORDS or tok.text in {";", "–", "—"}
    )


def find(tokens: list[Any]) -> Iterator[tuple[int, int, str, str]]:
    """(first token, last token, kind, positive word) for each double negative."""
    used: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.lower_ not in _NOT:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j].lower_ in _BETWEEN:
            j += 1
        if j >= len(tokens):
            continue
        nxt = tokens[j]
        if j == i + 1 and nxt.lower_ in {"not", "n't", "n’t"}:
            used |= {i, j}
            yield i, j, "not-not", ""
            continue
        if nxt.lower_ == "without" and j - i <= 2:
            used |= {i, j}
            yield i, j, "without", ""
            continue
        if nxt.lower_ == "unlike" and j == i + 1:  # "not unlike" = "like"
            used |= {i, j}
            yield i, j, "unlike", ""
            continue
        allowed = {"JJ", "JJR", "JJS", "RB"}
        stem = negative_stem(nxt.text)
        if stem and nxt.lower_.startswith("un"):
            allowed.add("VBN")  # "not unexpected"; but not "not discussed", "not informed"
        if stem and nxt.tag_ in allowed:
            used |= {i, j}
            yield i, j, "prefix", stem
    # Two negative words in one clause: "no reason not to", "never say no".
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if i in used or not _is_negator(tok, nxt):
            continue
        for j in range(i + 1, len(tokens)):
            other = tokens[j]
            if _is_boundary(other):
                break
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if j not in used and _is_negator(other, after):
                used |= {i, j}
                yield i, j, "pair", ""
                break


_ADVICE = {
    "not-not": "Say it positively, for example 'must' instead of 'cannot not'.",
    "without": "Say it positively, for example 'has some risks' instead of 'is not without risk'.",
    "pair": "Use one negative, or say it positively.",
    "unlike": "Say it positively, for example 'like' or 'similar to' instead of 'not unlike'.",
}


@rule(
    "AC107",
    "double-negative",
    unit="sentence",
    severity="warning",
    summary="Double negative",
    why="Two negatives in one phrase ('not uncommon', 'no reason not to') make readers stop "
    "and work out what is meant. This is hard for people with a learning disability, "
    "autistic people, and people reading in a second language or through translation tools.",
    helps=("LD", "ND", "EAL", "COG", "SpLD", "NEW"),
    fails=(
        "It is not uncommon for members to miss a meeting.",
        "This isn't unusual for a new group.",
        "The plan is not without risk.",
        "There is no reason not to apply.",
    ),
    passes=(
        "It is common for members to miss a meeting.",
        "Not only carers but also staff came.",
        "Papers must arrive no later than Friday.",
        "We will not start unless everyone is here.",
        "It is unlikely that the date will change.",
    ),
)
def double_negative(sentence: Sentence, ctx: RuleContext) -> Iterator[Hit]:
    """Two negatives that cancel out: "not uncommon", "not impossible",
    "not without", "cannot not", "no reason not to", "never say no".

    A double negative makes readers undo two negatives to find a positive.
    Say the positive instead.

    Before: "It is not uncommon for members to miss a meeting."

    After: "Members often miss a meeting."

    Before: "There is no reason not to apply."

    After: "Please apply."

    It leaves alone single negatives ("unlikely", "we cannot come"), "not
    only … but also", "no later than", "no more than", "not … unless",
    "neither … nor", and negatives in different parts of a sentence ("No
    one came because the bus did not run").
    """
    span = sentence.span
    if not word_arrays.has_any(span.doc, span.start, span.end, _STARTS):
        return  # no word that can start a double negative: no need to read the words
    tokens = list(span)
    for i, j, kind, stem in find(tokens):
        first, last = tokens[i], tokens[j]
        if i > 0 and first.lower_ in _NOT and not tokens[i - 1].whitespace_:
            first = tokens[i - 1]  # "isn't", "cannot": show the whole word
        start, end = first.idx, last.idx + len(last.text)
        phrase = sentence.block.text[start:end]
        if kind == "prefix":
            fix = f"Say it positively, for example 'quite {stem}' instead of '{phrase}'."
        else:
            fix = _ADVICE[kind]
        yield Hit(f"Double negative: '{phrase}'. {fix}", start, end, suggestions=(Suggestion(fix),))
