"""Make the Word fixture for the rewrite tests: python tests/data/rewrite/make_fixtures.py

meeting.docx has formatting around the sentences we rewrite (a bold run, an
italic run, a word split across two runs), a table cell, a quotation that
must not change, and a sentence with nothing to rewrite.
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


def make(path: Path) -> None:
    d = docx.Document()
    d.core_properties.title = "Carers' board papers"
    d.add_heading("Carers' board: papers for March", level=1)
    p = d.add_paragraph()
    bold = p.add_run("Welcome.")
    bold.bold = True
    p.add_run(" The panel utilised the new form to collect views. ")
    italic = p.add_run("Thank you all.")
    italic.italic = True
    p2 = d.add_paragraph()
    p2.add_run("The report was written by the ")
    p2.add_run("panel").underline = True
    p2.add_run(".")
    d.add_paragraph(
        "We are in the process of reviewing the plan, but the board has not yet decided how "
        "much money will be available for the work next year."
    )
    d.add_paragraph('Members said "we utilised every penny" at the last meeting in May.')
    d.add_paragraph("The ICB will decide in May.")
    d.add_paragraph("Tea and biscuits will be there.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Item 4"
    table.cell(0, 1).text = "We will commence the survey in June."
    d.save(str(path))


if __name__ == "__main__":
    make(HERE / "meeting.docx")
    print("wrote", HERE / "meeting.docx")
