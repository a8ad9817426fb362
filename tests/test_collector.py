"""The command runs Python's cycle collector less often; the library leaves it alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from accessicheck.cli.collector import THRESHOLDS

# Prints the collector's thresholds as the command's own code sees them.
_IN_COMMAND = (
    "import gc, sys\n"
    "from accessicheck.cli import commands, process_exit\n"
    "def main():\n"
    "    print(gc.get_threshold())\n"
    "    raise SystemExit(0)\n"
    "commands.main = main\n"
    "process_exit.run()\n"
)

_IN_LIBRARY = (
    "import gc, sys\n"
    "from accessicheck import api\n"
    "before = gc.get_threshold()\n"
    "report = api.check_paths([sys.argv[1]])\n"
    "print(before == gc.get_threshold() and len(report.files) == 1)\n"
)


def _run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_command_sets_fewer_collections() -> None:
    assert THRESHOLDS[0] > 700  # fewer than Python's default, or this module does nothing
    assert _run(_IN_COMMAND) == str(THRESHOLDS)


def test_the_library_api_leaves_the_collector_alone(tmp_path: Path) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text("# Notes\n\nThe minutes were agreed by the group.\n", encoding="utf-8")
    assert _run(_IN_LIBRARY, str(paper)) == "True"
