"""Build the Word and PDF agendas in this folder (the .md and .txt ones are written by hand).

    python tests/data/agendas/make_agendas.py [--out DIR]

Every agenda here is made up for accessicheck's tests: the people, phone
numbers (Ofcom's numbers kept for drama), e-mail addresses (example.org) and
meeting links are not real. The expected fields for each agenda are in
NAME.expected.json, written by hand from the text below, not from what the
extractor finds.

The .pdf agendas are made by building a .docx in a temporary folder and
converting it with LibreOffice (`soffice` on the PATH, or the SOFFICE
environment variable). Without LibreOffice the PDFs are left as they are.
The output is deterministic apart from the fonts LibreOffice finds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from office_tools import convert, find_soffice, save_docx  # noqa: E402

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 2, 20, 9, 30, 0)

#: An element: (kind, content). Kinds: h1, h2, p, li (bullet), ol (numbered),
#: table (rows; the first row is a marked header row), grid (rows, no header).
Element = tuple[str, object]


def new_document(title: str, size: float = 12) -> docx.Document:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(size)
    for name in ("Heading 1", "Heading 2"):
        d.styles[name].font.name = "Arial"
    cp = d.core_properties
    cp.title = title
    cp.author = "accessicheck tests"
    cp.last_modified_by = "accessicheck tests"
    cp.language = "en-GB"
    cp.revision = 1
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    return d


def mark_header_row(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def add_table(d: docx.Document, rows: Sequence[Sequence[str]], header: bool) -> None:
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, values in enumerate(rows):
        cells = t.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            paragraphs = text.split("\n")
            cell.text = paragraphs[0]
            for extra in paragraphs[1:]:
                cell.add_paragraph(extra)
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        if header and i == 0:
            mark_header_row(t.rows[0])


def build(title: str, elements: Sequence[Element], size: float = 12) -> docx.Document:
    d = new_document(title, size)
    for kind, content in elements:
        if kind == "h1":
            d.add_heading(str(content), level=1)
        elif kind == "h2":
            d.add_heading(str(content), level=2)
        elif kind == "p":
            d.add_paragraph(str(content))
        elif kind == "li":
            d.add_paragraph(str(content), style="List Bullet")
        elif kind == "ol":
            d.add_paragraph(str(content), style="List Number")
        elif kind in ("table", "grid"):
            add_table(d, content, header=kind == "table")  # type: ignore[arg-type]
        else:
            raise ValueError(kind)
    return d


# --- the agendas -------------------------------------------------------------------------


def carers_board() -> docx.Document:
    return build(
        "Carers' Partnership Board: agenda",
        [
            ("h1", "Carers' Partnership Board: agenda"),
            ("p", "Date: Thursday 12 March 2026"),
            ("p", "Time: 10:30 to 13:00"),
            ("p", "Where: Hillside Carers' Centre, 14 Chapel Street, Leeds LS2 7DZ, or online"),
            (
                "p",
                "Join online on Microsoft Teams: "
                ""
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FyZXJzQm9hcmQ%40thread.v2/0",
            ),
            ("p", "Join by phone: 0113 496 0219, conference ID 204 118 762#"),
            ("h2", "Agenda items"),
            (
                "table",
                [
                    ["Time", "Item", "Lead", "Purpose"],
                    ["10:30", "Welcome and introductions", "Co-chairs", "For information"],
                    [
                        "10:40",
                        "Carers' breaks fund\nWe will decide how to share out next year's money.",
                        "Joy Mensah",
                        "For decision",
                    ],
                    ["11:20", "Comfort break", "", ""],
                    [
                        "11:35",
                        "Hospital discharge\nCarers tell the hospital team what happens on the day "
                        "someone comes home.",
                        "Tom Hartley, discharge lead",
                        "For discussion",
                    ],
                    ["12:30", "Carers' week plans", "Priya Nair", "For information"],
                    ["12:50", "Any other business", "Co-chairs", ""],
                    ["13:00", "Close", "", ""],
                ],
            ),
            (
                "p",
                "If you have any access requirements, please tell Sam Patel on 0113 496 0581 "
                "or sam.patel@example.org by 5 March.",
            ),
        ],
    )


def mental_health_forum() -> docx.Document:
    return build(
        "Mental Health Service User Forum",
        [
            ("h1", "Mental Health Service User Forum"),
            ("p", "Agenda for Monday 20 April 2026, 10.30am to 2.30pm"),
            ("p", "St Mark's Community Centre, 5 Vicarage Road, Birmingham B15 3ES"),
            ("p", "Lunch is provided. Please tell us about any dietary needs."),
            ("li", "10.30am Welcome and ground rules (Dee Harper, chair)"),
            (
                "li",
                "10.45am Crisis line review: what worked and what did not (Kwame Asante) - for "
                "discussion",
            ),
            ("li", "11.30am Tea break"),
            (
                "li",
                "11.45am Peer support workers in A&E: the plan for next year (Nicola Ward) - for "
                "information",
            ),
            ("li", "12.30pm Lunch"),
            (
                "li",
                "1.15pm Forum budget: choosing the three projects to fund (Dee Harper) - for "
                "decision",
            ),
            ("li", "2.15pm Feedback on today and close"),
            ("p", "You can leave the room at any time. There is a quiet room next door."),
        ],
    )


def ppi_panel() -> docx.Document:
    return build(
        "Public involvement panel: online meeting",
        [
            ("h1", "Public involvement panel: online meeting"),
            ("p", "Wednesday 4 March 2026, 14:00 to 16:00, on Zoom"),
            ("p", "Zoom link: https://zoom.us/j/92813374021?pwd=UHBpUGFuZWwyMDI2"),
            ("p", "Meeting ID: 928 1337 4021. Passcode: 614522"),
            ("p", "Join by phone: 0131 496 0644 (meeting ID 928 1337 4021, passcode 614522)"),
            (
                "table",
                [
                    ["Time", "What we will do", "Who"],
                    ["14:00–14:15", "Welcome and how to use Zoom", "Hannah Boyd"],
                    [
                        "14:15–15:00",
                        "Falls prevention trial: we will read the draft leaflet together and "
                        "suggest changes",
                        "Dr Lewis Grant, trial manager",
                    ],
                    ["15:00–15:10", "Break", ""],
                    [
                        "15:10–15:45",
                        "Panel membership: how we can reach more people from rural areas",
                        "Hannah Boyd",
                    ],
                    ["15:45–16:00", "Close and what happens next", ""],
                ],
            ),
            ("p", "Live captions will be on. You can keep your camera off if you prefer."),
        ],
    )


def ld_board() -> docx.Document:
    return build(
        "Learning Disability Partnership Board: easy read agenda",
        [
            ("h1", "Learning Disability Partnership Board"),
            ("p", "Easy read agenda"),
            ("p", "When: Friday 27 March 2026"),
            ("p", "Time: 10 o'clock to 1 o'clock"),
            ("p", "Where: The Hub, 2 Brook Street, Leicester LE1 3GH"),
            (
                "grid",
                [
                    ["10 o'clock", "Welcome. We say hello and our names."],
                    ["Half past 10", "Annual health checks. Dr Mehta will tell us how to get one."],
                    ["11 o'clock", "Break. Tea and biscuits."],
                    ["Quarter past 11", "Day services. We will talk about the new timetable."],
                    ["12 o'clock", "Lunch."],
                    ["Half past 12", "Our news. Everyone can share good news."],
                    ["1 o'clock", "Goodbye."],
                ],
            ),
            ("p", "If you need help to get here, ring Kim on 0116 496 0320."),
        ],
        size=16,
    )


def research_advisory() -> docx.Document:
    return build(
        "Dementia research advisory group",
        [
            ("h1", "Dementia research advisory group"),
            ("p", "Tuesday 10 March 2026 from 10am to 12pm. We meet online on Google Meet."),
            ("p", "Joining link: https://meet.google.com/pqr-stuv-wxy"),
            ("h2", "1. Welcome and introductions (10:00)"),
            ("p", "Led by Margaret Ellis, chair. Everyone says who they are."),
            ("h2", "2. Memory clinic study: the interview questions (10:15)"),
            (
                "p",
                "Led by Dr Amina Yusuf. We will go through the questions the researchers want "
                "to ask people with dementia, and you can suggest clearer wording. For discussion.",
            ),
            ("h2", "3. Break (11:00)"),
            ("p", "Ten minutes to rest or make a drink."),
            ("h2", "4. Choosing a name for the study (11:10)"),
            ("p", "Led by Margaret Ellis. We will vote on the three names. For decision."),
            ("h2", "5. Close (11:50)"),
            ("p", "A summary of what we decided will be sent out within two weeks."),
        ],
    )


def discharge_group() -> docx.Document:
    return build(
        "Hospital discharge working group",
        [
            ("h1", "Hospital discharge working group"),
            ("p", "Dear members,"),
            (
                "p",
                "Our next meeting is on Wednesday 18 March 2026. It is a hybrid meeting: you can "
                "come to Meeting Room B, Royal Infirmary Education Centre, Derby Road, Nottingham "
                "NG7 2UH, or join on Microsoft Teams using the link in this letter.",
            ),
            (
                "p",
                "Teams link: "
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RGlzY2hhcmdl%40thread.v2/0",
            ),
            (
                "p",
                "We will start at 1pm with introductions, led by our co-chair Gail Stevens. At "
                "1.20pm, Dr Paul Rees will explain the new discharge checklist and ask for your "
                "comments. At 2pm we will stop for a 15-minute break. At 2.15pm, Lorraine Fox will "
                "share carers' stories about coming home from hospital, and we will discuss what "
                "should change. We will finish at 3pm.",
            ),
            (
                "p",
                "Please get in touch with Ann Cole on 0115 496 0477 if you need any support to "
                "take part.",
            ),
        ],
    )


def maternity_voices() -> docx.Document:
    return build(
        "Maternity and Neonatal Voices Partnership agenda",
        [
            ("h1", "Maternity and Neonatal Voices Partnership"),
            ("h2", "Agenda"),
            ("p", "Monday 23 March 2026, 10.00 to 12.30"),
            ("p", "Venue: Family Hub, 18 Queen Street, Cardiff CF10 2BU. Children are welcome."),
            (
                "grid",
                [
                    ["1", "10.00", "Welcome and introductions", "Chloe Evans"],
                    [
                        "2",
                        "10.15",
                        "Feedback from the 15 steps visit to the birth centre",
                        "Rhian Morgan",
                    ],
                    ["3", "11.00", "Break", ""],
                    [
                        "4",
                        "11.15",
                        "Infant feeding support after you go home",
                        "Sian Lloyd, infant feeding lead",
                    ],
                    ["5", "12.00", "Walk the patch: plans for the summer", "Chloe Evans"],
                    ["6", "12.25", "Close", ""],
                ],
            ),
            ("p", "Expenses for travel and childcare are paid. Ask Chloe on 029 2018 0356."),
        ],
    )


def ypag() -> docx.Document:
    return build(
        "Young People's Advisory Group",
        [
            ("h1", "Young People's Advisory Group"),
            ("p", "Tuesday 24 March 2026, 4.30pm to 6pm, on Microsoft Teams"),
            (
                "p",
                "Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_WVBBRw%40thread.v2/0",
            ),
            (
                "table",
                [
                    ["Item", "How long", "Who"],
                    ["Catch-up and icebreaker", "10 minutes", "Maya Singh"],
                    [
                        "Asthma app: test the new screens and tell us what is confusing",
                        "30 minutes",
                        "Dr Chris Webb",
                    ],
                    ["Break", "10 minutes", ""],
                    ["Ideas for the summer science fair", "30 minutes", "Maya Singh"],
                    ["Wrap up", "10 minutes", "Maya Singh"],
                ],
            ),
            (
                "p",
                "You get a £25 voucher for coming. Ask a parent or carer if you need help to join.",
            ),
        ],
    )


def dementia_hybrid() -> docx.Document:
    return build(
        "Dementia Carers Network",
        [
            ("h1", "Dementia Carers Network: meeting agenda"),
            ("p", "Date: 31 March 2026"),
            ("p", "Time: 14:00–16:00"),
            (
                "p",
                "Place: Oak Room, Age Well Centre, 22 Pier Road, Newcastle upon Tyne NE1 4BX, and "
                "on Webex",
            ),
            ("p", "Webex link: https://agewell.webex.com/meet/dementia.carers"),
            ("li", "14:00 – 14:20 Welcome and news — Jean Robson"),
            (
                "li",
                "14:20 – 15:00 Respite care: the new booking system, for discussion — Lee "
                "Armstrong",
            ),
            ("li", "15:00 – 15:15 Tea break"),
            (
                "li",
                "15:15 – 15:45 Dementia-friendly swimming: a report from the pilot — Chris Dunn",
            ),
            ("li", "15:45 – 16:00 Any other business — Jean Robson"),
        ],
    )


def healthwatch_pdf() -> docx.Document:
    return build(
        "Healthwatch volunteers' meeting",
        [
            ("h1", "Healthwatch volunteers' meeting: agenda"),
            ("p", "Thursday 2 April 2026, 10.30am to 12.30pm"),
            ("p", "Venue: Healthwatch office, 1 Bridge Street, York YO1 6DD"),
            (
                "table",
                [
                    ["Time", "Item", "Lead", "Purpose"],
                    ["10.30am", "Welcome and introductions", "Pat Brown", "For information"],
                    [
                        "10.45am",
                        "Enter and view visits to care homes: what we found",
                        "Ravi Patel",
                        "For discussion",
                    ],
                    ["11.30am", "Break", "", ""],
                    ["11.45am", "Volunteer expenses policy", "Pat Brown", "For decision"],
                    ["12.15pm", "Any other business", "Pat Brown", ""],
                ],
            ),
        ],
    )


def cancer_ppi_pdf() -> docx.Document:
    return build(
        "Cancer patient involvement group",
        [
            ("h1", "Cancer Patient Involvement Group"),
            ("p", "Agenda for the meeting on Wednesday 8 April 2026, 11:00 to 12:30"),
            (
                "p",
                "Online meeting on Microsoft Teams. Dial in: 020 7946 0152, conference ID 339 401 "
                "227#",
            ),
            (
                "p",
                "Link: "
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FuY2VyUFBJ%40thread.v2/0",
            ),
            ("ol", "11:00 Welcome (Ruth Hall, chair)"),
            (
                "ol",
                "11:10 Waiting times for scans: update from the hospital (Dr Ian Shaw) - for "
                "information",
            ),
            (
                "ol",
                "11:40 Patient leaflet on side effects: your comments (Ruth Hall) - for discussion",
            ),
            ("ol", "12:20 Any other business"),
        ],
    )


def ld_prose_pdf() -> docx.Document:
    return build(
        "Self-advocacy group meeting",
        [
            ("h1", "Speak Up Group meeting"),
            (
                "p",
                "The Speak Up Group meets on Tuesday 14 April 2026 at the Town Hall, 8 Market "
                "Place, Derby DE1 3AA. The meeting starts at 11am and ends at 2pm.",
            ),
            ("p", "At 11am, Lucy Green will welcome everyone."),
            ("p", "At 11.15am we will talk about bus passes with Mark Jones from the council."),
            ("p", "At 12pm there will be lunch."),
            ("p", "At 12.45pm we will plan the summer party. This is for decision."),
            ("p", "The Town Hall has a lift and an accessible toilet."),
        ],
    )


# Held out: written after the extractor was built, and not used to tune it.


def stakeholder_group() -> docx.Document:
    return build(
        "Stakeholder reference group",
        [
            ("h1", "Stakeholder Reference Group"),
            ("p", "Thursday 19 February 2026"),
            (
                "p",
                "Join in person at Conference Room 1, Riverside House, 2 Water Lane, Bristol BS1 "
                "6QS "
                "or remotely via Zoom: https://zoom.us/j/97531086420",
            ),
            ("p", "Audio only: dial 0117 496 0812 and use meeting ID 975 3108 6420."),
            (
                "table",
                [
                    ["Start", "Finish", "Session", "Facilitator", "Outcome"],
                    ["09:45", "10:00", "Arrival and coffee", "", ""],
                    [
                        "10:00",
                        "10:20",
                        "Welcome and purpose of the day",
                        "Nasreen Ali",
                        "Information",
                    ],
                    [
                        "10:20",
                        "11:30",
                        "Reviewing the draft care pathway",
                        "Paul Whitby",
                        "Discussion",
                    ],
                    ["11:30", "11:45", "Break", "", ""],
                    [
                        "11:45",
                        "12:30",
                        "Agreeing our top three priorities",
                        "Nasreen Ali",
                        "Decision",
                    ],
                    ["12:30", "12:45", "Next steps", "Paul Whitby", ""],
                ],
            ),
        ],
    )


def wellbeing_workshop_pdf() -> docx.Document:
    return build(
        "Wellbeing service co-design workshop",
        [
            ("h1", "Wellbeing Service co-design workshop"),
            (
                "p",
                "Saturday 21 March 2026 at Oakfield Community Centre, Elm Grove, Sheffield S7 1AB",
            ),
            ("h2", "Programme"),
            ("li", "10:00 - 10:30 Arrival, tea and coffee"),
            ("li", "10:30 - 11:15 What wellbeing means to you (small groups) - Amy Fraser"),
            ("li", "11:15 - 11:30 Break"),
            ("li", "11:30 - 12:30 Designing the drop-in sessions - Jo Kaur - for decision"),
            ("li", "12:30 - 13:00 Lunch"),
            ("li", "13:00 - 13:45 Sharing our ideas with the service managers"),
            ("li", "13:45 Close"),
            (
                "p",
                "The centre is step-free and has a hearing loop. Please tell Amy about any dietary "
                "needs.",
            ),
        ],
    )


def easy_read_forum() -> docx.Document:
    return build(
        "Have Your Say Forum",
        [
            ("h1", "Have Your Say Forum"),
            ("p", "Our next meeting is on Wednesday 25 March 2026."),
            ("p", "It is at the Friends Meeting House, 7 Mount Street, Manchester M2 5NS."),
            ("p", "We start at half past 10 and finish at half past 1."),
            ("h2", "What we will talk about"),
            ("li", "Half past 10. Hello and news."),
            (
                "li",
                "11 o'clock. Keeping safe on the bus. Sergeant Patel from the police will come.",
            ),
            ("li", "12 o'clock. Lunch."),
            ("li", "Half past 12. Jobs and volunteering. We will choose a day out to a workplace."),
            ("li", "Quarter past 1. What did you think of today?"),
        ],
        size=16,
    )


def steering_group() -> docx.Document:
    return build(
        "Involvement Steering Group",
        [
            ("h1", "Involvement Steering Group"),
            ("p", "Agenda – Tuesday 17 February 2026, 2pm to 4pm"),
            (
                "p",
                "Board Room, Riverside Hospital, Anlaby Road, Hull HU3 2JZ and via Zoom: "
                "https://zoom.us/j/91234560781",
            ),
            ("ol", "Welcome and apologies – 2.00pm"),
            (
                "ol",
                "Research priorities survey: the results – Dr Ola Bello – 2.10pm (for discussion)",
            ),
            ("ol", "Tea break – 3.00pm"),
            ("ol", "Payment policy for public contributors – Kath Moss – 3.15pm (for decision)"),
            ("ol", "Any other business – 3.50pm"),
        ],
    )


DOCX: dict[str, Callable[[], docx.Document]] = {
    "01-carers-board-table.docx": carers_board,
    "02-mh-forum-list.docx": mental_health_forum,
    "03-ppi-panel-online.docx": ppi_panel,
    "04-ld-board-easyread.docx": ld_board,
    "05-research-advisory-headings.docx": research_advisory,
    "06-discharge-group-prose.docx": discharge_group,
    "07-maternity-voices-grid.docx": maternity_voices,
    "08-ypag-durations.docx": ypag,
    "09-dementia-hybrid-webex.docx": dementia_hybrid,
    "h01-stakeholder-group.docx": stakeholder_group,
    "h07-easy-read-forum.docx": easy_read_forum,
    "h10-steering-group.docx": steering_group,
}
PDF: dict[str, Callable[[], docx.Document]] = {
    "10-healthwatch-table.pdf": healthwatch_pdf,
    "11-cancer-ppi-list.pdf": cancer_ppi_pdf,
    "12-speak-up-prose.pdf": ld_prose_pdf,
    "h04-wellbeing-workshop.pdf": wellbeing_workshop_pdf,
}


# --- PDF ------------------------------------------------------------------------------------


_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
_PDF_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)")
_PDF_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})")


def pin_pdf(data: bytes) -> bytes:
    """Fix the export time and file ID (same byte lengths, so offsets stay valid)."""
    data = _PDF_DATE.sub(lambda m: m.group(1) + b"20260220093000", data)
    data = _PDF_CHECKSUM.sub(lambda m: m.group(1) + b"0" * 32, data)
    digest = hashlib.md5(_PDF_ID.sub(b"", data)).hexdigest().upper().encode()
    return _PDF_ID.sub(lambda m: m.group(1) + digest + m.group(3) + digest + m.group(5), data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCX.items():
        save_docx(make(), out / name)
    soffice = find_soffice()
    if soffice is None:
        print("LibreOffice was not found, so the PDF agendas were not rebuilt.", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="accessicheck-agendas-") as tmp:
        for name, make in PDF.items():
            source = Path(tmp) / Path(name).with_suffix(".docx").name
            save_docx(make(), source)
            pdf = convert([source], Path(tmp), soffice=soffice, timeout=180)[0]
            (out / name).write_bytes(pin_pdf(pdf.read_bytes()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
