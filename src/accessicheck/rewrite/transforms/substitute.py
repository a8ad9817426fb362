"""Plain words for formal words and jargon (AC201, AC202), from the glossary.

The rules' findings carry the replacement already in the right form
("utilised" → "used", "facilitates" → "helps"). A suggestion marked safe is
used as it is. A report-only one is used too when the only thing that stopped
it being safe is the entry's "fine when" note, the note does not name the
word as it is written here, and the first alternative is one word: the
reason then repeats the note so the facilitator can check.
"""

from __future__ import annotations

from ... import glossary
from ...glossary.matcher import Match
from ..edits import Edit
from . import Context

CODES = ("AC201", "AC202")
#: (word's lemma, a word soon after it) where the plain word would not fit:
#: "provide members with an update" cannot become "give members with …".
_LEAVE_ALONE = {("provide", "with"), ("supply", "with"), ("furnish", "with")}


def _real_words(text: str) -> bool:
    """Every word of the replacement is an English word ("abouting" is not)."""
    from wordfreq import zipf_frequency

    return all(zipf_frequency(w, "en") > 0 for w in text.lower().split())


def _awkward(ctx: Context, start: int, end: int, lemma: str) -> bool:
    after = ctx.text[end:].lower().split()[:5]
    return any((lemma, w) in _LEAVE_ALONE for w in after)


def _match_at(ctx: Context, start: int, end: int) -> Match | None:
    g = glossary.for_config(ctx.config)
    for m in g.uses(ctx.sentence.block):
        if m.start == start and m.end == end:
            return m
    return None


def edits(ctx: Context) -> list[Edit]:
    out: list[Edit] = []
    for finding in ctx.with_code(*CODES):
        span = ctx.local(finding)
        first = next((s for s in finding.suggestions if s.replacement), None)
        if span is None or first is None or first.replacement is None:
            continue
        word = ctx.text[span[0] : span[1]]
        lemma = next((t.lemma_.lower() for t in ctx.sentence.span if t.text == word), word)
        if not _real_words(first.replacement) or _awkward(ctx, *span, lemma):
            continue
        note = ""
        if not first.safe:
            m = _match_at(ctx, *finding.span)  # type: ignore[arg-type]
            if m is None or not _safe_enough(m, word, first.replacement):
                continue
            note = f" Check: it is fine {m.entry.fine_when.rstrip('.')}."
        out.append(
            Edit(
                span[0],
                span[1],
                first.replacement,
                "substitute",
                finding.code,
                f"'{word}' → '{first.replacement}': a plainer word.{note}",
            )
        )
    return out


def _safe_enough(m: Match, word: str, replacement: str) -> bool:
    """A report-only suggestion we can still apply: see the module docstring."""
    entry = m.entry
    if not entry.fine_when or not entry.plain_alternatives:
        return False
    if len(entry.plain_alternatives[0].split()) != 1 or len(replacement.split()) != 1:
        return False
    return word.lower() not in entry.fine_when.lower()
