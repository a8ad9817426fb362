"""A finding in a wrapped paragraph names its own source line.

Markdown and plain text paragraphs are often wrapped over several lines; a
report that gave the paragraph's first line would send the reader to the
wrong place.
"""

from __future__ import annotations

from pathlib import Path

from accessicheck.api import check_paths
from accessicheck.core import config
from accessicheck.engine import registry
from accessicheck.loaders import join_lines, load

WRAPPED_MD = """# Notes

This is the first line of a paragraph that
goes on to a second line, and then we
utilise a third line here.

- A list item that starts here and
  carries on to utilise a second line.
"""

WRAPPED_TXT = (
    "A plain paragraph on line one\nthat we utilise on line two\nand finish on line three.\n"
)


def test_join_lines_keeps_where_each_line_starts() -> None:
    text, lines = join_lines([(3, "one  two"), (4, " three"), (5, ""), (6, "four")])
    assert text == "one two three four"
    assert lines == ((8, 4), (14, 6))


def test_a_markdown_block_maps_offsets_to_lines(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(WRAPPED_MD, encoding="utf-8")
    paragraph, item = [b for b in load(path).blocks if "utilise" in b.text]
    assert paragraph.location.line == 3
    assert paragraph.line_at(paragraph.text.index("goes")) == 4
    assert paragraph.line_at(paragraph.text.index("utilise")) == 5
    assert item.line_at(item.text.index("utilise")) == 8
    assert "\n" not in paragraph.text


def test_findings_name_the_line_they_are_on(tmp_path: Path) -> None:
    md = tmp_path / "notes.md"
    md.write_text(WRAPPED_MD, encoding="utf-8")
    txt = tmp_path / "notes.txt"
    txt.write_text(WRAPPED_TXT, encoding="utf-8")
    settings = config.load(
        overrides={"select": ["AC201"]}, rules=registry.all_rules(), isolated=True
    )
    report = check_paths([md, txt], settings)
    found = sorted(
        (Path(f.location.path).suffix, f.location.line)
        for r in report.files
        for f in r.findings
        if f.excerpt == "utilise"
    )
    assert found == [(".md", 5), (".md", 8), (".txt", 2)]
