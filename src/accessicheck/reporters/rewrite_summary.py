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
        return (
            f"{self.flagged} sentence(s) break a rule; {self.rewritten} have a suggested "
            f"rewrite; {self.failed_safety} rewrite(s) failed the safety checks and were "
            "dropped (those keep a hint)."
        )


def totals(files: Sequence[tuple[str, Sequence[Any]]]) -> Totals:
    items = [r for _, rewrites in files for r in rewrites]
    return Totals(
        flagged=len(items),
        rewritten=sum(1 for r in items if r.rewritten is not None),
        failed_safety=sum(1 for r in items if r.passed_safety is False),
    )
