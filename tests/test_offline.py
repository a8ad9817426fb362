"""Nothing downloads at run time.

The checks run in a child process whose sockets all refuse to connect, with a
home folder where no downloaded data can hide.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

GUARD = textwrap.dedent(
    """
    import socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network use is not allowed in this test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    """
)


def run_guarded(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", GUARD + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_the_guard_really_blocks_the_network(tmp_path: Path) -> None:
    done = run_guarded(
        "import urllib.request\nurllib.request.urlopen('http://example.org', timeout=5)",
        tmp_path,
    )
    assert done.returncode != 0
    assert "network use is not allowed" in done.stderr


def test_check_runs_without_network(tmp_path: Path) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text(
        "# Plan\n\nThe report was written by the panel. We will meet on 03/04/2026.\n",
        encoding="utf-8",
    )
    done = run_guarded(
        f"""
        import sys
        from accessicheck.cli.commands import main
        sys.argv = ["accessicheck", "check", {str(paper)!r}, "--format", "json"]
        try:
            main()
        except SystemExit as e:
            assert "nltk" not in sys.modules, "nltk was imported"
            sys.exit(e.code)
        """,
        tmp_path,
    )
    assert done.returncode in (0, 1), done.stderr
    data = json.loads(done.stdout)
    # "The report was written by the panel" (7) + "We will meet on 03/04/2026" (5)
    assert data["files"][0]["readability"]["words"] == 12


def test_textstat_works_offline_through_our_shim(tmp_path: Path) -> None:
    done = run_guarded(
        """
        from accessicheck.language import textstat_offline
        textstat = textstat_offline.install()
        print(textstat.syllable_count("The committee commissioned an evaluation."))
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    # the(1) com-mit-tee(3) com-mis-sioned(3) an(1) e-val-u-a-tion(5)
    assert done.stdout.strip() == "13"
