"""Check files one at a time, or (--jobs N) N at a time, in worker processes.

With `--jobs 1` (the default) files are checked one after another in the main
process, each within its time budgets and memory cap (see `bounds`).

With `--jobs N` on Linux the main process loads the language model and the
rules (a second process compiles the glossary meanwhile, `prefetch`), checks
a tiny made-up paper of each format (`warm_up`), then forks N worker
processes. A worker shares what the main process loaded (pages are copied
only when written to), so it starts checking at once. The main process hands
each worker the next file whenever it is free; the worker reads, analyses
and checks it, sends back only the result, as JSON-ready data
(`resultdata`), and waits for the next. A worker's caches (word forms,
lemmas, the vocabulary) stay warm from one file to the next, as in one
process: a process for each file cost 0.2 to 0.3 s more a paper.

Each file has its own bounds, so one file can never stop the run:

- memory: while checking a file a worker may use at most `file_memory_mb`
  megabytes more than it held before (`bounds.memory_cap`); a file that needs
  more gets an AC905 finding and the worker goes on with the next file;
- time: the loaders and the language pass stop themselves at the file's
  time budget (AC908); a worker still on one file long after that (stuck
  inside a library) is stopped, the file gets an AC908 finding, and a new
  worker takes the rest;
- a worker that ends while checking a file (killed by the system, say)
  leaves an AC901 finding for it, and a new worker takes the rest.

The results are put in the order the files were given, and every result goes
through the same JSON, so the findings and their order are the same whatever
the number of jobs.

Where fork is not safe (Windows, macOS), `--jobs N` uses N - 1 worker
processes started fresh, each loading the model once, and the main process
checks files too. There is no memory cap there.
"""

from __future__ import annotations

import contextlib
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

from ..core.bounds import memory_cap, out_of_memory
from ..core.config import Config
from ..core.model import LoadProblem
from ..engine.report import FileResult
from ..engine.resultdata import from_data, to_data
from . import forked

Progress = Callable[[str, int, int], None]

#: A worker still on a file this many seconds after the file's own time budgets
#: (reading plus analysing) have run out is stopped.
GRACE_SECONDS = 60.0
#: How a worker's answer for a file begins: checked, out of memory, failed.
_DONE, _OUT_OF_MEMORY, _FAILED = 0, 3, 4

_CONFIG: Config | None = None


def forks() -> bool:
    """Whether files are checked in forked worker processes (Linux only)."""
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
    # Through JSON like a worker's result, so a file's result never depends on
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
        # One job, or one file: checked here, with no worker to start.
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


# --- Linux: forked worker processes ---------------------------------------------------------

#: A worker's answer for one file: its status (one byte), the length of the data
#: (eight bytes), then the data (the result as JSON).
_ANSWER_HEAD = 9


def _answer(status: int, data: bytes) -> bytes:
    return bytes([status]) + len(data).to_bytes(8, "little") + data


def _work(files: Sequence[Path], config: Config, requests: int, answers: int) -> None:
    """A worker's whole life: check each file asked for, one at a time, until told to end."""
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        cap = int(config["file_memory_mb"])
        while (asked := _read_exactly(requests, 4)) is not None:
            path = files[int.from_bytes(asked, "little")]
            try:
                with memory_cap(cap):
                    answer = _answer(_DONE, json.dumps(to_data(_check(path, config))).encode())
            except MemoryError:
                answer = _answer(_OUT_OF_MEMORY, b"")
            except Exception:  # noqa: BLE001 - the main process reports the file
                answer = _answer(_FAILED, b"")
            forked.write_all(answers, answer)
    except BaseException:  # noqa: BLE001 - the main process reports the file
        status = _FAILED
    finally:
        os._exit(status)


def _read_exactly(fd: int, n: int) -> bytes | None:
    """n bytes from the pipe, or None at its end."""
    data = b""
    while len(data) < n:
        chunk = os.read(fd, n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


@dataclass
class _Worker:
    pid: int
    requests: int  # the pipe the main process asks on
    answers: int  # the pipe the worker answers on
    index: int | None = None  # the file it is checking
    deadline: float = 0.0
    received: bytearray = field(default_factory=bytearray)

    def ask(self, index: int, path: Path, config: Config) -> bool:
        """Give the worker a file; False if it has ended (its pipe is broken)."""
        self.index = index
        self.deadline = time.monotonic() + _deadline_seconds(path, config)
        try:
            forked.write_all(self.requests, index.to_bytes(4, "little"))
        except OSError:
            return False
        return True

    def answer(self) -> tuple[int, bytes] | None:
        """The status and data of a whole answer received, or None so far."""
        if len(self.received) < _ANSWER_HEAD:
            return None
        size = int.from_bytes(self.received[1:_ANSWER_HEAD], "little")
        if len(self.received) < _ANSWER_HEAD + size:
            return None
        status, data = self.received[0], bytes(self.received[_ANSWER_HEAD:])
        self.received.clear()
        self.index = None
        return status, data

    def end(self, *, stop: bool = False) -> int:
        """Let the worker go (stopped at once if `stop`); its wait status."""
        if stop:
            forked.stop(self.pid)
        for fd in (self.requests, self.answers):
            with contextlib.suppress(OSError):
                os.close(fd)
        _, status = os.waitpid(self.pid, 0)
        return status


def _deadline_seconds(path: Path, config: Config) -> float:
    """Seconds a file may take in a worker: its reading and analysing budgets, plus
    GRACE_SECONDS."""
    from .. import api

    return api.reading_seconds(path, config) + float(config["file_seconds"]) + GRACE_SECONDS


def _fork_worker(files: Sequence[Path], config: Config, others: Sequence[_Worker]) -> _Worker:
    ask_read, ask_write = os.pipe()
    answer_read, answer_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        for fd in (ask_write, answer_read, *(fd for w in others for fd in (w.requests, w.answers))):
            os.close(fd)  # so each pipe ends when the process at its other end lets go
        _work(files, config, ask_read, answer_write)  # never returns
    os.close(ask_read)
    os.close(answer_write)
    return _Worker(pid, ask_write, answer_read)


def _result(status: int, data: bytes, path: Path, config: Config) -> FileResult:
    """The file's result from a worker's answer, or a result with the finding that says
    why there is none."""
    if status == _DONE:
        try:
            return from_data(json.loads(data))
        except (ValueError, KeyError, TypeError):
            pass
    if status == _OUT_OF_MEMORY:
        return failed_result(
            path, config, out_of_memory(int(config["file_memory_mb"])), "MemoryError"
        )
    return failed_result(path, config, ended_unexpectedly(memory=False), "failed")


def _ended(wait_status: int, path: Path, config: Config) -> FileResult:
    """The result of a file whose worker ended while checking it."""
    if os.WIFSIGNALED(wait_status) and os.WTERMSIG(wait_status) == signal.SIGKILL:
        return failed_result(path, config, ended_unexpectedly(memory=True), "killed (SIGKILL)")
    problem = ended_unexpectedly(memory=False)
    return failed_result(path, config, problem, f"wait status {wait_status}")


def failed_result(path: Path, config: Config, problem: LoadProblem, detail: str) -> FileResult:
    """A file's result that holds only `problem`, reported as any load problem is."""
    from .. import api, loaders
    from ..core.model import Document

    doc = Document(path=str(path), format=loaders.format_from_extension(path) or "unknown")
    doc.problems.append(problem)
    doc.meta.load_error = detail
    return _round_trip(api.check_documents([doc], _one_job(config)).files[0])


def _check_forked(
    files: Sequence[Path],
    config: Config,
    jobs: int,
    *,
    with_ner: bool,
    progress: Progress | None,
) -> list[FileResult]:
    from .. import loaders
    from . import prefetch, warm_up

    config = _one_job(config)
    n = len(files)
    results: list[FileResult | None] = [None] * n
    workers: list[_Worker] = []
    next_file = done = 0
    formats = {loaders.format_from_extension(path) or "" for path in files}
    # The glossary is compiled in a second process while the model loads here.
    ahead = prefetch.start(None, config) if prefetch.worth_it(files) else None
    try:
        warm_up.load_model(with_ner)
    finally:
        if ahead is not None:
            ahead.take()
    warm_up.warm_up(config, formats, with_ner)

    def report(index: int, result: FileResult) -> None:
        nonlocal done
        results[index] = result
        done += 1
        if progress is not None:
            progress("checking", done, n)

    def lost(worker: _Worker, result: FileResult) -> None:
        """A worker ended or was stopped while checking a file: report the file.
        (A new worker takes the files left.)"""
        workers.remove(worker)
        assert worker.index is not None
        report(worker.index, result)

    def give(index: int) -> None:
        """Give a file to an idle worker. One that has ended while idle (the system
        stopped it, say) is replaced; if the new one cannot take the file either,
        the file gets AC901, so the run always moves on."""
        worker = next(w for w in workers if w.index is None)
        if worker.ask(index, files[index], config):
            return
        workers.remove(worker)
        worker.end()
        again = _fork_worker(files, config, workers)
        workers.append(again)
        if not again.ask(index, files[index], config):
            lost(again, _ended(again.end(), files[index], config))

    # Objects made before the first fork are never freed: the garbage
    # collector then leaves them alone in the workers, so their pages stay shared.
    # Only the young generations are collected first: a full collection walks
    # every object of the model and the word lists, a tenth of a second before
    # the first worker can start, and would free only a few hundred more
    # objects left by the warm-up (a few kilobytes, kept instead).
    gc.collect(1)
    gc.freeze()
    try:
        while done < n:
            # Each file left goes to an idle worker, or to a new one while there are
            # fewer than `jobs`.
            while next_file < n:
                if all(w.index is not None for w in workers):
                    if len(workers) >= jobs:
                        break
                    workers.append(_fork_worker(files, config, workers))
                give(next_file)
                next_file += 1
            busy = {w.answers: w for w in workers if w.index is not None}
            if not busy:
                continue
            wait = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            ready, _, _ = select.select(list(busy), [], [], min(wait, 1.0))
            for fd in ready:
                worker = busy[fd]
                chunk = os.read(fd, 1 << 16)
                if not chunk:  # the worker ended part way through its file
                    lost(worker, _ended(worker.end(), files[worker.index], config))  # type: ignore[index]
                    continue
                worker.received += chunk
                index = worker.index
                answer = worker.answer()
                if answer is not None and index is not None:
                    report(index, _result(*answer, files[index], config))
            now = time.monotonic()
            for worker in [w for w in workers if w.index is not None and now > w.deadline]:
                path = files[worker.index]  # type: ignore[index]
                worker.end(stop=True)
                problem = stopped_slow(_deadline_seconds(path, config))
                lost(worker, failed_result(path, config, problem, "stopped"))
    finally:
        for worker in workers:
            worker.end(stop=worker.index is not None)  # idle workers end when their pipe does
        gc.unfreeze()
    return [r for r in results if r is not None]


# --- the problems a worker's end can bring --------------------------------------------------


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
