"""Figures shared by the rewrite reporters: how many sentences, rewrites, passes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Totals:
    """Counts over every flagged sentence of a run."""

    flagged: int
    rewritten: int
    failed_safety: int

    def line(self) -> str:
        if not self.flagged:
            return "No sentences need a rewrite."
        one = self.flagged == 1
        text = (
            f"{counted(self.flagged, 'sentence')} {'breaks' if one else 'break'} a rule. "
            f"{self.rewritten} of {'it' if one else 'them'} "
            f"{'has' if self.rewritten == 1 else 'have'} a suggested rewrite."
        )
        if self.failed_safety:
            text += (
                f" {counted(self.failed_safety, 'rewrite')} failed the safety checks, so "
                f"{'that sentence keeps' if self.failed_safety == 1 else 'those sentences keep'}"
                " a hint instead."
            )
        return text


def counted(n: int, noun: str) -> str:
    """ "1 sentence", "2 sentences"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def totals(files: Sequence[tuple[str, Sequence[Any]]]) -> Totals:
    items = [r for _, rewrites in files for r in rewrites]
    return Totals(
        flagged=len(items),
        rewritten=sum(1 for r in items if r.rewritten is not None),
        failed_safety=sum(1 for r in items if r.passed_safety is False),
    )
