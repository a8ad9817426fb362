"""Split long sentences (AC101) into two or three, at clause boundaries.

Places to split, found on the parse, each with its link made explicit:

- a semicolon between two full clauses: ". ";
- ", and" / ", but" / ", so" joining two clauses that each have their own
  subject and a finite verb: "and" goes, "But" and "So" start the new one;
- a closing "because" clause: ". This is because …";
- a closing "although", "though" or "whereas" clause: ". But …";
- ", which means (that)" at the end: ". This means (that) …";
- ", however" joining two full clauses: ". However, …";
- a non-restrictive "which" clause at the end of a sentence (AC101 or
  AC102): ", which sets out …" becomes ". This plan sets out …"; after a
  list or a phrase, where the noun it is about is not clear, only ", which
  is …" is split, as ". This is …".

Never inside brackets or quotation marks, never in a "so that" clause (it
would lose its purpose), never next to a dash ("don't work -. But"), and
only where the new sentence is a clause of its own: a subject and a finite
verb. Every new sentence keeps at least five words. A sentence over the
limit is cut once, nearest its middle; a part still over the limit is cut
once more, so the result is two or three sentences. Splits change how a
sentence reads, so they are marked for review.
"""

from __future__ import annotations

from typing import Any

from .. import quotes
from ..edits import Edit
from . import Context

SAFETY = "review"
_JOINERS = {"and": "", "but": "But ", "so": "So "}
#: A closing subordinate clause and the words that start it as a sentence.
_SUBORDINATE = {
    "because": "This is because ",
    "although": "But ",
    "though": "But ",
    "whereas": "But ",
}
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_DASHES = frozenset({"-", "–", "—"})
MIN_WORDS = 5
DEFAULT_LIMIT = 25


def _words(tokens: Any) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def _finite_clause(verb: Any) -> bool:
    """The verb has its own subject and a finite form (itself or an auxiliary)."""
    has_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    finite = verb.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in verb.children
    )
    return has_subject and finite


def _in_brackets(text: str, at: int) -> bool:
    depth = 0
    for ch in text[:at]:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
    return depth > 0


def _runs_to_end(verb: Any) -> bool:
    """The clause of `verb` runs to the end of the sentence."""
    last = max(t.i for t in verb.subtree)
    return not any(not t.is_punct for t in verb.doc[last + 1 :])


def _ok_place(ctx: Context, start: int, end: int, left: Any) -> bool:
    text = ctx.text
    if quotes.inside(text, start, end) or _in_brackets(text, start):
        return False
    dash = left is not None and left.text in _DASHES
    return not (dash or text[:start].rstrip()[-1:] in _DASHES)


class _Cut:
    """One place to split: the text start:end becomes `link`; `at` is a token index."""

    def __init__(self, at: int, start: int, end: int, link: str, capital: bool, why: str):
        self.at, self.start, self.end, self.link, self.capital, self.why = (
            at,
            start,
            end,
            link,
            capital,
            why,
        )


def _cut_before(doc: Any, tok: Any, link: str, why: str) -> _Cut:
    """A cut that replaces `tok` (and a comma before it) with ". " + link."""
    prev = doc[tok.i - 1]
    start = prev.idx if prev.text == "," else prev.idx + len(prev.text)
    nxt = doc[tok.i + 1]
    return _Cut(tok.i, start, nxt.idx, ". " + link, not link, why)


def _so_that(doc: Any, tok: Any) -> bool:
    return tok.lower_ == "so" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"that", "as"}


def _places(ctx: Context) -> list[_Cut]:
    doc = ctx.parse
    out: list[_Cut] = []
    for tok in doc:
        if tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        left = doc[tok.i - 1]
        if tok.text == ";":
            before = [t for t in doc[: tok.i] if t.pos_ in {"VERB", "AUX"} and _finite_clause(t)]
            after = [t for t in doc[tok.i + 1 :] if t.pos_ in {"VERB", "AUX"} and _finite_clause(t)]
            if before and after:
                out.append(_Cut(tok.i, tok.idx, nxt.idx, ". ", True, "at the semicolon"))
        elif tok.dep_ == "cc" and tok.lower_ in _JOINERS and not _so_that(doc, tok):
            head = tok.head
            second = next((c for c in head.children if c.dep_ == "conj" and c.i > tok.i), None)
            if second is None or head.pos_ not in {"VERB", "AUX"}:
                continue
            if not (_finite_clause(head) and _finite_clause(second)):
                continue
            if nxt.lower_ in {"that", "whether"}:
                continue  # "… and that some people …": the second clause is not a sentence
            opener = next((t for t in doc[tok.i + 1 : second.i] if t.pos_ != "ADV"), None)
            if opener is not None and opener.tag_ in {"WP", "WDT", "WRB", "WP$"}:
                continue  # "but also what it means": not a clause of its own
            out.append(_cut_before(doc, tok, _JOINERS[tok.lower_], f"at '{tok.text}'"))
        elif tok.lower_ == "so" and left.text == "," and not _so_that(doc, tok):
            # ", so we will pay": the parser often hangs "so" on the second verb.
            verb = tok.head
            if verb.i <= tok.i or verb.pos_ not in {"VERB", "AUX"} or not _finite_clause(verb):
                continue
            if not any(t.pos_ in {"VERB", "AUX"} and _finite_clause(t) for t in doc[: tok.i - 1]):
                continue
            out.append(_cut_before(doc, tok, "So ", "at 'so'"))
        elif tok.lower_ == "however" and left.text == ",":
            # "…to the table, however careful thought is needed …": a comma splice.
            verb = tok.head
            if verb.i <= tok.i or verb.pos_ not in {"VERB", "AUX"} or not _finite_clause(verb):
                continue
            if not any(t.pos_ in {"VERB", "AUX"} and _finite_clause(t) for t in doc[: tok.i - 1]):
                continue
            end = nxt.idx if nxt.text != "," else doc[tok.i + 2].idx
            out.append(_Cut(tok.i, left.idx, end, ". However, ", False, "at 'however'"))
        elif tok.lower_ in _SUBORDINATE and tok.dep_ == "mark":
            verb = tok.head
            if verb.dep_ != "advcl" or not _finite_clause(verb) or not _runs_to_end(verb):
                continue
            if min(t.i for t in verb.subtree) != tok.i:
                continue
            out.append(_cut_before(doc, tok, _SUBORDINATE[tok.lower_], f"at '{tok.text}'"))
        elif tok.lower_ == "which" and left.text == "," and tok.head.lemma_ == "mean":
            verb = tok.head
            if tok.dep_ != "nsubj" or not _runs_to_end(verb) or verb.tag_ not in _FINITE:
                continue
            after = doc[tok.i + 1]
            out.append(_Cut(tok.i, left.idx, after.idx, ". This ", False, "at ', which means'"))
            continue
        else:
            continue
    return [c for c in out if _ok_place(ctx, c.start, c.end, doc[c.at - 1])]


def _choose(doc: Any, cuts: list[_Cut], limit: int) -> list[_Cut]:
    """One cut nearest the middle; one more in a part still over the limit."""

    def fits(chosen: list[_Cut]) -> bool:
        edges = [0, *sorted(c.at for c in chosen), len(doc)]
        return all(_words(doc[a:b]) >= MIN_WORDS for a, b in zip(edges, edges[1:], strict=False))

    total = _words(doc)
    ranked = sorted(cuts, key=lambda c: abs(_words(doc[: c.at]) - total / 2))
    first = next((c for c in ranked if fits([c])), None)
    if first is None:
        return []
    chosen = [first]
    for lo, hi in ((0, first.at), (first.at, len(doc))):
        if _words(doc[lo:hi]) <= limit:
            continue
        part = [c for c in cuts if lo < c.at < hi]
        mid = lo + (hi - lo) / 2
        for c in sorted(part, key=lambda c: abs(c.at - mid)):
            if fits([*chosen, c]):
                chosen.append(c)
                break
        if len(chosen) == 3:
            break
    return sorted(chosen, key=lambda c: c.start)


def _limit(ctx: Context) -> int:
    for f in ctx.with_code("AC101"):
        words = [int(w) for w in f.message.replace(";", " ").split() if w.isdigit()]
        if len(words) >= 2:
            return words[1]
    return DEFAULT_LIMIT


def clause_splits(ctx: Context) -> list[Edit]:
    doc = ctx.parse
    chosen = _choose(doc, _places(ctx), _limit(ctx))
    return [
        Edit(
            c.start,
            c.end,
            c.link,
            "split",
            "AC101",
            f"Split {c.why}: one idea in each sentence.",
            capitalise_next=c.capital,
            safety=SAFETY,
        )
        for c in chosen
    ]


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
        if verb.lemma_ == "mean":
            continue  # ", which means": a clause split ("This means")
        if not (verb.tag_ in _FINITE or any(c.tag_ in _FINITE for c in verb.children)):
            continue
        if not _runs_to_end(verb):
            continue  # only clauses that run to the end of the sentence
        if _words(doc[: tok.i]) < MIN_WORDS or _words(doc[tok.i :]) < MIN_WORDS:
            continue
        ambiguous = verb.head.dep_ in {"pobj", "conj"} or any(
            c.dep_ in {"prep", "conj"} for c in verb.head.children
        )
        if ambiguous and verb.lemma_ != "be":
            continue  # "a rise in costs and a fall in staff, which …": which noun is meant?
        # ", which is a reminder": "This is a reminder" reads right whichever is meant.
        subject = "This" if ambiguous else _subject_for(verb.head)
        comma = doc[tok.i - 1]
        if subject is None or quotes.inside(text, comma.idx, tok.idx + len(tok.text)):
            continue
        if _in_brackets(text, comma.idx):
            continue
        out.append(
            Edit(
                comma.idx,
                tok.idx + len(tok.text),
                f". {subject}",
                "which",
                "AC101",
                "The 'which' part is now a sentence of its own.",
                safety=SAFETY,
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
