"""Property tests: arbitrary Unicode through every loader, the analysis and the CLI.

Few examples each (the suite must stay quick); each is a file on disk, read
the way the command line reads it.
"""

from __future__ import annotations

import json
import string
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from accessicheck import loaders
from accessicheck.core import bounds, textsafe
from accessicheck.core.model import Block, BlockKind, Document, Location
from accessicheck.language import analysis

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from make_hostile import _pdf  # noqa: E402

FEW = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FEWER = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

#: Any text at all, with punctuation runs and line breaks more likely than chance.
texts = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list(string.punctuation) + ["\n", " ", "\x1b", "\x00", "\ufeff"]),
    ),
    max_size=400,
)
#: Text that Office files can hold (XML forbids most control characters and surrogates).
xml_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(["\t", " "]),
    max_size=300,
)


def _write(suffix: str, data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="prop-"))
    path = folder / f"paper{suffix}"
    path.write_bytes(data)
    return path


def _assert_sane(doc: Document) -> None:
    assert isinstance(doc, Document)
    for block in doc.blocks:
        assert isinstance(block.text, str)
    for problem in doc.problems:
        assert problem.code.startswith("AC9")
        assert problem.message and problem.what_to_do


@FEW
@given(text=texts, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_text_loader_never_raises(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    _assert_sane(loaders.load(_write(".txt", data)))


@FEW
@given(text=texts)
def test_markdown_loader_never_raises(text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    _assert_sane(loaders.load(_write(".md", data)))


@FEWER
@given(paragraphs=st.lists(xml_texts, min_size=1, max_size=5))
def test_word_loader_never_raises(paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = _write(".docx", b"")
    document.save(str(path))
    doc = loaders.load(path)
    _assert_sane(doc)
    # Whatever text went in comes out (Word's tabs and spaces aside).
    assert " ".join(b.text for b in doc.blocks).split() == " ".join(paragraphs).split()


@FEWER
@given(slides=st.lists(xml_texts, min_size=1, max_size=3))
def test_powerpoint_loader_never_raises(slides: list[str]) -> None:
    from pptx import Presentation

    prs = Presentation()
    for text in slides:
        prs.slides.add_slide(prs.slide_layouts[1]).placeholders[1].text = text
    path = _write(".pptx", b"")
    prs.save(str(path))
    _assert_sane(loaders.load(path))


@FEWER
@given(pages=st.lists(st.text(alphabet=st.characters(max_codepoint=255), max_size=200), max_size=3))
def test_pdf_loader_never_raises(pages: list[str]) -> None:
    path = _write(".pdf", b"")
    _pdf(path, pages)
    _assert_sane(loaders.load(path))


@FEW
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".docx", ".pptx", ".pdf", ".md"]))
def test_any_bytes_under_any_name_never_raise(data: bytes, suffix: str) -> None:
    _assert_sane(loaders.load(_write(suffix, data)))


@FEW
@given(blocks=st.lists(texts, min_size=1, max_size=4))
def test_analysis_keeps_sentences_inside_their_blocks(blocks: list[str]) -> None:
    doc = Document(
        path="p.txt",
        format="text",
        blocks=[
            Block(BlockKind.PARAGRAPH, t, Location("p.txt", paragraph=i + 1))
            for i, t in enumerate(blocks)
        ],
    )
    [analysed] = analysis.analyse_documents([doc], seconds=600)
    for block in analysed.blocks:
        assert block.doc.text == bounds.defuse(block.text)
        for sentence in block.sentences:
            assert 0 <= sentence.start < sentence.end <= len(block.text)


@FEW
@given(text=texts)
@example(text="a\ud800b")
def test_defuse_keeps_length_and_places(text: str) -> None:
    out = bounds.defuse(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        if "\ud800" <= a <= "\udfff":  # a lone surrogate becomes U+FFFD, as documented
            assert b == "\ufffd"
        else:
            assert b in (a, " ")


@FEW
@given(text=texts)
def test_terminal_text_has_no_escapes_but_ours(text: str) -> None:
    out = textsafe.for_terminal(text)
    import re

    assert "\x07" not in out and "\x9b" not in out and "\x9d" not in out
    # Every ESC left starts one of our own colour or cursor codes.
    for match in re.finditer("\x1b", out):
        assert re.match(r"\x1b\[[0-9;?]*[mKABCDGHJhl]", out[match.start() :])
    out.encode("utf-8")  # never a lone surrogate


@FEW
@given(text=texts)
def test_markdown_escape_leaves_no_live_html_or_links(text: str) -> None:
    out = textsafe.markdown(text)
    import re

    assert not re.search(r"(?<!\\)[<>\[\]()]", out)
    assert "\n" not in out


@FEW
@given(text=texts)
def test_spreadsheet_cells_never_start_a_formula(text: str) -> None:
    assert not textsafe.spreadsheet_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))


@FEWER
@given(text=texts)
def test_cli_check_reports_any_text(text: str) -> None:
    from accessicheck.cli.commands import main

    path = _write(".txt", text.encode("utf-8", errors="surrogatepass"))
    result = CliRunner().invoke(
        main, ["check", str(path), "--format", "json", "--isolated"], catch_exceptions=True
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    # 2 means nothing in the run could be read (an empty or blank file).
    assert result.exit_code in (0, 1, 2)
    assert json.loads(result.output)["files"][0]["path"] == str(path)
