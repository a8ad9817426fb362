"""Open the word lists that ship with accessicheck.

The project's top-level `wordlists/` folder is packed into the wheel as
`accessicheck/wordlists/` (see `force-include` in pyproject.toml). When
accessicheck runs from a source checkout (an editable install, or `src` on
the path) that folder is not inside the package, so we fall back to the
checkout's own `wordlists/` folder.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources
from pathlib import Path


def open_wordlist(name: str) -> str:
    """The text of a shipped word list, such as "nominalisations.csv"."""
    packed = resources.files("accessicheck").joinpath("wordlists", name)
    if packed.is_file():
        return packed.read_text(encoding="utf-8")
    source = Path(__file__).resolve().parents[3] / "wordlists" / name
    if source.is_file():
        return source.read_text(encoding="utf-8")
    raise FileNotFoundError(
        f"The word list {name!r} is missing from this installation of accessicheck. "
        "Reinstall accessicheck to restore it."
    )


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a shipped word table (CSV with a header), read once."""
    return tuple(csv.DictReader(io.StringIO(open_wordlist(name))))


def column(name: str, key: str) -> frozenset[str]:
    """One column of a shipped word table, as a set ("vague-link-text.csv", "text")."""
    return frozenset(row[key].strip() for row in table(name))


def meeting_jargon() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Meeting-procedure words with a plain way to say each (meeting-jargon.csv).

    Each row: a label, a regular expression, whether the case must match
    ("AOB" must be in capitals), and the plain words.
    """
    return tuple(
        (
            row["label"],
            re.compile(row["pattern"], 0 if row["match_case"] == "yes" else re.IGNORECASE),
            row["plain"],
        )
        for row in table("meeting-jargon.csv")
    )
