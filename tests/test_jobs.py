"""--jobs: worker processes give the same findings, in the same order, as one process."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck import loaders
from accessicheck.cli.commands import main
from accessicheck.core import bounds
from accessicheck.core.config import DEFAULTS, Config
from accessicheck.engine.resultdata import to_data
from accessicheck.run import parallel, warm_up

ROOT = Path(__file__).resolve().parents[1]
LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected."
)


@pytest.mark.slow
def test_two_jobs_give_the_same_report_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a.md").write_text(f"# Plan\n\n{LONG}\n\nWe utilise the KPI.\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Minutes\n\nThe MDT met. {LONG}\n", encoding="utf-8")
    (folder / "c.md").write_text("# Notes\n\nThe service user was sectioned.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n not a pdf")
    for example in ("agenda.docx", "paper.pdf"):
        (folder / example).write_bytes((ROOT / "examples" / example).read_bytes())

    def report(jobs: str) -> dict:  # type: ignore[type-arg]
        result = CliRunner().invoke(
            main,
            ["check", "--isolated", "--no-cache", "--format", "json", "--jobs", jobs, str(folder)],
        )
        assert result.exit_code == 1, result.output
        return json.loads(result.stdout)

    one, two = report("1"), report("2")
    assert [f["path"] for f in one["files"]] == [f["path"] for f in two["files"]]
    assert one == two  # every finding, score and section, in the same order
    assert sum(len(f["findings"]) for f in one["files"]) > 5


@pytest.mark.parametrize(
    ("given", "ok"),
    [("auto", True), ("AUTO", True), ("64", True), ("0", False), ("65", False), ("two", False)],
)
def test_jobs_takes_a_number_or_auto(tmp_path: Path, given: str, ok: bool) -> None:
    paper = tmp_path / "a.md"
    paper.write_text("# Notes\n\nWe met.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--no-cache", "--format", "json", "--jobs", given, str(paper)]
    )
    if ok:
        assert result.exit_code in (0, 1), result.output
        assert json.loads(result.stdout)["summary"]["files"] == 1
    else:
        assert result.exit_code == 2
        assert "'auto'" in result.output


# --- a process for each file: its memory and time capped ------------------------------------

needs_fork = pytest.mark.skipif(not parallel.forks(), reason="files are forked on Linux only")


def _papers(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for name, text in [
        ("a.md", f"# Plan\n\n{LONG}\n\nWe utilise the KPI.\n"),
        ("hog.md", "# Hog\n\nThis file is made to need too much memory.\n"),
        ("c.txt", f"Minutes\n\nThe MDT met. {LONG}\n"),
    ]:
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def _config(**settings: object) -> Config:
    return Config(dict(DEFAULTS, **settings), [], [])


def _data(results: list) -> list[dict]:  # type: ignore[type-arg]
    return [to_data(r) for r in results]


@needs_fork
def test_forked_workers_find_what_one_process_finds(tmp_path: Path) -> None:
    files = _papers(tmp_path / "papers")
    cfg = _config()
    here = _data(parallel.check_here(files, cfg))
    assert _data(parallel.check_each(files, cfg, 1)) == here
    assert _data(parallel.check_each(files, cfg, 2)) == here
    assert _data(_forked(files, cfg, 1)) == here  # one worker, every file
    assert [r["path"] for r in here] == [str(p) for p in files]
    assert {f["code"] for f in here[0]["findings"]} >= {"AC101", "AC201"}


def _forked(files: list[Path], cfg: Config, jobs: int) -> list:  # type: ignore[type-arg]
    """The Linux way, whatever the number of jobs (check_each keeps one job at home)."""
    return parallel._check_forked(files, cfg, jobs, with_ner=False, progress=None)


def _noting_processes(monkeypatch: pytest.MonkeyPatch, log: Path, then=None) -> None:  # type: ignore[no-untyped-def]
    """Each file checked writes "<process id> <file name>" to `log` first."""
    real = parallel._check

    def noting(path: Path, config: Config):  # type: ignore[no-untyped-def]
        with log.open("a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {path.name}\n")
        if then is not None:
            then(path)
        return real(path, config)

    monkeypatch.setattr(parallel, "_check", noting)


def _processes(log: Path) -> dict[str, str]:
    return dict(reversed(line.split()) for line in log.read_text(encoding="utf-8").splitlines())


@needs_fork
def test_each_worker_checks_file_after_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two jobs, five papers: two worker processes (none is the main one), each taking
    the next paper when it is free, so a worker's second paper finds its caches warm."""
    folder = tmp_path / "papers"
    folder.mkdir()
    files = []
    for i in range(5):
        files.append(folder / f"p{i}.md")
        files[-1].write_text(f"# Paper {i}\n\n{LONG}\n", encoding="utf-8")
    log = tmp_path / "log"
    _noting_processes(monkeypatch, log)
    cfg = _config()
    results = _data(parallel.check_each(files, cfg, 2))
    by_file = _processes(log)
    assert sorted(by_file) == [p.name for p in files]
    assert len(set(by_file.values())) == 2 and str(os.getpid()) not in by_file.values()
    assert [r["path"] for r in results] == [str(p) for p in files]
    assert results == _data(parallel.check_here(files, cfg))


@needs_fork
def test_a_worker_goes_on_after_a_file_that_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _papers(tmp_path / "papers")
    cfg = _config()
    expected = _data(parallel.check_here([files[0], files[2]], cfg))

    def fails(path: Path) -> None:
        if path.name == "hog.md":
            raise RuntimeError("a reader's own bug")

    log = tmp_path / "log"
    _noting_processes(monkeypatch, log, fails)
    a, hog, c = _data(_forked(files, cfg, 1))
    assert [a, c] == expected
    (finding,) = hog["findings"]
    assert finding["code"] == "AC901"
    assert len(set(_processes(log).values())) == 1  # the same worker checked the next file


def _hungry_check(real):  # type: ignore[no-untyped-def]
    def check(path: Path, config: Config):  # type: ignore[no-untyped-def]
        if path.name == "hog.md":
            # Far more than the 100 MB allowed (and than any free memory the
            # process may already hold); only one page is ever written.
            hog = bytearray(4 * 1024 * 1024 * 1024)
            hog[-1] = 1
        return real(path, config)

    return check


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_a_file_over_its_memory_cap_is_reported_and_the_others_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    files = _papers(tmp_path / "papers")
    cfg = _config(file_memory_mb=100)
    expected = _data(parallel.check_here([files[0], files[2]], cfg))
    monkeypatch.setattr(parallel, "_check", _hungry_check(parallel._check))
    a, hog, c = _data(_forked(files, cfg, jobs))
    assert [a, c] == expected
    assert hog["path"] == str(files[1])
    assert hog["readable"] is False
    (finding,) = hog["findings"]
    assert finding["code"] == "AC905"
    assert "more memory than one file may use (100 MB)" in finding["message"]
    assert "file_memory_mb" in json.dumps(finding)


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_worker_that_is_killed_leaves_a_finding_and_another_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    files = _papers(tmp_path / "papers")
    real = parallel._check

    def killed(path: Path, config: Config):  # type: ignore[no-untyped-def]
        if path.name == "hog.md":
            os.kill(os.getpid(), signal.SIGKILL)  # as the system's out-of-memory killer does
        return real(path, config)

    monkeypatch.setattr(parallel, "_check", killed)
    a, hog, c = _data(_forked(files, _config(), jobs))
    assert a["findings"] and c["findings"]
    (finding,) = hog["findings"]
    assert finding["code"] == "AC901"
    assert "stopped part way" in finding["message"]
    assert "run out of memory" in finding["message"]


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_stuck_worker_is_stopped_with_a_finding_and_another_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    files = _papers(tmp_path / "papers")
    real_check, real_deadline = parallel._check, parallel._deadline_seconds

    def stuck(path: Path, config: Config):  # type: ignore[no-untyped-def]
        if path.name == "hog.md":
            time.sleep(600)  # stuck inside a library that never looks at the clock
        return real_check(path, config)

    def deadline(path: Path, config: Config) -> float:
        return 0.5 if path.name == "hog.md" else real_deadline(path, config)

    monkeypatch.setattr(parallel, "_check", stuck)
    monkeypatch.setattr(parallel, "_deadline_seconds", deadline)
    a, hog, c = _data(_forked(files, _config(), jobs))
    assert a["findings"] and c["findings"]
    (finding,) = hog["findings"]
    assert finding["code"] == "AC908"
    assert "far too long" in finding["message"]


@needs_fork
def test_a_worker_that_ended_while_idle_is_replaced_and_the_file_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system may stop a worker between two files. The file it was about to get
    goes to a new worker, and is checked as usual."""
    files = _papers(tmp_path / "papers")
    cfg = _config()
    expected = _data(parallel.check_here(files, cfg))
    log = tmp_path / "log"
    _noting_processes(monkeypatch, log)
    real_ask = parallel._Worker.ask
    asked: list[int] = []

    def ask(worker: parallel._Worker, index: int, path: Path, config: Config) -> bool:
        asked.append(worker.pid)
        if len(asked) == 2:  # the first worker, between its first and second file
            os.kill(worker.pid, signal.SIGKILL)
            os.waitid(os.P_PID, worker.pid, os.WEXITED | os.WNOWAIT)  # ended, not reaped
            assert real_ask(worker, index, path, config) is False
        return real_ask(worker, index, path, config)

    monkeypatch.setattr(parallel._Worker, "ask", ask)
    assert _data(_forked(files, cfg, 1)) == expected
    by_file = _processes(log)
    assert by_file["a.md"] != by_file["hog.md"] == by_file["c.txt"]


@needs_fork
def test_the_memory_cap_is_on_top_of_what_the_process_holds() -> None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: 20 MB more is fine, 4 GB more is refused
        try:
            bounds.limit_memory(50)
            small = bytearray(20 * 1024 * 1024)
            small[-1] = 1
            try:
                bytearray(4 * 1024 * 1024 * 1024)
                os.write(write, b"allowed")
            except MemoryError:
                os.write(write, b"refused")
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    assert os.read(read, 100) == b"refused"
    os.close(read)


@pytest.mark.parametrize("fmt", ["markdown", "text", "docx", "pptx", "pdf"])
def test_warm_up_samples_are_real_papers(tmp_path: Path, fmt: str) -> None:
    path = warm_up.write_sample(fmt, tmp_path)
    assert path is not None
    doc = loaders.load(path)
    assert doc.format == fmt
    assert doc.problems == []
    assert any("Meeting notes" in b.text for b in doc.blocks)


def test_running_out_of_memory_in_one_process_is_the_files_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _papers(tmp_path / "papers")
    cfg = _config()
    expected = _data(parallel.check_here([files[0], files[2]], cfg))
    real = parallel._check

    def short_of_memory(path: Path, config: Config):  # type: ignore[no-untyped-def]
        if path.name == "hog.md":
            raise MemoryError
        return real(path, config)

    monkeypatch.setattr(parallel, "_check", short_of_memory)
    a, hog, c = _data(parallel.check_here(files, cfg))
    assert [a, c] == expected
    (finding,) = hog["findings"]
    assert finding["code"] == "AC905"
    assert "memory available" in finding["message"]
