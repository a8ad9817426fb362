"""The meeting checklist as Markdown, to share or print.

Headings for each group, a task list ("- [x]" found, "- [ ]" to do) so the
tick boxes work where Markdown task lists do (GitHub, many editors), and the
evidence under each item. Items not needed for this meeting are listed at
the end of each group.
"""

from __future__ import annotations

from ..checklist.model import Checklist, DocumentCheck, Result
from ..core.textsafe import markdown
from . import checklist_words as w


def _escape(text: str) -> str:
    """Keep Markdown from reading characters in quotes as formatting, HTML or links."""
    return markdown(text)


def _item(r: Result) -> list[str]:
    box = "x" if r.status == "found" else " "
    lines = [
        f"- [{box}] **{r.item.id} {_escape(r.item.name)}**: {w.status_phrase(r)}. "
        f"{_escape(r.detail)}"
    ]
    for e in r.evidence[:2]:
        lines.append(f"  - Evidence: “{_escape(e.text)}” ({_escape(e.where())})")
    if r.status in ("missing", "ask"):
        lines.append(f"  - Question: {_escape(r.item.question)}")
        lines.append(f"  - Why: {_escape(r.item.why)} Helps: {_escape(w.helps(r.item.needs))}.")
    return lines


def _check(c: DocumentCheck) -> list[str]:
    box = "x" if c.status == "found" else " "
    lines = [
        f"- [{box}] **{_escape(c.name)}** ({c.need}): {w.status_phrase(c)}. {_escape(c.detail)}"
    ]
    for e in c.evidence[:2]:
        lines.append(f"  - Evidence: “{_escape(e.text)}” ({_escape(e.where())})")
    return lines


def render(checklist: Checklist) -> str:
    """The checklist as a Markdown document."""
    a = checklist.agenda
    title = a.title or "the meeting"
    lines = [f"# Access checklist: {_escape(title)}", ""]
    lines += [f"- **{label}:** {_escape(value)}" for label, value in w.meeting_lines(checklist)]
    lines += ["", w.summary_line(checklist)]
    for problem in checklist.problems:
        lines += ["", f"Could not read everything: {_escape(problem)}"]
    for _group, heading, results in checklist.groups():
        lines += ["", f"## {heading}", ""]
        not_needed = []
        for r in results:
            if r.status == "not-applicable":
                not_needed.append(f"{r.item.id} {_escape(r.item.name)}")
            else:
                lines += _item(r)
        if not_needed:
            lines += ["", f"Not needed for this meeting: {'; '.join(not_needed)}."]
    if checklist.document_checks:
        lines += ["", "## Checks on the papers for the attendees' needs", ""]
        for check in checklist.document_checks:
            lines += _check(check)
    lines += ["", w.outcome_line(checklist)]
    return "\n".join(lines) + "\n"
