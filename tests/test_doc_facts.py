"""Structure facts from the Word loader (loaders/docx_facts.py): what it finds, and where."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.facts import structure_of
from accessicheck.core.model import Document
from accessicheck.core.structure import Structure
from accessicheck.loaders import load

DATA = Path(__file__).resolve().parent / "data"
STRUCTURE = DATA / "structure"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def facts(doc: Document) -> Structure:
    found = doc.meta.facts.structure
    assert isinstance(found, Structure)
    assert found.gaps == []
    return found


@pytest.fixture(scope="module")
def problems() -> Document:
    return load(STRUCTURE / "problems.docx")


def _text(doc: Document, paragraph: int | None) -> str:
    assert paragraph is not None
    return doc.blocks[paragraph - 1].text


def test_pictures_alt_text_decorative_and_floating(problems: Document) -> None:
    pictures = [(p.kind, p.alt, p.decorative, p.floating) for p in facts(problems).pictures]
    assert pictures == [
        ("picture", None, False, False),
        ("picture", "IMG_0042.png", False, False),
        ("picture", None, True, False),
        ("picture", "Map of the bus routes", False, True),
        ("text box", None, False, True),  # read once: the VML fallback copy is skipped
    ]


def test_pictures_point_at_the_nearest_block(problems: Document) -> None:
    box = facts(problems).pictures[-1]
    assert box.text == "Contact the clerk on 01234 567890."
    assert _text(problems, box.paragraph) == "See the box."  # the paragraph that anchors it
    # Pictures in otherwise empty paragraphs point at the text just before them.
    assert _text(problems, facts(problems).pictures[0].paragraph) == "2. Any other business"


def test_tables_say_how_the_header_row_is_marked(problems: Document) -> None:
    tables = facts(problems).tables
    marks = [(t.header_row, t.style_first_row, t.merged_cells) for t in tables]
    assert marks == [(False, False, 0), (False, True, 0), (True, True, 1)]
    assert [_text(problems, t.paragraph) for t in tables] == ["Name", "Quarter", "Group"]
    assert [(t.rows, t.columns) for t in tables] == [(2, 2), (2, 2), (3, 3)]


def test_links_with_their_targets(problems: Document) -> None:
    links = [(link.text, link.url) for link in facts(problems).links]
    assert links == [
        ("click here", "https://example.org/minutes"),
        ("https://example.org/plan", "https://example.org/plan"),
    ]


def test_empty_paragraphs_in_a_row(problems: Document) -> None:
    (found,) = facts(problems).empty_paragraphs
    assert found.count == 3
    assert _text(problems, found.paragraph).startswith("The board agreed")


def test_spans_carry_size_emphasis_and_colours(problems: Document) -> None:
    spans = {(_text(problems, s.paragraph)[:12], s.start): s for s in facts(problems).spans}
    assert spans[("Small print.", 0)].size == 8.0
    assert spans[("The board ag", 0)].size == 10.0
    grey = spans[("This grey te", 0)]
    assert (grey.colour, grey.background) == ("999999", "FFFFFF")
    dark = spans[("White text o", 0)]
    assert (dark.colour, dark.background) == ("FFFFFF", "1F3864")
    assert any(s.italic for s in facts(problems).spans)
    assert any(s.underline for s in facts(problems).spans)
    assert any(s.caps for s in facts(problems).spans)


def test_span_offsets_match_the_block_text(problems: Document) -> None:
    for span in facts(problems).spans:
        text = _text(problems, span.paragraph)
        assert 0 <= span.start < span.end <= len(text)


def test_theme_colours_are_resolved() -> None:
    # The Title style of python-docx's template uses a theme colour (text 2, shade BF).
    doc = load(STRUCTURE / "good.docx")
    title = next(s for s in facts(doc).spans if s.paragraph == 1)
    assert title.colour == "17365D"


def test_cell_text_offsets_cover_every_paragraph_of_a_cell(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "cell.docx"
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "First line"
    cell.add_paragraph("Second line").runs[0].italic = True
    document.save(str(path))
    doc = load(path)
    (block,) = doc.blocks
    italic = [s for s in facts(doc).spans if s.italic]
    assert [block.text[s.start : s.end] for s in italic] == ["Second line"]


def test_shading_highlight_and_page_colour(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    path = tmp_path / "colours.docx"
    document = docx.Document()
    document.add_paragraph("On the page colour.")
    document.add_paragraph().add_run("Highlighted.").font.highlight_color = WD_COLOR_INDEX.YELLOW
    shaded = document.add_paragraph("In a shaded paragraph.")
    shaded._p.get_or_add_pPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="DDEEFF"/>')
    )
    document.element.insert(0, parse_xml(f'<w:background {nsdecls("w")} w:color="FFF2CC"/>'))
    document.save(str(path))
    doc = load(path)
    backgrounds = [s.background for s in facts(doc).spans]
    assert backgrounds == ["FFF2CC", "FFFF00", "DDEEFF"]
    assert facts(doc).page_background == "FFF2CC"


def test_table_style_shading_leaves_the_background_unknown(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "styled.docx"
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.style = "Light Grid Accent 1"  # shades its header row from the table style
    table.cell(0, 0).text = "Heading"
    document.save(str(path))
    doc = load(path)
    assert [s.background for s in facts(doc).spans] == [None]


def test_agenda_fixture_facts() -> None:
    doc = load(DATA / "loaders" / "agenda.docx")
    found = facts(doc)
    assert [t.header_row for t in found.tables] == [True]
    assert [p.kind for p in found.pictures] == ["text box"]


@pytest.mark.corpus
def test_corpus_word_files_give_facts_without_gaps() -> None:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not available")
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in {".docx", ".docm", ".dotx"})
    read = 0
    for path in files:
        doc = load(path)
        found = structure_of(doc.meta.facts)
        if found is None:
            assert doc.problems, path  # only files that could not be read have no facts
            continue
        assert found.gaps == [], (path, found.gaps)
        read += 1
    assert read >= 50


def test_a_fact_that_cannot_be_read_never_stops_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from accessicheck.loaders import docx_facts

    def broken(*args: object) -> None:
        raise ValueError("odd table")

    monkeypatch.setattr(docx_facts, "_tables", broken)
    doc = load(STRUCTURE / "problems.docx")
    found = doc.meta.facts.structure
    assert doc.problems == [] and doc.readable
    assert found.gaps == ["tables: ValueError"]
    assert found.tables == [] and found.pictures  # the other facts are kept

    monkeypatch.setattr(docx_facts, "_Places", broken)
    found = load(STRUCTURE / "problems.docx").meta.facts.structure
    assert found.gaps == ["structure: ValueError"]
