"""Format detection, and what `load` does with files it cannot read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from accessicheck.loaders import SUPPORTED, load
from accessicheck.loaders.detect import detect_format

DATA = Path(__file__).resolve().parent / "data" / "loaders"
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


def _zip(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name in names:
            zf.writestr(name, "<x/>")
    return path


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("agenda.docx", "docx"),
        ("macro.docm", "docx"),
        ("report.pdf", "pdf"),
        ("password.pdf", "pdf"),
        ("notes.md", "markdown"),
        ("utf8.txt", "text"),
        ("utf16.txt", "text"),
        ("cp1252.txt", "text"),
    ],
)
def test_detects_fixtures(name: str, expected: str) -> None:
    assert detect_format(DATA / name) == expected


def test_content_wins_over_extension(tmp_path: Path) -> None:
    pdf = tmp_path / "minutes.txt"
    pdf.write_bytes((DATA / "report.pdf").read_bytes())
    assert detect_format(pdf) == "pdf"
    word = tmp_path / "agenda.pdf"
    word.write_bytes((DATA / "agenda.docx").read_bytes())
    assert detect_format(word) == "docx"


def test_pdf_signature_may_follow_junk(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00" * 500 + b"%PDF-1.7\n" + b"rest")
    assert detect_format(path) == "pdf"
    late = tmp_path / "late.bin"
    late.write_bytes(b"\x01\x02" * 600 + b"%PDF-1.7\n")
    assert detect_format(late) is None


def test_office_zips(tmp_path: Path) -> None:
    assert detect_format(_zip(tmp_path / "a.zip", ["word/document.xml"])) == "docx"
    assert detect_format(_zip(tmp_path / "b.zip", ["ppt/presentation.xml"])) == "pptx"
    assert detect_format(_zip(tmp_path / "c.zip", ["xl/workbook.xml"])) == "xlsx"
    assert detect_format(_zip(tmp_path / "d.zip", ["readme.txt"])) is None


def test_damaged_zip_falls_back_to_extension(tmp_path: Path) -> None:
    data = (DATA / "agenda.docx").read_bytes()
    truncated = tmp_path / "cut.docx"
    truncated.write_bytes(data[: len(data) // 2])
    assert detect_format(truncated) == "docx"
    unknown = tmp_path / "cut.bin"
    unknown.write_bytes(data[: len(data) // 2])
    assert detect_format(unknown) is None


def test_ole2_legacy_and_encrypted(tmp_path: Path) -> None:
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(OLE2 + b"\x00" * 600 + "WordDocument".encode("utf-16-le"))
    assert detect_format(legacy) == "doc-legacy"
    encrypted = tmp_path / "locked.docx"
    encrypted.write_bytes(OLE2 + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"))
    assert detect_format(encrypted) == "office-encrypted"


def test_text_and_binary(tmp_path: Path) -> None:
    text = tmp_path / "readme"
    text.write_text("Hello\nworld\n")
    assert detect_format(text) == "text"
    md = tmp_path / "notes.MARKDOWN"
    md.write_text("# Hi\n")
    assert detect_format(md) == "markdown"
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    assert detect_format(junk) is None


def test_supported_formats() -> None:
    assert {"docx", "pdf", "pptx", "markdown", "text"} == set(SUPPORTED)


# --- load() for things it cannot read ----------------------------------------------------


def _codes(path: Path) -> list[str]:
    return [p.code for p in load(path).problems]


def test_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    doc = load(tmp_path / "nowhere.docx")
    assert [p.code for p in doc.problems] == ["AC901"]
    assert doc.blocks == []
    assert load(tmp_path).problems[0].code == "AC901"  # a folder


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    doc = load(path)
    assert [p.code for p in doc.problems] == ["AC906"]
    assert doc.format == "pdf"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    doc = load(path, max_bytes=100)
    assert [p.code for p in doc.problems] == ["AC905"]
    assert "limit" in doc.problems[0].message


def test_powerpoint_goes_to_the_powerpoint_loader(tmp_path: Path) -> None:
    # A zip with an empty presentation part: recognised, read, and found damaged.
    doc = load(_zip(tmp_path / "slides.pptx", ["ppt/presentation.xml"]))
    (problem,) = doc.problems
    assert doc.format == "pptx"
    assert problem.code == "AC901"
    assert "PowerPoint" in problem.message


def test_legacy_word(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(OLE2 + b"\x00" * 600)
    (problem,) = load(path).problems
    assert problem.code == "AC904"
    assert ".docx" in problem.what_to_do


def test_encrypted_office_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(OLE2 + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"))
    doc = load(path)
    (problem,) = doc.problems
    assert problem.code == "AC902"
    assert "password" in problem.what_to_do
    assert doc.format == "docx"


def test_binary_junk(tmp_path: Path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 8)
    assert _codes(path) == ["AC904"]


def test_unexpected_loader_error_becomes_ac901(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import accessicheck.loaders.text as text_loader

    def explode(path: Path, **options: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(text_loader, "load", explode)
    path = tmp_path / "a.txt"
    path.write_text("hello")
    doc = load(path)
    assert [p.code for p in doc.problems] == ["AC901"]
    assert "boom" not in doc.problems[0].message  # no technical detail in the message
    assert doc.meta.load_error == "RuntimeError: boom"


def test_problem_messages_are_plain(tmp_path: Path) -> None:
    cases = [tmp_path / "nowhere.pdf"]
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    cases.append(empty)
    junk = tmp_path / "j.bin"
    junk.write_bytes(bytes(range(256)))
    cases.append(junk)
    for path in cases:
        for problem in load(path).problems:
            assert problem.message and problem.what_to_do
            assert "Error" not in problem.message and "Traceback" not in problem.message
            assert str(tmp_path) not in problem.message


def test_importing_loaders_is_cheap() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys, accessicheck.loaders; "
        "heavy = {'docx', 'pypdfium2', 'pypdf', 'markdown_it', 'lxml', 'charset_normalizer'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(src), *sys.path])},
    )
    assert out.stdout.strip() == "[]"
