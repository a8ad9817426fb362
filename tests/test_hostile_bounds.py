"""Per-file bounds: long blocks split, punctuation runs defused, text capped, time kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck import loaders
from accessicheck.core import bounds
from accessicheck.core.model import Block, BlockKind, Document, Location
from accessicheck.language import analysis, nlp
from accessicheck.loaders import markdown as markdown_loader

SENTENCE = "We will meet in the small hall and talk about the plan. "


def document(*texts: str, path: str = "paper.txt") -> Document:
    blocks = [
        Block(BlockKind.PARAGRAPH, t, Location(path, paragraph=i + 1)) for i, t in enumerate(texts)
    ]
    return Document(path=path, format="text", blocks=blocks)


# --- defuse ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("=" * 20_000, id="equals"),
        pytest.param("`" * 50_000, id="backticks"),
        pytest.param("!?" * 3_000, id="mixed-punctuation"),
        pytest.param("a=" * 3_000, id="letters-and-symbols-without-spaces"),
        pytest.param("Costs " + "$%" * 5_000 + " agreed.", id="symbols-in-a-sentence"),
    ],
)
def test_defuse_breaks_long_runs(text: str) -> None:
    out = bounds.defuse(text)
    assert len(out) == len(text)
    assert max(len(word) for word in out.split()) <= bounds.MAX_WORD_CHARS
    # No run of punctuation longer than the limit is left.
    assert "=" * (bounds.MAX_PUNCTUATION_RUN + 1) not in out
    # Characters stay where they were, or become spaces.
    assert all(b in (a, " ") for a, b in zip(text, out, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We met. Then we left... and had tea!", id="sentences"),
        pytest.param("See https://example.org/a/b?c=d for the notes.", id="address"),
        pytest.param("Item 1 -- the budget; item 2 -- the plan.", id="dashes"),
        pytest.param("Wait...!?", id="short-punctuation"),
    ],
)
def test_defuse_leaves_ordinary_text_alone(text: str) -> None:
    assert bounds.defuse(text) == text


# --- splitting ----------------------------------------------------------------------------------


def test_split_points_cover_the_text_in_pieces_under_the_limit() -> None:
    text = SENTENCE * 500
    pieces = bounds.split_text(text, limit=1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    # Each piece but the last ends at a sentence end.
    assert all(p.endswith(". ") for p in pieces[:-1])


def test_split_falls_back_to_spaces_then_a_hard_cut() -> None:
    words = "word " * 1000
    assert all(p.endswith(" ") for p in bounds.split_text(words, limit=300)[:-1])
    solid = "x" * 1000
    assert [len(p) for p in bounds.split_text(solid, limit=300)] == [300, 300, 300, 100]


# --- analysis -----------------------------------------------------------------------------------


def test_a_paragraph_over_the_models_limit_does_not_stop_the_run() -> None:
    text = SENTENCE * 20_000  # 1,140,000 characters: spaCy alone refuses it (E088)
    [analysed] = analysis.analyse_documents([document(text)], seconds=1.0)
    [block] = analysed.blocks
    # What was analysed in time is kept, from the start of the paragraph.
    assert text.startswith(block.text)
    assert block.doc.text == block.text
    assert [p.code for p in analysed.document.problems] == ["AC908"]


def test_pieces_of_a_block_join_into_one_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "CHUNK_CHARS", 500)
    monkeypatch.setattr(bounds.split_text, "__defaults__", (500,))
    given: list[int] = []
    real = nlp.analyse

    def spy(texts: list[str], **kwargs: object) -> list[object]:
        given.extend(len(t) for t in texts)
        return real(texts, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(nlp, "analyse", spy)
    text = SENTENCE * 100
    [analysed] = analysis.analyse_documents([document(text)], seconds=600)
    assert max(given) <= 500
    [block] = analysed.blocks
    assert block.doc.text == text
    assert len(block.sentences) == 100
    assert {s.text for s in block.sentences} == {SENTENCE.strip()}


def test_offsets_stay_in_the_original_text_after_defusing() -> None:
    text = "Before the line. " + "=" * 20_000 + " After the line."
    [analysed] = analysis.analyse_documents([document(text)], seconds=600)
    sentences = [s.text for s in analysed.blocks[0].sentences]
    assert sentences[0] == "Before the line."
    assert sentences[-1].endswith("After the line.")


def test_a_lone_surrogate_is_read_as_a_replacement_character() -> None:
    # Half of a UTF-16 pair cannot be encoded, and stopped the language model.
    text = "We met \ud800 on Monday. The lift \udfff was broken."
    assert bounds.defuse(text) == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    doc = Document(
        "p.txt", "text", blocks=[Block(BlockKind.PARAGRAPH, text, Location("p.txt", paragraph=1))]
    )
    (analysed,) = analysis.analyse_documents([doc])
    sentences = [s.text for s in analysed.blocks[0].sentences]
    assert sentences == ["We met \ud800 on Monday.", "The lift \udfff was broken."]


def test_a_file_over_its_time_stops_and_says_so_and_others_go_on() -> None:
    slow = document(*(SENTENCE * 20 for _ in range(200)), path="slow.txt")
    quick = document("A short paper.", path="quick.txt")
    slow_result, quick_result = analysis.analyse_documents([slow, quick], seconds=0.0)
    (problem,) = slow_result.document.problems
    assert problem.code == "AC908"
    assert "of 200 paragraphs" in problem.message
    assert len(slow_result.blocks) < 200
    # The short file's one batch always runs: the clock is checked between batches.
    assert [b.text for b in quick_result.blocks] == ["A short paper."]


# --- loading ------------------------------------------------------------------------------------


def test_text_over_the_cap_is_cut_with_a_finding() -> None:
    doc = loaders.cap_text(document("a" * 600, "b" * 600), max_chars=1000)
    assert [len(b.text) for b in doc.blocks] == [600, 400]
    assert [p.code for p in doc.problems] == ["AC907"]


def test_text_under_the_cap_is_untouched() -> None:
    doc = loaders.cap_text(document("a" * 600, "b" * 400), max_chars=1000)
    assert [len(b.text) for b in doc.blocks] == [600, 400]
    assert doc.problems == []


def test_a_wide_markdown_table_is_read_as_text(tmp_path: Path) -> None:
    columns = markdown_loader.MAX_TABLE_COLUMNS + 50
    header = "|" + "|".join(f"c{i}" for i in range(columns)) + "|\n"
    path = tmp_path / "wide.md"
    path.write_text(header + "|" + "-|" * columns + "\n" + "|x|\n" * 20, encoding="utf-8")
    doc = loaders.load(path)
    assert [p.code for p in doc.problems] == ["AC907"]
    assert not any(b.kind is BlockKind.TABLE_CELL for b in doc.blocks)


def test_a_narrow_markdown_table_still_has_cells(tmp_path: Path) -> None:
    path = tmp_path / "table.md"
    path.write_text("| Time | Item |\n|---|---|\n| 10:00 | Welcome |\n", encoding="utf-8")
    doc = loaders.load(path)
    assert doc.problems == []
    assert [b.text for b in doc.blocks if b.kind is BlockKind.TABLE_CELL] == [
        "Time",
        "Item",
        "10:00",
        "Welcome",
    ]


def test_long_text_files_are_read_only_up_to_the_limit(tmp_path: Path) -> None:
    from accessicheck.loaders import text as text_loader

    path = tmp_path / "long.txt"
    line = "We met and agreed the plan.\n"
    path.write_text(line * (text_loader.MAX_TEXT_BYTES // len(line) + 100), encoding="utf-8")
    doc = loaders.load(path)
    assert "AC907" in [p.code for p in doc.problems]
    assert sum(len(b.text) for b in doc.blocks) <= bounds.MAX_TEXT_CHARS


def test_special_files_are_not_opened(tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    doc = loaders.load(pipe)  # would wait for ever if it were opened
    assert [p.code for p in doc.problems] == ["AC901"]
    assert "not an ordinary file" in doc.problems[0].message


def test_zip_parts_are_counted_as_they_are_unpacked(tmp_path: Path) -> None:
    import zipfile

    from accessicheck.loaders import ooxml

    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<a/>")
        for i in range(3):
            zf.writestr(f"customXml/p{i}.xml", b" " * (ooxml.MAX_XML_TOTAL // 3 + 1000))
    with pytest.raises(loaders.LoaderError) as caught:
        ooxml.check_zip(path, "Word document", "Save it again")
    assert caught.value.code == "AC905"


def test_a_pdf_structure_check_that_stops_early_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from accessicheck.core.structure import PdfFacts
    from accessicheck.loaders import pdf_facts

    def stopped(path: Path, seconds: float) -> PdfFacts:
        facts = PdfFacts()
        facts.complete = False
        return facts

    monkeypatch.setattr(pdf_facts, "read", stopped)
    doc = loaders.load(Path(__file__).parent / "data" / "loaders" / "report.pdf")
    assert [p.code for p in doc.problems] == ["AC909"]
    assert "stopped early" in doc.problems[0].message


def test_a_complete_pdf_structure_check_adds_nothing() -> None:
    doc = loaders.load(Path(__file__).parent / "data" / "loaders" / "report.pdf")
    assert doc.problems == []
