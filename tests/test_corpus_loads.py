"""Every file in the shared public corpus loads without raising.

Each file must give either readable text or at least one AC9xx problem. Where
SHORTLIST.tsv / MANIFEST.tsv say what a file is (encrypted, truncated,
scanned, macro-enabled ...), we check the loader says the same.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from accessicheck.core.facts import PdfFileFacts
from accessicheck.core.model import Document
from accessicheck.loaders import load

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
EXTENSIONS = {".docx", ".docm", ".dotx", ".pdf", ".md", ".txt", ".pptx", ".pptm", ".ppsx"}

if not CORPUS.is_dir():
    pytest.skip("the shared corpus is not available", allow_module_level=True)

pytestmark = pytest.mark.corpus

FILES = sorted(
    p.relative_to(CORPUS).as_posix()
    for p in CORPUS.rglob("*")
    if p.is_file() and p.suffix.lower() in EXTENSIONS
)
TIKA = "tika/tika-parsers/tika-parsers-standard/tika-parsers-standard-modules"
TIKA_PDF = f"{TIKA}/tika-parser-pdf-module/src/test/resources/test-documents"
TIKA_MS = f"{TIKA}/tika-parser-microsoft-module/src/test/resources/test-documents"
TIKA_SERVER = "tika/tika-server/tika-server-standard/src/test/resources/test-documents"


def _load(relative: str) -> Document:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{relative} is not in this copy of the corpus")
    return load(path)


def _codes(doc: Document) -> list[str]:
    return [p.code for p in doc.problems]


@pytest.mark.parametrize("relative", FILES)
def test_loads_without_raising(relative: str) -> None:
    started = time.monotonic()
    doc = load(CORPUS / relative)
    elapsed = time.monotonic() - started
    assert doc.readable or any(p.code.startswith("AC9") for p in doc.problems)
    for problem in doc.problems:
        assert problem.code in {
            "AC901",
            "AC902",
            "AC903",
            "AC904",
            "AC905",
            "AC906",
            "AC907",
            "AC908",
            "AC909",
        }
        assert problem.message and problem.what_to_do
    if doc.format in ("docx", "pdf", "pptx"):
        numbers = [b.location.paragraph for b in doc.blocks]
        assert numbers == list(range(1, len(numbers) + 1))
    else:
        assert all(b.location.line for b in doc.blocks)
    assert elapsed < 35  # the 30 s budget plus one page


# --- what the shortlist and manifest tell us ---------------------------------------------------


def _manifest() -> dict[str, str]:
    path = CORPUS / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {
            row["local_path"]: row["rule_or_property"] for row in csv.DictReader(f, delimiter="\t")
        }


def _encrypted_office_files() -> list[str]:
    return sorted(
        name
        for name, prop in _manifest().items()
        if name.endswith((".docx", ".pptx")) and "encrypted" in prop.lower()
    )


@pytest.mark.parametrize("relative", _encrypted_office_files())
def test_encrypted_office_files_say_password_not_damaged(relative: str) -> None:
    assert _codes(_load(relative)) == ["AC902"]


_NEEDS_PASSWORD = (
    "needs user password",
    "open (user) password",
    "password of 4 spaces",
    "non-ASCII password",
)


def _password_pdfs() -> list[str]:
    return sorted(
        name
        for name, prop in _manifest().items()
        if name.endswith(".pdf") and any(marker in prop for marker in _NEEDS_PASSWORD)
    )


@pytest.mark.parametrize("relative", _password_pdfs())
def test_pdfs_needing_a_password(relative: str) -> None:
    doc = _load(relative)
    assert _codes(doc) == ["AC902"]
    assert doc.problems[0].what_to_do == "Ask the author for a copy without a password."


@pytest.mark.parametrize(
    "relative",
    [
        f"{TIKA_PDF}/testPDF_no_extract_yes_accessibility_owner_empty.pdf",
        f"{TIKA_PDF}/testPDF_protected.pdf",
        "veraPDF-corpus/PDF_UA-1/7.16 Security/7.16-t01-fail-a.pdf",  # AES
    ],
)
def test_owner_password_only_pdfs_load(relative: str) -> None:
    doc = _load(relative)
    assert isinstance(doc.meta.facts, PdfFileFacts) and doc.meta.facts.structure.pdf is not None
    assert doc.meta.facts.structure.pdf.encrypted is True
    assert doc.readable
    assert "AC902" not in _codes(doc)


@pytest.mark.parametrize(
    "relative",
    [
        f"{TIKA_MS}/testWORD_truncated.docx",
        "poi/test-data/document/truncated62886.docx",
        "poi/test-data/document/clusterfuzz-testcase-minimized-POIXWPFFuzzer-4791943399604224.docx",
    ],
)
def test_broken_word_files_are_damaged(relative: str) -> None:
    doc = _load(relative)
    assert _codes(doc) == ["AC901"]
    assert "damaged" in doc.problems[0].message


@pytest.mark.parametrize(
    "relative",
    [
        f"{TIKA_PDF}/testOCR.pdf",
        "sample-files/007-imagemagick-images/imagemagick-CCITTFaxDecode.pdf",
    ],
)
def test_scanned_pdfs(relative: str) -> None:
    doc = _load(relative)
    assert _codes(doc) == ["AC903"]
    assert doc.meta.pages_without_text == tuple(range(1, (doc.meta.pages or 0) + 1))


@pytest.mark.parametrize(
    "relative",
    [
        f"{TIKA_MS}/testPPT.ppsx",
        f"{TIKA_MS}/testPPT_macros.pptm",
        "python-pptx/tests/test_files/no-core-props.pptx",
    ],
)
def test_powerpoint_files_load(relative: str) -> None:
    # Slide shows (.ppsx) and macro-enabled files (.pptm) too, which python-pptx refuses.
    doc = _load(relative)
    assert doc.format == "pptx"
    assert doc.problems == []
    assert doc.readable
    assert all(b.location.page for b in doc.blocks)


def test_macro_enabled_word_file_is_read() -> None:
    doc = _load(f"{TIKA_MS}/testWORD_macros.docm")
    assert doc.problems == []
    assert doc.readable


def test_word_template_is_read() -> None:
    doc = _load(f"{TIKA_MS}/testWORD_template.dotx")
    assert doc.problems == []
    assert doc.readable


def test_external_entity_file_reads_safely() -> None:
    doc = _load("poi/test-data/document/ExternalEntityInText.docx")
    assert doc.problems == []
    text = " ".join(b.text for b in doc.blocks)
    assert text.startswith("Here should not be the POI web site")
    assert "Apache" not in text and "<html" not in text.lower()


def test_missing_core_properties_title_is_not_invented() -> None:
    doc = _load("python-docx/features/steps/test_files/doc-no-coreprops.docx")
    assert doc.meta.title is None
    assert _codes(doc) == ["AC906"]  # the file has no text either


def test_real_core_properties_title() -> None:
    doc = _load("python-docx/features/steps/test_files/doc-coreprops.docx")
    assert doc.meta.title  # this one really has a title


def test_duplicate_core_properties_still_load() -> None:
    doc = _load("poi/test-data/openxml4j/MultipleCoreProperties.docx")
    assert doc.problems == []
    assert doc.readable


def test_text_box_document() -> None:
    doc = _load(f"{TIKA_MS}/testWORD_text_box.docx")
    texts = [(b.kind.value, b.text) for b in doc.blocks]
    assert ("paragraph", "This text is directly in the body of the document.") in texts
    boxes = [t for k, t in texts if k == "text-box"]
    assert len(boxes) == len(set(boxes)) == 3  # body, header and footer boxes, once each


def test_long_pdf_reads_every_page() -> None:
    doc = _load("sample-files/009-pdflatex-geotopo/GeoTopo-komprimiert.pdf")
    assert doc.problems == []
    assert doc.meta.pages == 117
    assert {b.location.page for b in doc.blocks} >= set(range(2, 117))


def test_arabic_pdf() -> None:
    doc = _load("sample-files/015-arabic/habibi.pdf")
    assert doc.readable
    assert any("\u0600" <= ch <= "\u06ff" for b in doc.blocks for ch in b.text)


OPENOFFICE = "format-corpus/office-examples/OpenOffice.org 3.2.0 OSX/pdf-features"


@pytest.mark.parametrize(
    ("relative", "tagged"),
    [
        (f"{OPENOFFICE}/simple-PDFA-1a.pdf", True),
        (f"{OPENOFFICE}/simple.pdf", False),
        # /MarkInfo /Marked is true here although the structure tree is
        # missing: `tagged` reports the flag; structure checks look further.
        ("veraPDF-corpus/PDF_UA-1/7.1 General/7.1-t11-fail-a.pdf", True),
    ],
)
def test_tagged_flag(relative: str, tagged: bool) -> None:
    assert _load(relative).meta.tagged is tagged


def test_pdf_title_from_info() -> None:
    doc = _load("pdf20examples/pdf20-utf8-test.pdf")  # a PDF 2.0 UTF-8 Info title
    assert doc.meta.title == "表ポあA鷗ŒéＢ逍Üßªąñ丂㐀𠀀"
    assert doc.meta.language == "en-UK"
    # This one has its title only in XMP metadata, which the loader does not read.
    assert _load(f"{TIKA_PDF}/testPDFTripleLangTitle.pdf").meta.title is None


def test_whole_corpus_is_quick() -> None:
    started = time.monotonic()
    for relative in FILES:
        load(CORPUS / relative)
    assert time.monotonic() - started < 60
