"""Findings in Markdown and text name the column their quoted text starts at.

The loaders join a paragraph's lines and drop Markdown's marks, so the column
of a word in the file is found by matching the text back to its source lines
(`loaders.source_columns`). Every word of every Markdown and text file in
examples/ and tests/data/ must point at itself in the file; and the column
reaches the SARIF, GitHub and JSON output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accessicheck.core.model import BlockKind
from accessicheck.loaders import markdown, text
from accessicheck.loaders.text import read_capped

from .conftest import ROOT

FILES = sorted(
    p
    for pattern in ("examples/*.md", "examples/*.txt", "tests/data/**/*.md", "tests/data/**/*.txt")
    for p in ROOT.glob(pattern)
)


def _words(block):  # type: ignore[no-untyped-def]
    """(offset, word) for each word of a block's text."""
    pos = 0
    for word in block.text.split(" "):
        if word:
            yield pos, word
        pos += len(word) + 1


def _load(path: Path):  # type: ignore[no-untyped-def]
    return (markdown if path.suffix == ".md" else text).load(path)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_word_points_at_itself_in_the_file(path: Path) -> None:
    try:
        doc = _load(path)
    except Exception:  # noqa: BLE001 - files made to be unreadable are tested elsewhere
        pytest.skip("not readable")
    source = read_capped(path)[0].split("\n")
    wrong, unknown, words = [], 0, 0
    for block in doc.blocks:
        if block.location.line is None:
            continue
        for offset, word in _words(block):
            words += 1
            line, column = block.line_at(offset), block.column_at(offset)
            if column is None:
                unknown += 1
            elif source[line - 1][column - 1 : column - 1 + len(word)] != word:
                wrong.append((line, column, word))
            else:  # the column just after the word's last character (SARIF's endColumn)
                last = offset + len(word) - 1
                end_line, end_column = block.line_at(last), block.column_at(last)
                if end_line != line or end_column is None or end_column + 1 != column + len(word):
                    wrong.append((line, column, f"{word} ends at {end_line}:{end_column}"))
    assert wrong == []
    assert unknown <= words // 100  # a word the loader changed (a code span's marks) may be unknown


def _blocks(tmp_path: Path, name: str, content: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return _load(path).blocks


def _place(block, word: str) -> tuple[int | None, int | None]:  # type: ignore[no-untyped-def]
    offset = block.text.index(word)
    return block.line_at(offset), block.column_at(offset)


def test_markdown_marks_links_code_and_markers_are_skipped(tmp_path: Path) -> None:
    blocks = _blocks(
        tmp_path,
        "paper.md",
        "# The   **big** meeting\n"
        "\n"
        "Please read the [papers](http://example.org/to) before `the code` the\n"
        "meeting. It is  *very* long.\n"
        "\n"
        "1. **10.15** Welcome\n",
    )
    heading, para, item = blocks
    assert _place(heading, "big") == (1, 11)
    assert _place(heading, "meeting") == (1, 17)
    assert _place(para, "papers") == (3, 18)
    # "the" after the code span, not the "t" inside the link address or the code
    assert para.text.startswith("Please read the papers before the meeting")
    assert _place(para, "before") == (3, 49)
    after_code = para.text.index(" the meeting") + 1
    assert (para.line_at(after_code), para.column_at(after_code)) == (3, 67)
    assert _place(para, "meeting") == (4, 1)
    assert _place(para, "very") == (4, 18)
    assert item.kind is BlockKind.LIST_ITEM
    assert _place(item, "10.15") == (6, 6)  # not the "1" of the list number
    assert _place(item, "Welcome") == (6, 14)


def test_a_table_cell_is_found_in_its_own_cell(tmp_path: Path) -> None:
    blocks = _blocks(
        tmp_path,
        "people.md",
        "| Name | Role |\n|---|---|\n| Jo ICB | ICB lead |\n",
    )
    cells = [b for b in blocks if b.kind is BlockKind.TABLE_CELL]
    lead = next(b for b in cells if b.text == "ICB lead")
    assert _place(lead, "ICB") == (3, 12)  # the second cell's "ICB", not the first's


def test_plain_text_list_markers_and_spaces(tmp_path: Path) -> None:
    (item, para) = _blocks(
        tmp_path,
        "notes.txt",
        "  - Tea   and cake\n\nThe chair opened the\nmeeting at ten.\n",
    )
    assert _place(item, "Tea") == (1, 5)
    assert _place(item, "and") == (1, 11)
    assert _place(para, "meeting") == (4, 1)


def test_the_column_reaches_sarif_github_and_json(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from accessicheck.cli.commands import main

    paper = tmp_path / "paper.md"
    paper.write_text(
        "# Notes\n\nWe met.   The form must be returned by the panel before the end of May.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    args = ["check", "--isolated", "--no-cache", "--select", "AC103", str(paper)]
    sarif = json.loads(runner.invoke(main, [*args, "--format", "sarif"]).output)
    (result,) = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    # The verb group "must be returned": columns 20 to 35, so the end is column 36.
    assert region == {"startLine": 3, "startColumn": 20, "endLine": 3, "endColumn": 36}
    line = paper.read_text(encoding="utf-8").split("\n")[2]
    assert line[20 - 1 : 36 - 1] == "must be returned"
    github = runner.invoke(main, [*args, "--format", "github"]).output
    assert ",line=3,endLine=3,col=20,endColumn=36," in github
    data = json.loads(runner.invoke(main, [*args, "--format", "json"]).output)
    location = data["files"][0]["findings"][0]["location"]
    assert (location["column"], location["end_line"], location["end_column"]) == (20, 3, 36)


def test_a_finding_over_two_lines_ends_on_the_second(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from accessicheck.cli.commands import main

    paper = tmp_path / "paper.md"
    paper.write_text("# Notes\n\nThe form must be\nreturned by the panel.\n", encoding="utf-8")
    args = ["check", "--isolated", "--no-cache", "--select", "AC103", "--format", "sarif"]
    sarif = json.loads(CliRunner().invoke(main, [*args, str(paper)]).output)
    (result,) = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    # "must be" ends line 3; "returned" is columns 1 to 8 of line 4.
    assert region == {"startLine": 3, "startColumn": 10, "endLine": 4, "endColumn": 9}
