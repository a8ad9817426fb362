"""The command asks BLAS for one thread, and leaves a user's own choice alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accessicheck.cli.blas_threads import VARIABLES, one_thread


def test_one_thread_when_nothing_is_set() -> None:
    environ: dict[str, str] = {"PATH": "/bin"}
    one_thread(environ)
    assert {name: environ[name] for name in VARIABLES} == dict.fromkeys(VARIABLES, "1")


@pytest.mark.parametrize("name", [*VARIABLES, "OMP_NUM_THREADS"])
def test_a_users_own_thread_count_is_kept(name: str) -> None:
    environ = {name: "4"}
    one_thread(environ)
    assert environ == {name: "4"}


_COUNT_THREADS = (
    "from accessicheck.cli.blas_threads import one_thread\n"
    "import os, sys\n"
    "if sys.argv[1] == 'limit': one_thread()\n"
    "import numpy\n"
    "numpy.ones((200, 200), dtype='float32') @ numpy.ones((200, 200), dtype='float32')\n"
    "print(len(os.listdir('/proc/self/task')))\n"
)


@pytest.mark.skipif(
    not Path("/proc/self/task").is_dir() or (os.cpu_count() or 1) < 2,
    reason="counts a process's threads in /proc, on a machine with two cores or more",
)
def test_numpy_starts_no_blas_threads_after_one_thread() -> None:
    env = {k: v for k, v in os.environ.items() if k not in (*VARIABLES, "OMP_NUM_THREADS")}

    def threads(mode: str) -> int:
        out = subprocess.run(
            [sys.executable, "-c", _COUNT_THREADS, mode],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return int(out.stdout)

    assert threads("limit") == 1
    assert threads("leave") > 1  # BLAS's own default: a thread for each core
