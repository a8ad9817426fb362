"""Contested and hurtful terms → the group's own words (AC301, AC302).

Only a decision the group recorded in its own glossary is applied: an entry
from a group glossary layer (not the shipped lists) with status "avoid" and
plain alternatives. Its first alternative replaces the term, in the term's
form. The shipped lists' alternatives stay as hints, because the right words
depend on the people concerned.
"""

from __future__ import annotations

from ... import glossary
from ...glossary import messages
from ..edits import Edit
from . import Context

SAFETY = "safe"


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
        first = next((s for s in messages.suggestions(m, toks) if s.replacement), None)
        if first is None or first.replacement is None:
            continue
        s, e = m.start - ctx.sentence.start, m.end - ctx.sentence.start
        out.append(
            Edit(
                s,
                e,
                first.replacement,
                "contested",
                "AC302",
                f"'{m.text}' → '{first.replacement}': the words your group agreed "
                f"({entry.describe()}).",
            )
        )
    return out
