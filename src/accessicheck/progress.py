"""A progress bar on stderr, for long runs on a terminal only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

STAGES = {"reading": "Reading files", "analysing": "Reading the text", "checking": "Checking"}


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
