"""Finding files: include and exclude patterns, named files, stable order."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core import config
from accessicheck.run import discover


def make(tmp_path: Path, names: list[str]) -> None:
    for name in names:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")


def rel(tmp_path: Path, files: list[Path]) -> list[str]:
    return [f.relative_to(tmp_path).as_posix() for f in files]


def test_walks_with_default_patterns(tmp_path: Path) -> None:
    make(
        tmp_path,
        [
            "b.md",
            "a.docx",
            "sub/c.PDF",
            "notes.xlsx",
            ".git/x.md",
            "~$a.docx",
            "sub/node_modules/d.md",
            "a.suggested.docx",
        ],
    )
    files = discover.discover([tmp_path], config.DEFAULTS["include"], config.DEFAULTS["exclude"])
    assert rel(tmp_path, files) == ["a.docx", "b.md", "sub/c.PDF"]


def test_exclude_with_a_slash_matches_the_relative_path(tmp_path: Path) -> None:
    make(tmp_path, ["old/a.md", "new/a.md", "x/old/b.md"])
    files = discover.discover([tmp_path], ["*.md"], ["old/*"])
    assert rel(tmp_path, files) == ["new/a.md", "x/old/b.md"]


def test_a_named_file_is_always_checked(tmp_path: Path) -> None:
    make(tmp_path, ["report.rtf"])
    assert discover.discover([tmp_path / "report.rtf"], ["*.md"], ["*.rtf"]) == [
        tmp_path / "report.rtf"
    ]


def test_each_file_once(tmp_path: Path) -> None:
    make(tmp_path, ["a.md"])
    assert len(discover.discover([tmp_path, tmp_path / "a.md"], ["*.md"], [])) == 1


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(discover.NotFound, match="no file or folder"):
        discover.discover([tmp_path / "nope"], ["*"], [])
