"""The main command on a real terminal (a pseudo-terminal), as a user runs it.

Click's CliRunner is never a terminal, so it cannot show a crash that only
happens when the output is one. These tests start the command in a child
process whose standard output is a pseudo-terminal of a set width.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_on_terminal(args: list[str], columns: int, timeout: float = 120.0) -> tuple[int, str]:
    """Run `python -m accessicheck ARGS` on a pseudo-terminal; its exit code and screen text."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "COLUMNS", "LINES"}}
    env["TERM"] = "xterm-256color"
    proc = subprocess.Popen(
        [sys.executable, "-m", "accessicheck", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
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


@pytest.mark.slow
@pytest.mark.parametrize("columns", [40, 80, 200])
def test_check_examples_on_a_terminal(columns: int) -> None:
    code, screen = run_on_terminal(["check", "examples/", "--no-progress"], columns)
    assert "Traceback" not in screen, screen
    # The examples hold errors on purpose, so the run ends with code 1.
    assert code == 1, screen
    assert "agenda.docx" in screen
