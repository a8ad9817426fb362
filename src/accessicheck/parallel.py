"""Check files in worker processes (--jobs): one document at a time per worker.

Each worker loads the language model once, when it starts, then reads,
analyses and checks whole documents. Results come back as JSON-ready data
(`resultdata`) in the order the files were given, so the findings and their
order are the same as with one process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .config import Config
from .report import FileResult
from .resultdata import from_data

_CONFIG: Config | None = None


def _start_worker(config: Config, with_ner: bool) -> None:
    """Runs once in each worker: keep the settings and load the model."""
    global _CONFIG
    from . import nlp

    _CONFIG = Config(dict(config.data, jobs=1), list(config.sources), [])
    nlp.pipeline(with_ner)


def _check_one(path: str) -> dict[str, Any]:
    from . import api
    from .resultdata import to_data

    assert _CONFIG is not None
    docs = api.load_documents([Path(path)], _CONFIG)
    return to_data(api.check_documents(docs, _CONFIG).files[0])


def check_each(
    files: Sequence[Path],
    config: Config,
    jobs: int,
    *,
    with_ner: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[FileResult]:
    """Each file's result, checked in up to `jobs` worker processes."""
    # "spawn": a fresh process, so nothing the main process holds (threads,
    # locks, open files) is copied into the workers.
    context = multiprocessing.get_context("spawn")
    workers = max(1, min(jobs, len(files)))
    out: list[FileResult] = []
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(config, with_ner),
    ) as pool:
        futures = [pool.submit(_check_one, str(f)) for f in files]
        for i, future in enumerate(futures):
            out.append(from_data(future.result()))
            if progress is not None:
                progress("checking", i + 1, len(files))
    return out
