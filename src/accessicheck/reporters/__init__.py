"""Reporters turn a `Report` into text. They only format; they never analyse.

Each module has `render(report, ...) -> str` (or bytes, for a Word file).
The reports people read (terminal, plain, html, report_docx, report_markdown)
are all made from `digest`, which decides what comes first and groups
repeats; JSON and SARIF keep every finding. Only `terminal` imports rich.
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
