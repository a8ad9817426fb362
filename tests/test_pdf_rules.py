"""The PDF rules (AC420-AC430) on LibreOffice exports and real files from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.model import Finding
from accessicheck.engine import registry
from accessicheck.engine import run_rules as engine
from accessicheck.language.analysis import AnalysedDocument
from accessicheck.loaders import load

from .conftest import make_config
from .test_doc_rules import check, codes

STRUCTURE = Path(__file__).resolve().parent / "data" / "structure"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
HORRORS = "format-corpus/pdfCabinetOfHorrors"
OPENOFFICE = "format-corpus/office-examples/OpenOffice.org 3.2.0 OSX/pdf-features"
TIKA_PDF = (
    "tika/tika-parsers/tika-parsers-standard/tika-parsers-standard-modules"
    "/tika-parser-pdf-module/src/test/resources/test-documents"
)


def test_tagged_export_flags_what_is_inside() -> None:
    findings = check(STRUCTURE / "export-tagged.pdf", "AC42")
    assert codes(findings) == ["AC424", "AC425", "AC426"]
    figure, headings, table = findings
    assert figure.location.page == 1 and "no alt text" in figure.message
    assert "H1 to H3" in headings.message
    assert "Table 2 has no header cells" in table.message


def test_untagged_export_of_the_same_document() -> None:
    # Without tags there are no figures, headings or tables to check: AC420 says why.
    (finding,) = check(STRUCTURE / "export-untagged.pdf", "AC42")
    assert finding.code == "AC420"
    assert "not tagged" in finding.message
    assert finding.location.page is None


def test_title_language_and_fonts_of_a_good_export_pass() -> None:
    for name in ("export-tagged.pdf", "export-untagged.pdf"):
        assert check(STRUCTURE / name, ("AC421", "AC422", "AC423", "AC427", "AC428")) == []


def test_long_pdf_without_bookmarks() -> None:
    (finding,) = check(STRUCTURE / "long-no-bookmarks.pdf", "AC430")
    assert "22 pages and no bookmarks" in finding.message
    assert check(STRUCTURE / "long-bookmarks.pdf", "AC430") == []
    fewer = check(
        STRUCTURE / "long-no-bookmarks.pdf", "AC430", options={"AC430": {"min_pages": 30}}
    )
    assert fewer == []


def test_security_that_blocks_screen_readers() -> None:
    assert codes(check(STRUCTURE / "locked.pdf", "AC429")) == ["AC429"]
    assert check(STRUCTURE / "export-tagged.pdf", "AC429") == []


def test_scanned_pages_are_left_to_ac903() -> None:
    loaders = Path(__file__).resolve().parent / "data" / "loaders"
    findings = check(loaders / "scanned.pdf", ("AC4", "AC903"))
    assert "AC903" in codes(findings)
    assert "AC424" not in codes(findings)


def test_pdf_rules_leave_word_files_alone() -> None:
    assert check(STRUCTURE / "problems.docx", "AC42") == []


def check_pdf(path: Path, select: str) -> list[Finding]:
    """Like `check`, without the language analysis, which the PDF rules do not read.

    Long corpus files would otherwise spend seconds in spaCy for nothing.
    """
    cfg = make_config([select])
    rules = engine.active_rules(registry.all_rules(), cfg)
    return engine.run_rules(AnalysedDocument(load(path), [], []), rules, cfg, strict=True)


def _corpus(relative: str) -> Path:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{relative} is not in this copy of the corpus")
    return path


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "code", "flagged"),
    [
        (f"{HORRORS}/text_only_fontsNotEmbedded.pdf", "AC427", True),
        (f"{HORRORS}/text_only_fontsEmbeddedSubset.pdf", "AC427", False),
        (f"{HORRORS}/encryption_notextaccess.pdf", "AC429", True),
        (f"{TIKA_PDF}/testPDF_no_extract_no_accessibility_owner_empty.pdf", "AC429", True),
        (f"{TIKA_PDF}/testPDF_no_extract_yes_accessibility_owner_empty.pdf", "AC429", False),
        (f"{OPENOFFICE}/simple-PDFA-1a.pdf", "AC420", False),
        (f"{OPENOFFICE}/simple.pdf", "AC420", True),
        (f"{TIKA_PDF}/testPDFTripleLangTitle.pdf", "AC422", False),  # title only in XMP
    ],
)
def test_corpus_files_with_a_known_property(relative: str, code: str, flagged: bool) -> None:
    assert (code in codes(check_pdf(_corpus(relative), code))) is flagged


@pytest.mark.corpus
def test_bookmarks_in_a_long_corpus_pdf() -> None:
    # 117 pages with bookmarks: left alone.
    path = _corpus("sample-files/009-pdflatex-geotopo/GeoTopo-komprimiert.pdf")
    assert check_pdf(path, "AC430") == []
