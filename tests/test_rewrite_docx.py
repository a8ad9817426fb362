"""The Word copy: tracked changes and comments that a real word processor opens."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.cli.rewrite import rewrite

FIXTURE = Path(__file__).parent / "data" / "rewrite" / "meeting.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def suggested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    folder = tmp_path_factory.mktemp("rewrite")
    paper = folder / "meeting.docx"
    shutil.copy(FIXTURE, paper)
    digest = hashlib.sha256(paper.read_bytes()).hexdigest()
    out = folder / "meeting.suggested.docx"
    result = CliRunner().invoke(rewrite, [str(paper), "--isolated", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return paper, out, digest


def _xml(path: Path, part: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(part)


def test_input_is_unchanged(suggested: tuple[Path, Path, str]) -> None:
    paper, _, digest = suggested
    assert hashlib.sha256(paper.read_bytes()).hexdigest() == digest


def test_tracked_changes_and_comments(suggested: tuple[Path, Path, str]) -> None:
    from lxml import etree

    _, out, _ = suggested
    root = etree.fromstring(_xml(out, "word/document.xml"))
    ins = root.findall(f".//{W}ins")
    dels = root.findall(f".//{W}del")
    assert ins and dels
    assert all(e.get(f"{W}author") == "accessicheck" for e in ins + dels)
    deleted = "".join(t.text or "" for t in root.iter(f"{W}delText"))
    inserted = "".join(t.text or "" for e in ins for t in e.iter(f"{W}t"))
    assert "utilised" in deleted and "used" in inserted
    assert "Integrated Care Board" in inserted
    comments = etree.fromstring(_xml(out, "word/comments.xml"))
    texts = ["".join(c.itertext()) for c in comments.iter(f"{W}comment")]
    assert any("AC201" in t for t in texts)
    refs = {r.get(f"{W}id") for r in root.iter(f"{W}commentReference")}
    assert refs == {c.get(f"{W}id") for c in comments.iter(f"{W}comment")}


def test_untouched_runs_keep_formatting(suggested: tuple[Path, Path, str]) -> None:
    import docx

    _, out, _ = suggested
    para = docx.Document(str(out)).paragraphs[1]
    runs = {r.text: r for r in para.runs if r.text}
    assert runs["Welcome."].bold is True
    assert runs["Thank you all."].italic is True


def test_quotation_not_touched(suggested: tuple[Path, Path, str]) -> None:
    import docx

    _, out, _ = suggested
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert 'Members said "we utilised every penny" at the last meeting in May.' in texts


def test_refuses_to_overwrite_the_paper(tmp_path: Path) -> None:
    paper = tmp_path / "meeting.docx"
    shutil.copy(FIXTURE, paper)
    before = paper.read_bytes()
    result = CliRunner().invoke(rewrite, [str(paper), "--isolated", "-o", str(paper)])
    assert result.exit_code == 2
    assert "never writes over a file it reads" in result.output
    assert paper.read_bytes() == before


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs it so CI runs this test",
)
def test_libreoffice_opens_the_copy(suggested: tuple[Path, Path, str], tmp_path: Path) -> None:
    import pypdfium2

    _, out, _ = suggested
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = pypdfium2.PdfDocument(str(tmp_path / "meeting.suggested.pdf"))
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    text = " ".join(text.split())
    assert "Integrated Care Board (ICB)" in text
    assert "Tea and biscuits will be there." in text
    assert "start the survey" in text.replace("commencestart", "start")


def test_sentences_with_only_a_hint_get_a_comment(tmp_path: Path) -> None:
    import docx
    from lxml import etree

    paper = tmp_path / "hint.docx"
    made = docx.Document()
    made.add_paragraph("She is wheelchair-bound.")
    made.add_paragraph("The panel utilised the new form.")
    made.save(str(paper))
    out = tmp_path / "hint.suggested.docx"
    result = CliRunner().invoke(rewrite, [str(paper), "--isolated", "-o", str(out)])
    assert result.exit_code == 0, result.output
    comments = etree.fromstring(_xml(out, "word/comments.xml"))
    texts = ["".join(c.itertext()) for c in comments.iter(f"{W}comment")]
    hints = [t for t in texts if t.startswith("accessicheck (AC302)")]
    assert len(hints) == 1 and "wheelchair user" in hints[0], texts
    root = etree.fromstring(_xml(out, "word/document.xml"))
    deleted = "".join(t.text or "" for t in root.iter(f"{W}delText"))
    assert "wheelchair" not in deleted and "utilised" in deleted
