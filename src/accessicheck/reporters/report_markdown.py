"""The `check` report as Markdown (`check -o report.md`), from the same digest.

Headings for the report and each paper, the summary as a table, then the
groups to fix first as a numbered list and the rest as a bulleted list.
Text from the papers is escaped so Markdown never reads it as formatting.
"""

from __future__ import annotations

from ..core.model import Severity
from ..engine.report import Report
from . import View
from . import digest as d
from . import words as w

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _escape(text: str) -> str:
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "|", "#"):
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


def _age(r: object) -> str:
    scores = r.scores  # type: ignore[attr-defined]
    if not r.readable:  # type: ignore[attr-defined]
        return "could not be read"
    if scores is None or scores.reading_age is None:
        return "no text to score"
    return "too short to score" if scores.too_short else f"about {scores.reading_age:.0f}"


def _head(g: d.Group) -> str:
    word = w.LABEL[g.severity]
    return f"**{word}** {_escape(w.group_head(g)[len(word) :])}"


def render(report: Report, view: View | None = None) -> str:
    dg = d.build(report, view)
    lines = ["# Accessibility report", "", w.summary_line(report)]
    if dg.hidden_notes:
        lines += ["", f"{w.capital(d.notes_phrase(dg.hidden_notes))}."]
    lines += [
        "",
        "## Summary",
        "",
        "| Paper | Reading age | Errors | Warnings | Notes |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for p in dg.papers:
        counts = " | ".join(str(p.counts[s]) for s in SEVERITIES)
        lines.append(f"| {_escape(p.result.path)} | {_age(p.result)} | {counts} |")
    for p in dg.papers:
        r = p.result
        lines += ["", f"## {_escape(r.path)}", ""]
        lines.append(
            w.readability_phrase(r.scores, report.targets) if r.readable else "Could not be read."
        )
        if not r.findings:
            lines += ["", "Found: nothing to fix."]
            continue
        lines += ["", f"Found: {w.found_phrase(p.counts, p.hidden_notes)}."]
        if p.first:
            lines += ["", "### Fix these first", ""]
            for k, g in enumerate(p.first, 1):
                lines.append(f"{k}. {_head(g)}")
                lines += [f"   - {_escape(text)}" for text in w.group_detail(g)]
        if p.rest:
            lines += ["", "### Also found" if p.first else "### Found", ""]
            for g in p.rest:
                hint = w.group_hint(g)
                lines.append(f"- {_head(g)}" + (f" {_escape(hint)}" if hint else ""))
    lines += ["", w.outcome_line(report), ""]
    return "\n".join(lines)
