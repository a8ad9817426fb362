"""The checklist reporters: plain text, Markdown, JSON and an accessible Word document."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from accessicheck import loaders
from accessicheck.checklist import build_checklist, parse_needs
from accessicheck.checklist.model import Checklist
from accessicheck.reporters import (
    checklist_docx,
    checklist_json,
    checklist_markdown,
    checklist_text,
)

from .conftest import ROOT


@pytest.fixture(scope="module")
def example() -> Checklist:
    agenda = loaders.load(ROOT / "examples" / "agenda.docx")
    papers = [loaders.load(ROOT / "examples" / "notes.md")]
    return build_checklist(agenda, papers, parse_needs("LV,18pt\nBSL\n"), {})


def test_plain_text(example: Checklist) -> None:
    out = checklist_text.render(example)
    lines = out.splitlines()
    assert lines[0] == "accessicheck meeting checklist"
    assert "Kind of meeting: hybrid (in person and online)" in out
    assert "  Found: PLAN-01 Access requirements asked." in out
    assert "  Missing, needed by attendees (BSL): ONL-04 BSL interpreters booked." in out
    assert "Evidence: “If you have any access requirements" in out
    assert "Checks on the papers for the attendees' needs" in out
    assert lines[-1].startswith("Result: needs work.")
    assert not any(ch in out for ch in "─│┃━┏\x1b")


def test_markdown(example: Checklist) -> None:
    out = checklist_markdown.render(example)
    assert out.startswith("# Access checklist: Carers' Voice Partnership Board: agenda\n")
    assert "## Before the meeting" in out and "## After the meeting" in out
    assert "- [x] **PLAN-01 Access requirements asked**" in out
    assert "- [ ] **ONL-04 BSL interpreters booked**" in out


def test_json(example: Checklist) -> None:
    data = json.loads(checklist_json.render(example))
    assert data["schema_version"] == "1.1"
    assert data["meeting"]["mode"] == "hybrid" and data["meeting"]["postcode"] == "LS2 7DZ"
    assert data["meeting"]["items"][0]["time"] == "10:30"
    assert len(data["items"]) == len(example.results)
    item = next(i for i in data["items"] if i["id"] == "PLAN-01")
    assert item["status"] == "found" and item["evidence"][0]["paragraph"] == 54
    assert data["summary"]["required_missing"] == len(example.required_missing)
    assert data["exit_code"] == 1


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_word_document_is_accessible(example: Checklist) -> None:
    d = _open(checklist_docx.render(example))
    assert d.core_properties.title == "Access checklist: Carers' Voice Partnership Board: agenda"
    assert d.core_properties.language == "en-GB"
    lang = (
        d.styles.element.find(qn("w:docDefaults"))
        .find(qn("w:rPrDefault"))
        .find(qn("w:rPr"))
        .find(qn("w:lang"))
    )
    assert lang.get(qn("w:val")) == "en-GB"
    headings = [p for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0].style.name == "Heading 1"
    assert {p.text for p in headings if p.style.name == "Heading 2"} >= {
        "Before the meeting",
        "The venue",
        "After the meeting",
    }
    assert d.tables
    for table in d.tables:
        tr_pr = table.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        assert table._tbl.tblPr.find(qn("w:tblCaption")) is not None
        assert [c.text for c in table.rows[0].cells] == list(checklist_docx.COLUMNS)
    boxes = {row.cells[0].text for t in d.tables for row in t.rows[1:]}
    assert boxes <= {"☐", "☑"} and "☑" in boxes


def test_large_print(example: Checklist) -> None:
    d = _open(checklist_docx.render(example, large_print=True))
    normal = d.styles["Normal"]
    assert normal.font.size == Pt(18) and normal.font.name == "Arial"
    assert normal.paragraph_format.line_spacing == 1.5
    assert d.styles["Heading 2"].font.size > normal.font.size
    assert d.styles["Heading 1"].font.size > d.styles["Heading 2"].font.size
    bigger = _open(checklist_docx.render(example, large_print=True, size=20))
    assert bigger.styles["Normal"].font.size == Pt(20)
    floor = _open(checklist_docx.render(example, large_print=True, size=12))
    assert floor.styles["Normal"].font.size == Pt(16)  # large print is never under 16pt


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_word_checklist(example: Checklist, tmp_path: Path) -> None:
    import pypdfium2

    source = tmp_path / "checklist.docx"
    source.write_bytes(checklist_docx.render(example, large_print=True))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "checklist.pdf"
    assert pdf.is_file(), "LibreOffice did not convert the checklist"
    document = pypdfium2.PdfDocument(str(pdf))
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    flat = " ".join(text.split())
    assert "Access checklist" in flat and "Before the meeting" in flat
    assert "PLAN-01" in flat and "☑" in text and "☐" in text
