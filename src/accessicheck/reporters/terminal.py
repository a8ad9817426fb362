"""The rich terminal report: a summary table first, then findings by section.

Colour only ever repeats what the words say ("Error", "Warning", "Note"),
so nothing is lost without it.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..model import Severity
from ..report import Report
from . import words as w

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _summary(report: Report) -> Table:
    table = Table(title="Summary", title_justify="left", show_lines=False)
    table.add_column("File")
    table.add_column("Reading age", justify="right")
    table.add_column("Errors", justify="right")
    table.add_column("Warnings", justify="right")
    table.add_column("Notes", justify="right")
    for r in report.files:
        if not r.readable:
            age = "unreadable"
        elif r.scores is None or r.scores.reading_age is None:
            age = "-"
        elif r.scores.too_short:
            age = "too short"
        else:
            age = f"{r.scores.reading_age:.0f}"
        counts = w.file_counts(r)
        table.add_row(
            escape(r.path),
            age,
            *(str(counts[s]) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)),
        )
    return table


def render(report: Report, *, width: int | None = None, color: bool = True) -> str:
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width or 100,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
    )
    console.print(Text(w.summary_line(report), style="bold"))
    console.print(_summary(report))
    for r in report.files:
        console.print()
        console.rule(Text(r.path, style="bold"), align="left")
        if r.readable:
            console.print(w.readability_phrase(r.scores, report.targets))
        if not r.findings:
            console.print("Nothing to fix.")
        for label, group in w.by_section(r.findings):
            console.print()
            console.print(Text(label, style="bold underline"))
            for f in group:
                line = Text()
                line.append(f"{w.LABEL[f.severity]} ", style=STYLE[f.severity])
                line.append(f"{f.code} {f.slug}", style="dim")
                line.append(f", {w.where(f)}: ")
                line.append(f.message)
                console.print(line)
                if f.excerpt:
                    console.print(Text(f"    “{f.excerpt}”", style="italic"))
                for text in w.new_suggestions(f):
                    console.print(Text(f"    Suggestion: {text}", style="green"))
    console.print()
    console.print(Text(w.outcome_line(report), style="bold"))
    return buf.getvalue()
