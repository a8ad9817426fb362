"""The Markdown loader: structure, what is skipped, and source line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.facts import Image, MarkdownFacts
from accessicheck.core.model import BlockKind, Document
from accessicheck.core.structure import Link
from accessicheck.loaders import load
from accessicheck.loaders.markdown import blank_front_matter

DATA = Path(__file__).resolve().parent / "data" / "loaders"
K = BlockKind


@pytest.fixture(scope="module")
def notes() -> Document:
    doc = load(DATA / "notes.md")
    assert doc.problems == []
    assert doc.format == "markdown"
    return doc


def _md(tmp_path: Path, source: str) -> Document:
    path = tmp_path / "doc.md"
    path.write_text(source, encoding="utf-8")
    return load(path)


def test_structure_and_lines(notes: Document) -> None:
    assert [(b.kind, b.level, b.text, b.location.line) for b in notes.blocks] == [
        (K.HEADING, 1, "Parish council notes", 5),
        (
            K.PARAGRAPH,
            None,
            "The meeting opened at 7pm. Run to rebuild. See the budget page for details.",
            7,
        ),
        (K.HEADING, 2, "Actions", 18),
        (K.LIST_ITEM, 1, "Write to the county council", 20),
        (K.LIST_ITEM, 2, "Copy in the MP", 21),
        (K.LIST_ITEM, 1, "Book the hall", 22),
        (K.LIST_ITEM, 1, "First numbered point", 24),
        (K.LIST_ITEM, 1, "Second numbered point", 25),
        (K.PARAGRAPH, None, "A quoted comment from a resident.", 27),
        (K.TABLE_CELL, None, "Action", 29),
        (K.TABLE_CELL, None, "Who", 29),
        (K.TABLE_CELL, None, "Letter", 31),
        (K.TABLE_CELL, None, "Clerk", 31),
        (K.HEADING, 2, "Setext heading", 33),
        (K.PARAGRAPH, None, "Last paragraph.", 36),
    ]


def test_numbering_and_heading_context(notes: Document) -> None:
    # Every block has its place in reading order, even table cells on one line.
    assert [b.location.paragraph for b in notes.blocks] == list(range(1, len(notes.blocks) + 1))
    by_text = {b.text: b for b in notes.blocks}
    assert by_text["Parish council notes"].heading == "Parish council notes"
    assert by_text["Copy in the MP"].heading == "Actions"
    assert by_text["Last paragraph."].heading == "Setext heading"


def test_skipped_content(notes: Document) -> None:
    text = " ".join(b.text for b in notes.blocks)
    assert "code is not prose" not in text  # fenced code
    assert "make minutes" not in text  # inline code
    assert "comment nobody" not in text  # HTML comment
    assert "author: Clerk" not in text and "title: Notes" not in text  # front matter
    assert "https://example.org" not in text  # link target; link text stays
    assert "Map of the new bus route" not in text  # image alt is not prose


def test_images_recorded(notes: Document) -> None:
    assert isinstance(notes.meta.facts, MarkdownFacts)
    assert notes.meta.facts.images == (Image("Map of the new bus route", "route.png", line=10),)


def test_table_cells(notes: Document) -> None:
    cells = [b for b in notes.blocks if b.kind is K.TABLE_CELL]
    assert [dict(c.style) for c in cells] == [
        {"table": 1, "row": 1, "column": 1, "header": True},
        {"table": 1, "row": 1, "column": 2, "header": True},
        {"table": 1, "row": 2, "column": 1, "header": False},
        {"table": 1, "row": 2, "column": 2, "header": False},
    ]


def test_loose_list_item_and_nesting(tmp_path: Path) -> None:
    doc = _md(
        tmp_path,
        "- First item\n\n  More about it.\n\n"
        "  - Nested one\n    - Deeper\n\n  After nested.\n- Last\n",
    )
    assert [(b.kind, b.level, b.text, b.location.line) for b in doc.blocks] == [
        (K.LIST_ITEM, 1, "First item More about it.", 1),
        (K.LIST_ITEM, 2, "Nested one", 5),
        (K.LIST_ITEM, 3, "Deeper", 6),
        (K.LIST_ITEM, 1, "After nested.", 8),
        (K.LIST_ITEM, 1, "Last", 9),
    ]


def test_inline_markup_removed(tmp_path: Path) -> None:
    doc = _md(tmp_path, "Some *emphasis*, **strong** and <span>html</span> text  \nnext line\n")
    assert [b.text for b in doc.blocks] == ["Some emphasis, strong and html text next line"]


def test_html_block_and_indented_code_skipped(tmp_path: Path) -> None:
    doc = _md(tmp_path, "<div>\nraw html\n</div>\n\n    indented code\n\nReal text.\n")
    assert [b.text for b in doc.blocks] == ["Real text."]
    assert doc.blocks[0].location.line == 7


def test_thematic_break_is_not_front_matter(tmp_path: Path) -> None:
    source = "---\nNot front matter, just a rule above.\n"
    assert blank_front_matter(source) == source
    doc = _md(tmp_path, source)
    assert [b.text for b in doc.blocks] == ["Not front matter, just a rule above."]


def test_front_matter_keeps_line_numbers() -> None:
    source = "---\na: 1\n---\n# Title\n"
    blanked = blank_front_matter(source)
    assert blanked.split("\n")[3] == "# Title"
    assert "a: 1" not in blanked


def test_only_front_matter_is_empty(tmp_path: Path) -> None:
    doc = _md(tmp_path, "---\ntitle: x\n---\n\n")
    assert [p.code for p in doc.problems] == ["AC906"]


def test_markdown_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "cp.md"
    path.write_bytes("# Costs\n\nThe fee is \u00a35 \u2013 \u201cfair\u201d.\n".encode("cp1252"))
    doc = load(path)
    assert doc.blocks[1].text == "The fee is £5 – “fair”."
    assert isinstance(doc.meta.facts, MarkdownFacts) and doc.meta.facts.encoding == "cp1252"


def test_links_keep_their_text_and_are_listed_with_their_address(tmp_path: Path) -> None:
    p = tmp_path / "invite.md"
    p.write_text(
        "Please [join the meeting](https://teams.example.org/l/abc) or read "
        "[the *paper*](paper.pdf).\n\nNo link here.\n",
        encoding="utf-8",
    )
    doc = load(p)
    assert doc.blocks[0].text == "Please join the meeting or read the paper."
    assert isinstance(doc.meta.facts, MarkdownFacts)
    assert doc.meta.facts.links == (
        Link("join the meeting", "https://teams.example.org/l/abc", line=1),
        Link("the paper", "paper.pdf", line=1),
    )


def test_time_budget_keeps_the_blocks_read(
    ticking_clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accessicheck.core import bounds
    from accessicheck.loaders import markdown as md_loader

    path = tmp_path / "long.md"
    paragraphs = [f"Paragraph *{i}*." for i in range(1, 301)]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert [b.text for b in md_loader.load(path).blocks] == [p.replace("*", "") for p in paragraphs]
    monkeypatch.setattr(bounds, "time", ticking_clock)
    # The clock reads second 1 at the start, then once every 20 paragraphs
    # while their emphasis is read: over 2.5 seconds at paragraph 60, so the
    # tokens stop before it. The blocks are then turned into text, with the
    # clock read again after 50 tokens (over): tokens 0 to 49 are 16 whole
    # paragraphs (3 tokens each: open, text, close) and the 17th's opening and
    # text, so 17 paragraphs are kept, the 17th on line 33.
    doc = md_loader.load(path, time_budget=2.5)
    assert [b.text for b in doc.blocks] == [p.replace("*", "") for p in paragraphs[:17]]
    (problem,) = doc.problems
    assert problem.code == "AC908"
    assert "33 of 599 lines" in problem.message


def test_the_inline_step_stops_at_a_block_when_time_runs_out(
    ticking_clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from markdown_it import MarkdownIt

    from accessicheck.core import bounds
    from accessicheck.loaders.markdown import _TimedInline

    monkeypatch.setattr(bounds, "time", ticking_clock)
    timed = _TimedInline(bounds.Clock(1.5))  # the clock starts at second 1
    parser = MarkdownIt("commonmark")
    parser.core.ruler.at("inline", timed)
    tokens = parser.parse("\n\n".join(f"Paragraph *{i}*." for i in range(1, 101)))
    # Read at paragraph 20 (second 2: within 1.5 s) and 40 (second 3: over).
    # Paragraph 40 starts on line 79; the tokens before it are 39 paragraphs
    # of 3 tokens and paragraph 40's opening.
    assert timed.stopped_at == 79
    assert len(tokens) == 39 * 3 + 1
    assert tokens[-3].children[1].type == "em_open"  # emphasis was read before the stop
