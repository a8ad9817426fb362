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
- video-only.pptx: one slide holding a video and nothing else.

Word (python-docx):
- address-block.docx: a bold three-line address followed by a letter, then a
  lone bold line followed by text (a real fake heading, the control).
- board-paper_v2.docx: its title is "board-paper_v2", the file's own name.
- carers-plan.docx: its title is "Carers plan": words, not a file name.
- unnamed-picture.docx: a picture with no name and no alt text.

PDF:
- empty-language.pdf: ../structure/export-tagged.pdf (LibreOffice, tagged)
  with its catalog /Lang set to an empty string (pypdf).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
    finally:
        png.unlink()


if __name__ == "__main__":
    main()
