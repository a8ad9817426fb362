"""`accessicheck checklist`, through click's CliRunner: exit codes, formats, files."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from accessicheck.cli.checklist import checklist

from .conftest import ROOT

AGENDA = ROOT / "examples" / "agenda.docx"
GOOD = ROOT / "tests" / "data" / "agendas" / "14-autism-strategy.md"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(checklist, ["--isolated", *args])


def test_plain_to_the_screen(runner: CliRunner) -> None:
    result = run(runner, str(AGENDA))
    assert result.exit_code == 1  # 105 minutes without a break is an error
    assert result.stdout.startswith("accessicheck meeting checklist\n")
    assert "Missing, must fix: PLAN-09 A break at least every hour." in result.stdout


def test_nothing_needed_is_missing_exits_zero(runner: CliRunner) -> None:
    result = run(runner, str(GOOD))
    assert result.exit_code == 0, result.stdout


def test_needs_make_requirements(runner: CliRunner, tmp_path: Path) -> None:
    needs = tmp_path / "needs.csv"
    needs.write_text("code,detail\nHoH\n", encoding="utf-8")
    result = run(runner, str(GOOD), "--needs", str(needs))
    assert result.exit_code == 1
    assert "Missing, needed by attendees (HoH): ONL-03 Live captions." in result.stdout


def test_json_and_markdown_formats(runner: CliRunner) -> None:
    data = json.loads(run(runner, str(AGENDA), "--format", "json").stdout)
    assert data["meeting"]["title"] == "Carers' Voice Partnership Board: agenda"
    md = run(runner, str(AGENDA), "--format", "markdown").stdout
    assert md.startswith("# Access checklist:")


def test_papers_folder_and_dates(runner: CliRunner) -> None:
    result = run(
        runner, str(AGENDA), str(ROOT / "examples"), "--format", "json", "--sent-date", "2026-03-10"
    )
    data = json.loads(result.stdout)
    assert sorted(Path(p).name for p in data["papers"]) == ["notes.md", "paper.pdf"]
    assert data["meeting"]["sent_date"] == "2026-03-10"
    papers = next(i for i in data["items"] if i["id"] == "PLAN-06")
    assert papers["level"] == "error"


def test_mode_option(runner: CliRunner) -> None:
    data = json.loads(run(runner, str(AGENDA), "--mode", "online", "--format", "json").stdout)
    assert data["meeting"]["mode"] == "online" and data["meeting"]["mode_source"] == "option"


@pytest.mark.parametrize("suffix", [".md", ".json", ".docx", ".txt"])
def test_output_file_by_suffix(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(runner, str(AGENDA), "-o", f"checklist{suffix}", "--large-print")
    assert result.exit_code == 1
    assert "Checklist written to checklist" in result.stderr and result.stdout == ""
    data = (tmp_path / f"checklist{suffix}").read_bytes()
    if suffix == ".docx":
        assert docx.Document(io.BytesIO(data)).core_properties.title.startswith("Access checklist")
    elif suffix == ".json":
        assert json.loads(data)["schema_version"] == "1.1"
    else:
        assert b"PLAN-01" in data


def test_refuses_to_write_over_an_input(runner: CliRunner, tmp_path: Path) -> None:
    agenda = tmp_path / "agenda.md"
    agenda.write_bytes(GOOD.read_bytes())
    before = agenda.read_bytes()
    result = run(runner, str(agenda), "-o", str(agenda))
    assert result.exit_code == 2 and agenda.read_bytes() == before
    assert "never writes over" in result.stderr


def test_unknown_output_suffix(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, str(GOOD), "-o", str(tmp_path / "out.pdf"))
    assert result.exit_code == 2 and ".docx, .md, .json, .txt or .html" in result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        pytest.param(["--meeting-date", "soon"], "is not a date", id="bad-date"),
        pytest.param(["--mode", "virtual"], "Invalid value", id="bad-mode"),
    ],
)
def test_usage_errors(runner: CliRunner, args: list[str], says: str) -> None:
    result = run(runner, str(GOOD), *args)
    assert result.exit_code == 2 and says in result.stderr


def test_bad_needs_file(runner: CliRunner, tmp_path: Path) -> None:
    needs = tmp_path / "needs.csv"
    needs.write_text("LV\nDEAF\n", encoding="utf-8")
    result = run(runner, str(GOOD), "--needs", str(needs))
    assert result.exit_code == 2
    assert "needs.csv, line 2: 'DEAF' is not an access-need code" in result.stderr


def test_missing_and_unreadable_agendas(runner: CliRunner, tmp_path: Path) -> None:
    missing = run(runner, str(tmp_path / "nope.docx"))
    assert missing.exit_code == 2 and "no agenda file" in missing.stderr
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    result = run(runner, str(broken))
    assert result.exit_code == 2 and "could not be read" in result.stderr
    assert "Traceback" not in result.output


def test_missing_paper_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, str(GOOD), str(tmp_path / "nope.pdf"))
    assert result.exit_code == 2 and "no file or folder" in result.stderr


def test_importing_the_command_is_light() -> None:
    code = (
        "import sys, accessicheck.cli.checklist; "
        "print(sorted(m for m in ('spacy','rich','docx','pypdf','pypdfium2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
