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
from . import View
from . import digest as d
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


def render(report: Report, view: View | None = None) -> str:
    view = view or View()
    dg = d.build(report, view)
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=view.width or 100,
        force_terminal=view.color,
        no_color=not view.color,
        highlight=False,
        emoji=False,
    )
    console.print(Text(w.summary_line(report), style="bold"))
    if dg.hidden_notes:
        console.print(f"{w.capital(d.notes_phrase(dg.hidden_notes))}.")
    console.print(_summary(report))
    for p in dg.papers:
        r = p.result
        console.print()
        console.rule(Text(r.path, style="bold"), align="left")
        if r.readable:
            console.print(w.readability_phrase(r.scores, report.targets))
        if not r.findings:
            console.print("Nothing to fix.")
            continue
        console.print(f"Found: {w.found_phrase(p.counts, p.hidden_notes)}.")
        if p.first:
            console.print()
            console.print(Text("Fix these first", style="bold underline"))
            for k, g in enumerate(p.first, 1):
                console.print(_head(g, f"{k}. "))
                for text in w.group_detail(g):
                    style = "green" if text.startswith("Suggestion") else ""
                    console.print(Text(f"   {text}", style=style))
        if p.rest:
            console.print()
            console.print(Text("Also found" if p.first else "Found", style="bold underline"))
            for g in p.rest:
                line = _head(g, "- ")
                hint = w.group_hint(g)
                if hint:
                    line.append(f" {hint}", style="green")
                console.print(line)
    console.print()
    console.print(Text(w.outcome_line(report), style="bold"))
    console.print("For why a rule matters: accessicheck explain CODE.")
    return buf.getvalue()


def _head(g: d.Group, bullet: str) -> Text:
    """A group's line: the level in words (coloured), then what and where."""
    line = Text(bullet)
    line.append(w.LABEL[g.severity], style=STYLE[g.severity])
    line.append(" ")
    line.append(w.group_head(g).split(" ", 1)[1])
    return line
