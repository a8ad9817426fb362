"""Every command that prints, on a real terminal (a pseudo-terminal), as a user runs it.

Click's CliRunner is never a terminal, so it cannot show a crash that only
happens when the output is one. These tests start each command in a child
process whose standard output is a pseudo-terminal 40, 80 or 200 columns
wide, and check its exit code, that no Python traceback appears, and that
no line is wider than the terminal (text the terminal would break mid-word).
Inputs are a few sentences, so most of the time is the language model
loading (about 3 s for each command that reads papers).
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_on_terminal(
    args: list[str], columns: int, cwd: Path = ROOT, timeout: float = 120.0
) -> tuple[int, str]:
    """Run `python -m accessicheck ARGS` on a pseudo-terminal; its exit code and screen text."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"NO_COLOR", "COLUMNS", "LINES", "ACCESSICHECK_DEBUG"}
    }
    env["TERM"] = "xterm-256color"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "accessicheck", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=cwd,
        env=env,
        close_fds=True,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                try:
                    data = os.read(leader, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        else:
            proc.kill()
            pytest.fail(f"accessicheck {' '.join(args)} did not finish in {timeout} s")
        code = proc.wait(timeout=10)
    finally:
        os.close(leader)
    return code, b"".join(chunks).decode("utf-8", "replace")


#: Colour and cursor codes, which take no room on the screen.
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def screen_lines(screen: str) -> list[str]:
    """The lines as they appear: escape codes removed, carriage returns as line ends."""
    return ESCAPES.sub("", screen).replace("\r\n", "\n").replace("\r", "\n").split("\n")


PAPER = """# Plan for the carers' board

The committee, which has been meeting regularly since the beginning of the year to \
consider the many different options proposed by members of the public and by staff, \
will publish its final recommendations in the spring after a further period of \
consultation with all stakeholders.

We will facilitate a workshop to leverage the ICS engagement framework.

Tea is at eleven. Bring your notes.
"""
AGENDA = """# Carers' board meeting

Date: 12 March 2026, 10:00 to 12:30. Venue: Town Hall, Room 2.

- 10:00 Welcome and introductions
- 10:15 Minutes of the last meeting
- 11:00 Carers' strategy update
- 12:15 Any other business
"""
GLOSSARY = "term,status\nco-production,preferred\nstakeholder,allowed\n"


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a short paper, an agenda and a glossary, and no settings file."""
    folder = tmp_path_factory.mktemp("pack")
    (folder / "paper.md").write_text(PAPER, encoding="utf-8")
    (folder / "agenda.md").write_text(AGENDA, encoding="utf-8")
    (folder / "words.csv").write_text(GLOSSARY, encoding="utf-8")
    return folder


#: (arguments, expected exit code, words the screen must show). `check` is
#: tested on the example pack below, as the README runs it.
COMMANDS = [
    pytest.param(["rewrite", "paper.md"], 0, "line 3", id="rewrite"),
    # The agenda has no break in two and a half hours: a must-fix item.
    pytest.param(["checklist", "agenda.md", "paper.md"], 1, "PLAN-09", id="checklist"),
    pytest.param(["glossary", "suggest", "paper.md"], 0, "term,", id="glossary-suggest"),
    pytest.param(["glossary", "handout", "paper.md"], 0, "Words we use", id="glossary-handout"),
    pytest.param(["glossary", "validate", "words.csv"], 0, "0 errors", id="glossary-validate"),
    pytest.param(["rules"], 0, "AC101", id="rules"),
    pytest.param(["explain", "AC101"], 0, "long-sentence", id="explain"),
    pytest.param(["config", "--isolated"], 0, "profile = ", id="config"),
]
#: Commands whose text is data to copy (CSV, TOML, Markdown), never wrapped.
DATA = {"suggest", "handout", "config"}


@pytest.mark.slow
@pytest.mark.parametrize("columns", [40, 80, 200])
@pytest.mark.parametrize(("args", "code", "shows"), COMMANDS)
def test_command_on_a_terminal(
    papers: Path, args: list[str], code: int, shows: str, columns: int
) -> None:
    exit_code, screen = run_on_terminal(args, columns, cwd=papers)
    assert "Traceback" not in screen, screen
    assert exit_code == code, screen
    assert shows in screen, screen
    if not DATA & set(args):
        too_wide = [line for line in screen_lines(screen) if len(line) > columns]
        assert not too_wide, "\n".join(too_wide)


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_init_on_a_terminal(tmp_path: Path, columns: int) -> None:
    exit_code, screen = run_on_terminal(["init"], columns, cwd=tmp_path)
    assert "Traceback" not in screen, screen
    assert exit_code == 0, screen
    assert (tmp_path / "accessicheck.toml").is_file()
    assert all(len(line) <= columns for line in screen_lines(screen)), screen
    # A second time it refuses to write over the file: a usage error.
    exit_code, screen = run_on_terminal(["init"], columns, cwd=tmp_path)
    assert exit_code == 2 and "already exists" in screen, screen


@pytest.mark.slow
@pytest.mark.parametrize("columns", [40, 80, 200])
def test_check_examples_on_a_terminal(columns: int) -> None:
    code, screen = run_on_terminal(["check", "examples/", "--no-progress"], columns)
    assert "Traceback" not in screen, screen
    # The examples hold errors on purpose, so the run ends with code 1.
    assert code == 1, screen
    assert "agenda.docx" in screen
    too_wide = [line for line in screen_lines(screen) if len(line) > columns]
    assert not too_wide, "\n".join(too_wide)
