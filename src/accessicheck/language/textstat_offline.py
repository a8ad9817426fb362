"""Make textstat work with no network.

textstat 0.7.13 calls `nltk.download("cmudict")` the first time it counts
English syllables, which fails (or hangs) on a machine with no network.
`install()` points textstat at accessicheck's shipped syllable table instead,
so textstat gives the same counts as accessicheck's own readability code.

accessicheck's readability module does not import textstat at run time
(importing it also imports nltk, about 0.4 s); this shim is for the tests
that check our formulas against textstat, and for anyone who uses textstat
beside accessicheck.
"""

from __future__ import annotations

from typing import Any

from . import syllables


class _SyllableTable:
    """Looks like nltk's cmudict: word → list of pronunciations."""

    def __getitem__(self, word: str) -> list[list[str]]:
        n = syllables.table()[word]
        return [["AH0"] * n]


def install() -> Any:
    """Patch textstat so it never downloads; return the textstat module."""
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    def get_cmudict(lang: str) -> _SyllableTable | None:
        return _SyllableTable() if lang.split("_")[0] == "en" else None

    _get_cmudict.get_cmudict = get_cmudict
    _count_syllables.get_cmudict = get_cmudict  # imported by name there
    _count_syllables.count_syllables.cache_clear()

    import textstat

    return textstat
