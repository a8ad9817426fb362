"""Where an English word can be hyphenated, read from Pyphen's en_US patterns.

Syllable counts use the hyphenation points of a word the pronouncing
dictionary does not know, as textstat does (`syllables`). Pyphen gives the
same points, but getting it ready (importing it and reading its 11,000
patterns) took about 0.06 to 0.09 s of every start of the command. This
finds the same patterns in a few milliseconds, working out each one's
numbers only when a word first needs them, and applies them with Frank
Liang's method as Pyphen does. Tests compare the patterns and the
points with Pyphen's own on tens of thousands of words.

Only plain patterns are read: the en_US file has none of the other kinds
(non-standard hyphenation, `^^` escapes). A file that has them is refused,
and `syllables` then uses Pyphen itself.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

#: Lines of the file that are settings or comments, not patterns (as Pyphen skips them).
_IGNORED = (
    "%",
    "#",
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
)
#: A pattern line: not a setting or comment, and a value 1 to 9 somewhere (Pyphen
#: also skips lines whose values are all 0).
_PATTERN_LINE = re.compile(
    r"^[ \t\r]*(?!" + "|".join(map(re.escape, _IGNORED)) + r")(\S*[1-9]\S*)[ \t\r]*$",
    re.MULTILINE,
)
_DIGIT = re.compile(r"\d")
_NO_DIGITS = str.maketrans("", "", "0123456789")
#: The fewest letters before the first point and after the last (Pyphen's defaults).
LEFT = RIGHT = 2


class NotPlainPatterns(ValueError):
    """The pattern file has kinds of pattern this reader does not handle."""


class Patterns:
    """A hyphenation file's patterns, each read when a word first meets it.

    Finding the lines and their letters takes a few C-level passes over the
    whole file; a pattern's numbers are worked out only when a word needs them.
    """

    def __init__(self, text: str) -> None:
        body = text.split("\n", 1)[1] if "\n" in text else ""  # line 1 names the encoding
        lines = _PATTERN_LINE.findall(body)
        joined = "\n".join(lines)
        if "/" in joined or "^^" in joined:
            raise NotPlainPatterns("non-standard hyphenation or ^^ escapes")
        letters = joined.translate(_NO_DIGITS).split("\n") if lines else []
        #: letters → the pattern's line (a later line wins, as in Pyphen).
        self.lines: dict[str, str] = dict(zip(letters, lines, strict=True))
        self.longest = max(map(len, self.lines), default=0)
        self._read: dict[str, tuple[int, tuple[int, ...]]] = {}

    def get(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        """(offset of the first value, values) of the pattern with these letters, or None."""
        found = self._read.get(letters)
        if found is None:
            line = self.lines.get(letters)
            if line is None:
                return None
            found = self._read[letters] = values_of(line)
        return found


def values_of(pattern: str) -> tuple[int, tuple[int, ...]]:
    """ ".ach4" → (4, (4,)): where the first value sits, and the values up to the last."""
    letters = pattern.translate(_NO_DIGITS)
    values = [0] * (len(letters) + 1)
    for n, digit in enumerate(_DIGIT.finditer(pattern)):
        values[digit.start() - n] = int(digit.group())
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


@cache
def _patterns() -> Patterns:
    """Pyphen's en_US patterns."""
    # Found without importing Pyphen, which looks through all its dictionaries.
    spec = importlib.util.find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyphen")
    folder = Path(next(iter(spec.submodule_search_locations))) / "dictionaries"
    data = (folder / "hyph_en_US.dic").read_bytes()
    encoding = data.split(b"\n", 1)[0].decode("ascii").strip() or "utf-8"
    return Patterns(data.decode(encoding))


def points(word: str, patterns: Patterns | None = None) -> list[int]:
    """Where a word can be hyphenated: "hyphenation" → [2, 6] ("hy-phen-ation").

    As Pyphen's `Pyphen(lang="en_US").positions(word)`: at least two letters
    before the first point and after the last.
    """
    if patterns is None:
        patterns = _patterns()
    longest = patterns.longest
    word = word.lower()
    dotted = f".{word}."
    size = len(dotted)
    weights = [0] * (size + 1)
    for i in range(size - 1):
        for j in range(i + 1, min(i + longest, size) + 1):
            found = patterns.get(dotted[i:j])
            if found is None:
                continue
            offset, values = found
            at = i + offset
            for k, value in enumerate(values[: size + 1 - at], start=at):
                if value > weights[k]:
                    weights[k] = value
    last = len(word) - RIGHT
    return [i - 1 for i, w in enumerate(weights) if w % 2 and LEFT <= i - 1 <= last]


def ready() -> bool:
    """Whether the patterns can be read here (else use Pyphen itself)."""
    try:
        _patterns()
    except (OSError, ModuleNotFoundError, UnicodeDecodeError, ValueError):
        return False
    return True
