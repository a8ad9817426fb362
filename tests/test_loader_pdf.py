"""The PDF loader: pages, paragraphs, scanned pages, passwords, time budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.facts import PdfFileFacts
from accessicheck.core.model import BlockKind, Document
from accessicheck.loaders import load
from accessicheck.loaders import pdf as pdf_loader
from accessicheck.loaders.pdf import _Line, join_lines, paragraphs

DATA = Path(__file__).resolve().parent / "data" / "loaders"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
K = BlockKind


@pytest.fixture(scope="module")
def report() -> Document:
    return load(DATA / "report.pdf")


def test_paragraphs_with_page_numbers(report: Document) -> None:
    assert report.problems == []
    summary = [(b.location.page, b.kind, b.text[:30]) for b in report.blocks]
    assert summary == [
        (1, K.HEADING, "Community transport report"),
        (1, K.PARAGRAPH, "Paragraph 1. The committee agr"),
        (1, K.PARAGRAPH, "Paragraph 2. The committee agr"),
        (1, K.PARAGRAPH, "Paragraph 3. The committee agr"),
        (1, K.LIST_ITEM, "Buses run every hour."),
        (1, K.LIST_ITEM, "Taxis can be booked by phone."),
        (1, K.PARAGRAPH, "The end of page one."),
        (2, K.HEADING, "Costs"),
        (2, K.PARAGRAPH, "Page two starts here. The comm"),
        (2, K.PARAGRAPH, "The end of page two."),
    ]
    assert [b.location.paragraph for b in report.blocks] == list(range(1, 11))
    # Headings (Heading 1 in the Word original: larger, bold text) set the
    # heading context of what follows them.
    assert [b.level for b in report.blocks if b.kind is K.HEADING] == [1, 1]
    assert report.blocks[1].location.heading == "Community transport report"
    assert report.blocks[-1].location.heading == "Costs"


def test_wrapped_lines_are_joined(report: Document) -> None:
    first = report.blocks[1].text
    assert first.endswith("could book a journey.")
    assert "  " not in first and "\n" not in first
    assert "community transport scheme" in first  # joined across the line break


def test_meta(report: Document) -> None:
    meta = report.meta
    assert meta.pages == 3
    assert meta.pages_without_text == (3,)  # the page holding only a picture
    assert meta.title == "Community transport report"
    assert meta.tagged is False
    assert isinstance(meta.facts, PdfFileFacts)
    assert meta.facts.structure.pdf is not None and not meta.facts.structure.pdf.encrypted


def test_scanned_pdf_has_no_text() -> None:
    doc = load(DATA / "scanned.pdf")
    assert doc.blocks == []
    assert doc.meta.pages_without_text == (1,)
    (problem,) = doc.problems
    assert problem.code == "AC903"
    assert "scanned" in problem.message
    assert "original" in problem.what_to_do


def test_password_needed() -> None:
    doc = load(DATA / "password.pdf")
    (problem,) = doc.problems
    assert problem.code == "AC902"
    assert problem.message == "This PDF needs a password."
    assert problem.what_to_do == "Ask the author for a copy without a password."
    assert doc.blocks == []


def test_owner_password_only_still_loads(report: Document) -> None:
    doc = load(DATA / "owner-only.pdf")
    assert doc.problems == []
    assert isinstance(doc.meta.facts, PdfFileFacts) and doc.meta.facts.structure.pdf is not None
    assert doc.meta.facts.structure.pdf.encrypted is True
    assert [b.text for b in doc.blocks] == [b.text for b in report.blocks]


@pytest.mark.parametrize("cut", [0.1, 0.5])
def test_damaged_pdf(tmp_path: Path, cut: float) -> None:
    data = (DATA / "report.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * cut)])
    doc = load(path)
    assert doc.problems, "a cut-off PDF must report a problem"
    assert {p.code for p in doc.problems} <= {"AC901", "AC903"}


def test_garbage_after_signature(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (problem,) = load(path).problems
    assert problem.code == "AC901"
    assert "damaged" in problem.message
    assert "again" in problem.what_to_do


def test_a_bad_page_does_not_lose_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pdf_loader._read_page

    def flaky(pdf: object, index: int) -> object:
        if index + 1 == 2:
            raise RuntimeError("bad page")
        return real(pdf, index)

    monkeypatch.setattr(pdf_loader, "_read_page", flaky)
    doc = load(DATA / "report.pdf")
    assert {b.location.page for b in doc.blocks} == {1}
    (problem,) = doc.problems
    assert (problem.code, problem.page) == ("AC901", 2)
    assert "bad page" not in problem.message


def test_time_budget_keeps_pages_read(ticking_clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_loader, "time", ticking_clock)
    doc = pdf_loader.load(DATA / "report.pdf", time_budget=1.5)
    assert {b.location.page for b in doc.blocks} == {1}
    (problem,) = doc.problems
    assert problem.code == "AC908"
    assert "1 of 3 pages" in problem.message
    assert problem.page is None  # the message says how far we got
    assert doc.meta.pages == 3
    assert isinstance(doc.meta.facts, PdfFileFacts) and doc.meta.facts.pages_read == 1


def test_time_budget_through_load(ticking_clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_loader, "time", ticking_clock)
    doc = load(DATA / "report.pdf", time_budget=2.5)
    assert {b.location.page for b in doc.blocks} == {1, 2}
    assert [p.code for p in doc.problems] == ["AC908"]


# --- line joining and paragraph splitting --------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["the involve-", "ment of residents"], "the involvement of residents"),
        (["a co-", "production model"], "a co-production model"),
        (["a self-", "assessment"], "a self-assessment"),
        (["the well-", "being board"], "the well-being board"),
        (["up-to-", "date figures"], "up-to-date figures"),
        (["in 2020-", "2021"], "in 2020-2021"),
        (["the NHS-", "funded scheme"], "the NHS-funded scheme"),
        (["a Covid-", "Recovery plan"], "a Covid-Recovery plan"),
        (["dashes -", "stay apart"], "dashes - stay apart"),
        (["soft hyph\u00ad", "enation"], "soft hyphenation"),
        (["pdfium hyph\x02", "enation"], "pdfium hyphenation"),
        (["plain", "lines"], "plain lines"),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def kinds_and_text(lines: list[_Line]) -> list[tuple[BlockKind, str]]:
    return [(kind, text) for kind, text, _ in paragraphs(lines)]


def _line(text: str, top: float, right: float = 500, height: float = 10) -> _Line:
    return _Line(text, left=72, right=right, top=top, bottom=top - height)


def test_paragraph_split_on_gap_and_size() -> None:
    lines = [
        _line("Heading", 700, right=150, height=14),
        _line("First line of a paragraph that runs on", 680),
        _line("and ends here.", 665, right=200),
        _line("Second paragraph after a gap", 640),
        _line("continues.", 625, right=150),
    ]
    assert kinds_and_text(lines) == [
        (K.PARAGRAPH, "Heading"),
        (K.PARAGRAPH, "First line of a paragraph that runs on and ends here."),
        (K.PARAGRAPH, "Second paragraph after a gap continues."),
    ]


def test_paragraph_split_leaves_justified_text_alone() -> None:
    lines = [_line(f"line {n} of one paragraph,", 700 - 15 * n) for n in range(5)]
    assert kinds_and_text(lines) == [
        (K.PARAGRAPH, " ".join(f"line {n} of one paragraph," for n in range(5)))
    ]


def test_lines_that_start_a_field_stay_lines() -> None:
    lines = [
        _line("The forum meets every month to talk about", 700),
        _line("Venue: the services people use.", 685, right=300),
        _line("Carers Forum", 670, right=150),
        _line("Venue: The Hub, Leeds LS2 7DZ", 655, right=300),
        _line("10:30 Welcome", 640, right=150),
        _line("1100 Budget for next year", 625, right=250),
    ]
    assert kinds_and_text(lines) == [
        # a full-width line runs on, whatever the next line starts with
        (K.PARAGRAPH, "The forum meets every month to talk about Venue: the services people use."),
        (K.PARAGRAPH, "Carers Forum"),
        (K.PARAGRAPH, "Venue: The Hub, Leeds LS2 7DZ"),
        (K.PARAGRAPH, "10:30 Welcome"),
        (K.PARAGRAPH, "1100 Budget for next year"),
    ]


def test_bullets_and_numbers_start_list_items() -> None:
    lines = [
        _line("Agenda:", 700, right=150),
        _line("\uf0b7 Apologies", 685, right=150),
        _line("1. Minutes of the last", 670),
        _line("meeting", 655, right=150),
        _line("(a) Matters arising", 640, right=150),
    ]
    assert kinds_and_text(lines) == [
        (K.PARAGRAPH, "Agenda:"),
        (K.LIST_ITEM, "Apologies"),
        (K.LIST_ITEM, "Minutes of the last meeting"),
        (K.LIST_ITEM, "Matters arising"),
    ]


def test_a_line_without_a_box_stays_in_its_paragraph() -> None:
    lines = [_line("one", 700), _Line("two", 0, 0, 0, 0), _line("three.", 670, right=150)]
    assert kinds_and_text(lines) == [(K.PARAGRAPH, "one two three.")]


def test_blank_line_and_no_geometry() -> None:
    flat = [_Line(t, 0, 0, 0, 0) for t in ["one", "two", "", "three"]]
    assert kinds_and_text(flat) == [(K.PARAGRAPH, "one two"), (K.PARAGRAPH, "three")]


# --- the catalog facts agree with pypdf -------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "tagged"),
    [("simple-PDFA-1a.pdf", True), ("simple.pdf", False)],
)
def test_tagged_matches_pypdf(name: str, tagged: bool) -> None:
    path = CORPUS / "format-corpus" / "office-examples" / "OpenOffice.org 3.2.0 OSX"
    path = path / "pdf-features" / name
    if not path.exists():
        pytest.skip("shared corpus not available")
    from pypdf import PdfReader

    mark_info = PdfReader(path).trailer["/Root"].get("/MarkInfo")
    marked = mark_info.get_object().get("/Marked") if mark_info is not None else None
    assert (marked == True) is tagged  # noqa: E712 - BooleanObject(False) is truthy
    assert load(path).meta.tagged is tagged


# --- headings, running headers and footers, hyphenation marked by PDFium --------------


def test_headings_headers_and_footers_in_a_libreoffice_paper() -> None:
    paper = load(Path(__file__).resolve().parents[1] / "examples" / "paper.pdf")
    kinds = [(b.location.page, b.kind, b.text) for b in paper.blocks]
    # The running header and footer repeat on all three pages, set apart.
    headers = [(page, text) for page, kind, text in kinds if kind is K.HEADER]
    footers = [(page, text) for page, kind, text in kinds if kind is K.FOOTER]
    assert [page for page, _ in headers] == [1, 2, 3]
    assert footers[1] == (2, "Step-down care options · Page 2 of 3")
    assert all(b.location.heading is None for b in paper.blocks if b.kind is K.FOOTER)
    # Heading 1 and Heading 2 of the Word original, then a bold sub-heading.
    headings = [(b.level, b.text) for b in paper.blocks if b.kind is K.HEADING]
    assert headings[:3] == [
        (1, "Step-down care after a hospital stay: options for 2026 to 2027"),
        (2, "Summary"),
        (2, "Purpose of this paper"),
    ]
    assert (3, "Option 1: keep things as they are") in headings
    # Headings are blocks of their own, not glued to the next paragraph.
    purpose = next(b for b in paper.blocks if b.text.startswith("The Board is asked"))
    assert purpose.location.heading == "Purpose of this paper"


def test_size_and_bold_make_headings() -> None:
    def line(text: str, top: float, size: float, bold: bool = False) -> _Line:
        return _Line(text, 72, 500, top, top - size, size=size, bold=bold)

    lines = [
        line("Annual report", 760, 20, bold=True),
        line("This is the body text of the report.", 730, 11),
        line("Who we are", 700, 11, bold=True),
        line("We are a group of carers.", 680, 11),
        line("Bold, but a sentence.", 660, 11, bold=True),
    ]
    assert paragraphs(lines) == [
        (K.HEADING, "Annual report", 401),  # prominence: size in tenths, doubled, +1 bold
        (K.PARAGRAPH, "This is the body text of the report.", None),
        (K.HEADING, "Who we are", 221),
        (K.PARAGRAPH, "We are a group of carers.", None),
        (K.PARAGRAPH, "Bold, but a sentence.", None),
    ]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        pytest.param("block\ufffepurchased beds", "block-purchased beds", id="compound-kept"),
        pytest.param("their involve\ufffement", "their involvement", id="broken-word-joined"),
        pytest.param("the well\ufffebeing board", "the well-being board", id="prefix-kept"),
    ],
)
def test_pdfium_marked_hyphens(text: str, joined: str) -> None:
    from accessicheck.loaders.pdf import _join_marked_hyphens

    assert _join_marked_hyphens(text) == joined


def test_pdfium_saying_encrypted_reaches_the_pdf_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    # PDFium can tell a file is encrypted when pypdf cannot: the PDF facts then say so,
    # with PDFium's permission bits, so the security rule reads one place.
    from accessicheck.core.structure import PdfFacts
    from accessicheck.loaders import pdf_facts

    monkeypatch.setattr(pdf_facts, "read", lambda path, seconds: PdfFacts())
    found = pdf_loader._structure(DATA / "report.pdf", 5.0, security=0b1_0000_0000)
    assert found.pdf is not None and found.pdf.encrypted and found.pdf.permissions == 256
    plain = pdf_loader._structure(DATA / "report.pdf", 5.0, security=None)
    assert plain.pdf is not None and not plain.pdf.encrypted and plain.pdf.permissions is None


def test_pypdf_permissions_win_over_pdfiums(monkeypatch: pytest.MonkeyPatch) -> None:
    from accessicheck.core.structure import PdfFacts
    from accessicheck.loaders import pdf_facts

    known = PdfFacts(encrypted=True, permissions=512)
    monkeypatch.setattr(pdf_facts, "read", lambda path, seconds: known)
    found = pdf_loader._structure(DATA / "report.pdf", 5.0, security=0)
    assert found.pdf is not None and found.pdf.permissions == 512
