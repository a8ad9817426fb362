"""Build the document-structure fixtures (AC4xx) in this folder.

Run from anywhere:  python tests/data/structure/make_fixtures.py

Needs python-docx, python-pptx and pypdf, and LibreOffice (`soffice`) for
the PDFs and the LibreOffice-written files. The files are committed, so the
tests need none of this; run it again only to change a fixture. Every
LibreOffice run uses a private profile in a temporary folder.

Word (python-docx):
- good.docx: a well-made paper: title and language set, Title / Heading 1 /
  Heading 2, 12pt body, a picture with alt text and a decorative one, a
  table with a marked header row, a link with clear text, a real bullet
  list. No AC4xx rule should flag it.
- problems.docx: every Word problem once or more (see PROBLEMS below).
- no-headings.docx: 400 words of plain paragraphs, nothing else wrong.
- large-print.docx: good.docx's text at 14pt (passes plain, fails large print).

LibreOffice:
- lo-made.docx: LibreOffice's own .docx (made from a flat OpenDocument file
  with the picture embedded): a picture without alt text, a table without a
  header row, a skipped heading level and a "click here" link.
- export-tagged.pdf / export-untagged.pdf: export.docx (a title, headings
  H1 H3, a picture with alt text, one without, a table with a header row and
  one without) exported by LibreOffice with and without tags.
- long-no-bookmarks.pdf / long-bookmarks.pdf: 22 pages, exported without and
  with bookmarks.
- locked.pdf: export-tagged.pdf encrypted (RC4, owner password only) with
  "text access for screen readers" switched off.
- lo-roundtrip.pptx: good.pptx saved again by LibreOffice Impress.

PowerPoint (python-pptx):
- good.pptx: every slide titled, 24pt text, a picture with alt text, a table
  with a header row, speaker notes on the first slide.
- problems.pptx: slides with no title, an empty title, a duplicate title,
  small text, a picture whose alt text is its file name (python-pptx writes
  that by itself), a slide that is only a picture, a reading order that runs
  bottom to top, pale text, a table without a header row and with merged
  cells, typed bullets, a "click here" link, long justified italic text.
"""

from __future__ import annotations

import shutil
import struct
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from office_tools import convert  # noqa: E402

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

SENTENCE = (
    "The board agreed that the new carers' support service should start in April, and asked "
    "the team to report back on how people without internet access can take part. "
)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        png = work / "chart.png"
        png.write_bytes(make_png(90, 60))
        make_good_docx(HERE / "good.docx", png)
        make_good_docx(HERE / "large-print.docx", png, size=14)
        make_problems_docx(HERE / "problems.docx", png)
        make_no_headings_docx(HERE / "no-headings.docx")
        make_good_pptx(HERE / "good.pptx", png)
        make_problems_pptx(HERE / "problems.pptx", png)

        export = work / "export.docx"
        make_export_docx(export, png)
        to_pdf(export, work / "tagged", tagged=True)
        to_pdf(export, work / "untagged", tagged=False)
        shutil.copy(work / "tagged" / "export.pdf", HERE / "export-tagged.pdf")
        shutil.copy(work / "untagged" / "export.pdf", HERE / "export-untagged.pdf")
        long = work / "long.docx"
        make_long_docx(long)
        to_pdf(long, work / "nobookmarks", tagged=False, bookmarks=False)
        to_pdf(long, work / "bookmarks", tagged=False, bookmarks=True)
        shutil.copy(work / "nobookmarks" / "long.pdf", HERE / "long-no-bookmarks.pdf")
        shutil.copy(work / "bookmarks" / "long.pdf", HERE / "long-bookmarks.pdf")
        lock(HERE / "export-tagged.pdf", HERE / "locked.pdf")

        source = work / "lo-source.fodt"
        source.write_text(lo_source(png), encoding="utf-8")
        convert([source], work / "lo", "docx:MS Word 2007 XML")
        shutil.copy(work / "lo" / "lo-source.docx", HERE / "lo-made.docx")
        convert([HERE / "good.pptx"], work / "lo-pptx", "pptx:Impress MS PowerPoint 2007 XML")
        shutil.copy(work / "lo-pptx" / "good.pptx", HERE / "lo-roundtrip.pptx")
    for path in HERE.glob("*.docx"):
        slim(path)
    for path in sorted(HERE.iterdir()):
        if path.suffix != ".py":
            print(f"{path.name:24} {path.stat().st_size:7d} bytes")


# --- Word helpers ------------------------------------------------------------------------------


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def set_language(doc: Any, lang: str | None) -> None:
    """Set (or, with None, remove) the default text language in styles.xml."""
    rpr = doc.styles.element.find(f"{_qn('w:docDefaults')}/{_qn('w:rPrDefault')}/{_qn('w:rPr')}")
    lang_el = rpr.find(_qn("w:lang"))
    if lang is None:
        if lang_el is not None:
            rpr.remove(lang_el)
    else:
        lang_el.set(_qn("w:val"), lang)


def set_body_font(doc: Any, size: float) -> None:
    from docx.shared import Pt

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(size)


def set_alt(shape: Any, alt: str | None, decorative: bool = False) -> None:
    """Alt text (wp:docPr/@descr) of an inline picture; optionally mark it decorative."""
    doc_pr = shape._inline.docPr
    if alt is not None:
        doc_pr.set("descr", alt)
    if decorative:
        from docx.oxml import parse_xml

        ext = parse_xml(
            '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
            '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/'
            'decorative" val="1"/></a:ext></a:extLst>'
        )
        doc_pr.append(ext)


def make_floating(shape: Any) -> None:
    """Turn an inline picture into a floating one (wp:anchor), as Word writes it."""
    from docx.oxml import parse_xml

    inline = shape._inline
    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    anchor = parse_xml(
        f'<wp:anchor xmlns:wp="{wp}" distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        "</wp:anchor>"
    )
    for child in list(inline):
        if child.tag.endswith("}cNvGraphicFramePr"):
            anchor.append(parse_xml(f'<wp:wrapSquare xmlns:wp="{wp}" wrapText="bothSides"/>'))
        anchor.append(child)
    inline.getparent().replace(inline, anchor)


def text_box_run(text: str) -> Any:
    """A run holding a floating text box, as Word writes it (DrawingML and a VML fallback)."""
    from docx.oxml import parse_xml

    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return parse_xml(
        f'<w:r xmlns:w="{W}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<wp:docPr id="90" name="Text Box 90"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:spPr/><wps:txbx>{box}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape style="position:absolute"><v:textbox>'
        f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def add_link(paragraph: Any, text: str, url: str) -> None:
    """An external hyperlink (w:hyperlink with a relationship), styled as Word does."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships" r:id="{rid}"><w:r><w:rPr><w:color '
            f'w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t>{text}</w:t></w:r></w:hyperlink>'
        )
    )


def shade_run(run: Any, fill: str) -> None:
    rpr = run._r.get_or_add_rPr()
    shd = rpr.makeelement(
        _qn("w:shd"), {_qn("w:val"): "clear", _qn("w:color"): "auto", _qn("w:fill"): fill}
    )
    rpr.append(shd)


def mark_header_row(table: Any) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(tr_pr.makeelement(_qn("w:tblHeader"), {}))


def set_first_row_look(table: Any, on: bool) -> None:
    look = table._tbl.tblPr.find(_qn("w:tblLook"))
    look.set(_qn("w:firstRow"), "1" if on else "0")


def fill_table(table: Any, rows: list[list[str]]) -> None:
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


# --- Word files -----------------------------------------------------------------------------


def make_good_docx(path: Path, png: Path, size: float = 12) -> None:
    import docx
    from docx.shared import Cm, RGBColor

    doc = docx.Document()
    doc.core_properties.title = "Carers' support service: update for the board"
    set_language(doc, "en-GB")
    set_body_font(doc, size)
    # python-docx's own Heading 2 (13pt bold #4F81BD) has a contrast of only 4.0:1.
    doc.styles["Heading 2"].font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.add_paragraph("Carers' support service", style="Title")
    doc.add_heading("What we agreed", level=1)
    doc.add_paragraph(SENTENCE * 2)
    doc.add_paragraph("Ask the team about transport.", style="List Bullet")
    doc.add_paragraph("Write to every carer on the list.", style="List Bullet")
    doc.add_heading("How many people use the service", level=2)
    set_alt(doc.add_picture(str(png), width=Cm(4)), "Bar chart: 120 carers in 2023, 180 in 2024.")
    set_alt(doc.add_picture(str(png), width=Cm(1)), None, decorative=True)
    table = doc.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    fill_table(table, [["Year", "Carers"], ["2023", "120"], ["2024", "180"]])
    mark_header_row(table)
    para = doc.add_paragraph("Read more in ")
    add_link(para, "the carers' strategy", "https://example.org/carers-strategy")
    para.add_run(".")
    doc.save(str(path))


PROBLEMS = """\
problems.docx has, in this order: no title and no language; Title style text;
a fake heading (bold, short); a level 1 heading then a level 3 heading; three
empty paragraphs in a row; 10pt body text; an 8pt paragraph; a long italic
paragraph; a long underlined paragraph; a paragraph formatted as capitals;
a justified paragraph; grey text (#999999); white text on dark blue shading
(fine); a "click here" link and a bare web address; typed bullets and typed
numbers; a picture with no alt text, one whose alt text is a file name, a
decorative one (fine), a floating picture with alt text; a table with no
header row at all, a table with only the style's header row option, a
table with merged cells; a floating text box."""


def make_problems_docx(path: Path, png: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = docx.Document()
    set_language(doc, None)
    set_body_font(doc, 10)
    doc.add_paragraph("Quarterly report", style="Title")
    fake = doc.add_paragraph()
    fake.add_run("Background").bold = True
    doc.add_paragraph(SENTENCE)
    doc.add_heading("Finance", level=1)
    doc.add_heading("Spending on transport", level=3)
    doc.add_paragraph(SENTENCE)
    for _ in range(3):
        doc.add_paragraph("")
    doc.add_paragraph("Small print. " + SENTENCE).runs[0].font.size = Pt(8)
    doc.add_paragraph(SENTENCE).runs[0].italic = True
    doc.add_paragraph(SENTENCE).runs[0].underline = True
    doc.add_paragraph(SENTENCE).runs[0].font.all_caps = True
    doc.add_paragraph(SENTENCE * 2).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph("This grey text is hard to read.").runs[0].font.color.rgb = RGBColor(
        0x99, 0x99, 0x99
    )
    dark = doc.add_paragraph().add_run("White text on dark blue is fine.")
    dark.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade_run(dark, "1F3864")
    links = doc.add_paragraph("For the minutes ")
    add_link(links, "click here", "https://example.org/minutes")
    links.add_run(". The plan is at ")
    add_link(links, "https://example.org/plan", "https://example.org/plan")
    links.add_run(".")
    for item in ("Apologies", "Minutes of the last meeting"):
        doc.add_paragraph(f"• {item}")
    for n, item in enumerate(("Budget", "Any other business"), start=1):
        doc.add_paragraph(f"{n}. {item}")
    doc.add_picture(str(png), width=Cm(3))
    set_alt(doc.add_picture(str(png), width=Cm(3)), "IMG_0042.png")
    set_alt(doc.add_picture(str(png), width=Cm(1)), None, decorative=True)
    floating = doc.add_picture(str(png), width=Cm(3))
    set_alt(floating, "Map of the bus routes")
    make_floating(floating)
    plain = doc.add_table(rows=2, cols=2)
    fill_table(plain, [["Name", "Role"], ["Sam", "Chair"]])
    set_first_row_look(plain, False)
    doc.add_paragraph("Costs by quarter:")
    styled = doc.add_table(rows=2, cols=2)
    styled.style = "Table Grid"
    fill_table(styled, [["Quarter", "Cost"], ["Q1", "£1,200"]])
    doc.add_paragraph("Attendance:")
    merged = doc.add_table(rows=3, cols=3)
    fill_table(merged, [["Group", "Spring", "Summer"], ["Carers", "12", "15"]])
    mark_header_row(merged)
    merged.cell(2, 0).merge(merged.cell(2, 2)).text = "Totals to follow"
    anchor = doc.add_paragraph("See the box.")
    anchor.runs[0]._r.addnext(text_box_run("Contact the clerk on 01234 567890."))
    doc.add_paragraph("End of report.")
    doc.save(str(path))
    _drop_core_properties(path)


# Parts of python-docx's template that no test needs: dropping them keeps the fixtures small.
_UNNEEDED = (
    "word/stylesWithEffects.xml",
    "docProps/thumbnail.jpeg",
    "customXml/item1.xml",
    "customXml/itemProps1.xml",
    "customXml/_rels/item1.xml.rels",
)


def slim(path: Path) -> None:
    """Remove unneeded parts, with their relationships and content-type entries."""
    import re

    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i)) for i in src.infolist() if i.filename not in _UNNEEDED]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for part in _UNNEEDED:
                    target = re.escape(part.rsplit("/", 1)[-1])
                    text = re.sub(rf'<Relationship [^>]*Target="[^"]*{target}"[^>]*/>', "", text)
                    text = re.sub(rf'<Override PartName="[^"]*/{target}"[^>]*/>', "", text)
                data = text.encode("utf-8")
            out.writestr(name, data)


def _drop_core_properties(path: Path) -> None:
    """Remove docProps/core.xml and its relationship: a file with no title at all."""
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name == "docProps/core.xml":
                continue
            if name in ("_rels/.rels", "[Content_Types].xml"):
                text = data.decode("utf-8")
                import re

                text = re.sub(r"<Relationship [^>]*core-properties[^>]*/>", "", text)
                text = re.sub(r'<Override PartName="/docProps/core.xml"[^>]*/>', "", text)
                data = text.encode("utf-8")
            out.writestr(name, data)


def make_no_headings_docx(path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.core_properties.title = "Notes from the listening event"
    set_language(doc, "en-GB")
    set_body_font(doc, 12)
    for _ in range(11):
        doc.add_paragraph(SENTENCE)
    doc.save(str(path))


def make_export_docx(path: Path, png: Path) -> None:
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    doc.core_properties.title = "Transport update"
    set_language(doc, "en-GB")
    set_body_font(doc, 12)
    doc.add_heading("Transport update", level=1)
    doc.add_paragraph(SENTENCE)
    doc.add_heading("Bus routes", level=3)
    set_alt(doc.add_picture(str(png), width=Cm(4)), "Map of the new bus routes.")
    doc.add_picture(str(png), width=Cm(4))
    with_header = doc.add_table(rows=2, cols=2)
    with_header.style = "Table Grid"
    fill_table(with_header, [["Route", "Buses an hour"], ["12", "4"]])
    mark_header_row(with_header)
    doc.add_paragraph("Fares:")
    no_header = doc.add_table(rows=2, cols=2)
    no_header.style = "Table Grid"
    fill_table(no_header, [["Adult", "£2"], ["Child", "£1"]])
    set_first_row_look(no_header, False)
    doc.save(str(path))


def make_long_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.core_properties.title = "Annual report"
    set_language(doc, "en-GB")
    for n in range(1, 23):
        doc.add_heading(f"Part {n}", level=1)
        doc.add_paragraph(SENTENCE).runs[0].add_break(WD_BREAK.PAGE)
    doc.save(str(path))


# --- PowerPoint ---------------------------------------------------------------------------------


def _slide(prs: Any, layout: int, title: str | None) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    if title is not None and slide.shapes.title is not None:
        slide.shapes.title.text = title
    return slide


def _pptx_alt(picture: Any, alt: str) -> None:
    picture._element.nvPicPr.cNvPr.set("descr", alt)


def _body(slide: Any, lines: list[str], size: float | None = None) -> Any:
    from pptx.util import Pt

    body = slide.placeholders[1]
    body.text_frame.text = lines[0]
    for line in lines[1:]:
        body.text_frame.add_paragraph().text = line
    if size is not None:
        for para in body.text_frame.paragraphs:
            for run in para.runs:
                run.font.size = Pt(size)
    return body


def make_good_pptx(path: Path, png: Path) -> None:
    from pptx import Presentation
    from pptx.util import Cm

    prs = Presentation()
    prs.core_properties.title = "Carers' support service"
    prs.core_properties.language = "en-GB"
    title = _slide(prs, 0, "Carers' support service")
    title.placeholders[1].text = "Update for the board, April"
    title.notes_slide.notes_text_frame.text = "Welcome everyone and introduce the team."
    _body(_slide(prs, 1, "What we agreed"), ["Start in April", "Report back on transport"], 24)
    chart = _slide(prs, 5, "How many people use it")
    pic = chart.shapes.add_picture(str(png), Cm(2), Cm(5), width=Cm(8))
    _pptx_alt(pic, "Bar chart: 120 carers in 2023, 180 in 2024.")
    table_slide = _slide(prs, 5, "Carers by year")
    table = table_slide.shapes.add_table(3, 2, Cm(2), Cm(5), Cm(12), Cm(4)).table
    for r, row in enumerate([["Year", "Carers"], ["2023", "120"], ["2024", "180"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    prs.save(str(path))


def make_problems_pptx(path: Path, png: Path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Cm, Pt

    prs = Presentation()
    prs.core_properties.title = "PowerPoint Presentation"
    # 1: no title placeholder at all (the Blank layout), text in a text box.
    blank = _slide(prs, 6, None)
    box = blank.shapes.add_textbox(Cm(2), Cm(2), Cm(20), Cm(3))
    box.text_frame.text = "Welcome to the meeting"
    # 2: an empty title.
    _body(_slide(prs, 1, None), ["Apologies", "Minutes"])
    # 3 and 4: the same title twice.
    _body(_slide(prs, 1, "Budget"), ["Spending is on target"])
    # 4: small text, and a typed bullet in a text box.
    small = _slide(prs, 1, "Budget")
    _body(small, ["Figures are in the appendix"], 12)
    typed = small.shapes.add_textbox(Cm(2), Cm(15), Cm(20), Cm(3))
    typed.text_frame.text = "• Typed bullet one"
    typed.text_frame.add_paragraph().text = "• Typed bullet two"
    # 5: a picture with no alt text, pale text, a "click here" link.
    pics = _slide(prs, 5, "Transport")
    pics.shapes.add_picture(str(png), Cm(2), Cm(5), width=Cm(6))
    pale = pics.shapes.add_textbox(Cm(12), Cm(5), Cm(10), Cm(2)).text_frame
    pale.text = "Pale grey words"
    pale.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xBB, 0xBB, 0xBB)
    linked = pics.shapes.add_textbox(Cm(12), Cm(8), Cm(10), Cm(2)).text_frame
    run = linked.paragraphs[0].add_run()
    run.text = "click here"
    run.hyperlink.address = "https://example.org/transport"
    # 6: only a picture.
    only = _slide(prs, 6, None)
    _pptx_alt(only.shapes.add_picture(str(png), Cm(0), Cm(0), width=Cm(25)), "Scan of a letter")
    # 7: read bottom to top: the lower box is first in the shape tree.
    order = _slide(prs, 5, None)
    order.shapes.title.text = "Next steps"
    lower = order.shapes.add_textbox(Cm(2), Cm(12), Cm(20), Cm(2))
    lower.text_frame.text = "Then we write to carers."
    upper = order.shapes.add_textbox(Cm(2), Cm(6), Cm(20), Cm(2))
    upper.text_frame.text = "First we agree the budget."
    # 8: a table with no header row and merged cells; justified, italic text.
    tables = _slide(prs, 5, "Attendance")
    shape = tables.shapes.add_table(3, 3, Cm(2), Cm(5), Cm(20), Cm(4))
    table = shape.table
    table.first_row = False
    for r, row in enumerate([["Carers", "12", "15"], ["Staff", "4", "5"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(2, 0).merge(table.cell(2, 2))
    table.cell(2, 0).text = "Totals to follow"
    note = tables.shapes.add_textbox(Cm(2), Cm(11), Cm(20), Cm(4)).text_frame
    note.word_wrap = True
    note.text = SENTENCE
    note.paragraphs[0].alignment = PP_ALIGN.JUSTIFY
    note.paragraphs[0].runs[0].font.italic = True
    note.paragraphs[0].runs[0].font.size = Pt(20)
    prs.save(str(path))


# --- LibreOffice and PDF ------------------------------------------------------------------------


def lo_source(png: Path) -> str:
    """A flat OpenDocument text (with the picture embedded) for LibreOffice to save as .docx."""
    import base64

    picture = base64.b64encode(png.read_bytes()).decode("ascii")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Made in LibreOffice</dc:title></office:meta>
<office:body><office:text>
<text:h text:outline-level="1">Made in LibreOffice</text:h>
<text:p>This document was written as OpenDocument and saved as a Word file by LibreOffice.</text:p>
<text:h text:outline-level="3">A skipped level</text:h>
<text:p><draw:frame draw:name="Image1" text:anchor-type="as-char" svg:width="2cm"
 svg:height="1.3cm"><draw:image><office:binary-data>{picture}</office:binary-data>
</draw:image></draw:frame></text:p>
<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>
<table:table-cell><text:p>Role</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Sam</text:p></table:table-cell>
<table:table-cell><text:p>Chair</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>For the minutes <text:a xlink:type="simple"
 xlink:href="https://example.org/minutes">click here</text:a>.</text:p>
</office:text></office:body></office:document>
"""


def to_pdf(source: Path, outdir: Path, *, tagged: bool, bookmarks: bool = True) -> None:
    options = (
        f'{{"UseTaggedPDF":{{"type":"boolean","value":"{str(tagged).lower()}"}},'
        f'"ExportBookmarks":{{"type":"boolean","value":"{str(bookmarks).lower()}"}}}}'
    )
    convert([source], outdir, f"pdf:writer_pdf_Export:{options}")


def lock(src: Path, dest: Path) -> None:
    """Encrypt with an owner password only, leaving out "extract for accessibility" (bit 10)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions as P

    writer = PdfWriter(clone_from=PdfReader(src))
    allowed = P.PRINT | P.R1 | P.R2 | P.R7 | P.R8
    writer.encrypt(
        user_password="", owner_password="owner", permissions_flag=allowed, algorithm="RC4-128"
    )
    with dest.open("wb") as f:
        writer.write(f)


def make_png(width: int, height: int) -> bytes:
    """A grey-scale PNG with stripes, written with zlib and struct only."""
    rows = b"".join(
        b"\x00" + bytes((255 if (x // 15 + y // 15) % 2 else 60) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    main()
