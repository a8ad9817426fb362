"""Plain text output, for screen readers, logs and NO_COLOR.

One idea a line, no tables or box drawing, no colour. Each line starts with
its level in words ("Error", "Warning", "Note") so it makes sense when read
aloud on its own. What to show, and in what order, comes from `digest`.
"""

from __future__ import annotations

from ..core.model import Finding
from ..engine.report import Report
from . import View
from . import digest as d
from . import words as w


def finding_lines(f: Finding, indent: str = "  ") -> list[str]:
    """One finding in full (used by reports that list findings one by one)."""
    lines = [f"{indent}{w.LABEL[f.severity]} {f.code} {f.slug}, {w.where(f)}: {f.message}"]
    if f.excerpt:
        lines.append(f'{indent}  Text: "{f.excerpt}"')
    for text in w.new_suggestions(f):
        lines.append(f"{indent}  Suggestion: {text}")
    return lines


def _paper_lines(i: int, n: int, p: d.PaperDigest, report: Report) -> list[str]:
    r = p.result
    lines = [f"File {i} of {n}: {r.path}"]
    if r.readable:
        lines.append(f"  {w.readability_phrase(r.scores, report.targets)}")
    if not r.findings:
        return lines + ["  Found: nothing to fix."]
    lines.append(f"  Found: {w.found_phrase(p.counts, p.hidden_notes)}.")
    if p.first:
        lines += ["", "  Fix these first:"]
        for k, g in enumerate(p.first, 1):
            lines.append(f"  {k}. {w.group_head(g)}")
            lines += [f"     {text}" for text in w.group_detail(g)]
    if p.rest:
        lines += ["", "  Also found:" if p.first else "  Found:"]
        for g in p.rest:
            hint = w.group_hint(g)
            lines.append(f"  - {w.group_head(g)}" + (f" {hint}" if hint else ""))
    return lines


def render(report: Report, view: View | None = None) -> str:
    dg = d.build(report, view)
    n = len(report.files)
    lines = [f"accessicheck report. Profile: {report.profile}.", w.summary_line(report)]
    if dg.hidden_notes and n > 1:  # one paper: its "Found" line says it
        lines.append(f"{w.capital(d.notes_phrase(dg.hidden_notes))}.")
    if n > 1:
        for r in report.files:
            age = (
                w.readability_phrase(r.scores, report.targets)
                if r.readable
                else "Could not be read."
            )
            lines.append(f"{r.path}: {w.counts_phrase(w.file_counts(r))}. {age}")
    for i, p in enumerate(dg.papers, 1):
        lines.append("")
        lines += _paper_lines(i, n, p, report)
    lines.append("")
    lines.append(w.outcome_line(report))
    lines.append(
        "Reading ages come from formulas made for American school texts: "
        "treat them as a guide, beside the findings. "
        "For why a rule matters: accessicheck explain CODE."
    )
    return "\n".join(lines) + "\n"
