"""Passive to active when the sentence says who did it (AC103).

"The report was written by the panel." → "The panel wrote the report."
The sentence is built by the passive-voice rule's own `active_form`, which
only answers for simple sentences whose agent names people. The result
replaces the whole sentence, so the engine applies it first and moves the
other edits into it (see `engine`).
"""

from __future__ import annotations

from ...rules.passive_voice import active_form, is_passive
from .. import quotes
from ..edits import Edit
from . import Context


def edits(ctx: Context) -> list[Edit]:
    if ctx.parse is None or not ctx.with_code("AC103") or quotes.spans(ctx.text):
        return []
    if len(list(ctx.parse.sents)) != 1:
        return []
    for tok in ctx.parse:
        if tok.tag_ != "VBN" or not is_passive(tok):
            continue
        if any(c.dep_ == "conj" for c in tok.children):
            continue  # "was launched by the council and will close": a shared subject
        active = active_form(tok)
        if not active or active == ctx.text:
            continue
        if ctx.text.rstrip()[-1:] in ".!?" and active[-1:] not in ".!?":
            active += ctx.text.rstrip()[-1]
        return [
            Edit(
                0,
                len(ctx.text),
                active,
                "passive",
                "AC103",
                "Active voice: the sentence now starts with who does it.",
            )
        ]
    return []
