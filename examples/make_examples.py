"""Build the example meeting pack in this folder.

    python examples/make_examples.py

Writes, next to this script:

- agenda.docx  (python-docx)
- paper.pdf    (python-docx, then LibreOffice converts it to PDF)
- notes.md     (plain Markdown)

The pack is for a made-up meeting of the "Carers' Voice Partnership Board".
Problems are put in on purpose so that people can see accessicheck find them:
docs/examples.md lists them.

The output is deterministic: fixed dates, no randomness, fixed timestamps
inside the .docx zip, and fixed dates and document ID inside the PDF. The PDF
needs LibreOffice (`soffice` on the PATH, or set the SOFFICE environment
variable); without it the other two files are still written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from office_tools import convert, find_soffice, save_docx  # noqa: E402

HERE = Path(__file__).resolve().parent

#: Every timestamp the pack carries. Nothing depends on today's date.
FIXED_TIME = dt.datetime(2026, 2, 20, 9, 30, 0)
PDF_DATE = "20260220093000"

BOARD = "Carers' Voice Partnership Board"


# --- shared .docx helpers -------------------------------------------------------------


def new_document(title: str, subject: str, keywords: str) -> docx.Document:
    """A document with British English, 12pt Arial body text and fixed properties."""
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    # Arial for East Asian / complex script slots too, so LibreOffice does not mix fonts.
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Arial")
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        d.styles[name].font.name = "Arial"
    _set_language(d, "en-GB")

    cp = d.core_properties
    cp.title = title
    cp.subject = subject
    cp.keywords = keywords
    cp.author = f"{BOARD} support team"
    cp.last_modified_by = f"{BOARD} support team"
    cp.comments = "Example document made by accessicheck's examples/make_examples.py"
    cp.language = "en-GB"
    cp.category = "Meeting papers"
    cp.revision = 1
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    return d


def _set_language(d: docx.Document, lang: str) -> None:
    """Set the default proofing language (Word and LibreOffice read it from docDefaults)."""
    styles = d.styles.element
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


def _add_field(paragraph, instruction: str) -> None:
    """Append a simple field such as PAGE or NUMPAGES."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def header_footer(d: docx.Document, header: str, footer: str) -> None:
    section = d.sections[0]
    section.header.paragraphs[0].text = header
    p = section.footer.paragraphs[0]
    p.text = f"{footer} · Page "
    _add_field(p, "PAGE")
    p.add_run(" of ")
    _add_field(p, "NUMPAGES")


def repeat_header_row(row) -> None:
    """Mark a table row as a header row (repeats on each page; read as headers)."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def table(
    d: docx.Document, header: list[str], rows: list[list[str]], widths_cm: list[float]
) -> None:
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for cell, text in zip(t.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    repeat_header_row(t.rows[0])
    for values in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    # Word reads the cell widths, LibreOffice the table grid: set both.
    for column, width in zip(t.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


# --- agenda.docx ------------------------------------------------------------------------


def build_agenda(path: Path) -> None:
    d = new_document(
        title=f"{BOARD}: agenda",
        subject="Agenda for the meeting on 12 March 2026",
        keywords="agenda; carers; co-production",
    )
    header_footer(d, BOARD, "Agenda")

    d.add_heading(f"{BOARD}: agenda", level=1)
    d.add_paragraph("Date: Thursday 12/03/2026")
    d.add_paragraph("Time: 10:30 to 13:00")
    d.add_paragraph(
        "Venue: Community Room, Hillside Carers' Centre, 14 Chapel Street, Leeds LS2 7DZ"
    )
    d.add_paragraph(
        "Online: join on Microsoft Teams at "
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FyZXJzVm9pY2U%40thread.v2/0 "
        "or dial in on 0113 496 0372 (conference ID 482 915 603#)."
    )
    d.add_paragraph("Co-chairs: Bernadette Okafor (carer member) and Dr Alan Whitfield (ICB)")

    d.add_heading("About this meeting", level=2)
    d.add_paragraph(
        "The purpose of this meeting of the Partnership Board is to enable members to "
        "receive updates from the ICB and partner organisations on the implementation of "
        "the refreshed carers' strategy, to consider the findings of the recent carers' "
        "survey and to agree the priorities which will be taken forward into the delivery "
        "plan for the coming financial year."
    )
    d.add_paragraph(
        "Minutes will be approved by the board at the start of the meeting. At item 4, "
        "members will be asked to make a decision on which option for step-down care "
        "the board will support."
    )
    d.add_paragraph(
        "Papers marked For noting are for information only. They will not be discussed "
        "unless a member raises them under Matters arising or AOB."
    )

    d.add_heading("Agenda items", level=2)
    table(
        d,
        ["Time", "Item", "Lead", "Purpose"],
        [
            ["10:30", "1. Welcome, introductions and apologies", "Co-chairs", "For information"],
            [
                "10:40",
                "2. Minutes of the last meeting and matters arising",
                "Co-chairs",
                "For approval",
            ],
            ["10:55", "3. Update from the ICB carers' lead", "Priya Nair, ICB", "For noting"],
            [
                "11:15",
                "4. Step-down care after a hospital stay (paper A)",
                "Tom Hartley, commissioning manager",
                "For decision",
            ],
            [
                "11:55",
                "5. Carers' survey 2025: what carers told us",
                "Joy Mensah, Hillside Carers' Centre",
                "For discussion",
            ],
            ["12:15", "Comfort break (15 minutes)", "", ""],
            ["12:30", "6. Young carers' project: update", "Young carers' group", "For discussion"],
            ["12:50", "7. AOB", "Co-chairs", ""],
            ["13:00", "Close", "", ""],
        ],
        widths_cm=[1.6, 7.0, 4.4, 3.6],
    )

    d.add_heading("Before the meeting", level=2)
    d.add_paragraph(
        "Please read paper A before the meeting. It explains the three options for "
        "step-down care. The notes of our last meeting are attached too."
    )
    d.add_paragraph("What to bring:")
    for item in (
        "your copy of the papers (we have large print copies if you ask us)",
        "your expenses form if you are claiming travel costs",
        "any questions you would like the co-chairs to ask",
    ):
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("Contact us", level=2)
    d.add_paragraph(
        "If you have any access requirements, or you cannot come, please contact "
        "Sam Patel on 0113 496 0581 or email carersvoice@example.org by Monday 9 March."
    )
    d.add_paragraph("Carer members are paid £25 for taking part. We also pay travel expenses.")
    save_docx(d, path)


# --- paper.pdf --------------------------------------------------------------------------

PAPER_TITLE = "Step-down care after a hospital stay: options for 2026 to 2027"

# (kind, text): "h1", "h2", "p", "li" or "meta" (a plain line under the title).
PAPER: list[tuple[str, str]] = [
    ("h1", PAPER_TITLE),
    ("meta", f"Paper A, for decision. {BOARD}, 12 March 2026."),
    ("meta", "Written by the commissioning team, with the Carers' Voice reading group."),
    ("h2", "Summary"),
    (
        "p",
        "This paper is about the care people get when they leave hospital but are not "
        "ready to go home yet. We call this step-down care. It might be a few weeks in a "
        "care home bed. Or it might be extra visits at home from a care team.",
    ),
    (
        "p",
        "From April 2026 this care will be arranged in a new way. There are three options. "
        "We would like your views on them at the meeting. The ICB board will use your views "
        "when it decides in May.",
    ),
    ("h2", "Purpose of this paper"),
    (
        "p",
        "The Board is asked to note the contents of this paper and to make a recommendation "
        "to the integrated care board (ICB) on the preferred option for the future "
        "commissioning of step-down provision, taking into account the feedback received "
        "from carers through the 2025 survey and the engagement sessions held in the autumn.",
    ),
    ("h2", "Background"),
    (
        "p",
        "Following the outcome of the 2024 system-wide review of intermediate care, it was "
        "identified that the current configuration of step-down provision, which is "
        "commissioned through a combination of block-purchased bed-based capacity and "
        "spot-purchased domiciliary packages, does not represent best value and is not "
        "consistently aligned with the discharge to assess model set out in national UEC "
        "guidance.",
    ),
    (
        "p",
        "More people need step-down care each year. In 2024 to 2025, 1,412 people went from "
        "hospital to a step-down bed. Two years before, it was 1,180 people.",
    ),
    (
        "p",
        "Most of these people are over 75. Many have more than one long-term condition. "
        "About half of them have a family carer who helps them every day.",
    ),
    (
        "p",
        "Current provision is delivered by four independent sector providers and the "
        "in-house reablement service, with bed-based capacity concentrated in the north of "
        "the city. Utilisation of commissioned beds has been variable, with occupancy "
        "falling below 80% in eight of the last twelve months while, over the same period, "
        "delayed discharges attributable to the unavailability of domiciliary care "
        "packages increased.",
    ),
    ("h2", "What we found"),
    (
        "p",
        "A risk stratification exercise was undertaken using discharge data for 2024 to 2025. "
        "Patients were categorised according to frailty score, number of co-morbidities and "
        "the level of informal carer support available at the point of discharge.",
    ),
    (
        "p",
        "It is not uncommon for people in the highest risk group to be readmitted within "
        "30 days. We cannot say that the current arrangements are not working for some "
        "families, but the evidence does not suggest that they are not failing others.",
    ),
    (
        "p",
        "Carers told us three things. They want to know the plan before the person leaves "
        "hospital. They want one named person to contact. And they do not want to be pushed "
        "into giving care they cannot manage.",
    ),
    (
        "p",
        "One carer said: \u201cNobody asked me if I could cope. They just rang to say Mum "
        "was coming home on Friday.\u201d",
    ),
    ("h2", "The three options"),
    ("h3", "Option 1: keep things as they are"),
    (
        "p",
        "We would keep the same number of care home beds and the same home care. This is "
        "the easiest option. But it does not fix the problems carers told us about.",
    ),
    ("h3", "Option 2: fewer beds, more care at home"),
    (
        "p",
        "We would buy 20 fewer care home beds. The money saved would pay for more home "
        "care visits in the first six weeks after a hospital stay. More people could go "
        "straight home. Carers would get more help at home, but some might feel they have "
        "to do more.",
    ),
    ("h3", "Option 3: a new step-down hub"),
    (
        "p",
        "Step-down provision would be consolidated into a single hub model with an "
        "integrated multidisciplinary team, a single point of access for referrals and "
        "trusted assessor arrangements, in order to facilitate timely flow from acute "
        "settings and to optimise the utilisation of both bed-based and community capacity.",
    ),
    ("h2", "Risks"),
    (
        "p",
        "Any reduction in bed-based capacity would be mitigated through enhanced "
        "domiciliary provision; however, workforce availability within the domiciliary care "
        "market remains a significant constraint and it should not be assumed that "
        "additional packages could be sourced within the required timescales.",
    ),
    (
        "p",
        "Carers may be expected to do more, without being asked. We will not let that "
        "happen. Every carer will be offered a carer's assessment before the person they "
        "care for comes home.",
    ),
    ("h2", "What we are asking the Board to do"),
    ("li", "Tell us which option you prefer, and why."),
    ("li", "Tell us what would make each option work better for carers."),
    ("li", "Agree who from the Board will join the group that plans the change."),
    ("h2", "Contact"),
    ("p", "Tom Hartley, commissioning manager. Phone 0113 496 0628 or email stepdown@example.org."),
]


def build_paper_docx(path: Path) -> None:
    d = new_document(
        title=PAPER_TITLE,
        subject="Briefing paper A for the Carers' Voice Partnership Board, 12 March 2026",
        keywords="step-down care; hospital discharge; carers; commissioning",
    )
    header_footer(d, f"{BOARD} · Paper A", "Step-down care options")
    levels = {"h1": 1, "h2": 2, "h3": 3}
    for kind, text in PAPER:
        if kind in levels:
            d.add_heading(text, level=levels[kind])
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    save_docx(d, path)


#: LibreOffice PDF export with tags (headings, lists and tables marked up) and the
#: document title shown in the window title bar.
PDF_FILTER = (
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
    '"DisplayPDFDocumentTitle":{"type":"boolean","value":"true"}}'
)


_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
_PDF_XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([0-9T:\-]{19})")
_PDF_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)")
_PDF_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})")


def pin_pdf(data: bytes) -> bytes:
    """Replace the export time, file ID and checksum with fixed values of the same length.

    LibreOffice stamps each export with the time and a random ID. Byte lengths
    stay the same, so the cross-reference offsets stay valid.
    """
    data = _PDF_DATE.sub(lambda m: m.group(1) + PDF_DATE.encode(), data)
    data = _PDF_XMP_DATE.sub(lambda m: m.group(1) + b"2026-02-20T09:30:00", data)
    blank = b"0" * 32
    data = _PDF_ID.sub(lambda m: m.group(1) + blank + m.group(3) + blank + m.group(5), data)
    data = _PDF_CHECKSUM.sub(lambda m: m.group(1) + blank, data)
    digest = hashlib.md5(data).hexdigest().upper().encode()
    data = _PDF_ID.sub(lambda m: m.group(1) + digest + m.group(3) + digest + m.group(5), data)
    return data


def build_paper_pdf(path: Path, soffice: str) -> None:
    with tempfile.TemporaryDirectory(prefix="accessicheck-paper-") as tmp:
        source = Path(tmp) / "paper.docx"
        build_paper_docx(source)
        pdf = convert([source], Path(tmp), PDF_FILTER, soffice=soffice, timeout=180)[0]
        path.write_bytes(pin_pdf(pdf.read_bytes()))


# --- notes.md ---------------------------------------------------------------------------

NOTES = f"""\
# {BOARD}: notes of the last meeting

Thursday 15 January 2026, 10:30 to 13:00, Hillside Carers' Centre and on Microsoft Teams.

## Who was there

| Name | Role | Came |
|---|---|---|
| Bernadette Okafor | Co-chair, carer member | In person |
| Dr Alan Whitfield | Co-chair, ICB | Online |
| Joy Mensah | Hillside Carers' Centre | In person |
| Priya Nair | ICB carers' lead | Online |
| Tom Hartley | Commissioning manager | In person |
| Marcus Lee | Carer member | Sent apologies |
| Hannah Doyle | Carer member | In person |

## 1. Welcome

Bernadette welcomed everyone. Hannah joined the board for the first time and
everyone said hello.

## 2. Notes of the November meeting

The notes were agreed as a true record. There were no matters arising.

## 3. Carers' survey 2025

Joy shared the first results. 312 carers answered the survey. Most said that
getting a break was the thing that would help them most.

It was noted by the board that the response rate from carers from minority
ethnic communities remained disproportionately low relative to the demographic
profile of the area, and it was agreed that a targeted piece of engagement work
would be scoped by the PPIE subgroup, in collaboration with relevant voluntary
and community sector partners, prior to the next iteration of the survey being
commissioned.

## 4. Hospital discharge

Tom explained that the commissioning intentions for step-down provision were
being reviewed. Carers said that they are often told about a discharge on the
day. Hannah said this had happened to her twice.

The board asked Tom to bring a paper with options to the March meeting.

## 5. Any other business

Priya said the carers' emergency card will be relaunched in the spring.

PLEASE BRING YOUR EXPENSES FORM TO THE NEXT MEETING. WE CANNOT PAY YOU WITHOUT IT.

## Actions

- Tom to write a paper on step-down care options for the March meeting.
- Joy to share the full survey results with members by the end of February.
- The PPIE subgroup to plan how to reach more carers from minority ethnic communities.
- Sam to send out the papers for the next meeting two weeks before it.

## Next meeting

Thursday 12 March 2026, 10:30 to 13:00, at Hillside Carers' Centre and on Microsoft Teams.
"""


def build_notes(path: Path) -> None:
    path.write_text(NOTES, encoding="utf-8", newline="\n")


# --- main -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write to")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    build_agenda(out / "agenda.docx")
    build_notes(out / "notes.md")
    written = ["agenda.docx", "notes.md"]

    soffice = find_soffice()
    status = 0
    if soffice is None:
        print(
            "LibreOffice (soffice) was not found, so paper.pdf was not rebuilt. "
            "Install LibreOffice or set SOFFICE to its path.",
            file=sys.stderr,
        )
        status = 1
    else:
        build_paper_pdf(out / "paper.pdf", soffice)
        written.append("paper.pdf")

    for name in written:
        size = (out / name).stat().st_size
        print(f"wrote {name} ({size / 1000:.1f} KB)")
    return status


if __name__ == "__main__":
    sys.exit(main())
