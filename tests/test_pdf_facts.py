"""PDF structure facts (loaders/pdf_facts.py): what pypdf reads, within a time bound."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from accessicheck.core.structure import PdfFacts, Structure
from accessicheck.loaders import load, pdf_facts

DATA = Path(__file__).resolve().parent / "data"
STRUCTURE = DATA / "structure"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
HORRORS = CORPUS / "format-corpus" / "pdfCabinetOfHorrors"
TIKA_PDF = (
    CORPUS / "tika/tika-parsers/tika-parsers-standard/tika-parsers-standard-modules"
    "/tika-parser-pdf-module/src/test/resources/test-documents"
)


def facts_of(path: Path) -> PdfFacts:
    structure = load(path).meta.facts.structure
    assert isinstance(structure, Structure) and structure.pdf is not None
    return structure.pdf


def _corpus(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path.name} is not in this copy of the corpus")
    return path


def test_tagged_libreoffice_export() -> None:
    facts = facts_of(STRUCTURE / "export-tagged.pdf")
    assert (facts.tagged, facts.struct_tree) == (True, True)
    assert facts.lang == "en-GB"
    assert facts.title == "Transport update" and facts.display_doc_title is True
    assert [(f.role, f.has_alt, f.page) for f in facts.figures] == [
        ("Figure", True, 1),
        ("Figure", False, 1),
    ]
    assert [h.level for h in facts.headings] == [1, 3]
    assert [(t.rows, t.header_row) for t in facts.tables] == [(2, True), (2, False)]
    assert facts.fonts and all(f.embedded and f.unicode for f in facts.fonts)
    assert facts.error is None and facts.complete


def test_untagged_export_of_the_same_document() -> None:
    facts = facts_of(STRUCTURE / "export-untagged.pdf")
    assert (facts.tagged, facts.struct_tree) == (False, False)
    assert facts.figures == facts.headings == facts.tables == []
    assert facts.title == "Transport update"  # the metadata is there all the same


def test_bookmarks_are_counted() -> None:
    assert facts_of(STRUCTURE / "long-bookmarks.pdf").outline_items == 22
    without = facts_of(STRUCTURE / "long-no-bookmarks.pdf")
    assert (without.outline_items, without.pages) == (0, 22)


def test_permissions_of_an_owner_password_file() -> None:
    facts = facts_of(STRUCTURE / "locked.pdf")
    assert facts.encrypted and not facts.accessibility_allowed
    assert facts.error is None  # no user password: everything else is read too
    assert facts.figures


def test_a_slow_file_stops_at_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter(range(0, 10_000, 5))  # every reading of the clock moves on 5 seconds
    monkeypatch.setattr(pdf_facts.time, "monotonic", lambda: float(next(ticks)))
    facts = pdf_facts.read(STRUCTURE / "export-tagged.pdf", seconds=7)
    assert facts.complete is False
    assert facts.error is None


def test_time_limit_through_the_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    import accessicheck.loaders.pdf as pdf_loader

    def slow(path: Path, seconds: float) -> PdfFacts:
        assert pdf_loader.MIN_STRUCTURE_SECONDS <= seconds <= pdf_loader.MAX_STRUCTURE_SECONDS
        return PdfFacts(complete=False)

    monkeypatch.setattr(pdf_facts, "read", slow)
    structure = load(STRUCTURE / "export-tagged.pdf").meta.facts.structure
    assert structure.gaps == ["PDF structure: stopped at the time or size limit"]


def test_damaged_file_gives_an_error_not_an_exception(tmp_path: Path) -> None:
    data = (STRUCTURE / "export-tagged.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 3])
    facts = pdf_facts.read(broken, seconds=5)
    assert isinstance(facts, PdfFacts)


def test_warnings_from_pypdf_do_not_escape(tmp_path: Path) -> None:
    # pytest turns warnings into errors: reading a damaged file must stay quiet.
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF")
    facts = pdf_facts.read(junk, seconds=5)
    assert facts.error is not None


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "embedded"),
    [("text_only_fontsNotEmbedded.pdf", False), ("text_only_fontsEmbeddedSubset.pdf", True)],
)
def test_font_embedding_in_real_word_exports(name: str, embedded: bool) -> None:
    facts = facts_of(_corpus(HORRORS / name))
    assert facts.fonts and all(f.embedded is embedded for f in facts.fonts)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        (HORRORS / "encryption_notextaccess.pdf", False),  # AES: read from the trailer only
        (TIKA_PDF / "testPDF_no_extract_no_accessibility_owner_empty.pdf", False),
        (TIKA_PDF / "testPDF_no_extract_yes_accessibility_owner_empty.pdf", True),
        (
            TIKA_PDF / "testPDF_no_extract_no_accessibility_owner_user.pdf",
            False,
        ),  # needs a password
    ],
    ids=lambda value: value.name if isinstance(value, Path) else str(value),
)
def test_accessibility_permission_bit(path: Path, allowed: bool) -> None:
    facts = pdf_facts.read(_corpus(path), seconds=5)
    assert facts.encrypted
    assert facts.accessibility_allowed is allowed


@pytest.mark.corpus
def test_a_large_structure_tree_stops_at_the_time_limit() -> None:
    # 67 pages and about 45,000 structure elements: pypdf needs several seconds.
    path = _corpus(TIKA_PDF / "testPDF_childAttachments.pdf")
    started = time.monotonic()
    facts = pdf_facts.read(path, seconds=1)
    assert time.monotonic() - started < 3
    assert facts.complete is False
    assert facts.error is None
