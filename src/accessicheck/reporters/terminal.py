"""The rich terminal report: a summary table first, then findings by section.

Colour only ever repeats what the words say ("Error", "Warning", "Note"),
so nothing is lost without it.
"""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..core.model import Severity
from ..engine.report import Report
from . import View
from . import digest as d
from . import words as w

#: Below this many columns the summary is lines, not a table.
NARROW = 60

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
    if (view.width or 100) >= NARROW:
        console.print(_summary(report))
    else:  # too narrow for a table: one line a paper
        for r in report.files:
            console.print(Text(f"{r.path}: {w.counts_phrase(w.file_counts(r))}."))
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
            rows = []
            for k, g in enumerate(p.first, 1):
                lines = [_head(g)]
                for text in w.group_detail(g):
                    style = "green" if text.startswith("Suggestion") else ""
                    lines.append(Text(text, style=style))
                rows.append((f"{k}.", Group(*lines)))
            console.print(_hanging(rows))
        if p.rest:
            console.print()
            console.print(Text("Also found" if p.first else "Found", style="bold underline"))
            rows = []
            for g in p.rest:
                line = _head(g)
                hint = w.group_hint(g)
                if hint:
                    line.append(f" {hint}", style="green")
                rows.append(("-", line))
            console.print(_hanging(rows))
    console.print()
    console.print(Text(w.outcome_line(report), style="bold"))
    console.print("For why a rule matters: accessicheck explain CODE.")
    return buf.getvalue()


def _hanging(rows: list[tuple[str, RenderableType]]) -> Table:
    """A list whose wrapped lines stay indented under the text, not the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for bullet, body in rows:
        grid.add_row(bullet, body)
    return grid


def _head(g: d.Group) -> Text:
    """A group's line: the level in words (coloured), then what and where."""
    line = Text()
    line.append(w.LABEL[g.severity], style=STYLE[g.severity])
    line.append(" ")
    line.append(w.group_head(g).split(" ", 1)[1])
    return line
