"""The rewrite report for a terminal: side by side, or plain (one column).

Plain mode suits screen readers and small screens: "Was:", "Now:" and "Why:"
lines for each sentence. Side by side puts the original and the rewrite in
two columns. Neither uses colour, so both work with NO_COLOR.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from .rewrite_summary import totals

Files = Sequence[tuple[str, Sequence[Any]]]


def _why(item: Any) -> list[str]:
    return [f"{code}: {reason}" for code, reason in item.reasons]


def still(item: Any) -> list[str]:
    """What the rewritten sentence still needs, one line a finding."""
    return [f"{f.code}: {f.message}" for f in getattr(item, "remaining", ())]


def review_note(item: Any) -> str:
    if getattr(item, "safety", None) == "review":
        return " (read this one first: it changes how the sentence is built)"
    return ""


def render_plain(files: Files) -> str:
    """One column: Was / Now (or Hint) / Why, for each flagged sentence."""
    lines: list[str] = []
    for path, rewrites in files:
        lines.append(f"{path}")
        if not rewrites:
            lines.append("  No sentences need a rewrite.")
        for item in rewrites:
            lines.append(f"  {item.location.describe()}")
            lines.append(f"    Was: {item.original}")
            if item.rewritten is not None:
                lines.append(f"    Now: {item.rewritten}{review_note(item)}")
            else:
                lines.append(f"    Hint: {item.hint or 'Reword this sentence by hand.'}")
            for why in _why(item):
                lines.append(f"    Why: {why}")
            for left in still(item):
                lines.append(f"    Still to fix: {left}")
        lines.append("")
    lines.append(totals(files).line())
    return "\n".join(lines) + "\n"


def render_side_by_side(files: Files, width: int = 100) -> str:
    """Two columns, "Was" on the left and "Suggested" on the right."""
    col = max(20, (width - 7) // 2)
    lines: list[str] = []
    for path, rewrites in files:
        lines.append(path)
        lines.append("=" * min(width, len(path)))
        for item in rewrites:
            new = item.rewritten if item.rewritten is not None else f"(hint) {item.hint}"
            left = textwrap.wrap(item.original, col) or [""]
            right = textwrap.wrap(new, col) or [""]
            lines.append(f"{item.location.describe()}")
            lines.append(f"  {'Was':<{col}} | Suggested")
            for i in range(max(len(left), len(right))):
                a = left[i] if i < len(left) else ""
                b = right[i] if i < len(right) else ""
                lines.append(f"  {a:<{col}} | {b}".rstrip())
            for why in _why(item):
                lines.extend(
                    textwrap.wrap(why, width - 4, initial_indent="  - ", subsequent_indent="    ")
                )
            if review_note(item):
                lines.append(f"  Read this one first:{review_note(item).split(':', 1)[1][:-1]}.")
            for left in still(item):
                lines.extend(
                    textwrap.wrap(
                        f"Still to fix: {left}",
                        width - 4,
                        initial_indent="  - ",
                        subsequent_indent="    ",
                    )
                )
            lines.append("")
        if not rewrites:
            lines.append("No sentences need a rewrite.\n")
    lines.append(totals(files).line())
    return "\n".join(lines) + "\n"
