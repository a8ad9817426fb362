"""The Word report (`check -o report.docx`): real structure, and it opens in LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from accessicheck.reporters import View, report_docx

from .test_report_digest import E, N, W, finding, report_of, stakeholders


def sample() -> bytes:
    fs = stakeholders() + [
        finding("AC406", E, "", page=1, message="A picture on page 1 has no alternative text."),
        finding("AC101", W, "A long sentence that goes on and on.", page=3),
        finding("AC103", N, "was decided", page=4),
    ]
    return report_docx.render(report_of(fs, path="papers/board paper.pdf"))


def opened(data: bytes):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(data))


def test_title_and_language_are_set() -> None:
    doc = opened(sample())
    assert doc.core_properties.title == "Accessibility report"
    assert doc.core_properties.language == "en-GB"
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"


def test_real_headings_in_order_with_a_section_for_each_paper() -> None:
    doc = opened(sample())
    headings = [
        (p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings[0] == ("Heading 1", "Accessibility report")
    assert ("Heading 2", "Summary") in headings
    assert ("Heading 2", "papers/board paper.pdf") in headings
    assert ("Heading 3", "Fix these first") in headings
    levels = [int(name.split()[-1]) for name, _ in headings]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_summary_table_has_a_marked_header_row() -> None:
    doc = opened(sample())
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Paper",
        "Reading age",
        "Errors",
        "Warnings",
        "Notes",
    ]
    tr_pr = table.rows[0]._tr.trPr
    assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
    row = [c.text for c in table.rows[1].cells]
    assert row == ["papers/board paper.pdf", "no text to score", "1", "10", "1"]
    caption = table._tbl.tblPr.find(qn("w:tblCaption"))
    assert caption is not None and caption.get(qn("w:val"))


def test_fix_first_grouped_and_notes_counted_not_listed() -> None:
    text = "\n".join(p.text for p in opened(sample()).paragraphs)
    assert "'stakeholder' - 9 times, pages 2 to 7" in text
    assert text.count("stakeholder") <= 2  # the grouped line and its advice, not nine
    assert "1 note not shown: add --show-notes to see it" in text
    assert "AC103" not in text
    fs = [finding("AC103", N, "was decided", page=4)]
    shown = report_docx.render(report_of(fs), View(show_notes=True))
    assert "AC103" in "\n".join(p.text for p in opened(shown).paragraphs)


def test_levels_are_words_not_colour() -> None:
    doc = opened(sample())
    items = [p for p in doc.paragraphs if p.text.startswith("1.")]
    assert items and items[0].runs[1].text == "✖ Error" and items[0].runs[1].bold


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs it so CI runs this test",
)
def test_libreoffice_opens_the_word_report(tmp_path: Path) -> None:
    import pypdfium2

    source = tmp_path / "report.docx"
    source.write_bytes(sample())
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
    pdf = tmp_path / "report.pdf"
    assert pdf.is_file(), "LibreOffice did not convert the report"
    document = pypdfium2.PdfDocument(str(pdf))
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    flat = " ".join(text.split())
    assert "Accessibility report" in flat and "Fix these first" in flat
    assert "'stakeholder' - 9 times, pages 2 to 7" in flat
    assert "papers/board paper.pdf" in flat
