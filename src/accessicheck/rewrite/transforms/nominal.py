"""A verb hidden in a noun (AC108): "made a decision" → "decided".

The rule works out the plain verb in the light verb's tense; phrases with an
adjective ("made a final decision") carry no replacement and are left as a
hint.
"""

from __future__ import annotations

from ..edits import Edit
from . import Context

SAFETY = "safe"


def edits(ctx: Context) -> list[Edit]:
    out: list[Edit] = []
    for finding in ctx.with_code("AC108"):
        span = ctx.local(finding)
        first = next((s for s in finding.suggestions if s.replacement), None)
        if span is None or first is None or first.replacement is None:
            continue
        phrase = ctx.text[span[0] : span[1]]
        out.append(
            Edit(
                span[0],
                span[1],
                first.replacement,
                "nominal",
                "AC108",
                f"'{phrase}' → '{first.replacement}': the verb itself is shorter.",
            )
        )
    return out
