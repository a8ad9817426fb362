"""The PDF/UA rules (AC431-AC439, AC450-AC454): what they say, on real files.

The veraPDF PDF/UA-1 test files (../shared/corpus/veraPDF-corpus/PDF_UA-1)
each fail one clause; tests/test_verapdf_agreement.py measures every clause.
Here: that each message names what to fix (the font, the table, the field,
the page), on one fail file per rule; that a LibreOffice tagged export gets
only information notes from these rules; and that the structure walk stops
at its count limit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.model import Severity
from accessicheck.loaders import load, pdf_facts, pdf_ua_facts

from .test_doc_rules import check

ROOT = Path(__file__).resolve().parents[1]
VERAPDF = ROOT.parent / "shared" / "corpus" / "veraPDF-corpus" / "PDF_UA-1"
STRUCTURE = Path(__file__).resolve().parent / "data" / "structure"

UA_CODES = tuple(f"AC4{n}" for n in (31, 32, 33, 34, 35, 36, 37, 38, 39, 50, 51, 52, 53, 54))


def verapdf(name: str) -> Path:
    found = list(VERAPDF.rglob(name)) if VERAPDF.is_dir() else []
    if not found:
        pytest.skip(f"{name} is not in this copy of the corpus")
    return found[0]


@pytest.mark.parametrize(
    ("name", "code", "says"),
    [
        pytest.param("7.21.6-t02-fail-d.pdf", "AC451", '"IDAutomationHC39M" on page 1', id="font"),
        pytest.param("7.21.3.3-t01-fail-a.pdf", "AC451", '"Adobe-Korea1-2"', id="cmap"),
        pytest.param("7.2-t42-fail-a.pdf", "AC433", "Table 1 on page 1", id="table"),
        pytest.param("7.2-t42-fail-a.pdf", "AC433", "different numbers of cells", id="grid"),
        pytest.param("7.5-t01-fail-b.pdf", "AC433", "(Scope)", id="scope"),
        pytest.param("7.1-t05-fail-a.pdf", "AC432", 'The tag "Standard"', id="role-map"),
        pytest.param("7.18.1-t03-fail-a.pdf", "AC438", '"textfield" has no tooltip', id="field"),
        pytest.param("7.18.5-t01-fail-a.pdf", "AC436", "not tagged as a link on page 1", id="link"),
        pytest.param("5-t03-fail-a.pdf", "AC431", 'prefix "pdfuaia"', id="ua-prefix"),
        pytest.param("5-t02-fail-a.pdf", "AC431", 'part "2"', id="ua-part"),
        pytest.param("7.2-t19-fail-a.pdf", "AC434", "caption after its items", id="list"),
        pytest.param("7.1-t03-fail-b.pdf", "AC452", "not tagged", id="untagged-content"),
        pytest.param("7.2-t21-fail-a.pdf", "AC453", "alt text", id="alt-language"),
        pytest.param("7.9-t02-fail-a.pdf", "AC454", "share the same ID", id="notes"),
        pytest.param("7.11-t01-fail-a.pdf", "AC450", '"file.pdf"', id="attachment"),
        pytest.param("7.10-t01-fail-a.pdf", "AC439", "has no name", id="layers"),
        pytest.param("7.4.4-t02-fail-a.pdf", "AC435", "mixes numbered", id="headings"),
        pytest.param("7.18.3-t01-fail-a.pdf", "AC437", "tab order", id="tabs"),
    ],
)
def test_messages_say_what_to_fix(name: str, code: str, says: str) -> None:
    messages = [f.message for f in check(verapdf(name), code)]
    assert any(says in m for m in messages), messages


def test_a_libreoffice_tagged_export_gets_only_notes() -> None:
    findings = check(STRUCTURE / "export-tagged.pdf", UA_CODES)
    assert {f.code for f in findings} == {"AC431", "AC432"}
    assert all(f.severity is Severity.INFO for f in findings)


def test_untagged_pdfs_get_no_pdf_ua_findings() -> None:
    assert check(STRUCTURE / "export-untagged.pdf", UA_CODES) == []


def test_form_field_and_alt_text_count_as_text() -> None:
    fields = load(verapdf("7.18.1-t03-pass-f.pdf"))
    assert [b.text for b in fields.blocks] == ["text1", "text2"]
    assert fields.problems == []
    picture = load(verapdf("7.20-t01-pass-a.pdf"))
    assert [b.text for b in picture.blocks] == ["myFigure"]
    assert picture.problems == []


def test_the_structure_walk_stops_at_its_count(monkeypatch: pytest.MonkeyPatch) -> None:
    path = verapdf("7.2-t42-fail-a.pdf")
    whole = pdf_facts.read(path, 10)
    assert whole.ua is not None and whole.ua.content_complete
    monkeypatch.setattr(pdf_ua_facts, "MAX_NODES", 3)
    cut = pdf_facts.read(path, 10)
    assert cut.ua is not None
    assert len(cut.ua.nodes) == 3 < len(whole.ua.nodes)
    assert not cut.ua.content_complete
