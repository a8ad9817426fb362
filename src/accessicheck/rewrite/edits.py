"""Edits: a span of a sentence, its replacement, and why.

An `Edit` is data, like a `Suggestion`: offsets into the sentence's text, the
new text, the rule code and a plain reason. `choose` keeps the edits that do
not overlap (higher priority first, then the earlier and longer one), and
`apply` writes them into the sentence from right to left, so every offset
stays true while it works.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: How sure a transformation is: "safe" edits are like-for-like, "review"
#: edits change how a sentence is built, "hint" transformations only advise.
SAFETY_LEVELS = ("safe", "review", "hint")

#: Lower numbers win when two edits overlap. Whole-sentence rewrites (passive
#: to active) are handled by the engine before these are chosen.
PRIORITY = {
    "contested": 0,
    "split": 1,  # a split at "whereas" wins over "whereas" → "but"
    "substitute": 2,
    "acronym": 3,
    "nominal": 4,
    "redundant": 5,
    "which": 6,
}

_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|se|su|ro|ti|ku)|hour|honest|[AEFHILMNORSX][A-Z]*\b)")


@dataclass(frozen=True)
class Edit:
    """Replace `start:end` of a sentence's text with `replacement`.

    `kind` is the transformation that made it (a key of PRIORITY); `code` is
    the rule code it answers (AC201 …); `reason` says why, in plain words.
    `capitalise_next` makes the first letter after the edit a capital (the
    edit ends a sentence or removes the first words of one). `safety` is
    "safe" (a like-for-like change) or "review" (it changes how the sentence
    is built: a split, passive to active; read it before you accept it).
    """

    start: int
    end: int
    replacement: str
    kind: str
    code: str
    reason: str
    capitalise_next: bool = False
    safety: str = "safe"
    #: Words the edit removes on purpose (the agent "the Trust" when it
    #: becomes "we"), so the safety checks do not count them as lost.
    drops: tuple[str, ...] = ()

    def overlaps(self, other: Edit) -> bool:
        if self.start == self.end or other.start == other.end:
            return self.start < other.end and other.start < self.end
        return self.start < other.end and other.start < self.end


def choose(edits: Iterable[Edit]) -> list[Edit]:
    """The edits to apply: no two overlap; priority, then position, decide."""
    ranked = sorted(edits, key=lambda e: (PRIORITY.get(e.kind, 9), e.start, -(e.end - e.start)))
    kept: list[Edit] = []
    for edit in ranked:
        if not any(edit.overlaps(k) for k in kept):
            kept.append(edit)
    return sorted(kept, key=lambda e: e.start)


def word_set(text: str) -> frozenset[str]:
    """A set of words from a space-separated list (easier to read and sort)."""
    return frozenset(text.split())


def article_for(word: str) -> str:
    """'a' or 'an' for the word that follows (a rough rule of sound)."""
    return "an" if _VOWEL_SOUND.match(word) else "a"


def _fix_article(text: str, at: int) -> str:
    """Make 'a'/'an' just before offset `at` agree with the word that starts there."""
    m = re.search(r"(?<![\w'’])([Aa]n?)\s+$", text[:at])
    if m is None or at >= len(text) or not text[at].isalpha():
        return text
    first = re.match(r"[\w'’-]+", text[at:])
    if first is None:
        return text
    want = article_for(first.group())
    if m.group(1)[0].isupper():
        want = want.capitalize()
    return text[: m.start(1)] + want + text[m.end(1) :]


def apply(text: str, edits: Sequence[Edit]) -> str:
    """`text` with non-overlapping `edits` applied (right to left)."""
    out = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
        after = edit.start + len(edit.replacement)
        if edit.capitalise_next and after < len(out):
            out = out[:after] + out[after].upper() + out[after + 1 :]
        if edit.replacement and edit.kind != "split":
            out = _fix_article(out, edit.start)
    if text[:1].isupper() and out[:1].islower():
        out = out[:1].upper() + out[1:]
    return re.sub(r"  +", " ", out)
