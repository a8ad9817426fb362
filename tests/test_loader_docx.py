"""The Word loader: reading order, structure, style facts, and hostile files."""

from __future__ import annotations

import importlib.util
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from accessicheck.core.facts import DocxFacts
from accessicheck.core.model import BlockKind, Document
from accessicheck.loaders import load

DATA = Path(__file__).resolve().parent / "data" / "loaders"
K = BlockKind


@pytest.fixture(scope="module")
def agenda() -> Document:
    doc = load(DATA / "agenda.docx")
    assert doc.problems == []
    return doc


def _outline(doc: Document) -> list[tuple[BlockKind, int | None, str]]:
    return [(b.kind, b.level, b.text) for b in doc.blocks]


def test_blocks_in_true_reading_order(agenda: Document) -> None:
    assert _outline(agenda) == [
        (K.HEADING, 1, "Transport committee"),
        (K.PARAGRAPH, None, "Meeting on 4 March, 7pm, in the council chamber."),
        (K.HEADING, 1, "Apologies"),
        (K.PARAGRAPH, None, "Apologies were received from:"),
        (K.LIST_ITEM, 1, "Councillor Ahmed"),
        (K.LIST_ITEM, 2, "Councillor Brown, who sent a report"),
        (K.LIST_ITEM, 1, "Councillor Cole"),
        (K.HEADING, 1, "Budget"),
        (K.PARAGRAPH, None, "Spending so far this year:"),
        (K.TABLE_CELL, None, "Item"),
        (K.TABLE_CELL, None, "Budget"),
        (K.TABLE_CELL, None, "Spent"),
        (K.TABLE_CELL, None, "Buses"),
        (K.TABLE_CELL, None, "£40,000"),
        (K.TABLE_CELL, None, "£12,500"),
        (K.TABLE_CELL, None, "Totals to follow"),
        (K.CAPTION, None, "Figure 1: spending by month"),
        (K.HEADING, 2, "Item 3: Community transport"),
        (K.PARAGRAPH, None, agenda.blocks[18].text),
        (K.PARAGRAPH, None, "This item is confidential."),
        (K.PARAGRAPH, None, "See the box."),
        (K.TEXT_BOX, None, "Contact the clerk on 01234 567890."),
        (K.LIST_ITEM, 2, "Agree the timetable"),
        (K.PARAGRAPH, None, "Any other business"),
        (K.PARAGRAPH, None, "Date of next meeting: 1 April."),
        (K.HEADER, None, "Transport committee, 4 March"),
        (K.FOOTER, None, "Page footer text"),
    ]


def test_paragraph_numbers_count_emitted_blocks(agenda: Document) -> None:
    # The empty paragraph after the first line is skipped without a gap.
    assert [b.location.paragraph for b in agenda.blocks] == list(range(1, len(agenda.blocks) + 1))
    assert all(b.location.path.endswith("agenda.docx") for b in agenda.blocks)
    assert all(b.location.page is None and b.location.line is None for b in agenda.blocks)


def test_heading_context(agenda: Document) -> None:
    by_text = {b.text: b for b in agenda.blocks}
    # A heading sits under itself: it starts its own section.
    assert by_text["Transport committee"].heading == "Transport committee"
    assert by_text["Apologies"].heading == "Apologies"
    assert by_text["Councillor Ahmed"].heading == "Apologies"
    assert by_text["£40,000"].heading == "Budget"
    assert by_text["Contact the clerk on 01234 567890."].heading == "Item 3: Community transport"
    # Headers and footers sit outside the flow: no heading context.
    assert by_text["Transport committee, 4 March"].heading is None
    assert by_text["Page footer text"].heading is None


def test_custom_heading_style_inherits_its_level(agenda: Document) -> None:
    block = next(b for b in agenda.blocks if b.text.startswith("Item 3"))
    assert block.style["style"] == "Agenda Item"
    assert (block.kind, block.level) == (K.HEADING, 2)


def test_table_cells_once_with_position(agenda: Document) -> None:
    cells = [b for b in agenda.blocks if b.kind is K.TABLE_CELL]
    # The merged last row is one w:tc: it appears once, not three times.
    assert [c.text for c in cells].count("Totals to follow") == 1
    assert [(c.style["row"], c.style["column"]) for c in cells] == [
        (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1),
    ]  # fmt: skip
    assert [c.style["header"] for c in cells] == [True] * 3 + [False] * 4
    assert {c.style["table"] for c in cells} == {1}


def test_text_box_text_is_not_in_its_anchor(agenda: Document) -> None:
    texts = [b.text for b in agenda.blocks]
    assert "See the box." in texts  # the anchor paragraph alone
    assert sum("Contact the clerk" in t for t in texts) == 1  # choice read, fallback not


def test_header_and_footer_once_per_part(agenda: Document) -> None:
    kinds = [b.kind for b in agenda.blocks]
    assert kinds.count(K.HEADER) == 1  # two sections share one header part
    assert kinds.count(K.FOOTER) == 1


def test_style_facts(agenda: Document) -> None:
    by_text = {b.text: b for b in agenda.blocks}
    warning = by_text["This item is confidential."]
    assert dict(warning.style) == {
        "style": "Normal",
        "bold": True,
        "font_size": 14.0,
        "alignment": "justify",
    }
    normal = by_text["Apologies were received from:"]
    assert normal.style["bold"] is False
    assert normal.style["font_size"] == 11.0  # from the document defaults
    assert normal.style["alignment"] is None
    heading = by_text["Apologies"]
    assert heading.style["bold"] is True  # from the Heading 1 style


def test_meta(agenda: Document) -> None:
    assert agenda.meta.title == "Transport committee agenda"
    assert agenda.meta.language == "en-GB"
    assert agenda.meta.pages is None
    assert agenda.format == "docx"


def test_missing_core_properties_gives_no_title() -> None:
    import docx

    path = DATA / "no-coreprops.docx"
    # The trap: python-docx makes up a core-properties part when it is missing.
    invented = docx.Document(str(path)).core_properties.title
    doc = load(path)
    assert doc.problems == []
    assert doc.meta.title is None
    assert invented != doc.meta.title or invented is None
    assert [b.text for b in doc.blocks] == ["A document without core properties."]


def test_macro_enabled_document_loads() -> None:
    doc = load(DATA / "macro.docm")
    assert doc.problems == []
    assert _outline(doc) == [
        (K.HEADING, 1, "Macro-enabled minutes"),
        (K.PARAGRAPH, None, "This file has the macro-enabled content type."),
    ]


def test_template_loads(tmp_path: Path) -> None:
    template = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    path = _rewrite(
        DATA / "agenda.docx",
        tmp_path / "agenda.dotx",
        {
            "[Content_Types].xml": lambda x: x.replace(
                b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                template.encode(),
            )
        },
    )
    doc = load(path)
    assert doc.problems == []
    assert doc.blocks[0].text == "Transport committee"


# --- hostile and broken files ---------------------------------------------------------------


def _rewrite(
    src: Path,
    dest: Path,
    edits: dict[str, Callable[[bytes], bytes]],
    extra: dict[str, bytes] | None = None,
) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in edits:
                data = edits[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dest


def _with_body(tmp_path: Path, body_xml: str, prolog: str = "") -> Path:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<w:document xmlns:w="{w}"><w:body>{body_xml}</w:body></w:document>'
    ).encode()
    return _rewrite(
        DATA / "no-coreprops.docx", tmp_path / "doc.docx", {"word/document.xml": lambda _: document}
    )


def test_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    path = _with_body(tmp_path, "<w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p>", prolog)
    doc = load(path)
    assert "TOP-SECRET" not in " ".join(b.text for b in doc.blocks)
    assert [b.text for b in doc.blocks] == ["before  after"]


def test_entity_expansion_bomb_is_not_expanded(tmp_path: Path) -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    prolog = f"<!DOCTYPE w:document [{entities}]>"
    path = _with_body(tmp_path, "<w:p><w:r><w:t>x&i;y</w:t></w:r></w:p>", prolog)
    doc = load(path)
    assert sum(len(b.text) for b in doc.blocks) < 100


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = _rewrite(
        DATA / "no-coreprops.docx",
        tmp_path / "bomb.docx",
        {},
        extra={"word/media/padding.bin": b"\0" * 30_000_000},
    )
    assert path.stat().st_size < 200_000
    (problem,) = load(path).problems
    assert problem.code == "AC905"
    assert "too large" in problem.message


def test_encrypted_zip_entries(tmp_path: Path) -> None:
    # zipfile cannot write encrypted entries, so set the "encrypted" flag of
    # word/document.xml in the central directory by hand.
    data = bytearray((DATA / "no-coreprops.docx").read_bytes())
    start = 0
    while (start := data.find(b"PK\x01\x02", start + 1)) != -1:
        name_length = int.from_bytes(data[start + 28 : start + 30], "little")
        if data[start + 46 : start + 46 + name_length] == b"word/document.xml":
            data[start + 8] |= 0x1
    path = tmp_path / "locked.docx"
    path.write_bytes(bytes(data))
    (problem,) = load(path).problems
    assert problem.code == "AC902"


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_docx_is_damaged(tmp_path: Path, cut: float) -> None:
    data = (DATA / "agenda.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: int(len(data) * cut)])
    doc = load(path)
    (problem,) = doc.problems
    assert problem.code == "AC901"
    assert "damaged" in problem.message
    assert doc.format == "docx"


def test_not_a_zip_with_docx_name(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"\x01\x02\x03" * 100)
    assert [p.code for p in load(path).problems] == ["AC901"]


def test_missing_main_part(tmp_path: Path) -> None:
    path = tmp_path / "hollow.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<not-really/>")
    assert [p.code for p in load(path).problems] == ["AC901"]


def test_no_text_and_pictures_only(tmp_path: Path) -> None:
    import docx

    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    doc = load(empty)
    assert [p.code for p in doc.problems] == ["AC906"]

    pictures = tmp_path / "pictures.docx"
    picture_doc = docx.Document()
    png = tmp_path / "p.png"
    png.write_bytes(_fixture_maker().make_png(40, 20))
    picture_doc.add_picture(str(png))
    picture_doc.save(str(pictures))
    assert [p.code for p in load(pictures).problems] == ["AC903"]


def test_nested_table_follows_its_cell(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Before")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Outer A"
    inner = outer.cell(0, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Inner"
    outer.cell(0, 1).text = "Outer B"
    document.add_paragraph("After")
    path = tmp_path / "nested.docx"
    document.save(str(path))
    doc = load(path)
    assert [b.text for b in doc.blocks] == ["Before", "Outer A", "Inner", "Outer B", "After"]
    assert [b.style.get("table") for b in doc.blocks] == [None, 1, 2, 1, None]


def test_leaves_plain_paragraphs_alone(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("1. Typed number, not a real list")
    document.add_paragraph("Text with\ttab and line\nbreak")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    doc = load(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (K.PARAGRAPH, "1. Typed number, not a real list"),
        (K.PARAGRAPH, "Text with\ttab and line\nbreak"),
    ]


def _fixture_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fixture_copy_keeps_loading(tmp_path: Path) -> None:
    # The loader reads by path only: a copy elsewhere gives the same blocks.
    copy = tmp_path / "copy.docx"
    shutil.copy(DATA / "agenda.docx", copy)
    assert _outline(load(copy)) == _outline(load(DATA / "agenda.docx"))


def test_hyperlinks_are_listed_with_their_address() -> None:
    # good.docx (tests/data/structure) has one hyperlink, made by python-docx.
    doc = load(Path(__file__).resolve().parent / "data" / "structure" / "good.docx")
    assert isinstance(doc.meta.facts, DocxFacts)
    (link,) = doc.meta.facts.links
    assert link.text == "the carers' strategy"
    assert link.url == "https://example.org/carers-strategy"
    block = next(b for b in doc.blocks if b.location.paragraph == link.paragraph)
    assert "the carers' strategy" in block.text
