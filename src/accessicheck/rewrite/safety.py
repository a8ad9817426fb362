"""Safety checks on a rewrite, run on a fresh parse of the new text.

A rewrite passes when:

1. every sentence in it is complete: a verb (or auxiliary) at its root, a
   capital (or digit or quote mark) at the start and a full stop, question
   mark, exclamation mark or colon at the end — checked only when the
   original sentence was complete by the same test;
2. every content word of the original (noun, name, verb, adjective,
   number; compared by lemma) is still there, unless a recorded edit
   replaced or removed it on purpose;
3. numbers, sums of money, dates and web or e-mail addresses are the same,
   as multisets, and every name outside an edit is still there;
4. no quotation changed.

`check` takes parses made elsewhere (the engine parses every original and
rewrite of a document in one batch); `check_texts` parses for you.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import nlp
from ..readability import LINK
from . import quotes
from .edits import Edit

CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMBER = re.compile(r"[£$€]?\d[\d,.:/]*(?:%|p|k|m|bn)?", re.IGNORECASE)
_DATE_WORD = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_END = tuple(".!?:")
_CLOSERS = "\"'”’)]"


@dataclass(frozen=True)
class Verdict:
    """The result of the checks: `problems` is empty when the rewrite passed."""

    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


def is_complete(span: Any) -> bool:
    """A complete sentence: verb at the root, capital at the start, stop at the end."""
    text = span.text.strip()
    if not text:
        return False
    start_ok = text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘(£$"
    end_ok = text.rstrip(_CLOSERS).endswith(_END)
    verb_ok = any(t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"} for t in span)
    return start_ok and end_ok and verb_ok


def _removed_positions(edits: Sequence[Edit]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in edits]


def _in_edits(tok: Any, spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def _content(doc: Any) -> list[Any]:
    return [t for t in doc if t.pos_ in CONTENT and not t.is_punct and not t.is_space]


def _facts(text: str) -> Counter[str]:
    found = [m.group().rstrip(".,:/") for m in _NUMBER.finditer(text)]
    found += [m.group().lower() for m in _DATE_WORD.finditer(text)]
    found += [m.group() for m in LINK.finditer(text)]
    return Counter(found)


def check(original: str, rewritten: str, edits: Sequence[Edit], old: Any, new: Any) -> Verdict:
    """Check one rewrite. `old` and `new` are parses of `original` and `rewritten`."""
    problems: list[str] = []
    if all(is_complete(s) for s in old.sents) and not all(is_complete(s) for s in new.sents):
        problems.append("The rewrite is not made of complete sentences.")
    spans = _removed_positions(edits)
    kept = {t.lemma_.lower() for t in new} | {t.lower_ for t in new}
    lost = [
        t.text
        for t in _content(old)
        if not _in_edits(t, spans) and t.lemma_.lower() not in kept and t.lower_ not in kept
    ]
    if lost:
        problems.append(f"Words were lost: {', '.join(lost)}.")
    if _facts(original) != _facts(rewritten):
        problems.append("A number, date, sum of money or web address changed.")
    new_words = {t.text for t in new}
    names = [
        t.text
        for t in old
        if t.pos_ == "PROPN" and not _in_edits(t, spans) and t.text not in new_words
    ]
    if names:
        problems.append(f"A name changed: {', '.join(names)}.")
    if quotes.quoted_texts(original) != quotes.quoted_texts(rewritten):
        problems.append("A quotation changed.")
    return Verdict(tuple(problems))


def check_texts(pairs: Sequence[tuple[str, str, Sequence[Edit]]]) -> list[Verdict]:
    """Check several rewrites, parsing all the texts in one batch."""
    texts = [t for original, rewritten, _ in pairs for t in (original, rewritten)]
    docs = nlp.parse(texts)
    return [
        check(original, rewritten, edits, docs[2 * i], docs[2 * i + 1])
        for i, (original, rewritten, edits) in enumerate(pairs)
    ]
