"""A verb hidden in a noun (AC108): "made a decision" → "decided".

The rule works out the plain verb in the light verb's tense; phrases with an
adjective ("made a final decision") carry no replacement and are left as a
hint. Nor is a phrase changed when the noun carries something the verb
cannot: a number ("made six recommendations which are set out …" is not
"recommended which are …"), a clause about the noun ("recommendations that
…"), or, for verbs that need an object, only "to" after it ("made a
recommendation to the board" is not "recommended to the board").
"""

from __future__ import annotations

from ..edits import Edit, word_set
from . import Context

SAFETY = "safe"
#: Plain verbs that need their own object: "recommended to the board" is wrong.
NEED_OBJECT = frozenset({"recommend", "suggest", "request", "mention", "propose"})
_NUMBERS = word_set("two three four five six seven eight nine ten eleven twelve several many some")


def _loses_something(ctx: Context, start: int, end: int, replacement: str) -> bool:
    phrase = ctx.text[start:end].lower().split()
    if any(w in _NUMBERS or w.isdigit() for w in phrase):
        return True
    after = ctx.text[end:].lower().split()
    nxt = after[0].strip(",.;:") if after else ""
    if nxt in {"which", "that", "who"}:
        return True
    verb = replacement.lower().split()[-1] if replacement.split() else ""
    needs = any(verb.startswith(v) for v in NEED_OBJECT)
    return needs and nxt in {"to", "about", "regarding", "on", "for", ""}


def edits(ctx: Context) -> list[Edit]:
    out: list[Edit] = []
    for finding in ctx.with_code("AC108"):
        span = ctx.local(finding)
        first = next((s for s in finding.suggestions if s.replacement), None)
        if span is None or first is None or first.replacement is None:
            continue
        phrase = ctx.text[span[0] : span[1]]
        if _loses_something(ctx, span[0], span[1], first.replacement):
            continue
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
