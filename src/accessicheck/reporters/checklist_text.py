"""The meeting checklist as plain text, for the terminal, screen readers and logs.

One idea a line, no tables, no colour. Each item starts with its status in
words ("Found", "Missing", "Ask") so it makes sense read aloud on its own;
items not needed for this kind of meeting are listed together at the end of
each group.
"""

from __future__ import annotations

from ..checklist.model import Checklist, DocumentCheck, Result
from . import checklist_words as w


def _result_lines(r: Result) -> list[str]:
    lines = [f"  {w.status_phrase(r)}: {r.item.id} {r.item.name}. {r.detail}".rstrip()]
    for e in r.evidence[:2]:
        lines.append(f"    Evidence: {w.evidence_line(e)}")
    if r.status in ("missing", "ask"):
        lines.append(f"    Why: {r.item.why}")
        lines.append(f"    Helps: {w.helps(r.item.needs)}.")
    return lines


def _check_lines(c: DocumentCheck) -> list[str]:
    lines = [f"  {w.status_phrase(c)} ({c.need}): {c.name}. {c.detail}"]
    for e in c.evidence[:2]:
        lines.append(f"    Evidence: {w.evidence_line(e)}")
    return lines


def render(checklist: Checklist) -> str:
    """The whole checklist as plain text."""
    lines = ["accessicheck meeting checklist"]
    lines += [f"{label}: {value}" for label, value in w.meeting_lines(checklist)]
    lines.append(w.summary_line(checklist))
    for problem in checklist.problems:
        lines.append(f"Could not read everything: {problem}")
    for _group, title, results in checklist.groups():
        lines.append("")
        lines.append(title)
        not_needed = []
        for r in results:
            if r.status == "not-applicable":
                not_needed.append(f"{r.item.id} {r.item.name}")
                continue
            lines += _result_lines(r)
        if not_needed:
            lines.append(f"  Not needed for this meeting: {'; '.join(not_needed)}.")
    if checklist.document_checks:
        lines.append("")
        lines.append("Checks on the papers for the attendees' needs")
        for check in checklist.document_checks:
            lines += _check_lines(check)
    lines.append("")
    lines.append(w.outcome_line(checklist))
    return "\n".join(lines) + "\n"
