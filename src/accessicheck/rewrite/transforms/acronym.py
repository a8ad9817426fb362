"""Spell out an acronym at its first use (AC204): "ICB" → "Integrated Care Board (ICB)".

The long form comes from the glossary through the rule's suggestion, so the
group's own glossary decides what an acronym stands for. An acronym already
in brackets ("Dr Whitfield (ICB)") is left to the hint: spelling it out there
would give brackets inside brackets.
"""

from __future__ import annotations

from ..edits import Edit
from . import Context


def edits(ctx: Context) -> list[Edit]:
    out: list[Edit] = []
    for finding in ctx.with_code("AC204"):
        span = ctx.local(finding)
        first = next((s for s in finding.suggestions if s.replacement), None)
        if span is None or first is None or first.replacement is None:
            continue
        short = ctx.text[span[0] : span[1]]
        if ctx.text[span[0] - 1 : span[0]] == "(" and ctx.text[span[1] : span[1] + 1] == ")":
            continue
        out.append(
            Edit(
                span[0],
                span[1],
                first.replacement,
                "acronym",
                "AC204",
                f"'{short}' spelled out the first time it is used.",
            )
        )
    return out
