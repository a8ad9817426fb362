"""A progress bar on stderr, for long runs on a terminal only.

The bar moves within one file: "analysing" counts blocks of text and
"checking" counts rules run, so a single long paper shows progress too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

STAGES = {"reading": "Reading files", "analysing": "Reading the text", "checking": "Checking"}

#: Report formats that never get a bar: plain text is for screen readers and
#: for logs; the data formats are for other programs.
QUIET_FORMATS = frozenset({"plain", "json", "sarif"})


def wanted(fmt: str, stderr: TextIO, *, asked_not_to: bool = False) -> bool:
    """Whether to show the bar: on a terminal, with colour allowed, not for plain or data."""
    if asked_not_to or fmt in QUIET_FORMATS or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    return stderr.isatty()


@contextmanager
def progress_bar(show: bool) -> Iterator[Callable[[str, int, int], None]]:
    """Yield a progress(stage, done, total) callback; a no-op when not shown."""
    if not show:
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update
