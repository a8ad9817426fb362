"""Read the first paper in a second process while this one loads the language model.

From a cold start, a check of one paper first loads the language model
(about 0.6 s), then reads the paper (0.1 to 0.3 s for a PDF: importing its
readers, then the pages), one after the other on one core. On Linux, `start`
forks a small process before the model is loaded (spaCy is not loaded yet,
so there is little to copy). It reads the paper with the same limits as the
main process would (time, size, and `file_memory_mb` of memory), sends the
loaded document back through a pipe and ends. The main process loads the
model meanwhile and takes the document when it needs it (`Prefetch.load`).

Whatever goes wrong in the second process (it fails, runs out of memory,
takes longer than the paper's reading budget and a grace period, or sends
something that cannot be read), the main process reads the paper itself,
exactly as without it, so a paper's result never depends on this.
"""

from __future__ import annotations

import contextlib
import copyreg
import logging
import os
import pickle
import select
import signal
import sys
import time
import types
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import api
from ..core.bounds import limit_memory
from ..core.config import Config
from ..core.model import Document
from . import forked

#: Seconds past the paper's reading budget before the second process is stopped.
GRACE_SECONDS = 10.0


def _mapping_proxy(data: dict[str, Any]) -> types.MappingProxyType[str, Any]:
    return types.MappingProxyType(data)


# A block's read-only style table (`model.EMPTY` and the like) travels as a dict.
copyreg.pickle(types.MappingProxyType, lambda m: (_mapping_proxy, (dict(m),)))


def worth_it(files: Sequence[Path]) -> bool:
    """Whether reading the first paper alongside loading the model can save time:
    on Linux (fork), with the model not loaded yet."""
    return bool(files) and sys.platform.startswith("linux") and "spacy" not in sys.modules


class Prefetch:
    """The paper a second process is reading, taken once when the main process needs it."""

    def __init__(self, path: Path, pid: int, fd: int, deadline: float) -> None:
        self.path, self._pid, self._fd, self._deadline = path, pid, fd, deadline
        self._done = False

    def load(self, path: Path, config: Config) -> Document:
        """The paper at `path`: the one read alongside, else read here (`api.load_one`)."""
        if not self._done and path == self.path:
            document = self._take()
            if document is not None:
                return document
        return api.load_one(path, config)

    def _take(self) -> Document | None:
        chunks: list[bytes] = []
        stopped = False
        try:
            while True:
                left = self._deadline - time.monotonic()
                if left <= 0:
                    self._stop()
                    stopped = True
                    break
                ready, _, _ = select.select([self._fd], [], [], min(left, 1.0))
                if not ready:
                    continue
                chunk = os.read(self._fd, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
        except OSError:
            self._stop()
            stopped = True
        status = self._end()
        if stopped or not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
            return None
        try:
            document = pickle.loads(b"".join(chunks))  # noqa: S301 - our own child, our own pipe
        except Exception:  # noqa: BLE001 - anything odd: read it here instead
            return None
        return document if isinstance(document, Document) else None

    def _stop(self) -> None:
        forked.stop(self._pid)

    def _end(self) -> int:
        """Close the pipe and wait for the second process; its wait status."""
        self._done = True
        with contextlib.suppress(OSError):
            os.close(self._fd)
        try:
            return os.waitpid(self._pid, 0)[1]
        except ChildProcessError:
            return -1

    def close(self) -> None:
        """Stop the second process if its paper was never taken."""
        if not self._done:
            self._stop()
            self._end()


def _in_child(path: Path, config: Config, out: int) -> None:
    """The second process's whole life: read one paper, send it, end."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        # Nothing from here reaches the screen: the main process may have a progress
        # display whose thread held the output's lock when it forked, and anything
        # the readers might say is said again when the main process reads the paper.
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        logging.disable(logging.CRITICAL)
        warnings.simplefilter("ignore")
        limit_memory(int(config["file_memory_mb"]))
        data = pickle.dumps(api.load_one(path, config), protocol=pickle.HIGHEST_PROTOCOL)
        forked.write_all(out, data)
        status = 0
    except BaseException:  # noqa: BLE001, S110 - the main process reads the paper itself
        pass
    finally:
        os._exit(status)


def start(path: Path, config: Config) -> Prefetch | None:
    """Start reading `path` in a second process, or None if one cannot be started."""
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the second process
        os.close(read_fd)
        _in_child(path, config, write_fd)  # never returns
    os.close(write_fd)
    deadline = time.monotonic() + api.reading_seconds(path, config) + GRACE_SECONDS
    return Prefetch(path, pid, read_fd, deadline)
