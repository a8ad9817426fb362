"""Read the first paper and compile the glossary in a second process while this one
loads the language model.

From a cold start, a check of one paper first loads the language model
(about 0.6 s), then reads the paper (0.1 to 0.3 s for a PDF: importing its
readers, then the pages) and compiles the glossary (0.2 to 0.4 s: about
1,700 entries, their inflections and the matcher), one after the other on
one core. On Linux, `start` forks a small process before the model is loaded
(spaCy is not loaded yet, so there is little to copy). It reads the paper
with the same limits as the main process would (time, size, and
`file_memory_mb` of memory), compiles the glossary the settings ask for,
sends both back through a pipe and ends. The main process loads the model
meanwhile and takes them when it needs the paper (`Prefetch.load`) or, with
no paper, the glossary (`Prefetch.take`).

Whatever goes wrong in the second process (it fails, runs out of memory,
takes longer than the paper's reading budget and a grace period, or sends
something that cannot be read), the main process reads the paper and
compiles the glossary itself, exactly as without it, so a paper's result
never depends on this. A glossary file changed in the meantime has a new
key (`glossary.loaded.key`), so the main process compiles it again.
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
from ..glossary import loaded as glossary
from . import forked

#: Seconds past the paper's reading budget before the second process is stopped.
GRACE_SECONDS = 10.0


def _mapping_proxy(data: dict[str, Any]) -> types.MappingProxyType[str, Any]:
    return types.MappingProxyType(data)


# A block's read-only style table (`model.EMPTY` and the like) travels as a dict.
copyreg.pickle(types.MappingProxyType, lambda m: (_mapping_proxy, (dict(m),)))


def worth_it(files: Sequence[Path]) -> bool:
    """Whether reading the first paper and compiling the glossary alongside loading
    the model can save time: on Linux (fork), with the model not loaded yet."""
    return bool(files) and sys.platform.startswith("linux") and "spacy" not in sys.modules


class Prefetch:
    """What a second process is making: the first paper (if any) and the glossary,
    taken once, when the main process first needs them."""

    def __init__(self, path: Path | None, pid: int, fd: int, deadline: float) -> None:
        self.path, self._pid, self._fd, self._deadline = path, pid, fd, deadline
        self._done = False
        self._document: Document | None = None

    def load(self, path: Path, config: Config) -> Document:
        """The paper at `path`: the one read alongside, else read here (`api.load_one`)."""
        if path == self.path:
            self.take()
            document, self._document = self._document, None
            if document is not None:
                return document
        return api.load_one(path, config)

    def take(self) -> None:
        """Wait for the second process (once) and keep what it made: the glossary
        for `glossary.for_config`, the paper for `load`."""
        if self._done:
            return
        made = self._receive()
        if not isinstance(made, dict):
            return
        document, compiled = made.get("document"), made.get("glossary")
        if isinstance(document, Document):
            self._document = document
        if isinstance(compiled, tuple) and isinstance(compiled[1], glossary.Glossary):
            glossary.compiled_elsewhere(compiled[0], compiled[1])

    def _receive(self) -> Any:
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
            return pickle.loads(b"".join(chunks))  # noqa: S301 - our own child, our own pipe
        except Exception:  # noqa: BLE001 - anything odd: make it here instead
            return None

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


def _in_child(path: Path | None, config: Config, out: int) -> None:
    """The second process's whole life: read one paper, compile the glossary, send both, end."""
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
        made: dict[str, Any] = {}
        if path is not None:
            made["document"] = api.load_one(path, config)
        k = glossary.key_for(config.data)
        if not glossary.kept(k):  # else the main process has it already
            made["glossary"] = (k, glossary.compiled(k))
        forked.write_all(out, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
        status = 0
    except BaseException:  # noqa: BLE001, S110 - the main process does it all itself
        pass
    finally:
        os._exit(status)


def start(path: Path | None, config: Config) -> Prefetch | None:
    """Start reading `path` (None: no paper) and compiling the glossary in a second
    process, or None if one cannot be started."""
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
    budget = api.reading_seconds(path, config) if path is not None else 0.0
    return Prefetch(path, pid, read_fd, time.monotonic() + budget + GRACE_SECONDS)
