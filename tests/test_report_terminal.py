"""The terminal report: the same plan as the plain report, laid out for a screen."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from accessicheck.cli.commands import main
from accessicheck.reporters import View, terminal

from .test_report_digest import E, N, finding, report_of, stakeholders

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def sample():  # type: ignore[no-untyped-def]
    fs = stakeholders() + [
        finding("AC406", E, "", page=1, message="A picture on page 1 has no alternative text."),
        finding("AC103", N, "was decided", page=4),
    ]
    return report_of(fs)


def test_fix_first_and_grouped_lines_on_a_screen() -> None:
    text = terminal.render(sample(), View(width=100, color=False))
    assert "Fix these first" in text
    assert "1. Error AC406 missing-alt-text" in text
    assert "2. Warning AC201 plain-words: 'stakeholder' - 9 times, pages 2 to 7." in text
    assert "1 note not shown: add --show-notes to see it." in text
    assert "AC103" not in text


def test_wrapped_lines_hang_under_the_text_at_40_columns() -> None:
    text = terminal.render(sample(), View(width=40, color=False))
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("1. Error"))
    assert lines[start + 1].startswith("   ") and lines[start + 1].strip()
    assert all(len(line.rstrip()) <= 40 for line in lines)
    assert "┏" not in text  # no table squeezed into 40 columns


def test_summary_table_at_normal_width() -> None:
    assert "Reading age" in terminal.render(sample(), View(width=100, color=False))


def test_show_notes_on_the_command_line() -> None:
    runner = CliRunner()
    paper = str(EXAMPLES / "notes.md")
    hidden = runner.invoke(main, ["check", paper, "--format", "plain", "--isolated"])
    shown = runner.invoke(main, ["check", paper, "--format", "plain", "--isolated", "--show-notes"])
    data = json.loads(
        runner.invoke(main, ["check", paper, "--format", "json", "--isolated"]).output
    )
    notes = [f for f in data["files"][0]["findings"] if f["severity"] == "note"]
    assert notes, "the example paper has notes"
    assert f"{len(notes)} notes not shown: add --show-notes to see them" in hidden.output
    assert "Note AC" not in hidden.output
    assert "Note AC" in shown.output
    assert "not shown" not in shown.output
