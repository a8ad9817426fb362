"""The meeting checklist as a Word document with tick boxes, to print or share.

The document is made to be accessible itself: real heading styles (Heading 1
for the title, Heading 2 for each group), a table per group whose first row
is marked as a header row (w:tblHeader, repeated on each page and read as
headers by screen readers), a title and a description for each table, the
document title and language (en-GB) set, left-aligned Arial text.

Tick boxes are the characters ☐ (to do) and ☑ (found), so they print
anywhere and a person can tick them by hand. `large_print` sets body text to
18pt (or the size given, at least 16pt), headings larger, and 1.5 line
spacing, following RNIB's clear and large print guidance.
"""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..checklist.model import Checklist, DocumentCheck, Result
from . import checklist_words as w

FONT = "Arial"
BOX_FONT = "Segoe UI Symbol"  # has ☐ and ☑; other programs fall back to a font that does
NORMAL_PT = 12.0
LARGE_PRINT_PT = 18.0
MIN_LARGE_PRINT_PT = 16.0
COLUMNS = ("Done", "Check", "What we found", "Helps")


def _set_language(doc: object, lang: str) -> None:
    styles = doc.styles.element  # type: ignore[attr-defined]
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang_el.set(qn(attr), lang)


def _style_fonts(doc: object, body_pt: float, large: bool) -> None:
    styles = doc.styles  # type: ignore[attr-defined]
    sizes = {
        "Normal": body_pt,
        "Heading 1": body_pt + (8 if large else 6),
        "Heading 2": body_pt + (4 if large else 3),
        "Heading 3": body_pt + 2,
    }
    for name, size in sizes.items():
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(theme), None)
        fmt = style.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fmt.line_spacing = 1.5 if large else 1.15
        if name.startswith("Heading"):
            style.font.italic = False
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)  # dark blue: contrast over 10:1


def _mark_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)


def _describe_table(table: object, caption: str, description: str) -> None:
    """Title and description of a table, which screen readers announce (Word's alt text)."""
    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    for tag, value in (("w:tblCaption", caption), ("w:tblDescription", description)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        tbl_pr.append(el)


def _cell(cell: object, text: str, *, bold: bool = False, box: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = paragraph.add_run(text)
    run.bold = bold
    if box:
        run.font.name = BOX_FONT
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BOX_FONT)


def _found_text(r: Result | DocumentCheck) -> str:
    text = f"{w.status_phrase(r)}. {r.detail}".strip()
    if r.evidence:
        text += " " + "; ".join(w.evidence_line(e) for e in r.evidence[:2])
    return text


def _page(doc: object, large: bool) -> float:
    """A4 with 2.5 cm margins (room for magnifiers); landscape for large print. Returns
    the width for text, in cm."""
    section = doc.sections[0]  # type: ignore[attr-defined]
    width, height = (29.7, 21.0) if large else (21.0, 29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if large else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    return width - 5.0


def _table(
    doc: object,
    caption: str,
    rows: list[tuple[str, str, str, str]],
    text_width: float,
    body_pt: float,
) -> None:
    table = doc.add_table(rows=1, cols=len(COLUMNS))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.autofit = False
    box, helps = body_pt * 0.17, body_pt * 0.26  # room for "Done" and "BSL, DB" in bold
    check = (text_width - box - helps) * 0.4
    widths = (box, check, text_width - box - helps - check, helps)
    for cell, text in zip(table.rows[0].cells, COLUMNS, strict=True):
        _cell(cell, text, bold=True)
    _mark_header(table.rows[0])
    _describe_table(
        table,
        caption,
        "Each row is one check: a tick box, the check, what accessicheck found, and who it helps.",
    )
    for tick, check_text, found, helps_text in rows:
        cells = table.add_row().cells
        _cell(cells[0], tick, box=True)
        _cell(cells[1], check_text)
        _cell(cells[2], found)
        _cell(cells[3], helps_text)
    # Word reads the cell widths, LibreOffice the table grid: set both.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def render(checklist: Checklist, *, large_print: bool = False, size: float | None = None) -> bytes:
    """The checklist as the bytes of a .docx file."""
    body_pt = (
        max(size or LARGE_PRINT_PT, MIN_LARGE_PRINT_PT) if large_print else (size or NORMAL_PT)
    )
    doc = new_document()
    text_width = _page(doc, large_print)
    _set_language(doc, "en-GB")
    _style_fonts(doc, body_pt, large_print)
    title = f"Access checklist: {checklist.agenda.title or 'meeting'}"
    props = doc.core_properties
    props.title = title
    props.language = "en-GB"
    props.subject = "Meeting access checklist"
    props.author = "accessicheck"
    props.comments = "Made by accessicheck checklist"

    doc.add_heading(title, level=1)
    for label, value in w.meeting_lines(checklist):
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    doc.add_paragraph(w.summary_line(checklist))
    doc.add_paragraph(
        "☑ means accessicheck found it in the papers: check the evidence. ☐ means it is "
        "missing or needs a person to check. Tick each box when it is done."
    )
    for problem in checklist.problems:
        doc.add_paragraph(f"Could not read everything: {problem}")

    for _group, heading, results in checklist.groups():
        doc.add_heading(heading, level=2)
        shown = [r for r in results if r.status != "not-applicable"]
        rows = [
            (
                w.BOX[r.status],
                f"{r.item.id} {r.item.name}. {r.item.question}",
                _found_text(r),
                ", ".join(r.item.needs),
            )
            for r in shown
        ]
        if rows:
            _table(doc, heading, rows, text_width, body_pt)
        skipped = [f"{r.item.id} {r.item.name}" for r in results if r.status == "not-applicable"]
        if skipped:
            doc.add_paragraph(f"Not needed for this meeting: {'; '.join(skipped)}.")

    if checklist.document_checks:
        heading = "Checks on the papers for the attendees' needs"
        doc.add_heading(heading, level=2)
        rows = [
            (w.BOX[c.status], c.name, _found_text(c), c.need) for c in checklist.document_checks
        ]
        _table(doc, heading, rows, text_width, body_pt)

    doc.add_paragraph(w.outcome_line(checklist))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
