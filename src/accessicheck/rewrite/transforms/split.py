"""Split long sentences (AC101) at safe points found on the parse.

Safe points:

- a semicolon between two clauses that each have a subject and a verb;
- ", and", ", but", ", so" (or the word alone) joining two clauses that each
  have their own subject and a finite verb: "and" goes, "But" and "So" start
  the new sentence;
- a non-restrictive "which" clause at the end of a sentence (AC101 or
  AC102): ", which sets out …" becomes ". This plan sets out …", repeating
  the subject.

Every new sentence keeps at least four words; other breaks are left alone.
"""

from __future__ import annotations

from typing import Any

from .. import quotes
from ..edits import Edit
from . import Context

_JOINERS = {"and": "", "but": "But ", "so": "So "}
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
MIN_WORDS = 4


def _words(tokens: Any) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def _finite_clause(verb: Any) -> bool:
    """The verb has its own subject and a finite form (itself or an auxiliary)."""
    has_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    finite = verb.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in verb.children
    )
    return has_subject and finite


def _long_enough(doc: Any, cut: int) -> bool:
    return _words(doc[:cut]) >= MIN_WORDS and _words(doc[cut:]) >= MIN_WORDS


def _inside_quote(text: str, start: int, end: int) -> bool:
    return quotes.inside(text, start, end)


def clause_splits(ctx: Context) -> list[Edit]:
    doc, text = ctx.parse, ctx.text
    out: list[Edit] = []
    for tok in doc:
        if tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if tok.text == ";":
            left = [t for t in doc[: tok.i] if t.pos_ in {"VERB", "AUX"} and _finite_clause(t)]
            right = [t for t in doc[tok.i + 1 :] if t.pos_ in {"VERB", "AUX"} and _finite_clause(t)]
            if not (left and right and _long_enough(doc, tok.i + 1)):
                continue
            start = tok.idx
            if _inside_quote(text, start, nxt.idx):
                continue
            out.append(
                Edit(
                    start,
                    nxt.idx,
                    ". ",
                    "split",
                    "AC101",
                    "Split at the semicolon: one idea in each sentence.",
                    capitalise_next=True,
                )
            )
        elif tok.dep_ == "cc" and tok.lower_ in _JOINERS:
            head = tok.head
            second = next((c for c in head.children if c.dep_ == "conj" and c.i > tok.i), None)
            if second is None or head.pos_ not in {"VERB", "AUX"}:
                continue
            if not (_finite_clause(head) and _finite_clause(second)):
                continue
            if not _long_enough(doc, tok.i):
                continue
            prev = doc[tok.i - 1]
            start = prev.idx if prev.text == "," else prev.idx + len(prev.text)
            if _inside_quote(text, start, nxt.idx):
                continue
            joiner = _JOINERS[tok.lower_]
            out.append(
                Edit(
                    start,
                    nxt.idx,
                    ". " + joiner,
                    "split",
                    "AC101",
                    f"Split at '{tok.text}': one idea in each sentence.",
                    capitalise_next=not joiner,
                )
            )
    return out


def _subject_for(noun: Any) -> str | None:
    """ "This plan" / "These papers" / a name, to start the new sentence."""
    if noun.pos_ == "PROPN":
        parts = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        first = parts[0].i if parts else noun.i
        return noun.doc[first : noun.i + 1].text
    if noun.pos_ != "NOUN":
        return None
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    first = compounds[0].i if compounds else noun.i
    if any(t.dep_ != "compound" for t in noun.doc[first : noun.i]):
        return None
    det = "These" if noun.tag_ == "NNS" else "This"
    return f"{det} {noun.doc[first : noun.i + 1].text}"


def which_splits(ctx: Context) -> list[Edit]:
    doc, text = ctx.parse, ctx.text
    out: list[Edit] = []
    for tok in doc:
        if tok.lower_ != "which" or tok.i == 0 or doc[tok.i - 1].text != ",":
            continue
        verb = tok.head
        if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl":
            continue
        if not (verb.tag_ in _FINITE or any(c.tag_ in _FINITE for c in verb.children)):
            continue
        last = max(t.i for t in verb.subtree)
        tail = [t for t in doc[last + 1 :] if not t.is_punct]
        if tail or not _long_enough(doc, tok.i):
            continue  # only clauses that run to the end of the sentence
        if verb.head.dep_ == "pobj":
            continue  # "the plan for the county, which …": which noun is meant?
        subject = _subject_for(verb.head)
        comma = doc[tok.i - 1]
        if subject is None or _inside_quote(text, comma.idx, tok.idx + len(tok.text)):
            continue
        out.append(
            Edit(
                comma.idx,
                tok.idx + len(tok.text),
                f". {subject}",
                "which",
                "AC101",
                "The 'which' part is now a sentence of its own.",
            )
        )
    return out


def edits(ctx: Context) -> list[Edit]:
    if ctx.parse is None:
        return []
    out = []
    if ctx.with_code("AC101"):
        out += clause_splits(ctx)
    if ctx.with_code("AC101", "AC102"):
        out += which_splits(ctx)
    return out
