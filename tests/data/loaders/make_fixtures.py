"""Build the small loader fixtures in this folder.

Run from anywhere:  python tests/data/loaders/make_fixtures.py

Needs python-docx and pypdf (project dependencies) and LibreOffice
(`soffice`) for the PDFs. The files are committed, so the tests do not need
LibreOffice; run this again only to change a fixture.

What each file is for:

- agenda.docx: headings (Title, Heading 1/2, a custom style based on
  Heading 2), paragraphs, bullet and numbered lists with levels, a table
  with a header row and merged cells between paragraphs, a content control,
  a text box (new and old form, as Word writes it), a caption, a justified
  bold 14 pt paragraph, a header and a footer shared by two sections, core
  properties with a title, language en-GB.
- no-coreprops.docx: a one-paragraph document without docProps/core.xml.
- macro.docm: agenda-like text saved with the macro-enabled content type.
- report.pdf: LibreOffice export, 3 pages; pages 1-2 text, page 3 only a picture.
- scanned.pdf: LibreOffice export of a document that is only a picture.
- password.pdf: report.pdf encrypted with a user password ("secret").
- owner-only.pdf: report.pdf encrypted with only an owner password.
- notes.md: Markdown with front matter, code, lists, a table, an image.
- utf8.txt, utf16.txt (with BOM), cp1252.txt: the same minutes in three encodings.
"""

from __future__ import annotations

import re
import shutil
import struct
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from office_tools import convert  # noqa: E402

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

LONG = (
    "The committee agreed that the new community transport scheme should start in the "
    "spring. Members asked officers to report back on the cost of running the service in "
    "rural areas, and on how residents without a smartphone could book a journey."
)


def main() -> None:
    make_agenda(HERE / "agenda.docx")
    make_no_coreprops(HERE / "no-coreprops.docx")
    make_docm(HERE / "macro.docm")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        png = work / "picture.png"
        png.write_bytes(make_png(240, 120))
        report_docx = work / "report.docx"
        make_report_docx(report_docx, png)
        scanned_docx = work / "scanned.docx"
        make_scanned_docx(scanned_docx, png)
        to_pdf([report_docx, scanned_docx], work)
        shutil.copy(work / "report.pdf", HERE / "report.pdf")
        shutil.copy(work / "scanned.pdf", HERE / "scanned.pdf")
    encrypt(HERE / "report.pdf", HERE / "password.pdf", user="secret", owner="owner")
    encrypt(HERE / "report.pdf", HERE / "owner-only.pdf", user="", owner="owner")
    make_markdown(HERE / "notes.md")
    make_texts()
    for path in sorted(HERE.iterdir()):
        if path.suffix != ".py":
            print(f"{path.name:20} {path.stat().st_size:7d} bytes")


# --- Word ------------------------------------------------------------------------------


def make_agenda(path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.title = "Transport committee agenda"
    _set_language(doc, "en-GB")
    item = doc.styles.add_style("Agenda Item", WD_STYLE_TYPE.PARAGRAPH)
    item.base_style = doc.styles["Heading 2"]

    doc.add_paragraph("Transport committee", style="Title")
    doc.add_paragraph("Meeting on 4 March, 7pm, in the council chamber.")
    doc.add_paragraph("")  # empty: skipped, but must not upset the numbering
    doc.add_heading("Apologies", level=1)
    doc.add_paragraph("Apologies were received from:")
    doc.add_paragraph("Councillor Ahmed", style="List Bullet")
    doc.add_paragraph("Councillor Brown, who sent a report", style="List Bullet 2")
    doc.add_paragraph("Councillor Cole", style="List Bullet")
    doc.add_heading("Budget", level=1)
    doc.add_paragraph("Spending so far this year:")

    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate([["Item", "Budget", "Spent"], ["Buses", "£40,000", "£12,500"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    merged = table.cell(2, 0).merge(table.cell(2, 2))
    merged.text = "Totals to follow"
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = tr_pr.makeelement(qn("w:tblHeader"), {})
    tr_pr.append(header)

    doc.add_paragraph("Figure 1: spending by month", style="Caption")
    doc.add_paragraph("Item 3: Community transport", style="Agenda Item")
    para = doc.add_paragraph(LONG)
    para.add_run("")  # an empty run must not spoil "all runs bold"
    warning = doc.add_paragraph()
    warning.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    run = warning.add_run("This item is confidential.")
    run.bold = True
    run.font.size = Pt(14)

    anchor = doc.add_paragraph("See the box.")
    anchor.runs[0]._r.addnext(_text_box_run("Contact the clerk on 01234 567890."))
    numbered = doc.add_paragraph("Agree the timetable")
    _set_numbering(numbered, num_id=1, ilvl=1)
    _add_content_control(doc, "Any other business")

    section = doc.sections[0]
    section.header.paragraphs[0].text = "Transport committee, 4 March"
    section.footer.paragraphs[0].text = "Page footer text"
    doc.add_section()  # linked to the previous header: the header appears once
    doc.add_paragraph("Date of next meeting: 1 April.")
    doc.save(str(path))
    slim(path)


def _set_language(doc: object, lang: str) -> None:
    from docx.oxml.ns import qn

    styles = doc.styles.element  # type: ignore[attr-defined]
    lang_el = styles.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    lang_el.set(qn("w:val"), lang)


def _set_numbering(paragraph: object, num_id: int, ilvl: int) -> None:
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    num_pr = p_pr.makeelement(qn("w:numPr"), {})
    for tag, value in (("w:ilvl", ilvl), ("w:numId", num_id)):
        child = num_pr.makeelement(qn(tag), {qn("w:val"): str(value)})
        num_pr.append(child)
    p_pr.append(num_pr)


def _text_box_run(text: str) -> object:
    """A run holding a text box twice, as Word writes it: DrawingML and a VML fallback."""
    from docx.oxml import parse_xml

    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    xml = f"""
<w:r xmlns:w="{W}"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic>
        <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
          <wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>
        </a:graphicData></a:graphic></wp:anchor></w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""
    return parse_xml(xml)


def _add_content_control(doc: object, text: str) -> None:
    from docx.oxml import parse_xml

    sdt = parse_xml(
        f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="AOB"/></w:sdtPr><w:sdtContent>'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    body = doc.element.body  # type: ignore[attr-defined]
    body.sectPr.addprevious(sdt)


def make_no_coreprops(path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("A document without core properties.")
    doc.save(str(path))
    slim(path, also={"docProps/core.xml"})


# Parts of python-docx's template that no test needs: dropping them keeps the
# fixtures small.
_UNNEEDED = {
    "word/stylesWithEffects.xml",
    "docProps/thumbnail.jpeg",
    "customXml/item1.xml",
    "customXml/itemProps1.xml",
    "customXml/_rels/item1.xml.rels",
}


def slim(path: Path, also: frozenset[str] | set[str] = frozenset()) -> None:
    """Remove unneeded parts, with their relationships and content-type entries."""
    drop = _UNNEEDED | set(also)
    targets = {name.rsplit("/", 1)[-1] for name in drop}

    def edit(name: str, data: bytes) -> bytes:
        text = data.decode("utf-8")
        for target in targets:
            text = re.sub(rf'<Relationship [^>]*Target="[^"]*{re.escape(target)}"[^>]*/>', "", text)
            text = re.sub(rf'<Override PartName="[^"]*/{re.escape(target)}"[^>]*/>', "", text)
        return text.encode("utf-8")

    _rewrite_zip(path, drop=drop, edit=edit)


def make_docm(path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("Macro-enabled minutes", level=1)
    doc.add_paragraph("This file has the macro-enabled content type.")
    tmp = path.with_suffix(".docx")
    doc.save(str(tmp))
    tmp.replace(path)
    slim(path)
    plain = "wordprocessingml.document.main+xml"
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"

    def edit(name: str, data: bytes) -> bytes:
        if name != "[Content_Types].xml":
            return data
        text = data.decode("utf-8")
        return text.replace(
            f"application/vnd.openxmlformats-officedocument.{plain}", macro
        ).encode()

    _rewrite_zip(path, drop=set(), edit=edit)


def _rewrite_zip(path: Path, drop: set[str], edit) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i)) for i in src.infolist() if i.filename not in drop]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name.endswith((".xml", ".rels")):
                data = edit(name, data)
            out.writestr(name, data)


# --- PDF -------------------------------------------------------------------------------


def make_report_docx(path: Path, png: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.title = "Community transport report"
    doc.add_heading("Community transport report", level=1)
    for n in range(3):
        doc.add_paragraph(f"Paragraph {n + 1}. {LONG}").paragraph_format.space_after = Pt(10)
    doc.add_paragraph("Buses run every hour.", style="List Bullet")
    doc.add_paragraph("Taxis can be booked by phone.", style="List Bullet")
    doc.add_paragraph("The end of page one.").runs[0].add_break(WD_BREAK.PAGE)
    doc.add_heading("Costs", level=1)
    doc.add_paragraph(f"Page two starts here. {LONG}")
    last = doc.add_paragraph("The end of page two.")
    last.runs[0].add_break(WD_BREAK.PAGE)
    doc.add_picture(str(png))
    doc.save(str(path))


def make_scanned_docx(path: Path, png: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_picture(str(png))
    doc.save(str(path))


def to_pdf(files: list[Path], outdir: Path) -> None:
    convert(files, outdir)


def encrypt(src: Path, dest: Path, *, user: str, owner: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    # RC4 needs no extra crypto package, so the script runs with pypdf alone.
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    with dest.open("wb") as f:
        writer.write(f)


def make_png(width: int, height: int) -> bytes:
    """A grey-scale PNG with stripes, written with zlib and struct only."""
    rows = b"".join(
        b"\x00" + bytes((255 if (x // 20 + y // 20) % 2 else 40) for x in range(width))
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


# --- text formats ------------------------------------------------------------------------

MARKDOWN = """\
---
title: Notes
author: Clerk
---
# Parish council notes

The meeting opened at 7pm. Run `make minutes` to rebuild.
See the [budget page](https://example.org/budget) for details.

![Map of the new bus route](route.png)

<!-- a comment nobody should read -->

```
print("code is not prose")
```

## Actions

- Write to the county council
  - Copy in the MP
- Book the hall

1. First numbered point
2. Second numbered point

> A quoted comment from a resident.

| Action | Who |
|--------|-----|
| Letter | Clerk |

Setext heading
--------------

Last paragraph.
"""

MINUTES = (
    "Minutes of the meeting\n"
    "======================\n"
    "\n"
    "The chair said “thank you” to everyone – especially the volunteers.\n"
    "The hall costs £25 an hour, which members\n"
    "thought was fair.\n"
    "\n"
    "- Book the hall\n"
    "- Tell the newsletter\n"
    "\n"
    "Next steps\n"
    "----------\n"
    "Nothing more was said.\n"
)


def make_markdown(path: Path) -> None:
    path.write_bytes(MARKDOWN.encode("utf-8"))


def make_texts() -> None:
    (HERE / "utf8.txt").write_bytes(MINUTES.encode("utf-8"))
    (HERE / "utf16.txt").write_bytes(MINUTES.replace("\n", "\r\n").encode("utf-16"))
    (HERE / "cp1252.txt").write_bytes(MINUTES.replace("\n", "\r\n").encode("cp1252") + b"\x0c")


if __name__ == "__main__":
    main()
