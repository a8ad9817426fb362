"""Reporters turn a `Report` into text. They only format; they never analyse.

Each module has `render(report, ...) -> str` (or bytes, for a Word file).
Only `terminal` imports rich.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    """How the reader asked to see a report (options, not content)."""

    #: Show findings at the lowest level ("note") as well.
    show_notes: bool = False
    #: Width of the terminal, in columns.
    width: int = 100
    #: Colour is allowed (False when NO_COLOR is set).
    color: bool = True
