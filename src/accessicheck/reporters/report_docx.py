"""The `check` report as a Word document (`check -o report.docx`).

Made from the same `digest` as the other reports people read: each paper
opens with what to fix first, repeats are grouped, notes are counted and
left out unless asked for. The document is accessible itself: real heading
styles (Heading 1 for the title, Heading 2 for each paper, Heading 3 inside),
a summary table whose first row is marked as a header row (repeated on each
page and read as headers by screen readers) with a title and description,
the title and language (en-GB) set in the document's properties and styles,
and left-aligned Arial text. Levels are words, with an icon, never colour.
"""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from .. import __version__
from ..core.model import Severity
from ..engine.report import Report
from . import View
from . import digest as d
from . import words as w
from .checklist_docx import _cell, _describe_table, _mark_header, _page, _set_language, _style_fonts

TITLE = "Accessibility report"
ICON = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
COLUMNS = ("Paper", "Reading age", "Errors", "Warnings", "Notes")
BODY_PT = 12.0
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _age(r: object) -> str:
    if not r.readable:  # type: ignore[attr-defined]
        return "could not be read"
    scores = r.scores  # type: ignore[attr-defined]
    if scores is None or scores.reading_age is None:
        return "no text to score"
    if scores.too_short:
        return "too short to score"
    return f"about {scores.reading_age:.0f}"


def _summary_table(doc: object, dg: d.Digest, text_width: float) -> None:
    table = doc.add_table(rows=1, cols=len(COLUMNS))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, COLUMNS, strict=True):
        _cell(cell, text, bold=True)
    _mark_header(table.rows[0])
    _describe_table(
        table,
        "What was found in each paper",
        "One row a paper: its name, reading age, and how many errors, warnings and notes.",
    )
    for p in dg.papers:
        counts = p.counts
        cells = table.add_row().cells
        _cell(cells[0], p.result.path)
        _cell(cells[1], _age(p.result))
        for cell, sev in zip(cells[2:], SEVERITIES, strict=True):
            _cell(cell, str(counts[sev]))
    number = 2.6
    widths = (text_width - 2.8 - 3 * number, 2.8, number, number, number)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _item(doc: object, g: d.Group, bullet: str, detail: bool) -> None:
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.paragraph_format.space_after = Pt(3 if detail else 6)
    p.add_run(f"{bullet}\t")
    head = w.group_head(g)
    word = w.LABEL[g.severity]
    p.add_run(f"{ICON[g.severity]} {word}").bold = True
    p.add_run(head[len(word) :])
    if not detail:
        hint = w.group_hint(g)
        if hint:
            p.add_run(f" {hint}")
        return
    lines = w.group_detail(g)
    for k, text in enumerate(lines):
        sub = doc.add_paragraph(text)  # type: ignore[attr-defined]
        sub.paragraph_format.left_indent = Cm(0.8)
        sub.paragraph_format.space_after = Pt(6 if k == len(lines) - 1 else 2)


def render(report: Report, view: View | None = None) -> bytes:
    """The report as the bytes of a .docx file."""
    dg = d.build(report, view)
    doc = new_document()
    text_width = _page(doc, False)
    _set_language(doc, "en-GB")
    _style_fonts(doc, BODY_PT, False)
    props = doc.core_properties
    props.title = TITLE
    props.language = "en-GB"
    props.subject = "Accessibility and plain English check of meeting papers"
    props.author = "accessicheck"
    props.comments = f"Made by accessicheck {__version__}"

    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(w.summary_line(report))
    if dg.hidden_notes:
        doc.add_paragraph(f"{w.capital(d.notes_phrase(dg.hidden_notes))}.")
    doc.add_heading("Summary", level=2)
    _summary_table(doc, dg, text_width)

    for p in dg.papers:
        r = p.result
        doc.add_heading(r.path, level=2)
        doc.add_paragraph(
            w.readability_phrase(r.scores, report.targets)
            if r.readable
            else "This paper could not be read."
        )
        if not r.findings:
            doc.add_paragraph("Found: nothing to fix.")
            continue
        doc.add_paragraph(f"Found: {w.found_phrase(p.counts, p.hidden_notes)}.")
        if p.first:
            doc.add_heading("Fix these first", level=3)
            for k, g in enumerate(p.first, 1):
                _item(doc, g, f"{k}.", detail=True)
        if p.rest:
            doc.add_heading("Also found" if p.first else "Found", level=3)
            for g in p.rest:
                _item(doc, g, "•", detail=False)

    doc.add_heading("Result", level=2)
    doc.add_paragraph(w.outcome_line(report))
    doc.add_paragraph(
        "Reading ages come from formulas made for American school texts: treat them as a "
        "guide, beside the findings. For why a rule matters: accessicheck explain CODE."
    )
    for paragraph in doc.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
