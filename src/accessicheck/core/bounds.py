"""Limits that keep one hostile or unusual file from stopping or stalling a run.

Every file gets its own bounds: a number of seconds for reading it and as many
again for analysing it, a cap on the text taken from it, and pieces of at most
`CHUNK_CHARS` characters for the language model (a long paragraph is split at
a sentence end or a space, never refused). Passing a bound is reported as a
load problem (AC907 too much text, AC908 too slow, AC909 a check stopped
early); the rest of the file is still checked, and so are the other files.

`defuse` makes text safe for the tokenizer without moving any character: the
tokenizer takes time that grows with the square of a run of punctuation with
no spaces in it ("=" * 20,000 takes minutes), so long runs are broken up with
spaces. Offsets into the original text stay valid because the length never
changes.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from .model import LoadProblem

#: Seconds to read one file, and again to analyse it (setting `file_seconds`).
DEFAULT_FILE_SECONDS = 60.0
#: The most text taken from one file (about 300 pages of prose).
MAX_TEXT_CHARS = 1_000_000
#: The longest piece of text handed to the language model at once.
CHUNK_CHARS = 5_000
#: A run of punctuation and symbols longer than this is broken up with spaces.
MAX_PUNCTUATION_RUN = 8
#: The longest stretch without a space that the tokenizer sees.
MAX_WORD_CHARS = 100

_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCTUATION_RUN + 1},}}")
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
_SENTENCE_END = re.compile(r"[.!?;:]\s")

T = TypeVar("T")


class Clock:
    """A deadline for one file: `over()` says when its seconds are spent."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def over(self) -> bool:
        return self.elapsed() > self.seconds


_SURROGATE = re.compile("[\ud800-\udfff]")


def defuse(text: str) -> str:
    """`text` with long runs of punctuation and very long "words" broken by spaces.

    A lone surrogate (half of a character pair, which no UTF-8 text can hold
    and the language model cannot read) becomes U+FFFD, the replacement
    character. The result has exactly the same length as `text`: every
    character is where it was, or has become a space or U+FFFD.
    """
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if len(text) <= MAX_PUNCTUATION_RUN:
        return text

    def punctuation(match: re.Match[str]) -> str:
        run = match.group()
        keep = 3
        return run[:keep] + " " * (len(run) - keep)

    def word(match: re.Match[str]) -> str:
        chars = list(match.group())
        for i in range(MAX_WORD_CHARS, len(chars), MAX_WORD_CHARS):
            chars[i] = " "
        return "".join(chars)

    text = _PUNCTUATION_RUN.sub(punctuation, text)
    return _LONG_WORD.sub(word, text)


def split_points(text: str, limit: int = CHUNK_CHARS) -> list[int]:
    """Where to cut `text` into pieces of at most `limit` characters.

    Cuts fall after a sentence end if there is one in the second half of the
    window, else after a space, else exactly at `limit`. The pieces joined
    again give `text` back. Returns the end of each piece.
    """
    ends: list[int] = []
    start = 0
    n = len(text)
    while n - start > limit:
        window = text[start : start + limit]
        half = limit // 2
        cut = -1
        for match in _SENTENCE_END.finditer(window, half):
            cut = match.end()
        if cut <= 0:
            space = max(window.rfind(" ", half), window.rfind("\n", half))
            cut = space + 1 if space > 0 else limit
        start += cut
        ends.append(start)
    ends.append(n)
    return ends


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """`text` in pieces of at most `limit` characters (see `split_points`)."""
    out, start = [], 0
    for end in split_points(text, limit):
        out.append(text[start:end])
        start = end
    return out


def take_within(items: Iterable[T], clock: Clock, every: int = 50) -> Iterator[T]:
    """The items until `clock` runs out, checking every `every` items.

    Use `clock.over()` afterwards to tell whether everything was taken.
    """
    for i, item in enumerate(items):
        if i % every == 0 and i and clock.over():
            return
        yield item


# --- the problems a bound reports ----------------------------------------------------------


def too_much_text(kept: int, what: str = "") -> LoadProblem:
    where = f" {what}" if what else ""
    return LoadProblem(
        "AC907",
        f"The file has more text{where} than we check in one file, so we checked the first "
        f"{kept:,} characters and stopped there.",
        "Split it into smaller files and check each one.",
    )


def too_slow(seconds: float, done: str) -> LoadProblem:
    return LoadProblem(
        "AC908",
        f"The file took too long to check (the limit is {seconds:g} seconds), so we stopped "
        f"after {done}. The rest was not checked.",
        "Split it into smaller files and check each one, or raise the setting `file_seconds`.",
    )


def stopped_early(check: str, why: str) -> LoadProblem:
    return LoadProblem(
        "AC909",
        f"The {check} stopped early because {why}. What it found so far is reported; "
        "there may be more.",
        "Check the rest by hand, or split the file and check each part.",
    )


def data_kb() -> int:
    """This process's private writable memory in kB (VmData), or 0 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def limit_memory(extra_mb: int) -> tuple[int, int] | None:
    """Let this process use at most `extra_mb` MB more private memory than it has now.

    "Has now" is its data size (VmData), which includes memory it freed but
    kept, so the cap is that much looser than `extra_mb` alone. Returns the
    limits it replaced, or None when the system does not say how much memory
    a process has (then nothing is limited).
    """
    base = data_kb() * 1024
    if not base:
        return None
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    limit = base + extra_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    return soft, hard


@contextlib.contextmanager
def memory_cap(extra_mb: int | None) -> Iterator[None]:
    """Within the block, this process may use at most `extra_mb` MB more private
    memory than it has now (`limit_memory`); past it, allocations raise MemoryError.

    One file is read and checked at a time and its analysis let go after, so a
    cap set before each file bounds what that file may use. Only where the
    system says how much memory a process has (Linux); elsewhere, no cap.
    """
    before = limit_memory(extra_mb) if extra_mb else None
    try:
        yield
    finally:
        if before is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_DATA, before)


def out_of_memory(megabytes: int) -> LoadProblem:
    """AC905 for a file that needed more memory than one file may use."""
    return LoadProblem(
        "AC905",
        f"Checking the file needed more memory than one file may use ({megabytes:,} MB), "
        "so we stopped checking it.",
        "Split it into smaller files and check each one, or raise the setting `file_memory_mb`.",
    )
