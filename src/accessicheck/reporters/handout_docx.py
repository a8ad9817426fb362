"""The "Words we use in this meeting" handout as a Word document, in large print.

Real heading styles (Heading 1 for the title, Heading 2 for each word) so
the navigation pane and screen readers can move between words; 16pt Arial
body text (RNIB large print), headings larger; 1.5 line spacing; left
aligned; black text. The document title and language (en-GB) are set. The
file is written to a temporary name and then moved into place, so a reader
never sees half a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..glossary.handout import Handout

FONT = "Arial"
BODY_PT = 16
HEADING_PT = {"Title": 28, "Heading 1": 24, "Heading 2": 20}
LANGUAGE = "en-GB"


def _set_language(style: Any, language: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def _style(doc: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    for name in ("Normal", *HEADING_PT):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(HEADING_PT.get(name, BODY_PT))
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False
        style.paragraph_format.line_spacing = 1.5
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _set_language(style, LANGUAGE)
        if name != "Normal":
            style.font.bold = True


def build(handout: Handout) -> Any:
    """The handout as a python-docx Document."""
    import docx

    doc = docx.Document()
    _style(doc)
    doc.core_properties.title = handout.title
    doc.core_properties.language = LANGUAGE
    doc.add_heading(handout.title, level=1)
    doc.add_paragraph(handout.intro)
    if not handout.items:
        doc.add_paragraph("None of the glossary's words are in these papers.")
    for item in handout.items:
        doc.add_heading(item.term, level=2)
        p = doc.add_paragraph()
        if item.expansion:
            p.add_run(f"{item.expansion}.").bold = True
            if item.explanation:
                p.add_run(" ")
        if item.explanation:
            p.add_run(item.explanation)
    return doc


def write(handout: Handout, path: Path) -> None:
    """Save the handout as .docx at `path`, atomically."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        build(handout).save(str(tmp))
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
