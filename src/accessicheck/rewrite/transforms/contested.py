"""Contested and hurtful terms → the group's own words (AC301, AC302).

Only a decision the group recorded in its own glossary is applied: an entry
from a group glossary layer (not the shipped lists) with status "avoid" and
plain alternatives. Its first alternative replaces the term, in the term's
form. The shipped lists' alternatives stay as hints, because the right words
depend on the people concerned.
"""

from __future__ import annotations

from ... import glossary
from ..edits import Edit, article_for, word_set
from . import Context

SAFETY = "safe"


_BE = word_set("is was be been being am are were")


def _with_article(ctx: Context, start: int, end: int, replacement: str) -> str:
    """ "She is wheelchair-bound" → "She is a wheelchair user": an adjective
    after "be" that becomes a singular noun needs "a"."""
    before = ctx.text[:start].split()
    if not before or before[-1].lower() not in _BE or ctx.parse is None:
        return replacement
    inside = [t for t in ctx.parse if start <= t.idx < end]
    tok = inside[-1] if inside else None
    words = replacement.split()
    if tok is None or tok.tag_ not in {"JJ", "VBN"} or len(words) < 2:
        return replacement
    if words[-1].endswith("s") or words[0].lower() in {"a", "an", "the", "some"}:
        return replacement
    return f"{article_for(replacement)} {replacement}"


def edits(ctx: Context) -> list[Edit]:
    g = glossary.for_config(ctx.config)
    ablock = ctx.sentence.block
    toks = glossary.block_words(ablock)
    out: list[Edit] = []
    for m in g.uses(ablock):
        entry = m.entry
        if entry.kind not in {"inclusive", "contested"} or entry.origin.layer == "shipped":
            continue
        if m.start < ctx.sentence.start or m.end > ctx.sentence.end:
            continue
        if entry.status != "avoid" or not entry.plain_alternatives:
            continue
        first = next((s for s in glossary.suggestions(m, toks) if s.replacement), None)
        if first is None or first.replacement is None:
            continue
        s, e = m.start - ctx.sentence.start, m.end - ctx.sentence.start
        replacement = _with_article(ctx, s, e, first.replacement)
        out.append(
            Edit(
                s,
                e,
                replacement,
                "contested",
                "AC302",
                f"'{m.text}' → '{first.replacement}': the words your group agreed "
                f"({entry.describe()}).",
            )
        )
    return out
