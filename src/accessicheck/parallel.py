"""Check files in several processes (--jobs N): one document at a time each.

The main process is one of the N: it checks documents itself while N - 1
worker processes do the same. Each worker loads the language model once,
when it starts (the main process loads its own, at the same time), then
reads, analyses and checks whole documents, taking the next document from
one shared list as soon as it is free. Results come back as JSON-ready data
(`resultdata`) and are put in the order the files were given, so the
findings and their order are the same as with one process.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .config import Config
from .report import FileResult
from .resultdata import from_data, to_data

_CONFIG: Config | None = None


def _one_job(config: Config) -> Config:
    return Config(dict(config.data, jobs=1), list(config.sources), [])


def _start_worker(config: Config, with_ner: bool) -> None:
    """Runs once in each worker: keep the settings and load the model."""
    global _CONFIG
    from . import nlp, registry

    _CONFIG = _one_job(config)
    registry.all_rules()
    nlp.pipeline(with_ner)


def _check(path: Path, config: Config) -> FileResult:
    from . import api

    docs = api.load_documents([path], config)
    return api.check_documents(docs, config).files[0]


def _check_one(path: str) -> dict[str, Any]:
    """In a worker: one document's result as JSON-ready data."""
    assert _CONFIG is not None
    return to_data(_check(Path(path), _CONFIG))


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


def check_each(
    files: Sequence[Path],
    config: Config,
    jobs: int,
    *,
    with_ner: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[FileResult]:
    """Each file's result, checked by this process and up to `jobs` - 1 workers."""
    n = len(files)
    results: list[FileResult | None] = [None] * n
    queue = _Queue(n)
    errors: list[BaseException] = []
    workers = max(1, min(jobs, n) - 1)
    # "spawn": a fresh process, so nothing this process holds (threads, locks,
    # open files) is copied into the workers.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(config, with_ner),
    ) as pool:

        def feed() -> None:
            # One thread for each worker process: it hands the worker the next
            # file as soon as the worker is free.
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
            # Through JSON like the workers' results, so a file's result never
            # depends on which process checked it.
            results[i] = from_data(to_data(_check(files[i], here)))
            if progress is not None:
                progress("checking", sum(r is not None for r in results), n)
        for t in feeders:
            t.join()
    if errors:
        raise errors[0]
    if progress is not None:
        progress("checking", n, n)
    return [r for r in results if r is not None]
