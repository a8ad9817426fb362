"""Check files one at a time, or (--jobs N) N at a time, each in a process of its own.

With `--jobs 1` (the default) files are checked one after another in the main
process, within their time budgets (see `bounds`) but with no memory cap: a
process for each file cost 1.0 to 1.2 times the processor time for four long
papers, and 1.4 to 1.5 times for twenty short ones (`benchmarks/bench_ci.py`),
too much to pay on every run.

With `--jobs N` on Linux the main process loads the language model and the
rules, checks a tiny made-up paper of each format (`warm_up`), then forks one
short-lived child process for each file, N at a time. The child shares what
the main process loaded (pages are copied only when written to), so it
starts checking at once. It reads, analyses and checks its one file, sends
back only the result, as JSON-ready data (`resultdata`), and ends. Each child
has its own bounds, so one file can never stop the run:

- memory: the child may use at most `file_memory_mb` megabytes more than the
  main process had when it started (an operating-system limit, RLIMIT_DATA);
  a file that needs more gets an AC905 finding;
- time: the loaders and the language pass stop themselves at the file's
  time budget (AC908); a child still running long after that (stuck inside
  a library) is stopped and the file gets an AC908 finding;
- a child that ends without a result gets an AC901 finding.

The results are put in the order the files were given, and every result goes
through the same JSON, so the findings and their order are the same whatever
the number of jobs.

Where fork is not safe (Windows, macOS), `--jobs N` uses N - 1 worker
processes started fresh, each loading the model once, and the main process
checks files too. There is no memory cap there.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.bounds import limit_memory, out_of_memory
from ..core.config import Config
from ..core.model import LoadProblem
from ..engine.report import FileResult
from ..engine.resultdata import from_data, to_data
from . import forked

Progress = Callable[[str, int, int], None]

#: A child still running this many seconds after its file's own time budgets
#: (reading plus analysing) have run out is stopped.
GRACE_SECONDS = 60.0
#: How a child says how it ended (exit status).
_DONE, _OUT_OF_MEMORY, _FAILED = 0, 3, 4

_CONFIG: Config | None = None


def forks() -> bool:
    """Whether files are checked in forked child processes (Linux only)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def _one_job(config: Config) -> Config:
    return Config(dict(config.data, jobs=1), list(config.sources), [])


def _check(path: Path, config: Config) -> FileResult:
    from .. import api

    return api.analyse_files([path], config).results[0]


def _check_here(path: Path, config: Config) -> FileResult:
    """`_check` in this process: running out of memory becomes the file's finding."""
    try:
        return _check(path, config)
    except MemoryError:
        return failed_result(path, config, no_memory_left(), "MemoryError")


def _round_trip(result: FileResult) -> FileResult:
    # Through JSON like a child's result, so a file's result never depends on
    # which process checked it.
    return from_data(json.loads(json.dumps(to_data(result))))


def check_each(
    files: Sequence[Path],
    config: Config,
    jobs: int,
    *,
    with_ner: bool = False,
    progress: Progress | None = None,
) -> list[FileResult]:
    """Each file's result, in the order given, checked `jobs` files at a time."""
    if not files:
        return []
    if jobs < 2 or len(files) < 2:
        # One process: a child a file costs 1.2 to 1.5 times the processor
        # time (benchmarks/bench_ci.py), so the caps come only with --jobs.
        return check_here(files, config, progress=progress)
    if forks():
        return _check_forked(files, config, jobs, with_ner=with_ner, progress=progress)
    return _check_spawned(files, config, jobs, with_ner=with_ner, progress=progress)


def check_here(
    files: Sequence[Path], config: Config, *, progress: Progress | None = None
) -> list[FileResult]:
    """Each file's result, checked one at a time in this process (no memory cap)."""
    here = _one_job(config)
    out = []
    for i, path in enumerate(files):
        out.append(_round_trip(_check_here(path, here)))
        if progress is not None:
            progress("checking", i + 1, len(files))
    return out


# --- Linux: one forked child a file ---------------------------------------------------------


def _in_child(path: Path, config: Config, out: int) -> None:
    """The child's whole life: check one file, write the result to `out`, end."""
    status = _FAILED
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        limit_memory(int(config["file_memory_mb"]))
        try:
            data = json.dumps(to_data(_check(path, config))).encode("utf-8")
        except MemoryError:
            data = b""
            status = _OUT_OF_MEMORY
        else:
            status = _DONE
        forked.write_all(out, data)
    except BaseException:  # noqa: BLE001 - the main process reports the file
        if status == _DONE:
            status = _FAILED
    finally:
        os._exit(status)


@dataclass
class _Child:
    index: int
    pid: int
    fd: int
    deadline: float
    chunks: list[bytes] = field(default_factory=list)


def _deadline_seconds(path: Path, config: Config) -> float:
    """Seconds a child may run: its reading and analysing budgets, plus GRACE_SECONDS."""
    from .. import api

    return api.reading_seconds(path, config) + float(config["file_seconds"]) + GRACE_SECONDS


def _start(index: int, path: Path, config: Config) -> _Child:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        _in_child(path, config, write_fd)  # never returns
    os.close(write_fd)
    return _Child(index, pid, read_fd, time.monotonic() + _deadline_seconds(path, config))


def _reap(child: _Child) -> int:
    """Wait for the child to end; its wait status."""
    os.close(child.fd)
    _, status = os.waitpid(child.pid, 0)
    return status


def _finish(child: _Child, path: Path, config: Config) -> FileResult:
    """The child's result, or a result with the finding that says why there is none."""
    status = _reap(child)
    data = b"".join(child.chunks)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == _DONE and data:
        try:
            return from_data(json.loads(data))
        except (ValueError, KeyError, TypeError):
            pass
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == _OUT_OF_MEMORY:
        problem = out_of_memory(int(config["file_memory_mb"]))
        detail = "MemoryError"
    elif os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        problem = ended_unexpectedly(memory=True)
        detail = "killed (SIGKILL)"
    else:
        problem = ended_unexpectedly(memory=False)
        detail = f"wait status {status}"
    return failed_result(path, config, problem, detail)


def failed_result(path: Path, config: Config, problem: LoadProblem, detail: str) -> FileResult:
    """A file's result that holds only `problem`, reported as any load problem is."""
    from .. import api, loaders
    from ..core.model import Document

    doc = Document(path=str(path), format=loaders.format_from_extension(path) or "unknown")
    doc.problems.append(problem)
    doc.meta.load_error = detail
    return _round_trip(api.check_documents([doc], _one_job(config)).files[0])


def _stop(child: _Child) -> None:
    forked.stop(child.pid)


def _check_forked(
    files: Sequence[Path],
    config: Config,
    jobs: int,
    *,
    with_ner: bool,
    progress: Progress | None,
) -> list[FileResult]:
    from .. import loaders
    from . import warm_up

    config = _one_job(config)
    n = len(files)
    results: list[FileResult | None] = [None] * n
    running: dict[int, _Child] = {}  # by pipe
    next_file = done = 0
    formats = {loaders.format_from_extension(path) or "" for path in files}
    warm_up.warm_up(config, formats, with_ner)

    def report(index: int, result: FileResult) -> None:
        nonlocal done
        results[index] = result
        done += 1
        if progress is not None:
            progress("checking", done, n)

    # Objects made before the first fork are never freed: the garbage
    # collector then leaves them alone in the children, so their pages stay shared.
    # Only the young generations are collected first: a full collection walks
    # every object of the model and the word lists, a tenth of a second before
    # the first child can start, and would free only a few hundred more
    # objects left by the warm-up (a few kilobytes, kept instead).
    gc.collect(1)
    gc.freeze()
    try:
        while done < n:
            while next_file < n and len(running) < jobs:
                child = _start(next_file, files[next_file], config)
                running[child.fd] = child
                next_file += 1
            now = time.monotonic()
            wait = max(0.0, min(c.deadline for c in running.values()) - now)
            ready, _, _ = select.select(list(running), [], [], min(wait, 1.0))
            for fd in ready:
                child = running[fd]
                chunk = os.read(fd, 1 << 16)
                if chunk:
                    child.chunks.append(chunk)
                    continue
                del running[fd]
                report(child.index, _finish(child, files[child.index], config))
            now = time.monotonic()
            for fd, child in list(running.items()):
                if now > child.deadline:
                    _stop(child)
                    del running[fd]
                    _reap(child)
                    path = files[child.index]
                    problem = stopped_slow(_deadline_seconds(path, config))
                    report(child.index, failed_result(path, config, problem, "stopped"))
    finally:
        for child in running.values():
            _stop(child)
            _reap(child)
        gc.unfreeze()
    return [r for r in results if r is not None]


# --- the problems a child's end can bring ---------------------------------------------------


def no_memory_left() -> LoadProblem:
    return LoadProblem(
        "AC905",
        "The file is too large to check with the memory available, so we stopped checking it.",
        "Split it into smaller files, then check again.",
    )


def ended_unexpectedly(*, memory: bool) -> LoadProblem:
    why = (
        " The computer may have run out of memory."
        if memory
        else " The file may be damaged in a way we did not expect."
    )
    return LoadProblem(
        "AC901",
        "Checking the file stopped part way, so it was not checked." + why,
        "Open it in the program that made it, save or export it again, then check the new "
        "copy. If this happens again, please tell us.",
    )


def stopped_slow(seconds: float) -> LoadProblem:
    return LoadProblem(
        "AC908",
        f"The file took far too long to check (more than {seconds:g} seconds), so we "
        "stopped checking it. Nothing in it was checked.",
        "Split it into smaller files and check each one, or raise the setting `file_seconds`.",
    )


# --- elsewhere: worker processes started fresh ----------------------------------------------


def _start_worker(config: Config, with_ner: bool) -> None:
    """Runs once in each worker: keep the settings and load the model."""
    global _CONFIG
    from ..engine import registry
    from ..language import nlp

    _CONFIG = _one_job(config)
    registry.all_rules()
    nlp.pipeline(with_ner)


def _check_one(path: str) -> dict[str, Any]:
    """In a worker: one document's result as JSON-ready data."""
    assert _CONFIG is not None
    return to_data(_check_here(Path(path), _CONFIG))


class _Queue:
    """The next file to check, shared by the main process's threads."""

    def __init__(self, n: int) -> None:
        self._next = 0
        self._n = n
        self._lock = threading.Lock()

    def take(self) -> int | None:
        with self._lock:
            if self._next >= self._n:
                return None
            self._next += 1
            return self._next - 1


def _check_spawned(
    files: Sequence[Path],
    config: Config,
    jobs: int,
    *,
    with_ner: bool,
    progress: Progress | None,
) -> list[FileResult]:
    """Each file's result, checked by this process and up to `jobs` - 1 fresh workers."""
    n = len(files)
    results: list[FileResult | None] = [None] * n
    queue = _Queue(n)
    errors: list[BaseException] = []
    workers = max(1, min(jobs, n) - 1)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(config, with_ner),
    ) as pool:

        def feed() -> None:
            try:
                while (i := queue.take()) is not None:
                    results[i] = from_data(pool.submit(_check_one, str(files[i])).result())
            except BaseException as e:  # raised again in the main thread
                errors.append(e)

        feeders = [threading.Thread(target=feed, daemon=True) for _ in range(workers)]
        for t in feeders:
            t.start()
        here = _one_job(config)
        while not errors and (i := queue.take()) is not None:
            results[i] = _round_trip(_check_here(files[i], here))
            if progress is not None:
                progress("checking", sum(r is not None for r in results), n)
        for t in feeders:
            t.join()
    if errors:
        raise errors[0]
    if progress is not None:
        progress("checking", n, n)
    return [r for r in results if r is not None]
