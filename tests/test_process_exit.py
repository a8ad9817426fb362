"""The `accessicheck` process ends at once when its work is done (`cli.process_exit`).

It skips Python's freeing of every object at exit, so these tests make sure
nothing is lost: the whole report reaches a pipe, a file written with -o is
complete, the exit codes are the command's own, and exit handlers still run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from accessicheck.cli.process_exit import exit_code

from .conftest import ROOT

NOTES = ROOT / "examples" / "notes.md"


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "accessicheck", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=300,
    )


def test_the_whole_report_reaches_a_pipe_and_a_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    piped = _run("check", "--isolated", "--no-cache", "--format", "json", str(NOTES))
    written = _run("check", "--isolated", "--no-cache", str(NOTES), "-o", str(out))
    assert piped.returncode == 1 and written.returncode == 1  # the examples have errors
    from_pipe, from_file = json.loads(piped.stdout), json.loads(out.read_text(encoding="utf-8"))
    assert from_pipe["files"][0]["findings"] == from_file["files"][0]["findings"]
    assert len(from_pipe["files"][0]["findings"]) > 10


def test_exit_codes_are_the_commands_own(tmp_path: Path) -> None:
    assert _run("--help").returncode == 0
    assert _run("check", str(tmp_path / "missing.md")).returncode == 2
    plain = tmp_path / "plain.md"
    plain.write_text("# Tea\n\nWe will have tea at ten.\n", encoding="utf-8")
    done = _run("check", "--isolated", "--no-cache", "--format", "plain", str(plain))
    assert done.returncode == 0 and "Checked 1 file" in done.stdout


def test_exit_handlers_still_run(tmp_path: Path) -> None:
    # An exit handler registered during the run (as tempfile and logging do) runs.
    marker = tmp_path / "ran"
    code = (
        "import atexit, sys; from pathlib import Path\n"
        f"atexit.register(lambda: Path({str(marker)!r}).write_text('yes'))\n"
        "sys.argv = ['accessicheck', '--version']\n"
        "from accessicheck.cli import run\n"
        "run()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and "accessicheck" in result.stdout
    assert marker.read_text() == "yes"


@pytest.mark.parametrize(
    ("code", "expected"), [(None, 0), (0, 0), (1, 1), (2, 2), (130, 130), (256, 0), ("bad", 1)]
)
def test_exit_code_is_what_python_would_give(code: object, expected: int) -> None:
    assert exit_code(code) == expected


def test_a_profiler_still_gets_to_write_its_results(tmp_path: Path) -> None:
    out = tmp_path / "run.prof"
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "accessicheck", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "accessicheck" in done.stdout
    assert out.stat().st_size > 0
