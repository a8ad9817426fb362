"""Redundant phrases: "end result" → "result", "in the process of" → (nothing).

The phrases are in wordlists/redundant-phrases.csv (phrase, plain, source,
licence). An empty `plain` means the words can simply go. None of them is a
glossary term: those are found by AC201 and changed by `substitute`.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache

from ...core.wordlists import open_wordlist
from .. import quotes
from ..edits import Edit
from . import Context

SAFETY = "safe"

WORDLIST = "redundant-phrases.csv"
CODE = "AC201"


@cache
def phrases() -> list[tuple[str, str]]:
    """(phrase, plain) pairs, longest phrase first."""
    rows = csv.DictReader(io.StringIO(open_wordlist(WORDLIST)))
    pairs = [(r["phrase"].strip(), r["plain"].strip()) for r in rows]
    return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))


@cache
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in phrases())
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", re.IGNORECASE)


def _plain_for(found: str) -> str:
    key = " ".join(found.lower().split())
    return next(plain for phrase, plain in phrases() if phrase == key)


def edits(ctx: Context) -> list[Edit]:
    text = ctx.text
    out: list[Edit] = []
    for m in _pattern().finditer(text):
        start, end = m.start(), m.end()
        if quotes.inside(text, start, end):
            continue
        found, plain = m.group(), _plain_for(m.group())
        capital = False
        if plain:
            if found[:1].isupper():
                plain = plain[:1].upper() + plain[1:]
            reason = f"'{found}' → '{plain}': fewer words, same meaning."
        else:
            reason = f"'{found}' removed: the words add nothing."
            rest = text[end:]
            gap = re.match(r",?\s*", rest)
            end += gap.end() if gap else 0
            capital = start == 0
            if end >= len(text) or not text[end : end + 1].isalnum():
                continue  # nothing sensible would follow
        out.append(Edit(start, end, plain, "redundant", CODE, reason, capitalise_next=capital))
    return out
