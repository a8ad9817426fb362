"""Plain text output, for screen readers, logs and NO_COLOR.

One idea a line, no tables or box drawing, no colour. Each finding starts
with its level in words ("Error", "Warning", "Note") so it makes sense when
read aloud on its own.
"""

from __future__ import annotations

from ..model import Finding
from ..report import FileResult, Report
from . import words as w


def finding_lines(f: Finding, indent: str = "  ") -> list[str]:
    lines = [f"{indent}{w.LABEL[f.severity]} {f.code} {f.slug}, {w.where(f)}: {f.message}"]
    if f.excerpt:
        lines.append(f'{indent}  Text: "{f.excerpt}"')
    for text in w.new_suggestions(f):
        lines.append(f"{indent}  Suggestion: {text}")
    return lines


def _file_lines(i: int, n: int, r: FileResult, report: Report) -> list[str]:
    lines = [f"File {i} of {n}: {r.path}"]
    if r.readable:
        lines.append(f"  {w.readability_phrase(r.scores, report.targets)}")
    counts = w.file_counts(r)
    lines.append(
        f"  Found: {w.counts_phrase(counts)}." if r.findings else "  Found: nothing to fix."
    )
    for label, group in w.by_section(r.findings):
        lines.append("")
        lines.append(f"  {label}")
        for f in group:
            lines += finding_lines(f, "  ")
    return lines


def render(report: Report) -> str:
    n = len(report.files)
    lines = [
        f"accessicheck report. Profile: {report.profile}.",
        w.summary_line(report),
    ]
    for r in report.files:
        age = w.readability_phrase(r.scores, report.targets) if r.readable else "Could not be read."
        lines.append(f"{r.path}: {w.counts_phrase(w.file_counts(r))}. {age}")
    for i, r in enumerate(report.files, 1):
        lines.append("")
        lines += _file_lines(i, n, r, report)
    lines.append("")
    lines.append(w.outcome_line(report))
    lines.append(
        "Reading ages come from formulas made for American school texts: "
        "treat them as a guide, beside the findings."
    )
    return "\n".join(lines) + "\n"
