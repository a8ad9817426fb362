"""Build the small Word, PowerPoint and PDF files for the false-alarm and message tests.

Run from anywhere:  python tests/data/office_cases/make_cases.py

Needs python-docx, python-pptx and pypdf. The files are committed, so the
tests need none of this; run it again only to change a case. Each file holds
one case (and, where it helps, a control the rule must still flag):

PowerPoint (python-pptx):
- title-no-index.pptx: a slide whose title placeholder says `idx="4294967295"`
  (the "no index" value some programs write) and no position of its own, with a
  text box under it.
- own-layouts.pptx: slide 1 on the Section Header layout (its text sits above
  the title), slide 2 on Picture with Caption (the picture above the title),
  slide 3 a control: two text boxes added bottom first.
- same-names.pptx: two text boxes both named "Text", added bottom first.
- chart-only.pptx: one slide holding a chart and nothing else.
- video-only.pptx: one slide holding a video (no captions) and nothing else.
- captioned-video.pptx: the same, with a caption track in the video's extensions.
- sections.pptx: three sections, "Default Section", "Budget" and "budget".
- blank-table.pptx: a 3 x 3 table whose middle row is empty.

Word (python-docx):
- address-block.docx: a bold three-line address followed by a letter, then a
  lone bold line followed by text (a real fake heading, the control).
- board-paper_v2.docx: its title is "board-paper_v2", the file's own name.
- carers-plan.docx: its title is "Carers plan": words, not a file name.
- unnamed-picture.docx: a picture with no name and no alt text.
- blanks.docx: text lined up with three tabs, and with six spaces; two spaces
  after a full stop (left alone).
- controls.docx: two content controls (w:sdt), one with a title, one without.
- watermark.docx: a "DRAFT" text watermark in the header (the VML shape Word
  writes, PowerPlusWaterMarkObject).
- tables.docx: a table with no style and no header row (a layout table) whose
  second row and third column are empty; a Table Grid table with a header row.

PDF:
- empty-language.pdf: ../structure/export-tagged.pdf (LibreOffice, tagged)
  with its catalog /Lang set to an empty string (pypdf).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
P14_NS = "http://schemas.microsoft.com/office/powerpoint/2010/main"
STRUCTURE = HERE.parent / "structure"


def make_png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _presentation():  # type: ignore[no-untyped-def]
    from pptx import Presentation

    prs = Presentation()
    prs.core_properties.title = "Carers' support service"
    prs.core_properties.language = "en-GB"
    return prs


def make_title_no_index(path: Path) -> None:
    from pptx.util import Cm, Pt

    prs = _presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # Title Only
    slide.shapes.title.text = "What we agreed"
    ph = slide.shapes.title.element.find(".//{*}nvPr/{*}ph")
    ph.set("idx", "4294967295")
    box = slide.shapes.add_textbox(Cm(2), Cm(6), Cm(20), Cm(3))
    box.text_frame.text = "The service starts in April."
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    prs.save(str(path))


def make_own_layouts(path: Path, png: Path) -> None:
    from pptx.util import Cm, Pt

    prs = _presentation()
    section = prs.slides.add_slide(prs.slide_layouts[2])  # Section Header
    section.shapes.title.text = "Part two: transport"
    section.placeholders[1].text = "How people get to the meeting"
    caption = prs.slides.add_slide(prs.slide_layouts[8])  # Picture with Caption
    caption.shapes.title.text = "The new minibus"
    picture = caption.placeholders[1].insert_picture(str(png))
    picture._element.nvPicPr.cNvPr.set("descr", "A white minibus with a ramp at the back.")
    caption.placeholders[2].text = "It has room for two wheelchairs."
    control = prs.slides.add_slide(prs.slide_layouts[5])  # Title Only
    control.shapes.title.text = "Next steps"
    for top, text in ((12, "Then we write to carers."), (6, "First we agree the budget.")):
        box = control.shapes.add_textbox(Cm(2), Cm(top), Cm(20), Cm(2))
        box.text_frame.text = text
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    prs.save(str(path))


def make_same_names(path: Path) -> None:
    from pptx.util import Cm, Pt

    prs = _presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Next steps"
    for top, text in ((12, "Then we write to carers."), (6, "First we agree the budget.")):
        box = slide.shapes.add_textbox(Cm(2), Cm(top), Cm(20), Cm(2))
        box.text_frame.text = text
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
        box.name = "Text"
    prs.save(str(path))


def make_chart_only(path: Path) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Cm

    prs = _presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # Blank
    data = CategoryChartData()
    data.categories = ["2023", "2024"]
    data.add_series("Carers", (120, 180))
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Cm(2), Cm(2), Cm(20), Cm(12), data
    )
    frame._element.nvGraphicFramePr.cNvPr.set("descr", "Carers: 120 in 2023, 180 in 2024.")
    prs.save(str(path))


def make_video_only(path: Path, png: Path) -> None:
    from io import BytesIO

    from pptx.util import Cm

    prs = _presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # Blank
    # Not a playable film: the checks read the slide, never the video's bytes.
    movie = BytesIO(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    video = slide.shapes.add_movie(
        movie, Cm(2), Cm(2), Cm(16), Cm(9), poster_frame_image=str(png), mime_type="video/mp4"
    )
    video._element.nvPicPr.cNvPr.set("descr", "A carer talks about the service.")
    prs.save(str(path))


def make_captioned_video(path: Path, png: Path) -> None:
    from lxml import etree

    make_video_only(path, png)
    from pptx import Presentation

    prs = Presentation(str(path))
    video = prs.slides[0].shapes[0]._element
    nv_pr = video.find(".//{*}nvPr")
    ext_lst = nv_pr.find("{*}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(nv_pr, f"{{{P_NS}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{P_NS}}}ext", uri="{DAA4B4D4-6D71-4841-9C94-3DE7FCFB9230}")
    media = etree.SubElement(ext, f"{{{P14_NS}}}media")
    tracks = etree.SubElement(media, f"{{{P14_NS}}}trackLst")
    etree.SubElement(tracks, f"{{{P14_NS}}}track", name="English", lang="en-GB")
    prs.save(str(path))


def make_sections(path: Path) -> None:
    from lxml import etree

    prs = _presentation()
    ids = []
    for title in ("Welcome", "Spending", "Next year"):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = title
        ids.append(slide.slide_id)
    root = prs.part._element
    ext_lst = root.find(f"{{{P_NS}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(root, f"{{{P_NS}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{P_NS}}}ext", uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    sections = etree.SubElement(ext, f"{{{P14_NS}}}sectionLst")
    names = ("Default Section", "Budget", "budget")
    for n, (name, slide_id) in enumerate(zip(names, ids, strict=True)):
        section = etree.SubElement(
            sections,
            f"{{{P14_NS}}}section",
            name=name,
            id=f"{{0000000{n}-0000-0000-0000-000000000000}}",
        )
        listed = etree.SubElement(section, f"{{{P14_NS}}}sldIdLst")
        etree.SubElement(listed, f"{{{P14_NS}}}sldId", id=str(slide_id))
    prs.save(str(path))


def make_blank_table_pptx(path: Path) -> None:
    from pptx.util import Cm

    prs = _presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Attendance"
    table = slide.shapes.add_table(3, 3, Cm(2), Cm(5), Cm(18), Cm(4)).table
    for c, text in enumerate(["Group", "March", "April"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["Carers", "12", "15"]):
        table.cell(2, c).text = text
    prs.save(str(path))


def make_blanks(path: Path) -> None:
    doc = _document("Meeting details")
    doc.add_heading("Meeting details", level=1)
    doc.add_paragraph("Chair:\t\t\tAmina Khan")
    doc.add_paragraph("Date:      12 March 2026")
    doc.add_paragraph("We meet in the library.  It has a ramp at the front.")
    doc.save(str(path))


def make_long_heading(path: Path) -> None:
    doc = _document("Travel")
    doc.add_heading("Travel", level=1)
    doc.add_paragraph("We pay for your travel to the meeting.")
    doc.add_heading(
        "How to claim back the money you spent on taxis, trains and buses when you came to "
        "the meeting, and who to send your receipts to",
        level=2,
    )
    doc.add_paragraph("Send your receipts to Sam by the end of the month.")
    doc.save(str(path))


def make_controls(path: Path) -> None:
    from docx.oxml import parse_xml

    doc = _document("Expenses claim")
    doc.add_heading("Expenses claim", level=1)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for alias in ('<w:alias w:val="Your name"/>', ""):
        doc.element.body.append(
            parse_xml(
                f"<w:sdt {w}><w:sdtPr>{alias}<w:text/></w:sdtPr><w:sdtContent><w:p><w:r>"
                "<w:t>Click to type</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            )
        )
    doc.add_paragraph("Send the form to the meeting organiser.")
    body = doc.element.body
    body.append(body.find("{*}sectPr"))  # the section properties stay last
    doc.save(str(path))


def make_watermark(path: Path) -> None:
    from docx.oxml import parse_xml

    doc = _document("Budget paper")
    doc.add_heading("Budget paper", level=1)
    doc.add_paragraph("The budget for next year is the same as this year.")
    header = doc.sections[0].header.paragraphs[0]
    header.add_run()._r.append(
        parse_xml(
            '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="PowerPlusWaterMarkObject1" '
            'type="#_x0000_t136" style="position:absolute;width:400pt;height:100pt">'
            '<v:textpath string="DRAFT"/></v:shape></w:pict>'
        )
    )
    doc.save(str(path))


def make_tables(path: Path) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = _document("Attendance")
    doc.add_heading("Attendance", level=1)
    layout = doc.add_table(rows=3, cols=3)
    for c, text in enumerate(["Group", "March", ""]):
        layout.cell(0, c).text = text
    for c, text in enumerate(["Carers", "12", ""]):
        layout.cell(2, c).text = text
    doc.add_paragraph("The second table has a header row.")
    real = doc.add_table(rows=2, cols=2)
    real.style = doc.styles["Table Grid"]
    for r, row in enumerate([["Group", "April"], ["Carers", "15"]]):
        for c, text in enumerate(row):
            real.cell(r, c).text = text
    tr_pr = real.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))
    assert tr_pr.find(qn("w:tblHeader")) is not None
    doc.save(str(path))


def _document(title: str):  # type: ignore[no-untyped-def]
    from docx import Document
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    doc = Document()
    doc.core_properties.title = title
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    rpr.append(lang)
    return doc


def make_address_block(path: Path) -> None:
    doc = _document("Letter to carers")
    doc.add_heading("Letter to carers", level=1)
    for line in ("Carers' Centre", "12 High Street", "Leeds LS1 1AA"):
        doc.add_paragraph().add_run(line).bold = True
    doc.add_paragraph("Dear carers, thank you for coming to the meeting in March.")
    doc.add_paragraph().add_run("Travel costs").bold = True
    doc.add_paragraph("We pay for taxis and trains. Keep your tickets and send them to us.")
    doc.save(str(path))


def make_titled(path: Path, title: str) -> None:
    doc = _document(title)
    doc.add_heading("Carers' support plan", level=1)
    doc.add_paragraph("The plan says how we support carers who come to the meetings.")
    doc.save(str(path))


def make_unnamed_picture(path: Path, png: Path) -> None:
    from docx.oxml.ns import qn

    doc = _document("Transport")
    doc.add_heading("Transport", level=1)
    doc.add_paragraph().add_run().add_picture(str(png))
    for doc_pr in doc.element.body.iter(qn("wp:docPr")):
        doc_pr.set("name", "")
    doc.add_paragraph("The minibus has room for two wheelchairs.")
    doc.save(str(path))


def make_online_video(path: Path, png: Path) -> None:
    """Word's Insert > Online Video: a poster picture whose docPr carries wp15:webVideoPr
    (python-docx has no call for it, so the extension is written as Word writes it)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    doc = _document("Our film")
    doc.add_heading("Our film", level=1)
    doc.add_paragraph().add_run().add_picture(str(png))
    doc_pr = next(doc.element.body.iter(qn("wp:docPr")))
    doc_pr.set("name", "Video 1")
    doc_pr.set("descr", "Members of the group talk about the new bus route")
    doc_pr.append(
        parse_xml(
            '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:ext uri="{C809E66F-F1BF-436E-b5F7-EEA9579F0CBA}">'
            '<wp15:webVideoPr xmlns:wp15="http://schemas.microsoft.com/office/word/2012/'
            'wordprocessingDrawing" embeddedHtml="&lt;iframe src=&quot;https://www.example.org'
            '/film&quot;&gt;&lt;/iframe&gt;" h="270" w="480"/></a:ext></a:extLst>'
        )
    )
    doc.add_paragraph("The film is five minutes long.")
    doc.save(str(path))


def make_empty_language(path: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=str(STRUCTURE / "export-tagged.pdf"))
    writer._root_object[NameObject("/Lang")] = TextStringObject("")
    with path.open("wb") as out:
        writer.write(out)


def main() -> None:
    png = HERE / "_picture.png"
    png.write_bytes(make_png(90, 60))
    try:
        make_title_no_index(HERE / "title-no-index.pptx")
        make_own_layouts(HERE / "own-layouts.pptx", png)
        make_same_names(HERE / "same-names.pptx")
        make_chart_only(HERE / "chart-only.pptx")
        make_video_only(HERE / "video-only.pptx", png)
        make_address_block(HERE / "address-block.docx")
        make_titled(HERE / "board-paper_v2.docx", "board-paper_v2")
        make_titled(HERE / "carers-plan.docx", "Carers plan")
        make_unnamed_picture(HERE / "unnamed-picture.docx", png)
        make_empty_language(HERE / "empty-language.pdf")
        make_captioned_video(HERE / "captioned-video.pptx", png)
        make_sections(HERE / "sections.pptx")
        make_blank_table_pptx(HERE / "blank-table.pptx")
        make_blanks(HERE / "blanks.docx")
        make_long_heading(HERE / "long-heading.docx")
        make_online_video(HERE / "online-video.docx", png)
        make_controls(HERE / "controls.docx")
        make_watermark(HERE / "watermark.docx")
        make_tables(HERE / "tables.docx")
    finally:
        png.unlink()


if __name__ == "__main__":
    main()
