"""The PowerPoint loader: slide text in reading order, slide numbers, notes, facts, odd files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from accessicheck.core.facts import PptxFacts
from accessicheck.core.model import BlockKind, Document
from accessicheck.core.structure import Structure
from accessicheck.loaders import load

STRUCTURE = Path(__file__).resolve().parent / "data" / "structure"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
K = BlockKind


@pytest.fixture(scope="module")
def good() -> Document:
    doc = load(STRUCTURE / "good.pptx")
    assert doc.problems == []
    return doc


def facts(doc: Document) -> Structure:
    found = doc.meta.facts.structure
    assert isinstance(found, Structure) and found.format == "pptx"
    return found


def test_blocks_slide_by_slide(good: Document) -> None:
    outline = [(b.location.page, b.kind, b.level, b.text) for b in good.blocks]
    assert outline[:7] == [
        (1, K.HEADING, 1, "Carers' support service"),
        (1, K.PARAGRAPH, None, "Update for the board, April"),
        (1, K.NOTE, None, "Welcome everyone and introduce the team."),
        (2, K.HEADING, 1, "What we agreed"),
        (2, K.LIST_ITEM, 1, "Start in April"),
        (2, K.LIST_ITEM, 1, "Report back on transport"),
        (3, K.HEADING, 1, "How many people use it"),
    ]
    assert [b.location.paragraph for b in good.blocks] == list(range(1, len(good.blocks) + 1))


def test_slide_title_is_the_heading_context(good: Document) -> None:
    bullet = next(b for b in good.blocks if b.text == "Start in April")
    assert bullet.heading == "What we agreed"
    assert bullet.location.describe() == "page 2, paragraph 5"


def test_table_cells(good: Document) -> None:
    cells = [b for b in good.blocks if b.kind is K.TABLE_CELL]
    assert [c.text for c in cells] == ["Year", "Carers", "2023", "120", "2024", "180"]
    assert [c.style["header"] for c in cells] == [True, True, False, False, False, False]
    (table,) = facts(good).tables
    assert (table.rows, table.columns, table.header_row, table.page) == (3, 2, True, 4)


def test_meta(good: Document) -> None:
    assert good.format == "pptx"
    assert good.meta.title == "Carers' support service"
    assert good.meta.language == "en-GB"
    assert good.meta.pages == 4


def test_slide_facts(good: Document) -> None:
    slides = facts(good).slides
    assert [s.title for s in slides] == [
        "Carers' support service",
        "What we agreed",
        "How many people use it",
        "Carers by year",
    ]
    title, picture = slides[2].shapes
    assert (title.placeholder, picture.kind) == ("title", "picture")
    assert title.box is not None  # positions are inherited from the layout
    assert picture.top is not None and title.top is not None and title.top < picture.top


def test_text_sizes_follow_placeholders_and_masters(good: Document) -> None:
    by_text = {good.blocks[s.paragraph - 1].text: s for s in facts(good).spans}
    assert by_text["What we agreed"].size == 44.0  # the master's title style
    assert by_text["Start in April"].size == 24.0  # set on the run
    assert by_text["Carers' support service"].colour == "000000"  # the theme's dark 1
    assert by_text["Start in April"].background == "FFFFFF"


def test_pictures_with_alt_text(good: Document) -> None:
    (picture,) = facts(good).pictures
    assert picture.alt == "Bar chart: 120 carers in 2023, 180 in 2024."
    assert picture.page == 3


def test_problems_file_facts() -> None:
    doc = load(STRUCTURE / "problems.pptx")
    found = facts(doc)
    assert [s.title for s in found.slides] == [
        None,
        "",
        "Budget",
        "Budget",
        "Transport",
        None,
        "Next steps",
        "Attendance",
    ]
    assert [(link.text, link.url) for link in found.links] == [
        ("click here", "https://example.org/transport")
    ]
    (table,) = found.tables
    assert (table.header_row, table.merged_cells) == (False, 1)
    assert [c.text for c in doc.blocks if c.kind is K.TABLE_CELL].count("Totals to follow") == 1


def test_libreoffice_round_trip_reads_the_same_text(good: Document) -> None:
    again = load(STRUCTURE / "lo-roundtrip.pptx")
    assert [b.text for b in again.blocks] == [b.text for b in good.blocks]
    assert [s.title for s in facts(again).slides] == [s.title for s in facts(good).slides]


def test_damaged_and_empty_presentations(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pptx"
    data = (STRUCTURE / "good.pptx").read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    (problem,) = load(cut).problems
    assert problem.code == "AC901" and "PowerPoint" in problem.message


def test_macro_and_slide_show_types_load(tmp_path: Path) -> None:
    show = tmp_path / "show.ppsx"
    with zipfile.ZipFile(STRUCTURE / "good.pptx") as src, zipfile.ZipFile(show, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"presentationml.presentation.main", b"presentationml.slideshow.main"
                )
            out.writestr(info, data)
    doc = load(show)
    assert doc.format == "pptx" and doc.problems == []
    assert doc.blocks[0].text == "Carers' support service"


def _corpus(relative: str) -> Path:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{relative} is not in this copy of the corpus")
    return path


@pytest.mark.corpus
def test_missing_core_properties_title_is_not_invented() -> None:
    doc = load(_corpus("python-pptx/tests/test_files/no-core-props.pptx"))
    assert doc.meta.title is None
    assert doc.readable


@pytest.mark.corpus
def test_every_corpus_presentation_loads() -> None:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not available")
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in {".pptx", ".pptm", ".ppsx"})
    read = 0
    for path in files:
        doc = load(path)
        assert doc.readable or doc.problems, path
        if isinstance(doc.meta.facts, PptxFacts):
            read += 1
            pages = {b.location.page for b in doc.blocks}
            assert pages <= set(range(1, (doc.meta.pages or 0) + 1)), path
    assert read >= 40


def test_a_bad_slide_does_not_lose_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    from accessicheck.loaders import pptx as pptx_loader

    real = pptx_loader.Reader.slide

    def flaky(self: object, slide: object, number: int, first: int) -> object:
        drafts = real(self, slide, number, first)  # type: ignore[arg-type]
        if number == 2:
            raise RuntimeError("bad slide")  # after its facts were gathered
        return drafts

    monkeypatch.setattr(pptx_loader.Reader, "slide", flaky)
    doc = load(STRUCTURE / "good.pptx")
    assert {b.location.page for b in doc.blocks} == {1, 3, 4}
    (problem,) = doc.problems
    assert (problem.code, problem.page) == ("AC901", 2)
    assert "bad slide" not in problem.message
    # The failed slide's facts are dropped too, so every fact points at a real block.
    found = facts(doc)
    assert [s.number for s in found.slides] == [1, 3, 4]
    assert all(doc.blocks[s.paragraph - 1].location.page != 2 for s in found.spans)
