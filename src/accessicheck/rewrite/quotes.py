"""Quotations and mentions: text the rewriter never changes.

A quotation is text in double quotes (straight or curly) or in single
quotes that are not apostrophes, the same shapes the glossary treats as
mentions ("we will stop saying 'service users'").
"""

from __future__ import annotations

import re
from collections import Counter

_QUOTATION = re.compile(
    r"“[^”\n]{1,400}”|\"[^\"\n]{1,400}\"|‘[^’\n]{1,400}’(?!\w)|(?<!\w)'[^'\n]{1,400}'(?!\w)"
)


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation in `text`, quote marks included."""
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]


def inside(text: str, start: int, end: int) -> bool:
    """True when `start:end` touches a quotation."""
    return any(s < end and start < e for s, e in spans(text))


def quoted_texts(text: str) -> Counter[str]:
    """The quotations in `text`, as a multiset (for the safety check)."""
    return Counter(text[s:e].strip("\"'“”‘’") for s, e in spans(text))
