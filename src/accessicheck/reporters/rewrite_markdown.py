"""The rewrite report as Markdown: a section per file, a list item per sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.textsafe import markdown
from .rewrite_summary import totals


def _quote(text: str) -> str:
    """A paper's text, escaped so it shows as written (no live HTML or links)."""
    return markdown(text)


def render(files: Sequence[tuple[str, Sequence[Any]]]) -> str:
    lines = ["# Suggested rewrites", "", totals(files).line(), ""]
    for path, rewrites in files:
        lines += [f"## {_quote(path)}", ""]
        if not rewrites:
            lines += ["No sentences need a rewrite.", ""]
        for item in rewrites:
            lines.append(f"### {item.location.describe().capitalize()}")
            lines += ["", f"- **Was:** {_quote(item.original)}"]
            if item.rewritten is not None:
                lines.append(f"- **Suggested:** {_quote(item.rewritten)}")
                if getattr(item, "safety", None) == "review":
                    lines.append("- **Read this one first:** it changes how the sentence is built.")
            else:
                lines.append(f"- **Hint:** {_quote(item.hint or 'Reword this sentence by hand.')}")
            lines.append("- **Why:**")
            lines += [f"  - {code}: {_quote(reason)}" for code, reason in item.reasons]
            left = getattr(item, "remaining", ())
            if left:
                lines.append("- **Still to fix:**")
                lines += [f"  - {f.code}: {_quote(f.message)}" for f in left]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
