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
4. no quotation changed;
5. every new sentence is a clause of its own: a subject and a finite verb
   (or an instruction, "Please send the form"), and it does not open with a
   subordinator that leaves it hanging ("Because some costs are higher.",
   "Whether places are free.", "What the board is asked to decide.");
6. brackets and quotation marks are balanced in every new sentence, and no
   sentence ends in a stray dash or comma ("don't work -.");
7. the negations are the same ("not", "never", "no", "without" …).

Checks 5 and 6 count only what got worse: an original that was already a
fragment (a heading, a list item) does not fail its rewrite.

`check` takes parses made elsewhere (the engine parses every original and
rewrite of a document in one batch); `check_texts` parses for you.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..language import nlp
from ..language.readability import LINK
from . import quotes
from .edits import Edit, word_set

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
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
#: Words that open a subordinate clause: a sentence that starts with one
#: needs a main clause too.
SUBORDINATORS = word_set(
    """after although as because before how if once since that though unless until what
    whatever when whenever where whereas whether which while who whom whose why"""
)
#: Links on the way from the first word to the root that show a main clause
#: follows ("If you need help, call us": "need" is an adverbial clause).
_MAIN_FOLLOWS = frozenset({"advcl", "csubj", "csubjpass", "ccomp", "acl", "relcl", "pcomp"})
NEGATIONS = word_set(
    """not n't n’t never no none nobody nothing neither nor without cannot nowhere"""
)
_STRAY = re.compile(r"(?:\s[-–—]|[,;:])\s*[.!?](?:\s|$)")
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


def _finite(verb: Any) -> bool:
    return verb.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in verb.children
    )


def clause_problem(span: Any) -> str | None:
    """Why this sentence is not a clause of its own, or None when it is."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return None
    root = span.root
    question = span.text.rstrip().rstrip(_CLOSERS).endswith("?")
    # "But also what it means …": look past a joining word and adverbs.
    lead = 0
    while lead < len(words) - 1 and (
        words[lead].lower_ in {"but", "so", "and", "also", "then", "yet"}
        or (words[lead].pos_ == "ADV" and words[lead].tag_ != "WRB")
    ):
        lead += 1
    first = words[lead]
    opens = first.lower_ in SUBORDINATORS or (
        first.lower_ == "so" and len(words) > lead + 1 and words[lead + 1].lower_ == "that"
    )
    if first.lower_ in {"that", "as", "since", "while"} and first.dep_ != "mark":
        opens = False  # "That is why …", "As well as …": not a subordinator here
    if opens and not question:
        tok, main = first, False
        while tok.i != root.i and tok.head.i != tok.i:
            if tok.dep_ in _MAIN_FOLLOWS:
                main = True
                break
            tok = tok.head
        if not main:
            return f"a sentence starts with '{first.text}' and has no main clause"
    if root.pos_ not in {"VERB", "AUX"}:
        return "a sentence has no verb"
    has_subject = any(c.dep_ in _SUBJECTS for c in root.children)
    imperative = (
        root.tag_ == "VB"
        and not has_subject
        and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
    )
    if imperative:
        return None
    if not has_subject:
        return "a sentence has no subject"
    if not _finite(root):
        return "a sentence has no finite verb"
    return None


def punctuation_problem(text: str) -> str | None:
    """Why the punctuation of one sentence is broken, or None."""
    depth = 0
    for ch in text:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if depth < 0:
            return "a bracket is closed before it is opened"
    if depth:
        return "a bracket is not closed"
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return "a quotation mark is not closed"
    if _STRAY.search(text):
        return "a sentence ends in a stray dash or comma"
    if text.lstrip()[:1] in {",", ";", ":", "-", "–", "—", ".", ")"}:
        return "a sentence starts with a punctuation mark"
    return None


def _negations(doc: Any) -> Counter[str]:
    return Counter(
        "not" if t.lower_ in {"n't", "n’t", "cannot"} else t.lower_
        for t in doc
        if t.lower_ in NEGATIONS
    )


def _word_negations(text: str) -> Counter[str]:
    words = re.findall(r"[\w’']+", text.lower())
    return Counter(
        "not" if w in {"n't", "n’t", "cannot"} or w.endswith(("n't", "n’t")) else w
        for w in words
        if w in NEGATIONS or w.endswith(("n't", "n’t"))
    )


def _removed_negations(original: str, edits: Sequence[Edit]) -> Counter[str]:
    """Negations inside the words an edit replaced on purpose ("whether or not")."""
    found: Counter[str] = Counter()
    for e in edits:
        if e.end - e.start < len(original):  # not a whole-sentence rewrite
            found += _word_negations(original[e.start : e.end])
    return found


def _added(original: str, edits: Sequence[Edit]) -> Counter[str]:
    found: Counter[str] = Counter()
    for e in edits:
        if 0 < e.end - e.start < len(original):
            found += _word_negations(e.replacement)
    return found


def _problems(doc: Any, check: Any) -> list[str]:
    found = [check(s) for s in doc.sents]
    return [p for p in found if p]


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
    dropped = {w.lower() for e in edits for w in e.drops}
    kept = {t.lemma_.lower() for t in new} | {t.lower_ for t in new} | dropped
    lost = [
        t.text
        for t in _content(old)
        if not _in_edits(t, spans) and t.lemma_.lower() not in kept and t.lower_ not in kept
    ]
    if lost:
        problems.append(f"Words were lost: {', '.join(lost)}.")
    if _facts(original) != _facts(rewritten):
        problems.append("A number, date, sum of money or web address changed.")
    new_words = {t.text for t in new} | {w for e in edits for w in e.drops}
    names = [
        t.text
        for t in old
        if t.pos_ == "PROPN" and not _in_edits(t, spans) and t.text not in new_words
    ]
    if names:
        problems.append(f"A name changed: {', '.join(names)}.")
    if quotes.quoted_texts(original) != quotes.quoted_texts(rewritten):
        problems.append("A quotation changed.")
    new_clauses = _problems(new, clause_problem)
    if len(new_clauses) > len(_problems(old, clause_problem)):
        problems.append(f"The rewrite is not made of full sentences: {new_clauses[0]}.")
    new_marks = _problems(new, lambda s: punctuation_problem(s.text))
    if _STRAY.search(rewritten) and not _STRAY.search(original):
        new_marks.append("a sentence ends in a stray dash or comma")
    if len(new_marks) > len(_problems(old, lambda s: punctuation_problem(s.text))):
        problems.append(f"The punctuation broke: {new_marks[0]}.")
    if _negations(old) - _removed_negations(original, edits) != _negations(new) - _added(
        original, edits
    ):
        problems.append("A negative ('not', 'never', 'no' …) was lost or added.")
    return Verdict(tuple(problems))


def check_texts(pairs: Sequence[tuple[str, str, Sequence[Edit]]]) -> list[Verdict]:
    """Check several rewrites, parsing all the texts in one batch."""
    texts = [t for original, rewritten, _ in pairs for t in (original, rewritten)]
    docs = nlp.parse(texts)
    return [
        check(original, rewritten, edits, docs[2 * i], docs[2 * i + 1])
        for i, (original, rewritten, edits) in enumerate(pairs)
    ]
