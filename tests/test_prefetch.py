"""Reading the first paper in a second process while the model loads (`run.prefetch`).

Whatever the second process does, the paper the main process gets is the one
`api.load_one` reads; only where it was read changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accessicheck import api
from accessicheck.core import config as C
from accessicheck.run import prefetch

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the second process is forked (Linux)"
)


def _config(**changes: object) -> C.Config:
    return C.Config({**C.DEFAULTS, **changes}, [], [])


@pytest.mark.parametrize("name", ["agenda.docx", "paper.pdf", "notes.md"])
def test_the_paper_read_alongside_is_the_paper_read_here(name: str) -> None:
    path = EXAMPLES / name
    config = _config()
    ahead = prefetch.start(path, config)
    assert ahead is not None
    assert ahead.load(path, config) == api.load_one(path, config)
    ahead.close()


def test_a_second_process_that_fails_leaves_the_reading_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = EXAMPLES / "notes.md"
    config = _config()
    real = api.load_one

    def fails(*args: object) -> None:
        raise RuntimeError("the second process fails")

    monkeypatch.setattr(api, "load_one", fails)
    ahead = prefetch.start(path, config)  # the child has the failing reader
    monkeypatch.setattr(api, "load_one", real)
    assert ahead is not None
    assert ahead.load(path, config) == real(path, config)


def test_a_second_process_that_takes_too_long_is_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = EXAMPLES / "notes.md"
    config = _config(file_seconds=1)
    real = api.load_one
    monkeypatch.setattr(prefetch, "GRACE_SECONDS", 0.5)
    monkeypatch.setattr(api, "load_one", lambda *args: time.sleep(60))
    ahead = prefetch.start(path, config)
    monkeypatch.setattr(api, "load_one", real)
    assert ahead is not None
    started = time.monotonic()
    assert ahead.load(path, config) == real(path, config)
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(ahead._pid, os.WNOHANG)  # stopped and reaped: no process left behind


def test_another_paper_is_read_here_and_the_second_process_is_reaped() -> None:
    first, other = EXAMPLES / "notes.md", EXAMPLES / "agenda.docx"
    config = _config()
    ahead = prefetch.start(first, config)
    assert ahead is not None
    assert ahead.load(other, config) == api.load_one(other, config)
    ahead.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(ahead._pid, os.WNOHANG)


def test_not_worth_it_once_the_model_is_loaded() -> None:
    pytest.importorskip("spacy")
    import spacy  # noqa: F401 - loaded, as in a process that has checked a paper already

    assert not prefetch.worth_it([EXAMPLES / "notes.md"])
    assert not prefetch.worth_it([])


def test_a_check_reads_its_first_paper_alongside_loading_the_model(tmp_path: Path) -> None:
    """In a fresh `check` of one PDF, the main process never imports the PDF readers:
    the second process read the paper. With spaCy loaded first (so nothing is read
    alongside), the report is the same."""
    code = (
        "import json, sys\n"
        "if sys.argv[2] == 'spacy-first':\n"
        "    import spacy\n"
        "from accessicheck.cli.commands import main\n"
        "sys.argv = ['accessicheck', 'check', '--isolated', '--format', 'json',"
        " '--no-progress', '--no-cache', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps({'pypdf': 'pypdf' in sys.modules}), file=sys.stderr)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    paper = str(EXAMPLES / "paper.pdf")

    def run(mode: str) -> tuple[str, dict[str, bool]]:
        done = subprocess.run(
            [sys.executable, "-c", code, paper, mode],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])

    alongside, alongside_modules = run("fresh")
    here, here_modules = run("spacy-first")
    assert alongside_modules == {"pypdf": False}
    assert here_modules == {"pypdf": True}
    assert json.loads(alongside)["files"] and alongside == here
