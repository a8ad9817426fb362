"""Spell out an acronym at its first use (AC204): "ICB" → "Integrated Care Board (ICB)".

The long form comes from the glossary through the rule's suggestion, so the
group's own glossary decides what an acronym stands for. An acronym already
in brackets ("Dr Whitfield (ICB)") is left to the hint: spelling it out there
would give brackets inside brackets. Acronyms in the setting
`well_known_acronyms` ("NHS", "GP") are left as they are. Nor is an acronym spelled out inside a
name: "Prostate Cancer UK", "NHS England" and "Leeds CIL" are names, and the
long form would break them ("National Health Service (NHS) England").
"""

from __future__ import annotations

from ..edits import Edit, word_set
from . import Context

SAFETY = "safe"


#: Ordinary words that open a sentence with a capital.
_OPENERS = word_set(
    """a an and as at but by for from if in it its of on our so the their there these this
    those to we when where while with your you"""
)


def _titled(word: str) -> bool:
    return bool(word) and word[:1].isupper() and word not in {"I", "A"}


def in_name(text: str, start: int, end: int) -> bool:
    """True when the word before or after the acronym is a capitalised name word."""
    before = text[:start].rstrip().split()
    after = text[end:].lstrip().split()
    prev = before[-1] if before else ""
    nxt = after[0].strip(".,;:!?)’'\"") if after else ""
    # A capital at the start of the sentence is only the sentence's start,
    # unless that first word is itself a name ("Leeds CIL").
    prev_is_start = (
        not before or prev[-1:] in ".!?:" or (len(before) == 1 and prev.lower() in _OPENERS)
    )
    if prev and not prev_is_start and _titled(prev.strip("(‘“'\"")) and prev[-1:] not in ",;":
        return True
    return bool(nxt) and _titled(nxt) and text[end : end + 1] == " "


def edits(ctx: Context) -> list[Edit]:
    out: list[Edit] = []
    well_known = {str(a) for a in ctx.config.get("well_known_acronyms", [])}
    for finding in ctx.with_code("AC204"):
        span = ctx.local(finding)
        first = next((s for s in finding.suggestions if s.replacement), None)
        if span is None or first is None or first.replacement is None:
            continue
        short = ctx.text[span[0] : span[1]]
        if short.rstrip("s") in well_known:
            continue  # "NHS", "GP": the setting well_known_acronyms says everyone knows them
        if ctx.text[span[0] - 1 : span[0]] == "(" and ctx.text[span[1] : span[1] + 1] == ")":
            continue
        if in_name(ctx.text, *span):
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
