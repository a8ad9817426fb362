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
from accessicheck.glossary import loaded as glossary
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


# --- the glossary, compiled alongside -------------------------------------------------------


def _compiled_here(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Start with no glossary kept; the list of processes that compile one from here on."""
    monkeypatch.setattr(glossary, "_COMPILED", {})
    calls: list[int] = []
    real = glossary.compile_glossary

    def counting(layers: object) -> glossary.Glossary:
        calls.append(os.getpid())  # the second process appends to its own copy
        return real(layers)  # type: ignore[arg-type]

    monkeypatch.setattr(glossary, "compile_glossary", counting)
    return calls


def _same(a: glossary.Glossary, b: glossary.Glossary) -> None:
    assert [(e.term, e.forms, e.status) for e in a.entries] == [
        (e.term, e.forms, e.status) for e in b.entries
    ]
    assert a.matcher.root == b.matcher.root and a.matcher.patterns == b.matcher.patterns
    assert a.acronyms.keys() == b.acronyms.keys() and a.one_word == b.one_word

    def shadows(g: glossary.Glossary) -> list[str]:
        return [e.term for e in g.matcher.entries if id(e) in g.shadows]

    assert shadows(a) == shadows(b) and shadows(a)  # long forms of acronyms, found again


@pytest.mark.parametrize("path", [None, EXAMPLES / "notes.md"], ids=["no-paper", "with-paper"])
def test_the_glossary_compiled_alongside_is_used_and_not_compiled_again(
    monkeypatch: pytest.MonkeyPatch, path: Path | None
) -> None:
    calls = _compiled_here(monkeypatch)
    config = _config()
    ahead = prefetch.start(path, config)
    assert ahead is not None
    if path is None:
        ahead.take()
    else:
        assert ahead.load(path, config) == api.load_one(path, config)
    got = glossary.for_config(config.data)
    assert calls == []  # this process compiled nothing
    monkeypatch.setattr(glossary, "_COMPILED", {})
    _same(got, glossary.for_config(config.data))
    assert calls == [os.getpid()]


def test_a_glossary_edited_meanwhile_is_compiled_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = _compiled_here(monkeypatch)
    ours = tmp_path / "ours.csv"
    ours.write_text("term,status\nKPI,avoid\n", encoding="utf-8")
    config = _config(glossaries=[str(ours)])
    ahead = prefetch.start(None, config)
    assert ahead is not None
    ahead.take()
    ours.write_text("term,status\nKPI,avoid\nreablement,avoid\n", encoding="utf-8")
    os.utime(ours, ns=(1, 1))  # a new stamp even on a coarse clock
    terms = {e.term for e in glossary.for_config(config.data).entries}
    assert {"KPI", "reablement"} <= terms
    assert calls == [os.getpid()]


def test_a_second_process_that_cannot_compile_leaves_it_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _compiled_here(monkeypatch)
    real = glossary.compile_glossary

    def fails(layers: object) -> None:
        raise RuntimeError("the second process fails")

    monkeypatch.setattr(glossary, "compile_glossary", fails)
    config = _config()
    ahead = prefetch.start(EXAMPLES / "notes.md", config)
    monkeypatch.setattr(glossary, "compile_glossary", real)
    assert ahead is not None
    path = EXAMPLES / "notes.md"
    assert ahead.load(path, config) == api.load_one(path, config)  # the paper is read here
    assert glossary.for_config(config.data).entries
    assert calls == [os.getpid()]  # compiled here, once
    assert glossary.kept(glossary.key_for(config.data))


def test_not_worth_it_once_the_model_is_loaded() -> None:
    pytest.importorskip("spacy")
    import spacy  # noqa: F401 - loaded, as in a process that has checked a paper already

    assert not prefetch.worth_it([EXAMPLES / "notes.md"])
    assert not prefetch.worth_it([])


def test_a_check_reads_its_first_paper_alongside_loading_the_model(tmp_path: Path) -> None:
    """In a fresh `check` of one PDF, the main process never imports the PDF readers
    nor compiles the glossary: the second process did both. With spaCy loaded first
    (so nothing is done alongside), the report is the same."""
    code = (
        "import json, os, sys\n"
        "if sys.argv[2] == 'spacy-first':\n"
        "    import spacy\n"
        "from accessicheck.glossary import loaded\n"
        "real, here = loaded.compile_glossary, []\n"
        "def counting(layers):\n"
        "    here.append(os.getpid())\n"
        "    return real(layers)\n"
        "loaded.compile_glossary = counting\n"
        "from accessicheck.cli.commands import main\n"
        "sys.argv = ['accessicheck', 'check', '--isolated', '--format', 'json',"
        " '--no-progress', '--no-cache', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps({'pypdf': 'pypdf' in sys.modules, 'glossary': bool(here)}),"
        " file=sys.stderr)\n"
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
    assert alongside_modules == {"pypdf": False, "glossary": False}
    assert here_modules == {"pypdf": True, "glossary": True}
    assert json.loads(alongside)["files"] and alongside == here
