"""Syllable counts, offline and fast.

The counts follow textstat's method: the CMU Pronouncing Dictionary first,
then Pyphen's hyphenation for words it does not know (`hyphenation`). The dictionary comes
from a table built by `scripts/build_syllables.py` and shipped in the package,
which loads in a few hundredths of a second and needs no network.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from importlib import resources

from ..core import word_table
from . import hyphenation

_SPLIT = re.compile(r"[-‐‑–]+")


@cache
def table() -> Mapping[str, int]:
    """The word → syllables table (lower-case words), kept as a file by the commands
    (`word_table`)."""
    data = resources.files("accessicheck.data").joinpath("syllables.tsv.gz")
    try:  # an installed file: its size and time say whether it changed
        st = os.stat(data)  # type: ignore[call-overload]
        source = f"{data}:{st.st_size}:{st.st_mtime_ns}"
    except TypeError:  # inside a zip: read it to know
        source = hashlib.sha256(data.read_bytes()).hexdigest()
    return word_table.cached("syllables", source, lambda: _read(data.read_bytes()))


def _read(raw: bytes) -> dict[str, int]:
    lines = [ln for ln in gzip.decompress(raw).decode("utf-8").splitlines() if ln[:1] != "#"]
    # "word<TAB>n" lines, read in one go as word, n, word, n ...: about a third
    # faster than a line at a time, and every cold start pays it.
    cells = "\t".join(ln for ln in lines if ln).split("\t")
    return dict(zip(cells[0::2], map(int, cells[1::2]), strict=True))


@cache
def _hyphen_points() -> Callable[[str], list[int]]:
    """Where a word can be hyphenated: our quicker reader of Pyphen's patterns
    (`hyphenation`), or Pyphen itself if its file cannot be read that way."""
    if hyphenation.ready():
        return hyphenation.points
    import pyphen

    return pyphen.Pyphen(lang="en_US").positions  # type: ignore[no-any-return]


@lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables in one word. Hyphenated words count each part."""
    word = word.lower().strip("'’")
    if not word:
        return 0
    known = table().get(word.replace("’", "'"))
    if known is not None:
        return max(known, 1)
    parts = [p for p in _SPLIT.split(word) if p]
    if len(parts) > 1:
        return sum(count(p) for p in parts)
    return len(_hyphen_points()(word)) + 1
