"""The "Words we use in this meeting" handout as Markdown.

One heading per word (so screen reader users can jump between words), the
long form of an acronym in bold, then the explanation. Plain text with no
tables or colour, so it prints and converts well at any size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.textsafe import markdown

if TYPE_CHECKING:
    from ..glossary.handout import Handout


def escape(text: str) -> str:
    """Text with Markdown and HTML characters escaped, so it shows as written."""
    return markdown(" ".join(text.split()))


def render(handout: Handout) -> str:
    """The handout as a Markdown document."""
    lines = [f"# {escape(handout.title)}", "", escape(handout.intro), ""]
    if not handout.items:
        lines += ["None of the glossary's words are in these papers.", ""]
    for item in handout.items:
        lines += [f"## {escape(item.term)}", ""]
        parts = []
        if item.expansion:
            parts.append(f"**{escape(item.expansion)}.**")
        if item.explanation:
            parts.append(escape(item.explanation))
        lines += [" ".join(parts), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
