"""Open the word lists that ship with accessicheck.

The project's top-level `wordlists/` folder is packed into the wheel as
`accessicheck/wordlists/` (see `force-include` in pyproject.toml). When
accessicheck runs from a source checkout (an editable install, or `src` on
the path) that folder is not inside the package, so we fall back to the
checkout's own `wordlists/` folder.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def open_wordlist(name: str) -> str:
    """The text of a shipped word list, such as "nominalisations.csv"."""
    packed = resources.files("accessicheck").joinpath("wordlists", name)
    if packed.is_file():
        return packed.read_text(encoding="utf-8")
    source = Path(__file__).resolve().parents[2] / "wordlists" / name
    if source.is_file():
        return source.read_text(encoding="utf-8")
    raise FileNotFoundError(
        f"The word list {name!r} is missing from this installation of accessicheck. "
        "Reinstall accessicheck to restore it."
    )
