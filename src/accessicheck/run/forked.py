"""What the forked processes of `parallel` and `prefetch` share: sending their
bytes down a pipe, and being stopped."""

from __future__ import annotations

import contextlib
import os
import signal


def write_all(fd: int, data: bytes) -> None:
    """Write all of `data` to the pipe `fd` (a pipe takes a part at a time)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def stop(pid: int) -> None:
    """Stop a forked process at once (it may have ended already)."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
